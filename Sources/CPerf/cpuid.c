// CPUID, XGETBV and HWCAP reads for the host fingerprint (see CPerfCPUID.h).
#include "CPerfCPUID.h"

#include <string.h>
#ifndef __wasi__
#include <sys/auxv.h>
#endif
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

int cperf_x86_cpuid(uint32_t leaf, uint32_t subleaf, cperf_cpuid_words *words) {
  memset(words, 0, sizeof *words);
#if defined(__x86_64__) || defined(__i386__)
  unsigned int highest = __get_cpuid_max(leaf & 0x80000000u, NULL);
  if (highest == 0 || leaf > highest) return 0;
  __cpuid_count(leaf, subleaf, words->eax, words->ebx, words->ecx, words->edx);
  return 1;
#else
  (void)leaf;
  (void)subleaf;
  return 0;
#endif
}

uint64_t cperf_x86_xcr0(void) {
#if defined(__x86_64__) || defined(__i386__)
  cperf_cpuid_words words;
  if (!cperf_x86_cpuid(1, 0, &words) || !(words.ecx & (1u << 27))) return 0;
  uint32_t low, high;
  __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
  return ((uint64_t)high << 32) | low;
#else
  return 0;
#endif
}

uint64_t cperf_hwcap(int which) {
#ifdef __wasi__
  // No auxiliary vector in WASI.
  (void)which;
  return 0;
#else
#if defined(AT_HWCAP2)
  if (which == 2) return (uint64_t)getauxval(AT_HWCAP2);
#endif
  return which == 1 ? (uint64_t)getauxval(AT_HWCAP) : 0;
#endif
}
