// google/benchmark (Debian's libbenchmark-dev) over a small C++ LEB128 varint decoder, so
// edgebench aggregate's google/benchmark parser is tested on real output. Cases are
// decode/<corpus>/cpp-loop over $CORPUS_DIR/<corpus>.bin (written by `edgebench corpus
// --write`) for each corpus in $CORPORA (comma-separated; default one-byte); items processed
// are the values, so the JSON's items_per_second gives ns per value.
//
// build: g++ -O2 -std=c++17 varint_gbench.cc -lbenchmark -lpthread
// run:   CORPUS_DIR=... ./a.out --benchmark_format=json --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

// One varint at `p` (at most 10 bytes, as protobuf encodes them); returns the byte after it,
// or nullptr when truncated or too long.
const uint8_t* DecodeVarint(const uint8_t* p, const uint8_t* end, uint64_t* value) {
  uint64_t result = 0;
  for (int shift = 0; shift < 70 && p < end; shift += 7) {
    uint8_t byte = *p++;
    result |= uint64_t(byte & 0x7F) << shift;
    if (byte < 0x80) {
      *value = result;
      return p;
    }
  }
  return nullptr;
}

size_t DecodeAll(const std::vector<uint8_t>& input, std::vector<uint64_t>& out) {
  const uint8_t* p = input.data();
  const uint8_t* end = p + input.size();
  size_t count = 0;
  while (p < end && count < out.size()) {
    p = DecodeVarint(p, end, &out[count]);
    if (p == nullptr) return 0;
    ++count;
  }
  return count;
}

void RegisterCorpus(const std::string& dir, const std::string& name) {
  std::ifstream file(dir + "/" + name + ".bin", std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "cannot read %s/%s.bin\n", dir.c_str(), name.c_str());
    std::exit(1);
  }
  auto bytes = std::make_shared<std::vector<uint8_t>>(std::istreambuf_iterator<char>(file),
                                                      std::istreambuf_iterator<char>());
  // The value count: every byte below 0x80 ends one varint.
  size_t values = 0;
  for (uint8_t byte : *bytes) values += byte < 0x80;
  benchmark::RegisterBenchmark(("decode/" + name + "/cpp-loop").c_str(),
                               [bytes, values](benchmark::State& state) {
                                 std::vector<uint64_t> out(values);
                                 for (auto _ : state) {
                                   size_t count = DecodeAll(*bytes, out);
                                   if (count != values) {
                                     state.SkipWithError("wrong value count");
                                     break;
                                   }
                                   benchmark::DoNotOptimize(out.data());
                                 }
                                 state.SetItemsProcessed(int64_t(state.iterations()) * values);
                               });
}

}  // namespace

int main(int argc, char** argv) {
  const char* dir = std::getenv("CORPUS_DIR");
  if (dir == nullptr) {
    std::fprintf(stderr, "CORPUS_DIR: a folder written by edgebench corpus --write\n");
    return 2;
  }
  const char* wanted = std::getenv("CORPORA");
  std::stringstream names(wanted != nullptr && *wanted != '\0' ? wanted : "one-byte");
  for (std::string name; std::getline(names, name, ',');) RegisterCorpus(dir, name);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
