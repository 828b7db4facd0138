#include "dialoguekg/dialoguekg.h"

const char*
dkg_strerror(DkgStatus st)
{
  switch (st) {
    case DKG_SUCCESS:
      return "success";
    case DKG_ERR_USAGE:
      return "bad usage";
    case DKG_ERR_SYNTAX:
      return "malformed input";
    case DKG_ERR_RECORD:
      return "invalid record";
    case DKG_ERR_UNRESOLVED:
      return "name not in the reference data";
    case DKG_ERR_REFERENCE:
      return "broken reference data";
    case DKG_ERR_IO:
      return "input/output error";
    case DKG_ERR_NOMEM:
      return "out of memory";
    case DKG_ERR_LIMIT:
      return "limit exceeded";
    case DKG_ERR_WRITER:
      return "serializer error";
    case DKG_ERR_INTERNAL:
      return "internal error";
  }
  return "unknown status";
}
