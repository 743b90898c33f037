// CPUID and XGETBV (x86_64) and HWCAP (32-bit Arm), the reads CodecCore's CPUFeatures decodes:
// the only CIntrinsics functions that are not inline wrappers.
#include "CIntrinsics.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <string.h>

int cintrinsics_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t words[4]) {
  memset(words, 0, 4 * sizeof words[0]);
  unsigned highest = __get_cpuid_max(leaf & 0x80000000u, NULL);
  if (highest == 0 || leaf > highest) return 0;
  __cpuid_count(leaf, subleaf, words[0], words[1], words[2], words[3]);
  return 1;
}

uint64_t cintrinsics_xcr0(void) {
  uint32_t words[4];
  if (!cintrinsics_cpuid(1, 0, words) || !(words[2] & (1u << 27))) return 0;
  uint32_t low, high;
  __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
  return ((uint64_t)high << 32) | low;
}
#endif

#if defined(__arm__)
#include <sys/auxv.h>

uint32_t cintrinsics_arm_hwcap(void) { return (uint32_t)getauxval(AT_HWCAP); }
#endif
