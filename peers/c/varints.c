/* edgebench-peer-c: the plain C varint decoders a systems programmer writes in an afternoon,
 * timed by edgebench's protocol (harness.c).
 *   c-loop  one byte at a time, exactly as protobuf specifies (edgebench's `loop`).
 *   c-pext  on x86_64 with BMI2 (CPUID leaf 7, EBX bit 8, checked at run time, so one binary
 *           runs everywhere): the 8-byte little-endian word at the varint, its first stop bit
 *           found with one tzcnt, and the 7-bit groups up to it gathered with one _pext_u64
 *           under the 0x7f7f... mask; a varint of 9 or 10 bytes, and the last 7 bytes of the
 *           input, take the byte loop. Without BMI2 (and on aarch64) c-pext is the byte loop,
 *           and its records say isa_path "scalar". On Zen 1/2 PEXT is microcoded (slow); this
 *           peer does not know that, as the afternoon's version would not. */
#include <string.h>

#include "peer.h"
#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

static const char *scalar(void) { return "scalar"; }

/* The byte loop from offset on: decodes until input or out runs out. Not inlined into c-pext,
 * whose hot loop it would otherwise crowd (gcc then keeps the loop condition in a register). */
__attribute__((noinline)) static int byte_loop(const uint8_t *input, size_t length, size_t offset, uint64_t *out,
                            size_t capacity, size_t n, size_t *count, size_t *consumed, peer_error *error) {
  while (offset < length && n < capacity) {
    uint64_t value;
    size_t used = peer_varint_at(input, length, offset, &value);
    if (!used) {
      *count = n;
      *consumed = offset;
      peer_varint_failure(input, length, offset, error);
      return 1;
    }
    out[n++] = value;
    offset += used;
  }
  *count = n;
  *consumed = offset;
  return 0;
}

static int decode_loop(const uint8_t *input, size_t length, uint64_t *out, size_t capacity, size_t *count,
                       size_t *consumed, peer_error *error) {
  return byte_loop(input, length, 0, out, capacity, 0, count, consumed, error);
}

#if defined(__x86_64__)
__attribute__((target("bmi2"))) static int decode_pext(const uint8_t *input, size_t length, uint64_t *out,
                                                       size_t capacity, size_t *count, size_t *consumed,
                                                       peer_error *error) {
  size_t offset = 0, n = 0;
  while (length - offset >= 8 && n < capacity) {
    uint64_t word;
    memcpy(&word, input + offset, 8); /* little-endian: byte 0 in bits 0-7 */
    uint64_t stops = ~word & 0x8080808080808080ull;
    if (!stops) {
      /* No stop bit in 8 bytes: a 9- or 10-byte varint (or a bad one) takes the byte loop. */
      uint64_t value;
      size_t used = peer_varint_at(input, length, offset, &value);
      if (!used) {
        *count = n;
        *consumed = offset;
        peer_varint_failure(input, length, offset, error);
        return 1;
      }
      out[n++] = value;
      offset += used;
      continue;
    }
    /* stops ^ (stops - 1) keeps every bit up to the first stop bit: the varint's bytes. */
    out[n++] = _pext_u64(word, 0x7f7f7f7f7f7f7f7full & (stops ^ (stops - 1)));
    offset += ((unsigned)__builtin_ctzll(stops) >> 3) + 1;
  }
  return byte_loop(input, length, offset, out, capacity, n, count, consumed, error);
}

static int has_bmi2(void) {
  unsigned a, b, c, d;
  return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_BMI2);
}
#endif

/* Chosen once, at the first call, from CPUID. */
static int (*pext_path(void))(const uint8_t *, size_t, uint64_t *, size_t, size_t *, size_t *, peer_error *) {
#if defined(__x86_64__)
  static int bmi2 = -1;
  if (bmi2 < 0) bmi2 = has_bmi2();
  if (bmi2) return decode_pext;
#endif
  return decode_loop;
}

static const char *pext_isa(void) { return pext_path() == decode_loop ? "scalar" : "bmi2"; }

static int decode_pext_dispatched(const uint8_t *input, size_t length, uint64_t *out, size_t capacity,
                                  size_t *count, size_t *consumed, peer_error *error) {
  static int (*chosen)(const uint8_t *, size_t, uint64_t *, size_t, size_t *, size_t *, peer_error *);
  if (!chosen) chosen = pext_path();
  return chosen(input, length, out, capacity, count, consumed, error);
}

static const peer_strategy strategies[] = {
    {"c-loop", scalar, decode_loop, NULL},
    {"c-pext", pext_isa, decode_pext_dispatched, NULL},
};


int main(int argc, char **argv) {
  static const peer_identity identity = {
      "edgebench-peer-c", "c", "gcc " __VERSION__, "none (libc only)", strategies,
      sizeof strategies / sizeof *strategies};
  return peer_main(&identity, argc, argv);
}
