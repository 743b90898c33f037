import CodecCore
import Testing

@testable import EdgebenchKit

@Suite("edgebench bench: the decode road with other defaults and a ratio table")
struct BenchTests {
  @Test("--strategy all selects every decoder, in decode and bench alike")
  func strategyAll() throws {
    for command in [MeasuringCommand.decode, .bench] {
      #expect(
        try RunOptions(command: command, arguments: ["--strategy", "all"]).decoders
          == CaseDecoder.allCases)
      #expect(try RunOptions(command: command, arguments: []).decoders == CaseDecoder.allCases)
      #expect(
        try RunOptions(command: command, arguments: ["--strategy=loop,loop-view"]).decoders
          == [.strategy(.loop), .viewOnLoop])
      #expect(throws: UsageError.self) {
        try RunOptions(command: command, arguments: ["--strategy", "fast"])
      }
      #expect(throws: UsageError.self) {
        try RunOptions(command: command, arguments: ["--samples", "1001"])
      }
    }
    #expect(throws: UsageError.unknownFlag(command: "encode", flag: "--strategy")) {
      try RunOptions(command: .encode, arguments: ["--strategy", "loop"])
    }
  }

  @Test("bench's defaults: 31 samples of 2 ms on the thread CPU clock; decode's: 10 of 10 ms, wall")
  func defaults() throws {
    let bench = try RunOptions(command: .bench, arguments: []).plan
    #expect(bench.samples == 31 && bench.targetSampleNanoseconds == 2_000_000)
    #expect(bench.clock == .cpu)
    let decode = try RunOptions(command: .decode, arguments: ["--clock", "cpu"]).plan
    #expect(decode.samples == 10 && decode.targetSampleNanoseconds == 10_000_000)
    #expect(decode.clock == .cpu)
    #expect(try RunOptions(command: .decode, arguments: []).plan.clock == .wall)
  }

  @Test("loop-view runs on message inputs only")
  func loopViewOnMessagesOnly() throws {
    let inputs = ["two-byte", "messages"].compactMap { BuiltInCorpus.named($0) }.map {
      CorpusInput(builtIn: $0)
    }
    let names = BenchmarkCase.make(kind: .decode, inputs: inputs, decoders: CaseDecoder.allCases)
      .map { $0.name }
    #expect(names.contains("decode/messages/loop-view"))
    #expect(!names.contains("decode/two-byte/loop-view"))
    #expect(names.count == 2 * DecodeStrategy.allCases.count + 1)
  }

  @Test("a bench run samples every case and shows each beside loop on its corpus")
  func ratioTable() throws {
    let inputs = ["protobuf-skew", "messages"].compactMap { BuiltInCorpus.named($0) }.map {
      CorpusInput(builtIn: $0)
    }
    var options = try RunOptions(
      command: .bench, arguments: ["--samples", "3", "--sample-ms", "1"])
    options.plan.seed = 7
    let cases = BenchmarkCase.make(kind: .decode, inputs: inputs, decoders: options.decoders)
    var progress = ProgressLine(allowed: false)
    let results = Sampler(plan: options.plan, counters: nil).run(cases, progress: &progress)
    #expect(results.allSatisfy { $0.check.passed && $0.samples.count == 3 })
    let context = RunContext(
      command: "bench", arguments: ["bench"], plan: options.plan, host: HostFingerprint.collect(),
      build: BuildFacts.collect(), counters: nil, corpusBytes: 0, bufferBytes: 0,
      startedUnixNanoseconds: 0, clockOverheadNanoseconds: 0)
    let table = RatioTable.render(results, context: context).split(separator: "\n").map {
      String($0)
    }
    #expect(table.count == 2 + results.count)
    #expect(table[0].contains("thread CPU clock"))
    let loopRows = table.filter { $0.split(separator: " ").dropFirst().first == "loop" }
    #expect(loopRows.count == 2)
    // loop's ratio to itself is exactly 1; every row has a ratio.
    #expect(loopRows.allSatisfy { $0.split(separator: " ").reversed().dropFirst().first == "1.00" })
    #expect(table.contains { $0.hasPrefix("messages") && $0.contains("loop-view") })
  }
}
