/*
  dialoguekg/export.h: the version and DKG_API, which marks every function
  of the public interface.

  The shared library is built with hidden visibility: only declarations
  marked DKG_API are exported, everything else stays inside the library.
*/

#ifndef DIALOGUEKG_EXPORT_H
#define DIALOGUEKG_EXPORT_H

/** The version of the library these headers belong to. */
#define DKG_VERSION "0.1.0"

#if defined(_WIN32) && defined(DKG_SHARED) && defined(DKG_INTERNAL)
#  define DKG_API __declspec(dllexport)
#elif defined(_WIN32) && defined(DKG_SHARED)
#  define DKG_API __declspec(dllimport)
#elif defined(__GNUC__)
#  define DKG_API __attribute__((visibility("default")))
#else
#  define DKG_API
#endif

#endif /* DIALOGUEKG_EXPORT_H */
