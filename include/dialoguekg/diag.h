/*
  dialoguekg/diag.h: statuses and diagnostics, shared by every stage.

  A function that can fail returns a DkgStatus.  Problems with input data
  are reported through a DkgDiag (file, line, column, JSON path) before the
  function returns; the status then says only what kind of failure it was.
*/

#ifndef DIALOGUEKG_DIAG_H
#define DIALOGUEKG_DIAG_H

#include "dialoguekg/export.h"

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C"
{
#endif

  typedef enum
  {
    DKG_SUCCESS = 0,    /**< No problem. */
    DKG_ERR_USAGE,      /**< The caller passed invalid arguments. */
    DKG_ERR_SYNTAX,     /**< Input is not well-formed JSON (or RDF). */
    DKG_ERR_RECORD,     /**< A record breaks the record contract. */
    DKG_ERR_UNRESOLVED, /**< A name resolved to nothing (strict mapping). */
    DKG_ERR_REFERENCE,  /**< The reference data is broken. */
    DKG_ERR_IO,         /**< Reading or writing a file failed (errno set). */
    DKG_ERR_NOMEM,      /**< Out of memory. */
    DKG_ERR_LIMIT,      /**< A size or depth limit was exceeded. */
    DKG_ERR_WRITER,     /**< A serializer library reported an error. */
    DKG_ERR_INTERNAL,   /**< A bug in dialoguekg. */
  } DkgStatus;

  /** @return a short English description of `st` ("invalid record"),
      static, never NULL; "unknown status" for a value not in DkgStatus. */
  DKG_API const char* dkg_strerror(DkgStatus st);

  typedef enum
  {
    DKG_NOTE,
    DKG_WARNING,
    DKG_ERROR,
  } DkgSeverity;

  /** Where a problem is: `file:line:col`, and inside the record a JSON path
      such as `/delegations/1/country` (empty when not inside a record). */
  typedef struct
  {
    const char* file; /**< File name as given, "<stdin>" for standard input. */
    unsigned line;    /**< 1-based; 0 when unknown. */
    unsigned col;     /**< 1-based, in bytes; 0 when unknown. */
    const char* path; /**< JSON Pointer inside the record, or NULL. */
  } DkgPlace;

  /** Receives every diagnostic.  `place` (may be NULL: no place) and
      `message` (no trailing newline) are valid only during the call. */
  typedef void (*DkgDiagFunc)(void* handle,
                              DkgSeverity severity,
                              const DkgPlace* place,
                              const char* message);

  /** Counts diagnostics and passes them on to a callback, or prints them to
      stderr as `PROGRAM: FILE:LINE:COL: error: PATH: MESSAGE` (control
      characters escaped) when there is no callback. */
  typedef struct DkgDiagImpl DkgDiag;

  /** A diagnostics sink.  `program` (copied; NULL means "dialoguekg")
      starts every printed message; `func` (may be NULL: print to stderr)
      receives each diagnostic with `handle` (borrowed).
      @return a new DkgDiag, freed with dkg_diag_free(); NULL when out of
      memory. */
  DKG_API DkgDiag* dkg_diag_new(const char* program,
                                DkgDiagFunc func,
                                void* handle);

  /** Frees `diag`; NULL is accepted and does nothing. */
  DKG_API void dkg_diag_free(DkgDiag* diag);

  /** Reports one problem at `place` (may be NULL: no place) with the
      printf-style `fmt`, and counts it.  With `diag` NULL the problem is
      dropped. */
  DKG_API void dkg_diag_report(DkgDiag* diag,
                               DkgSeverity severity,
                               const DkgPlace* place,
                               const char* fmt,
                               ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

  /** @return the number of diagnostics of `severity` reported so far
      through `diag`; 0 when `diag` is NULL. */
  DKG_API size_t dkg_diag_count(const DkgDiag* diag, DkgSeverity severity);

  /** The printer dkg_diag_report() uses when it has no callback, for a
      callback that prints too: writes `PROGRAM: FILE:LINE:COL: SEVERITY:
      PATH: MESSAGE` and a newline on stderr, leaving out what `place` (may
      be NULL) does not hold; control characters (C0, DEL, C1) of the file,
      path and message are written as `\uXXXX`, so that a file name or
      quoted input can neither reach the terminal raw nor split the line.
      `program` NULL: "dialoguekg". */
  DKG_API void dkg_diag_print(const char* program,
                              DkgSeverity severity,
                              const DkgPlace* place,
                              const char* message);

  /** Writes `PROGRAM: MESSAGE` and a newline on stderr, MESSAGE formatted
      from `fmt` and `args` (vprintf-style) and its control characters
      escaped as by dkg_diag_print(): a message with no place and no
      severity (a usage error, a summary).  `program` NULL: "dialoguekg". */
  DKG_API void dkg_diag_vprint_message(const char* program,
                                       const char* fmt,
                                       va_list args);

#ifdef __cplusplus
}
#endif

#endif /* DIALOGUEKG_DIAG_H */
