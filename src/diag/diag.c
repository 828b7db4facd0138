#include "dialoguekg/dialoguekg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct DkgDiagImpl
{
  char* program;
  DkgDiagFunc func;
  void* handle;
  size_t counts[3];
};

DkgDiag*
dkg_diag_new(const char* program, DkgDiagFunc func, void* handle)
{
  DkgDiag* diag = (DkgDiag*)calloc(1, sizeof(DkgDiag));
  if (!diag) {
    return NULL;
  }
  diag->program = strdup(program ? program : "dialoguekg");
  if (!diag->program) {
    free(diag);
    return NULL;
  }
  diag->func = func;
  diag->handle = handle;
  return diag;
}

void
dkg_diag_free(DkgDiag* diag)
{
  if (diag) {
    free(diag->program);
    free(diag);
  }
}

static const char*
severity_name(DkgSeverity severity)
{
  switch (severity) {
    case DKG_NOTE:
      return "note";
    case DKG_WARNING:
      return "warning";
    case DKG_ERROR:
      return "error";
  }
  return "error";
}

/* Prints `s` with its control characters (C0, DEL, C1) as \uXXXX: a
   message may quote input (a key, a file name), and raw control characters
   would reach the terminal (escape sequences) or split the line. */
static void
put_escaped(const char* s)
{
  const unsigned char* u = (const unsigned char*)s;
  for (size_t i = 0; u[i]; ++i) {
    if (u[i] < 0x20u || u[i] == 0x7Fu) {
      fprintf(stderr, "\\u%04X", (unsigned)u[i]);
    } else if (u[i] == 0xC2u && u[i + 1] >= 0x80u && u[i + 1] <= 0x9Fu) {
      fprintf(stderr, "\\u%04X", (unsigned)u[i + 1]);
      ++i;
    } else {
      fputc(u[i], stderr);
    }
  }
}

void
dkg_diag_print(const char* program,
               DkgSeverity severity,
               const DkgPlace* place,
               const char* message)
{
  fprintf(stderr, "%s: ", program ? program : "dialoguekg");
  if (place && place->file) {
    put_escaped(place->file);
    fputc(':', stderr);
    if (place->line) {
      fprintf(stderr, "%u:%u:", place->line, place->col ? place->col : 1u);
    }
    fputc(' ', stderr);
  }
  fprintf(stderr, "%s: ", severity_name(severity));
  if (place && place->path) {
    put_escaped(place->path[0] ? place->path : "/");
    fputs(": ", stderr);
  }
  put_escaped(message);
  fputc('\n', stderr);
}

/* `fmt` formatted into `stack` (`size` bytes), or, when longer, into a
   new block the caller frees (the text is then cut to `stack` when memory
   runs out): the message itself is never lost. */
static char*
format_message(char* stack, size_t size, const char* fmt, va_list args)
{
  va_list again;
  va_copy(again, args);
  const int n = vsnprintf(stack, size, fmt, args);
  char* message = stack;
  if (n < 0) {
    snprintf(stack, size, "%s", fmt);
  } else if ((size_t)n >= size) {
    char* heap = (char*)malloc((size_t)n + 1u);
    if (heap) {
      vsnprintf(heap, (size_t)n + 1u, fmt, again);
      message = heap;
    }
  }
  va_end(again);
  return message;
}

void
dkg_diag_vprint_message(const char* program, const char* fmt, va_list args)
{
  char stack[512];
  char* message = format_message(stack, sizeof(stack), fmt, args);
  fprintf(stderr, "%s: ", program ? program : "dialoguekg");
  put_escaped(message);
  fputc('\n', stderr);
  if (message != stack) {
    free(message);
  }
}

void
dkg_diag_report(DkgDiag* diag,
                DkgSeverity severity,
                const DkgPlace* place,
                const char* fmt,
                ...)
{
  char stack[512];
  va_list args;
  va_start(args, fmt);
  char* message = format_message(stack, sizeof(stack), fmt, args);
  va_end(args);
  if (diag) {
    ++diag->counts[severity];
    if (diag->func) {
      diag->func(diag->handle, severity, place, message);
    } else {
      dkg_diag_print(diag->program, severity, place, message);
    }
  }
  if (message != stack) {
    free(message);
  }
}

size_t
dkg_diag_count(const DkgDiag* diag, DkgSeverity severity)
{
  return diag ? diag->counts[severity] : 0u;
}
