#ifndef DKG_LINKS_H
#define DKG_LINKS_H

/* Links out: the user's own link table (`--links FILE`, CSV or JSON) and
   the links the exporter derives itself (a country's EU authority IRI).
   See docs/linking.md. */

#include "dialoguekg/dialoguekg.h"
#include "resolve/registry.h"

/** IRI prefix of the EU Publications Office country authority table; a
    country's IRI is this plus its ISO 3166-1 alpha-3 code. */
#define DKG_EU_COUNTRY_NS                                                      \
  "http://publications.europa.eu/resource/authority/country/"

typedef enum
{
  DKG_LINK_AGENCY,
  DKG_LINK_PERSON,
  DKG_LINK_TOPIC,
  DKG_LINK_PLACE,
} DkgLinkKind;

/** A loaded link table.  Entries are matched by kind, by the normalized key
    of a name or id (docs/mapping.md, "Names and keys") and, for agencies
    and places, by country when the entry gives one. */
typedef struct DkgLinks DkgLinks;

/** Loads the link table at `path`: JSON when the name ends in `.json` or
    the first non-blank byte is `[` or `{`, else CSV.  Every bad entry is
    reported through `diag` with FILE:LINE:COL (CSV) or its JSON path;
    the status is then DKG_ERR_RECORD (for malformed JSON or CSV too;
    DKG_ERR_IO when unreadable, DKG_ERR_NOMEM) and `*out` is NULL. */
DkgStatus dkg_links_load(const char* path, DkgDiag* diag, DkgLinks** out);

void dkg_links_free(DkgLinks* links);

/** Number of entries loaded. */
size_t dkg_links_count(const DkgLinks* links);

/** Receives one link: `subject` `predicate` `object` (all IRIs). */
typedef void (*DkgLinkFunc)(void* handle,
                            const char* subject,
                            const char* predicate,
                            const char* object);

/** Calls `func` once for each distinct (predicate, object) of the entries
    of `kind` whose key is the key of one of `names[0..n_names)` and whose
    country (if any) is `country`; marks those entries as used.  NULL
    names are skipped.  Does nothing when `links` is NULL. */
void dkg_links_apply(DkgLinks* links,
                     DkgLinkKind kind,
                     const char* country,
                     const char* const* names,
                     size_t n_names,
                     const char* subject,
                     DkgLinkFunc func,
                     void* handle);

/** As dkg_links_apply for an agency: its id, name, other names and
    acronyms when `agency` is in the registry, else `as_written`. */
void dkg_links_apply_agency(DkgLinks* links,
                            const DkgAgency* agency,
                            const char* country,
                            const char* as_written,
                            const char* subject,
                            DkgLinkFunc func,
                            void* handle);

/** As dkg_links_apply for a topic: its concept id and labels when `concept`
    is in the scheme, else the phrase as written. */
void dkg_links_apply_topic(DkgLinks* links,
                           const DkgConcept* concept,
                           const char* as_written,
                           const char* subject,
                           DkgLinkFunc func,
                           void* handle);

/** Reports, as warnings (errors with `as_errors`), each entry that matched
    nothing, in file order.  Returns how many did not match. */
size_t dkg_links_report_unused(const DkgLinks* links,
                               DkgDiag* diag,
                               bool as_errors);

#endif
