// Run-time CPU feature checks: the one CIntrinsics function that is not an inline wrapper.
#include "CIntrinsics.h"

#if defined(__x86_64__)
#include <cpuid.h>

int cintrinsics_cpu_has_ssse3(void) {
  unsigned eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  return (int)((ecx >> 9) & 1);
}
#endif
