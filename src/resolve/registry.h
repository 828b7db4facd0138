#ifndef DKG_REGISTRY_H
#define DKG_REGISTRY_H

/* The reference data in data/: countries, international organizations,
   agencies, topics, series, the user's overlay files (--registry), and name
   resolution against them (see docs/mapping.md, "Names and keys"). */

#include "dialoguekg/dialoguekg.h"

typedef struct
{
  const char* alpha2;
  const char* alpha3;
  const char* name;
  const char* wikidata;    /* "Q17", or NULL when not verified */
  const char** qualifiers; /* name keys that qualify a name as this
                              country's ("japan", "japans", "japanese") */
  size_t n_qualifiers;
} DkgCountry;

/** An international organization that can take part in a dialogue (the EU,
    ASEAN): `id` is lower case ("eu"), never an ISO 3166-1 code. */
typedef struct
{
  const char* id;
  const char* name;
  const char** alt_names;
  size_t n_alt_names;
  const char** acronyms;
  size_t n_acronyms;
  const char** members; /* alpha-2 codes, where a source states them */
  size_t n_members;
  const char* wikidata; /* verified only, else NULL */
} DkgOrganization;

typedef struct DkgAgency
{
  const char* id;
  const char* country; /* alpha-2, or an organization id */
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

/** The most --registry files one command takes. */
#define DKG_MAX_REGISTRY_FILES 32

/** Loads countries.json, organizations.json, agencies.json,
    agencies-extended.json, topics.json and series.json from `dir`, then each
    of the `n_overlays` files in `overlays` (--registry; a directory stands
    for its *.json files in name order), whose agencies,
    organizations, topics and series add to the built-in ones or replace the
    entry of the same id (agencies: same country and id).  Every problem
    (unreadable file, bad JSON, an unknown key, a name that two entries
    claim, an unknown parent) is reported through `diag` with
    FILE:LINE:COL; the status is then DKG_ERR_REFERENCE (or DKG_ERR_IO,
    DKG_ERR_NOMEM) and `*out` is NULL. */
DkgStatus dkg_registry_load_overlays(const char* dir,
                                     const char* const* overlays,
                                     size_t n_overlays,
                                     DkgDiag* diag,
                                     DkgRegistry** out);

/** dkg_registry_load_overlays() without overlays. */
DkgStatus dkg_registry_load(const char* dir, DkgDiag* diag, DkgRegistry** out);

void dkg_registry_free(DkgRegistry* reg);

const DkgCountry* dkg_registry_country(const DkgRegistry* reg,
                                       const char* alpha2);

/** The organization of id `id`, or NULL. */
const DkgOrganization* dkg_registry_organization(const DkgRegistry* reg,
                                                 const char* id);

/** The name of a participant (a country or an organization id), or NULL
    when `code` is neither. */
const char* dkg_registry_party_name(const DkgRegistry* reg, const char* code);

/** The agency of `party` (a country code or organization id) that `name`
    names, or NULL.  Besides the registry's names, other names and acronyms
    (after normalization), the usual forms match: "X Department" for
    "Department of X", a trailing "(ACRONYM)" (one word), and a leading
    qualifier that
    names `party` itself ("U.S.", "Japan's", "Japanese"); a qualifier naming
    another country never matches. */
const DkgAgency* dkg_registry_agency(const DkgRegistry* reg,
                                     const char* party,
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

/** "countries", "organizations", "agencies", "topics" or "series". */
size_t dkg_registry_count(const DkgRegistry* reg, const char* kind);

/** The files the entries of `kind` ("agencies", "topics", "series",
    "organizations") were read from, for messages: "DIR/agencies.json" or
    "DIR/agencies.json and overlay.json".  Never NULL. */
const char* dkg_registry_files(const DkgRegistry* reg, const char* kind);

#endif
