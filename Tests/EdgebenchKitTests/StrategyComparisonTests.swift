import CodecCore
import Testing

@testable import EdgebenchKit

@Suite("edgebench bench: flags, cases, medians")
struct StrategyComparisonTests {
  @Test("--strategy all selects every strategy, in decode and bench alike")
  func strategyAll() throws {
    #expect(
      try RunOptions(command: "decode", arguments: ["--strategy", "all"], takesStrategy: true)
        .strategies
        == DecodeStrategy.allCases)
    #expect(try BenchCommand(arguments: ["--strategy", "loop,word"]).strategies == [.loop, .word])
    #expect(try BenchCommand(arguments: ["--strategy=all"]).strategies == DecodeStrategy.allCases)
    #expect(try BenchCommand(arguments: ["--strategy", "simd"]).strategies == [.simd])
    #expect(throws: UsageError.self) { try BenchCommand(arguments: ["--strategy", "fast"]) }
    #expect(throws: UsageError.self) { try BenchCommand(arguments: ["--samples", "0"]) }
  }

  @Test("loop comes first; messages also get the view built on loop")
  func cases() throws {
    let varints = try #require(BuiltInCorpus.named("two-byte"))
    #expect(
      ComparedCase.cases(for: varints, strategies: [.simd, .loop])
        == [.strategy(.loop), .strategy(.simd)])
    let messages = try #require(BuiltInCorpus.named("messages"))
    #expect(
      ComparedCase.cases(for: messages, strategies: [.word])
        == [.strategy(.loop), .viewOnLoop, .strategy(.word)])
  }

  @Test("medians of odd and even sample counts")
  func medians() {
    #expect(StrategyComparison.median([5, 1, 3]) == 3)
    #expect(StrategyComparison.median([4, 1, 3, 2]) == 2.5)
    #expect(StrategyComparison.median([]) == 0)
  }

  @Test("a run checks every case and reports one median per case")
  func run() throws {
    let corpus = try #require(BuiltInCorpus.named("protobuf-skew"))
    let cases = ComparedCase.cases(for: corpus, strategies: DecodeStrategy.allCases)
    let repetitions = try StrategyComparison.repetitions(
      for: corpus, cases: cases, sampleNanoseconds: 100_000
    ).get()
    #expect(repetitions.count == cases.count)
    #expect(repetitions.allSatisfy { $0 >= 1 })
    let comparison = try StrategyComparison.run(
      corpus, cases: cases, samples: 3, repetitions: repetitions
    ).get()
    #expect(comparison.medians.count == cases.count)
    #expect(comparison.medians.allSatisfy { $0 > 0 })
    #expect(comparison.speedup(of: 0) == 1)
  }
}
