#include "cnoteicu.h"
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/ures.h>
#include <unicode/udata.h>
#include <stdlib.h>

struct pn_breaker {
    UBreakIterator *iterator;
    UText *text;
};

pn_breaker *pn_breaker_open(pn_breaker_kind kind, const char *locale) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(kind == PN_SENTENCES ? UBRK_SENTENCE : UBRK_WORD, locale, NULL, 0, &error);
    if (U_FAILURE(error) || iterator == NULL) return NULL;
    pn_breaker *breaker = calloc(1, sizeof *breaker);
    if (breaker == NULL) { ubrk_close(iterator); return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

int pn_breaker_set_text(pn_breaker *breaker, const char *text, int64_t length) {
    UErrorCode error = U_ZERO_ERROR;
    /* utext_openUTF8 reuses the UText it is given, so one breaker allocates once. */
    breaker->text = utext_openUTF8(breaker->text, text, length, &error);
    if (U_FAILURE(error)) return -1;
    ubrk_setUText(breaker->iterator, breaker->text, &error);
    return U_FAILURE(error) ? -1 : 0;
}

int64_t pn_breaker_next(pn_breaker *breaker, int32_t *status) {
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    if (status != NULL) *status = ubrk_getRuleStatus(breaker->iterator);
    /* With a UTF-8 UText, ICU's boundaries are native indexes: UTF-8 byte offsets. */
    return (int64_t)boundary;
}

void pn_breaker_close(pn_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

int32_t pn_fold(const char *src, int32_t length, char *dst, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *fold = unorm2_getNFKCCasefoldInstance(&error);
    if (U_FAILURE(error)) return -1;

    UChar small[256], foldedSmall[512];
    UChar *utf16 = small, *folded = foldedSmall;
    int32_t utf16Length = 0, result = -1;

    u_strFromUTF8(utf16, 256, &utf16Length, src, length, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR;
        utf16 = malloc(sizeof(UChar) * (size_t)(utf16Length + 1));
        if (utf16 == NULL) return -1;
        u_strFromUTF8(utf16, utf16Length + 1, &utf16Length, src, length, &error);
    }
    if (U_FAILURE(error)) goto done;

    int32_t foldedLength = unorm2_normalize(fold, utf16, utf16Length, folded, 512, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR;
        folded = malloc(sizeof(UChar) * (size_t)(foldedLength + 1));
        if (folded == NULL) goto done;
        foldedLength = unorm2_normalize(fold, utf16, utf16Length, folded, foldedLength + 1, &error);
    }
    if (U_FAILURE(error)) goto done;

    int32_t utf8Length = 0;
    error = U_ZERO_ERROR;
    u_strToUTF8(dst, capacity, &utf8Length, folded, foldedLength, &error);
    result = (U_FAILURE(error) && error != U_BUFFER_OVERFLOW_ERROR) ? -1 : utf8Length;

done:
    if (utf16 != small) free(utf16);
    if (folded != foldedSmall) free(folded);
    return result;
}

int32_t pn_sentence_break(int32_t c) {
    return u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
}

int32_t pn_sentence_exceptions(const char *locale, char *dst, int32_t capacity) {
    /* The same resource ICU's FilteredBreakIteratorBuilder reads: brkitr/<locale> exceptions/SentenceBreak. */
    UErrorCode error = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &error);
    if (U_FAILURE(error) || error == U_USING_DEFAULT_WARNING) { ures_close(bundle); return U_FAILURE(error) ? -1 : 0; }
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &error);
    UResourceBundle *breaks = U_SUCCESS(error) ? ures_getByKey(exceptions, "SentenceBreak", NULL, &error) : NULL;
    int32_t written = 0;
    if (U_SUCCESS(error)) {
        int32_t count = ures_getSize(breaks);
        for (int32_t index = 0; index < count; index++) {
            int32_t length = 0;
            UErrorCode itemError = U_ZERO_ERROR;
            const UChar *item = ures_getStringByIndex(breaks, index, &length, &itemError);
            if (U_FAILURE(itemError)) continue;
            char utf8[256];
            int32_t utf8Length = 0;
            u_strToUTF8(utf8, (int32_t)sizeof utf8, &utf8Length, item, length, &itemError);
            if (U_FAILURE(itemError) || utf8Length >= (int32_t)sizeof utf8) continue;
            if (written > 0) { if (written < capacity) dst[written] = '\n'; written++; }
            for (int32_t i = 0; i < utf8Length; i++, written++) if (written < capacity) dst[written] = utf8[i];
        }
    }
    int32_t result = error == U_MISSING_RESOURCE_ERROR ? 0 : (U_FAILURE(error) ? -1 : written);
    ures_close(breaks);
    ures_close(exceptions);
    ures_close(bundle);
    return result;
}
