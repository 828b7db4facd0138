#ifndef DKG_UTIL_PRINTF_H
#define DKG_UTIL_PRINTF_H

/* DKG_PRINTF(fmt, first): on a declaration, asks GCC and Clang to check
   the calls of a printf-style function whose format is parameter `fmt`
   and whose arguments start at parameter `first` (1-based).  Nothing with
   other compilers.  Internal. */

#if defined(__GNUC__)
#  define DKG_PRINTF(fmt, first) __attribute__((format(printf, fmt, first)))
#else
#  define DKG_PRINTF(fmt, first)
#endif

#endif
