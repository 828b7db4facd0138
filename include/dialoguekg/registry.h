/*
  dialoguekg/registry.h: the reference data (countries, international
  organizations, agencies, topics, series) and the user's overlay files,
  and name resolution against them (docs/mapping.md, "Names and keys").
*/

#ifndef DIALOGUEKG_REGISTRY_H
#define DIALOGUEKG_REGISTRY_H

#include "dialoguekg/diag.h"
#include "dialoguekg/export.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C"
{
#endif

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

  /** Loads countries.json, organizations.json, agencies.json,
      agencies-extended.json, topics.json and series.json from `dir` (the
      reference data: data/ of the source tree, share/dialoguekg once
      installed), then each of the `n_overlays` files in `overlays` (may be
      NULL when `n_overlays` is 0; a directory stands for its *.json files in
      name order), whose agencies, organizations, topics and series add to the
      built-in ones or replace the entry of the same id (agencies: same
      country and id).  Every problem (unreadable file, bad JSON, an unknown
      key, a name that two entries claim, an unknown parent) is reported
      through `diag` (borrowed, may be NULL) with FILE:LINE:COL.
      @return DKG_SUCCESS with `*out` a new registry, freed with
      dkg_registry_free(); else DKG_ERR_REFERENCE (or DKG_ERR_IO,
      DKG_ERR_NOMEM) and `*out` is NULL. */
  DKG_API DkgStatus dkg_registry_load_overlays(const char* dir,
                                               const char* const* overlays,
                                               size_t n_overlays,
                                               DkgDiag* diag,
                                               DkgRegistry** out);

  /** dkg_registry_load_overlays() without overlays.
      @return as dkg_registry_load_overlays(). */
  DKG_API DkgStatus dkg_registry_load(const char* dir,
                                      DkgDiag* diag,
                                      DkgRegistry** out);

  /** Frees `reg` and every entry it returned; NULL is accepted and does
      nothing. */
  DKG_API void dkg_registry_free(DkgRegistry* reg);

  /* The lookups below take a registry that is not NULL and return entries
     owned by it (valid until dkg_registry_free()). */

  /** @return the country of ISO 3166-1 alpha-2 code `alpha2`, or NULL. */
  DKG_API const DkgCountry* dkg_registry_country(const DkgRegistry* reg,
                                                 const char* alpha2);

  /** @return the organization of id `id`, or NULL. */
  DKG_API const DkgOrganization* dkg_registry_organization(
    const DkgRegistry* reg,
    const char* id);

  /** Calls `fn` with each organization (those of organizations.json and of
      the overlays), in no set order; `ctx` is passed through. */
  DKG_API void dkg_registry_each_organization(
    const DkgRegistry* reg,
    void (*fn)(void* ctx, const DkgOrganization* org),
    void* ctx);

  /** @return the name of a participant (a country or an organization id),
      or NULL when `code` is neither. */
  DKG_API const char* dkg_registry_party_name(const DkgRegistry* reg,
                                              const char* code);

  /** @return the agency of `party` (a country code or organization id)
      that `name` (`len` bytes, need not be NUL-terminated) names, or NULL.
      Besides the registry's names, other names and acronyms
      (after normalization), the usual forms match: "X Department" for
      "Department of X", a trailing "(ACRONYM)" (one word), and a leading
      qualifier that
      names `party` itself ("U.S.", "Japan's", "Japanese"); a qualifier naming
      another country never matches. */
  DKG_API const DkgAgency* dkg_registry_agency(const DkgRegistry* reg,
                                               const char* party,
                                               const char* name,
                                               size_t len);

  /** @return the one agency, of any country, that `name` (`len` bytes)
      names; NULL when none does or when agencies of several countries bear
      that name. */
  DKG_API const DkgAgency* dkg_registry_agency_anywhere(const DkgRegistry* reg,
                                                        const char* name,
                                                        size_t len);

  /** @return the topic that `phrase` (`len` bytes) names (its label, other
      labels, after normalization), or NULL. */
  DKG_API const DkgConcept* dkg_registry_topic(const DkgRegistry* reg,
                                               const char* phrase,
                                               size_t len);

  /** @return the series that `name` (`len` bytes) names, or NULL. */
  DKG_API const DkgConcept* dkg_registry_series(const DkgRegistry* reg,
                                                const char* name,
                                                size_t len);

  /** @return the concept scheme of the topics: its id (slug) and label;
      never NULL. */
  DKG_API const DkgConcept* dkg_registry_topic_scheme(const DkgRegistry* reg);

  /** @return the number of entries of `kind`: "countries",
      "organizations", "agencies", "topics" or "series"; 0 for another kind. */
  DKG_API size_t dkg_registry_count(const DkgRegistry* reg, const char* kind);

  /** @return the files the entries of `kind` ("agencies", "topics",
      "series", "organizations") were read from, for messages:
      "DIR/agencies.json" or "DIR/agencies.json and overlay.json"; owned by
      `reg`, never NULL. */
  DKG_API const char* dkg_registry_files(const DkgRegistry* reg,
                                         const char* kind);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_REGISTRY_H */
