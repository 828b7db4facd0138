/* extract: the extractor, what every extraction shares: the registry, the
   topic scheme (data/topics.json) and the series (data/series.json). */

#include "extract.h"
#include "xint.h"

#include "util/buf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cJSON*
load_json(const char* dir, const char* name, DkgDiag* diag, DkgStatus* st)
{
  char path[4096];
  snprintf(path, sizeof(path), "%s/%s", dir, name);
  FILE* f = fopen(path, "rb");
  DkgPlace place = { path, 0, 0, NULL };
  if (!f) {
    dkg_diag_report(
      diag, DKG_ERROR, &place, "cannot open: %s", strerror(errno));
    *st = DKG_ERR_IO;
    return NULL;
  }
  DkgBuf b = { NULL, 0, 0 };
  char chunk[8192];
  size_t n = 0;
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
    if (!dkg_buf_append(&b, chunk, n)) {
      fclose(f);
      dkg_buf_destroy(&b);
      *st = DKG_ERR_NOMEM;
      return NULL;
    }
  }
  fclose(f);
  cJSON* root = b.buf ? cJSON_ParseWithLength(b.buf, b.len) : NULL;
  dkg_buf_destroy(&b);
  if (!root) {
    dkg_diag_report(diag, DKG_ERROR, &place, "malformed JSON");
    *st = DKG_ERR_REFERENCE;
  }
  return root;
}

DkgStatus
dkg_extractor_new(const char* data_dir,
                  const DkgRegistry* reg,
                  DkgDiag* diag,
                  DkgExtractor** out)
{
  *out = NULL;
  DkgExtractor* x = (DkgExtractor*)calloc(1, sizeof(DkgExtractor));
  if (!x) {
    return DKG_ERR_NOMEM;
  }
  x->reg = reg;
  x->diag = diag;
  DkgStatus st = DKG_SUCCESS;
  x->topics = load_json(data_dir, "topics.json", diag, &st);
  if (!st) {
    x->series = load_json(data_dir, "series.json", diag, &st);
  }
  if (!st) {
    cJSON* q = load_json(data_dir, "country-qualifiers.json", diag, &st);
    if (!st) {
      st = xlex_countries_load(reg, q);
      x->countries = !st;
      if (st == DKG_ERR_USAGE) {
        dkg_diag_report(diag,
                        DKG_ERROR,
                        NULL,
                        "another extractor of this process reads other "
                        "country data (%s): one country table per process",
                        data_dir);
      }
    }
    cJSON_Delete(q);
  }
  if (st) {
    dkg_extractor_free(x);
    return st;
  }
  *out = x;
  return DKG_SUCCESS;
}

void
dkg_extractor_free(DkgExtractor* x)
{
  if (x) {
    cJSON_Delete(x->topics);
    cJSON_Delete(x->series);
    if (x->countries) {
      xlex_countries_release();
    }
    free(x);
  }
}

void
dkg_extractor_set_partial(DkgExtractor* x, bool partial)
{
  x->partial = partial;
}
