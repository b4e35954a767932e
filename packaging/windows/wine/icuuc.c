/* A stand-in for Windows' own icuuc.dll, for building and testing under Wine only.
 *
 * Qt's core DLL imports ICU's converter functions from the icuuc.dll that Windows 10 and
 * later ship in System32; Wine 8 has none, so the DLL would not load at all. Here every
 * converter fails to open, and Qt falls back to its own UTF-8/UTF-16/Latin-1 codecs, which
 * are all the app uses. Never shipped: make-bundle and .ci/windows-check refuse a bundle or
 * installer that holds a file carrying the marker below.
 */
#include <stddef.h>

__declspec(dllexport) const char patient_viewer_wine_stand_in[] = "PATIENT-VIEWER-WINE-STAND-IN";

#define U_FILE_ACCESS_ERROR 4

__declspec(dllexport) void *ucnv_open(const char *name, int *status)
{
    (void)name;
    if (status && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return NULL;
}

__declspec(dllexport) int ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }

/* Never reached while no converter opens; present so that the import table resolves. */
#define NOTHING(fn) __declspec(dllexport) void *fn(void) { return NULL; }
NOTHING(ucnv_close)
NOTHING(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
NOTHING(UCNV_TO_U_CALLBACK_SUBSTITUTE)
NOTHING(ucnv_reset)
NOTHING(ucnv_getMaxCharSize)
NOTHING(ucnv_getName)
NOTHING(ucnv_getToUCallBack)
NOTHING(ucnv_getFromUCallBack)
NOTHING(ucnv_setToUCallBack)
NOTHING(ucnv_setFromUCallBack)
NOTHING(ucnv_cbToUWriteUChars)
NOTHING(ucnv_toUnicode)
NOTHING(ucnv_cbFromUWriteUChars)
NOTHING(ucnv_toUCountPending)
NOTHING(ucnv_fromUCountPending)
NOTHING(ucnv_getStandardName)
NOTHING(ucnv_fromUnicode)
