/* A stand-in for Windows' bcryptprimitives.dll, for building and testing under Wine only.
 *
 * Rust's standard library (in the cryptography package's extension) asks ProcessPrng for
 * random bytes; Windows 10 and later have it, Wine 8 does not. This one takes the bytes
 * from RtlGenRandom (advapi32's SystemFunction036), the generator Windows has long offered.
 * Never shipped: see icuuc.c for how that is checked.
 */
#include <windows.h>

__declspec(dllexport) const char patient_viewer_wine_stand_in[] = "PATIENT-VIEWER-WINE-STAND-IN";

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
