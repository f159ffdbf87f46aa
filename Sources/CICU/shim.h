/* System ICU, seen only by the C target CNoteICU (see Sources/CNoteICU).
   Swift never imports this module: Foundation's bundled ICU has the same type
   names and the two clash at compile time in any Swift module that sees both. */
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
