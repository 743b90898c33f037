// CIntrinsics: single vector instructions that Swift cannot spell, as static inline wrappers so
// they inline into the Swift decoding loops. No loops and no decoding logic live here.
//
// x86_64: SSE2 (pmovmskb) is part of the baseline ABI and used directly. SSSE3's pshufb is not,
// so it is emitted with inline assembly (which needs no -mssse3 and keeps the binary portable)
// and Swift calls it only after cintrinsics_cpu_has_ssse3() said yes.
// aarch64: NEON is part of the baseline ABI; every wrapper here is a plain intrinsic.
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

/// 1 when the CPU executes SSSE3 (CPUID leaf 1, ECX bit 9), else 0.
int cintrinsics_cpu_has_ssse3(void);

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
#endif

#ifdef __cplusplus
}
#endif

#endif
