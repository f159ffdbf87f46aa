#ifndef CNOTEICU_H
#define CNOTEICU_H
/* PeerNote's window onto system ICU.
   This header deliberately exposes no ICU types: Swift modules that import
   Foundation carry Foundation's own ICU, and seeing both fails to compile.
   All offsets are UTF-8 byte offsets into the caller's buffer. */
#include <stdint.h>

/** A reusable ICU break iterator (word or sentence) bound to one UTF-8 text at a time. */
typedef struct pn_breaker pn_breaker;

typedef enum { PN_WORDS = 0, PN_SENTENCES = 1 } pn_breaker_kind;

/** Opens a breaker for `locale` (e.g. "en", or "en@ss=standard" for sentences). NULL on failure. */
pn_breaker *pn_breaker_open(pn_breaker_kind kind, const char *locale);
/** Points the breaker at `text` (not copied: it must outlive the iteration). Returns 0 on success. */
int pn_breaker_set_text(pn_breaker *breaker, const char *text, int64_t length);
/** The next boundary after the current one, or -1 at the end. `status` receives ICU's rule status
    for the segment that ends there (words: 0..99 none, 100..199 number, 200..299 letter, 300..399 kana, 400..499 ideo). */
int64_t pn_breaker_next(pn_breaker *breaker, int32_t *status);
/** Frees the breaker. */
void pn_breaker_close(pn_breaker *breaker);

/** NFKC case folding of UTF-8 `src` into `dst`. Returns the folded length in bytes (which may exceed
    `capacity`: call again with a larger buffer), or -1 when the input is not valid UTF-8. */
int32_t pn_fold(const char *src, int32_t length, char *dst, int32_t capacity);

/** The Unicode Sentence_Break property of code point `c` (ICU's USentenceBreak: 0 Other, 1 ATerm,
    2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR,
    12 Extend, 13 LF, 14 SContinue). */
int32_t pn_sentence_break(int32_t c);

/** The abbreviations after which `locale`'s `ss=standard` sentence iterator suppresses a break
    ("Mr.", "e.g."), as UTF-8 separated by line feeds, written to `dst`. Returns the length in
    bytes (which may exceed `capacity`: call again with a larger buffer), 0 when the locale has
    none, or -1 when ICU's data cannot be read. */
int32_t pn_sentence_exceptions(const char *locale, char *dst, int32_t capacity);

#endif
