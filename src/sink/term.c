#include "dialoguekg/dialoguekg.h"

#include <string.h>

DkgTerm
dkg_iri(const char* iri)
{
  DkgTerm t = { DKG_TERM_IRI, iri, strlen(iri), NULL, NULL };
  return t;
}

DkgTerm
dkg_blank(const char* label)
{
  DkgTerm t = { DKG_TERM_BLANK, label, strlen(label), NULL, NULL };
  return t;
}

DkgTerm
dkg_string(const char* str)
{
  DkgTerm t = { DKG_TERM_LITERAL, str, strlen(str), NULL, NULL };
  return t;
}

DkgTerm
dkg_lang_string(const char* str, const char* lang)
{
  DkgTerm t = { DKG_TERM_LITERAL, str, strlen(str), NULL, lang };
  return t;
}

DkgTerm
dkg_typed(const char* lexical, const char* datatype)
{
  DkgTerm t = { DKG_TERM_LITERAL, lexical, strlen(lexical), datatype, NULL };
  return t;
}
