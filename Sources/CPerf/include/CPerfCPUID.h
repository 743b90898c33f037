// CPerf CPUID: the raw identity and feature words of the CPU, read with the instructions that
// hold them (x86 CPUID and XGETBV) or from the kernel's auxiliary vector (ARM HWCAP). Only the
// reads live here; EdgebenchKit/Host decodes them.
#ifndef CPERF_CPUID_H
#define CPERF_CPUID_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The four registers of one CPUID leaf.
typedef struct {
  uint32_t eax;
  uint32_t ebx;
  uint32_t ecx;
  uint32_t edx;
} cperf_cpuid_words;

/// Executes CPUID `leaf`/`subleaf` into `words`. Returns 1, or 0 (words zeroed) when the leaf is
/// above the CPU's highest leaf of its range or the architecture has no CPUID.
int cperf_x86_cpuid(uint32_t leaf, uint32_t subleaf, cperf_cpuid_words *_Nonnull words);

/// XCR0 (XGETBV 0): which register states the OS saves, so whether AVX and AVX-512 may be used.
/// 0 when the OS has not enabled XSAVE (CPUID.1:ECX.OSXSAVE) or there is no XGETBV.
uint64_t cperf_x86_xcr0(void);

/// getauxval(AT_HWCAP) (`which` 1) or getauxval(AT_HWCAP2) (`which` 2): the CPU features the
/// kernel announces on ARM. 0 when absent.
uint64_t cperf_hwcap(int which);

#ifdef __cplusplus
}
#endif

#endif
