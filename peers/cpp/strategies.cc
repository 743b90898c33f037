// edgebench-peer-cpp: protobuf C++ (Debian's libprotobuf-dev 3.21) as the reference peer, timed
// by edgebench's protocol (peers/c/harness.c):
//   cpp-protobuf        varints: google::protobuf::io::CodedInputStream::ReadVarint64 over the
//                       whole corpus, the reader protobuf's own parsers are built on.
//   cpp-protobuf-parse  messages: protoc's generated Telemetry::ParseFromArray into one reused
//                       message per length-delimited frame (repeated fields and strings keep
//                       their capacity between messages, as a long-running decoder would).
//   cpp-protobuf-arena  messages: the same, each message created on an arena that is Reset after
//                       every frame, over one preallocated block (no heap allocation once warm).
// telemetry.pb.{h,cc} are protoc --cpp_out's output for Proto/telemetry.proto (peers/regenerate.sh).
#include <google/protobuf/arena.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/stubs/common.h>

#include <climits>
#include <cstring>
#include <string>

#include "../c/peer.h"
#include "telemetry.pb.h"

namespace {

using google::protobuf::Arena;
using google::protobuf::io::CodedInputStream;

const char *scalar() { return "scalar"; }

int decode_coded_stream(const uint8_t *input, size_t length, uint64_t *out, size_t capacity, size_t *count,
                        size_t *consumed, peer_error *error) {
  *count = 0;
  *consumed = 0;
  if (length > static_cast<size_t>(INT_MAX)) {
    peer_fail(error, "corpus-larger-than-INT_MAX-for-CodedInputStream", 0);
    return 1;
  }
  CodedInputStream stream(input, static_cast<int>(length));
  size_t n = 0;
  for (;;) {
    size_t offset = static_cast<size_t>(stream.CurrentPosition());
    if (offset >= length || n >= capacity) {
      *count = n;
      *consumed = offset;
      return 0;
    }
    uint64_t value;
    if (!stream.ReadVarint64(&value)) {
      *count = n;
      *consumed = offset;
      peer_varint_failure(input, length, offset, error);
      return 1;
    }
    out[n++] = value;
  }
}

// Telemetry.digest (Sources/CodecCore/Corpus/MessageCorpus.swift) over the generated type.
uint64_t digest(const edgebench::Telemetry &m) {
  uint64_t sum = uint64_t{m.device_id()} + peer_zigzag32(m.temperature_centi()) + m.timestamp_micros();
  double latitude = m.latitude();
  uint64_t bits;
  std::memcpy(&bits, &latitude, sizeof bits);
  sum += uint64_t{m.sequence()} + bits + peer_zigzag64(m.drift_nanos());
  for (unsigned char c : m.label()) sum += c;
  for (unsigned char c : m.payload()) sum += c;
  for (uint32_t s : m.samples()) sum += s;
  for (const edgebench::Reading &r : m.readings()) {
    sum += uint64_t{r.sensor_id()} + peer_zigzag32(r.value()) + uint64_t{r.flags()};
    for (int32_t d : r.deltas()) sum += peer_zigzag32(d);
  }
  return sum;
}

// Calls parse(frame, size, &digest_sum) for each length-delimited message of input (protobuf's
// writeDelimitedTo framing); a bad frame length is "truncated" at the frame, a message protobuf
// refuses is "protobuf-parse-failed" at its first byte.
template <typename Parse>
int for_each_frame(const uint8_t *input, size_t length, size_t *count, uint64_t *digest_sum, peer_error *error,
                   Parse parse) {
  size_t offset = 0, n = 0;
  uint64_t sum = 0;
  int failed = 0;
  while (offset < length) {
    uint64_t size;
    size_t used = peer_varint_at(input, length, offset, &size);
    if (!used || size > length - offset - used || size > static_cast<uint64_t>(INT_MAX)) {
      peer_fail(error, "truncated", offset);
      failed = 1;
      break;
    }
    if (!parse(input + offset + used, static_cast<int>(size), &sum)) {
      peer_fail(error, "protobuf-parse-failed", offset + used);
      failed = 1;
      break;
    }
    n++;
    offset += used + static_cast<size_t>(size);
  }
  *count = n;
  *digest_sum = sum;
  return failed;
}

int parse_reused(const uint8_t *input, size_t length, size_t *count, uint64_t *digest_sum, peer_error *error) {
  static edgebench::Telemetry *message = new edgebench::Telemetry;
  return for_each_frame(input, length, count, digest_sum, error, [](const uint8_t *frame, int size, uint64_t *sum) {
    if (!message->ParseFromArray(frame, size)) return false;
    *sum += digest(*message);
    return true;
  });
}

Arena *make_arena() {
  static char block[64 * 1024];
  google::protobuf::ArenaOptions options;
  options.initial_block = block;
  options.initial_block_size = sizeof block;
  return new Arena(options);
}

int parse_arena(const uint8_t *input, size_t length, size_t *count, uint64_t *digest_sum, peer_error *error) {
  static Arena *arena = make_arena();
  return for_each_frame(input, length, count, digest_sum, error, [](const uint8_t *frame, int size, uint64_t *sum) {
    auto *message = Arena::CreateMessage<edgebench::Telemetry>(arena);
    bool ok = message->ParseFromArray(frame, size);
    if (ok) *sum += digest(*message);
    arena->Reset();
    return ok;
  });
}

const peer_strategy strategies[] = {
    {"cpp-protobuf", scalar, decode_coded_stream, nullptr},
    {"cpp-protobuf-parse", scalar, nullptr, parse_reused},
    {"cpp-protobuf-arena", scalar, nullptr, parse_arena},
};

}  // namespace

int main(int argc, char **argv) {
  GOOGLE_PROTOBUF_VERIFY_VERSION;
  static const std::string library = "protobuf C++ " +
                                     google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION) +
                                     " (Debian libprotobuf-dev), generated code optimize_for SPEED";
  static const peer_identity identity = {"edgebench-peer-cpp", "c++", "g++ " __VERSION__, library.c_str(),
                                         strategies, sizeof strategies / sizeof *strategies};
  return peer_main(&identity, argc, argv);
}
