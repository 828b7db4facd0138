/*
  dialoguekg/term.h: RDF terms as the mapper hands them to a sink, and the
  namespaces of the vocabulary.
*/

#ifndef DIALOGUEKG_TERM_H
#define DIALOGUEKG_TERM_H

#include "dialoguekg/export.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C"
{
#endif

/** The ontology namespace (prefix `dkg:`). */
#define DKG_NS "https://w3id.org/dialoguekg/ns#"
/** The base IRI under which data IRIs are minted unless the caller gives
    another (DkgMapperOptions.base). */
#define DKG_DEFAULT_BASE "https://w3id.org/dialoguekg/id/"

#define DKG_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define DKG_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define DKG_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define DKG_NS_OWL "http://www.w3.org/2002/07/owl#"
#define DKG_NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define DKG_NS_DCT "http://purl.org/dc/terms/"
#define DKG_NS_FOAF "http://xmlns.com/foaf/0.1/"
#define DKG_NS_ORG "http://www.w3.org/ns/org#"
#define DKG_NS_SCHEMA "http://schema.org/"
#define DKG_NS_PROV "http://www.w3.org/ns/prov#"

  typedef enum
  {
    DKG_TERM_IRI,     /**< An absolute IRI. */
    DKG_TERM_BLANK,   /**< A blank node label (never minted by the mapper). */
    DKG_TERM_LITERAL, /**< A literal with a datatype or a language tag. */
  } DkgTermKind;

  /** An RDF term.  Strings are UTF-8 and NUL-terminated; `len` is the byte
      length of `value` (a literal may hold U+0000 only if a sink says so; the
      mapper never produces one).  A literal has either `lang` (then its
      datatype is rdf:langString) or `datatype` (NULL means xsd:string).
      Terms borrow their strings: they are valid only during the call that
      receives them. */
  typedef struct
  {
    DkgTermKind kind;
    const char* value;
    size_t len;
    const char* datatype;
    const char* lang;
  } DkgTerm;

  /* The constructors below borrow their arguments (the term points at
     them) and measure `value` with strlen(): none may be NULL, except
     where said. */

  /** @return the IRI term `iri`. */
  DKG_API DkgTerm dkg_iri(const char* iri);

  /** @return the blank node labelled `label` (without `_:`). */
  DKG_API DkgTerm dkg_blank(const char* label);

  /** @return the plain literal (xsd:string) `str`. */
  DKG_API DkgTerm dkg_string(const char* str);

  /** @return the literal `str` tagged with language `lang` (a BCP 47 tag,
      not checked here). */
  DKG_API DkgTerm dkg_lang_string(const char* str, const char* lang);

  /** @return the literal `lexical` of type `datatype` (an absolute IRI;
      NULL means xsd:string). */
  DKG_API DkgTerm dkg_typed(const char* lexical, const char* datatype);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_TERM_H */
