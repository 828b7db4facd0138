#ifndef DKG_REGISTRY_H
#define DKG_REGISTRY_H

/* The reference data in data/: countries, agencies, topics, series, and
   name resolution against them (see docs/mapping.md). */

#include "dialoguekg/dialoguekg.h"
#include "hash.h"

typedef struct
{
  const char* alpha2;
  const char* alpha3;
  const char* name;
} DkgCountry;

typedef struct DkgAgency
{
  const char* id;
  const char* country; /* alpha-2 */
  const char* name;
  const char** alt_names;
  size_t n_alt_names;
  const char** acronyms;
  size_t n_acronyms;
  const struct DkgAgency* parent; /* NULL when none */
} DkgAgency;

/** A topic concept, a series: an id, a preferred label, other labels. */
typedef struct
{
  const char* id;
  const char* label;
  const char** alt_labels;
  size_t n_alt_labels;
} DkgConcept;

typedef struct DkgRegistry DkgRegistry;

/** Loads countries.json, agencies.json, topics.json and series.json from
    `dir`.  Every problem (unreadable file, bad JSON, a name that two entries
    claim, an unknown parent) is reported through `diag` with its place;
    the status is then DKG_ERR_REFERENCE (or DKG_ERR_IO, DKG_ERR_NOMEM). */
DkgStatus dkg_registry_load(const char* dir, DkgDiag* diag, DkgRegistry** out);

void dkg_registry_free(DkgRegistry* reg);

const DkgCountry* dkg_registry_country(const DkgRegistry* reg,
                                       const char* alpha2);

/** The agency of `country` that `name` names (by name, other name or
    acronym, after normalization), or NULL. */
const DkgAgency* dkg_registry_agency(const DkgRegistry* reg,
                                     const char* country,
                                     const char* name,
                                     size_t len);

/** The one agency, of any country, that `name` names; NULL when none does or
    when agencies of several countries bear that name. */
const DkgAgency* dkg_registry_agency_anywhere(const DkgRegistry* reg,
                                              const char* name,
                                              size_t len);

const DkgConcept* dkg_registry_topic(const DkgRegistry* reg,
                                     const char* phrase,
                                     size_t len);

const DkgConcept* dkg_registry_series(const DkgRegistry* reg,
                                      const char* name,
                                      size_t len);

/** The concept scheme of the topics: its id (slug) and label. */
const DkgConcept* dkg_registry_topic_scheme(const DkgRegistry* reg);

size_t dkg_registry_count(const DkgRegistry* reg, const char* kind);

#endif
