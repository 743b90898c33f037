import CodecCore
import Foundation
import Testing

@testable import EdgebenchKit

@Suite struct WorkloadTests {
  private func file(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "edgebench-input-" + UUID().uuidString
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func everyBuiltInCaseChecks() {
    let inputs = BuiltInCorpus.names.compactMap { BuiltInCorpus.named($0) }.map {
      CorpusInput(builtIn: $0)
    }
    for kind in BenchmarkKind.allCases {
      let cases = BenchmarkCase.make(
        kind: kind, inputs: inputs, decoders: CaseDecoder.allCases)
      // Every strategy on every corpus, and loop-view on the one message corpus.
      let expected =
        kind == .encode ? inputs.count : inputs.count * DecodeStrategy.allCases.count + 1
      #expect(cases.count == expected)
      for benchmark in cases {
        let check = benchmark.check()
        #expect(check.passed, "\(benchmark.name): \(check.failure ?? "")")
        #expect(check.values == benchmark.input.valueCount)
      }
    }
  }

  @Test func userFileIsDecodedByTheReference() throws {
    var bytes: [UInt8] = []
    var sum: UInt64 = 0
    for value: UInt64 in [0, 1, 127, 128, 300, 1 << 35, UInt64.max] {
      Varint.append(value, to: &bytes)
      sum &+= value
    }
    // A non-canonical zero (0x80 0x00) is valid input; re-encoding writes it canonically.
    bytes += [0x80, 0x00]
    let path = try file(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let input = try CorpusInput(file: path, format: .varints)
    #expect(input.valueCount == 8 && input.valueSum == sum)
    #expect(input.expectationSource == "reference-decoder")
    for kind in BenchmarkKind.allCases {
      for benchmark in BenchmarkCase.make(kind: kind, inputs: [input], decoders: [.strategy(.loop)])
      {
        #expect(benchmark.check().passed, "\(benchmark.name)")
      }
    }
  }

  @Test func invalidFileIsATypedError() throws {
    let path = try file([0x96, 0x01, 0xFF])
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: InputError.invalid(path: path, .truncated(offset: 2))) {
      try CorpusInput(file: path, format: .varints)
    }
    #expect(throws: InputError.self) {
      try CorpusInput(file: path + ".absent", format: .messages)
    }
  }

  @Test func corruptedCorpusFailsItsCheck() {
    var corpus = CorpusInput(builtIn: BuiltInCorpus.named("two-byte").unsafelyUnwrapped)
    corpus = CorpusInput(
      name: corpus.name, path: nil, format: .varints, bytes: Array(corpus.bytes.dropLast(2)),
      valueCount: corpus.valueCount, valueSum: corpus.valueSum, checksum: corpus.checksum,
      expectationSource: "generator")
    for benchmark in BenchmarkCase.make(
      kind: .decode, inputs: [corpus], decoders: [.strategy(.loop)])
    {
      #expect(!benchmark.check().passed)
    }
  }
}
