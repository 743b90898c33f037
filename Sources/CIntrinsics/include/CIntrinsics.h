// CIntrinsics: single vector instructions that Swift cannot spell, as static inline wrappers so
// they inline into the Swift decoding loops. No loops and no decoding logic live here.
//
// x86_64: SSE2 (pmovmskb) is part of the baseline ABI and used directly. SSSE3's pshufb and
// BMI2's pext are not, so they are emitted with inline assembly (which needs no -mssse3 or
// -mbmi2 and keeps the binary baseline x86_64), and Swift calls them only after CPUID said the
// CPU has them (CodecCore's CPUFeatures). An intrinsic such as _pext_u64 would not do: it
// carries a target attribute, so it never inlines into Swift compiled for baseline x86_64.
// aarch64: NEON is part of the baseline ABI; every wrapper here is a plain intrinsic.
// armv7: NEON is optional (VFP-only cores exist), so its wrappers are compiled only into the
// module built with -mfpu=neon, called after HWCAP said yes.
#ifndef CINTRINSICS_H
#define CINTRINSICS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Sixteen bytes in one vector register; Swift imports it as SIMD16<UInt8>.
typedef uint8_t cintrinsics_u8x16 __attribute__((vector_size(16)));

#if defined(__x86_64__)
#include <emmintrin.h>

/// Bit i set when byte i of `v` has its high bit set (SSE2 pmovmskb).
static inline uint32_t cintrinsics_high_bits(cintrinsics_u8x16 v) {
  return (uint32_t)_mm_movemask_epi8((__m128i)v);
}

/// Byte i of the result is `table[index[i] & 15]`, or 0 where index[i] has its high bit set
/// (SSSE3 pshufb). Call only when cintrinsics_cpu_has_ssse3() returned 1.
static inline cintrinsics_u8x16 cintrinsics_shuffle_ssse3(cintrinsics_u8x16 table,
                                                          cintrinsics_u8x16 index) {
  __asm__("pshufb %1, %0" : "+x"(table) : "x"(index));
  return table;
}

/// The bits of `value` where `mask` has a 1, packed into the low bits (BMI2 pext). Call only
/// when CPUID said the CPU has BMI2.
static inline uint64_t cintrinsics_pext_bmi2(uint64_t value, uint64_t mask) {
  uint64_t result;
  // "r", not "rm": given the choice, the compiler spills the mask to the stack for every pext.
  __asm__("pextq %2, %1, %0" : "=r"(result) : "r"(value), "r"(mask));
  return result;
}

/// Executes CPUID `leaf`/`subleaf` into `words` (EAX, EBX, ECX, EDX). Returns 1, or 0 with the
/// words zeroed when the leaf is above the CPU's highest leaf of its range.
int cintrinsics_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t words[_Nonnull 4]);

/// XCR0 (XGETBV 0): which register states the OS saves, so whether AVX and AVX-512 registers
/// may be used; 0 when the OS has not enabled XSAVE.
uint64_t cintrinsics_xcr0(void);

#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VBMI__) && \
    defined(__AVX512VBMI2__)
// Only where the including module is compiled with AVX-512 enabled: the AVX512Kernels target,
// whose code runs only after CPUID said yes. CodecCore itself never sees these.
#include <immintrin.h>

/// Sixty-four bytes in one vector register; Swift imports it as SIMD64<UInt8>.
typedef uint8_t cintrinsics_u8x64 __attribute__((vector_size(64)));

/// Bit i set when byte i of `v` has its high bit set (vpmovb2m).
static inline uint64_t cintrinsics_high_bits64(cintrinsics_u8x64 v) {
  return (uint64_t)_mm512_movepi8_mask((__m512i)v);
}

/// The bytes of `v` where `mask` has a 1, packed into the low bytes, the rest zero
/// (vpcompressb, VBMI2).
static inline cintrinsics_u8x64 cintrinsics_compress_bytes(uint64_t mask, cintrinsics_u8x64 v) {
  return (cintrinsics_u8x64)_mm512_maskz_compress_epi8((__mmask64)mask, (__m512i)v);
}

/// Byte i of the result is `table[index[i] & 63]` (vpermb, VBMI).
static inline cintrinsics_u8x64 cintrinsics_permute_bytes(cintrinsics_u8x64 table,
                                                          cintrinsics_u8x64 index) {
  return (cintrinsics_u8x64)_mm512_permutexvar_epi8((__m512i)index, (__m512i)table);
}

/// Byte i of the result is `table[index[i] & 63]` where bit i of `mask` is 1, else 0 (vpermb
/// with zero-masking).
static inline cintrinsics_u8x64 cintrinsics_permute_bytes_masked(uint64_t mask,
                                                                 cintrinsics_u8x64 table,
                                                                 cintrinsics_u8x64 index) {
  return (cintrinsics_u8x64)_mm512_maskz_permutexvar_epi8((__mmask64)mask, (__m512i)index,
                                                          (__m512i)table);
}

/// Eight 64-bit lanes in one vector register; Swift imports it as SIMD8<UInt64>.
typedef uint64_t cintrinsics_u64x8 __attribute__((vector_size(64)));

/// Bit i set when lane i of `v` is nonzero (vptestmq).
static inline uint32_t cintrinsics_nonzero_lanes(cintrinsics_u64x8 v) {
  return (uint32_t)_mm512_test_epi64_mask((__m512i)v, (__m512i)v);
}

/// Bit i set when byte i of `a` is at most byte i of `b`, unsigned (vpcmpub).
static inline uint64_t cintrinsics_at_most_bytes(cintrinsics_u8x64 a, cintrinsics_u8x64 b) {
  return (uint64_t)_mm512_cmple_epu8_mask((__m512i)a, (__m512i)b);
}
#endif

#elif defined(__aarch64__)
#include <arm_neon.h>

/// Bit i set when byte i of `v` has its high bit set (NEON has no movemask: shift each high bit
/// to its lane's bit position, then add each half across lanes).
static inline uint32_t cintrinsics_high_bits(cintrinsics_u8x16 v) {
  const int8_t positions[16] = {0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7};
  uint8x16_t bits = vshlq_u8(vshrq_n_u8((uint8x16_t)v, 7), vld1q_s8(positions));
  return (uint32_t)vaddv_u8(vget_low_u8(bits)) | ((uint32_t)vaddv_u8(vget_high_u8(bits)) << 8);
}

/// Byte i of the result is `table[index[i]]`, or 0 where index[i] > 15 (NEON tbl).
static inline cintrinsics_u8x16 cintrinsics_shuffle_neon(cintrinsics_u8x16 table,
                                                         cintrinsics_u8x16 index) {
  return (cintrinsics_u8x16)vqtbl1q_u8((uint8x16_t)table, (uint8x16_t)index);
}
#elif defined(__arm__)
/// The AT_HWCAP word of the auxiliary vector: which optional units (VFP, NEON) this 32-bit Arm
/// CPU has, as the kernel reports them.
uint32_t cintrinsics_arm_hwcap(void);
/// HWCAP_NEON (Linux's arch/arm hwcap.h): the CPU has Advanced SIMD.
#define CINTRINSICS_ARM_HWCAP_NEON (1u << 12)
#if defined(__ARM_NEON)
// Only where the including module is compiled with -mfpu=neon: the ARMv7Kernels target, whose
// code runs only after HWCAP said yes. CodecCore itself never sees these.
#include <arm_neon.h>
/// Bit i set when byte i of the 64 bytes at `block` has its high bit set: the four 16-byte
/// masks (each high bit shifted to its lane's bit position) share their pairwise adds, seven in
/// all as armv7 has no add across lanes, and leave in one 64-bit move.
static inline uint64_t cintrinsics_high_bits64(const void *_Nonnull block) {
  const int8_t positions[16] = {0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7};
  const int8x16_t shifts = vld1q_s8(positions);
  const uint8_t *bytes = (const uint8_t *)block;
  uint8x8_t sums[4];
  for (int quarter = 0; quarter < 4; quarter++) {
    uint8x16_t bits = vshlq_u8(vshrq_n_u8(vld1q_u8(bytes + 16 * quarter), 7), shifts);
    sums[quarter] = vpadd_u8(vget_low_u8(bits), vget_high_u8(bits));
  }
  uint8x8_t mask = vpadd_u8(vpadd_u8(sums[0], sums[1]), vpadd_u8(sums[2], sums[3]));
  return vget_lane_u64(vreinterpret_u64_u8(mask), 0);
}
/// Byte i of the result is `table[index[i]]`, or 0 where index[i] > 15 (two NEON vtbl2 of the
/// 16-byte table, one per half of the index).
static inline cintrinsics_u8x16 cintrinsics_shuffle_neon(cintrinsics_u8x16 table,
                                                         cintrinsics_u8x16 index) {
  uint8x8x2_t halves = {{vget_low_u8((uint8x16_t)table), vget_high_u8((uint8x16_t)table)}};
  return (cintrinsics_u8x16)vcombine_u8(vtbl2_u8(halves, vget_low_u8((uint8x16_t)index)),
                                        vtbl2_u8(halves, vget_high_u8((uint8x16_t)index)));
}
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif
