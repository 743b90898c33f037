/* The C and C++ peers' shared harness (harness.c): edgebench's decode protocol, corpus files,
 * verification and results schema, as peers/go implements them. A program supplies only its
 * strategy table and its identity (peer_identity); edgebench-peer-c (varints.c) and
 * edgebench-peer-cpp (peers/cpp/strategies.cc) link the same harness. */
#ifndef EDGEBENCH_PEER_H
#define EDGEBENCH_PEER_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/* Where in a corpus decoding failed and why, in edgebench's words (truncated, varint-too-long,
 * varint-overflow, ...): printed "KIND at byte offset N". */
typedef struct {
  char kind[96];
  size_t offset;
} peer_error;

/* One way a program decodes; a NULL function means it does not handle that format. Both return
 * 0 on success and non-zero with *error filled on failure. */
typedef struct {
  const char *name;
  /* The ISA path this strategy takes on this CPU ("scalar", "bmi2"), decided at run time. */
  const char *(*isa_path)(void);
  /* Decodes every varint of input into out (stopping when either runs out): the values written
   * in *count and the bytes they took in *consumed. */
  int (*varints)(const uint8_t *input, size_t length, uint64_t *out, size_t capacity, size_t *count,
                 size_t *consumed, peer_error *error);
  /* Decodes every length-delimited Telemetry of input: the number in *count and the wrapping
   * sum of their digests in *digest_sum. */
  int (*messages)(const uint8_t *input, size_t length, size_t *count, uint64_t *digest_sum,
                  peer_error *error);
} peer_strategy;

/* What the program is; the build facts and host.collected_by of its records. */
typedef struct {
  const char *program;  /* edgebench-peer-c */
  const char *language; /* c, c++ */
  const char *compiler; /* gcc 12.2.0 */
  const char *library;  /* none, protobuf C++ 3.21.12 (...) */
  const peer_strategy *strategies;
  size_t strategy_count;
} peer_identity;

/* The harness's entry point: main() of each program calls it. */
int peer_main(const peer_identity *identity, int argc, char **argv);

/* Classifies a varint that a decoder rejected at offset, with edgebench's precedence (as
 * peers/go/decode_error.go): out of bytes "truncated"; a 10th byte with its continuation bit
 * "varint-too-long"; a 10th byte above 1 "varint-overflow". */
void peer_varint_failure(const uint8_t *input, size_t length, size_t offset, peer_error *error);
void peer_fail(peer_error *error, const char *kind, size_t offset);

/* The reference byte loop for one varint at offset: its length (1...10) with *value, or 0 when
 * it is malformed there (classify with peer_varint_failure). */
static inline size_t peer_varint_at(const uint8_t *input, size_t length, size_t offset,
                                    uint64_t *value) {
  uint64_t result = 0;
  unsigned shift = 0;
  for (size_t index = offset; index < length; index++) {
    uint8_t byte = input[index];
    if (shift == 63) {
      /* The 10th byte may contribute one bit only, and must end the varint. */
      if (byte > 1) return 0;
      *value = result | (uint64_t)byte << 63;
      return 10;
    }
    result |= (uint64_t)(byte & 0x7f) << shift;
    if (byte < 0x80) {
      *value = result;
      return index + 1 - offset;
    }
    shift += 7;
  }
  return 0;
}

/* Digest parts, as Telemetry.digest in Sources/CodecCore/Corpus/MessageCorpus.swift. */
static inline uint64_t peer_zigzag32(int32_t v) {
  return (uint64_t)(((uint32_t)v << 1) ^ (uint32_t)(v >> 31));
}
static inline uint64_t peer_zigzag64(int64_t v) { return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63); }

#ifdef __cplusplus
}
#endif
#endif
