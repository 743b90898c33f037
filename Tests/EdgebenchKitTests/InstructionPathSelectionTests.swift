import CodecCore
import Testing

@testable import EdgebenchKit

@Suite("--strategy NAME@PATH and all-paths: forcing an instruction path by name")
struct InstructionPathSelectionTests {
  @Test("every path this CPU runs can be forced, and is recorded as forced")
  func forcedPaths() throws {
    for strategy in DecodeStrategy.allCases {
      for path in strategy.supportedPaths {
        let name = strategy.name + "@" + path.name
        let decoders = try RunOptions(command: .decode, arguments: ["--strategy", name]).decoders
        #expect(decoders == [.forced(strategy, path)], "\(name)")
        #expect(decoders.first?.name == name)
        #expect(decoders.first?.isaPath == path.name)
      }
    }
  }

  @Test("a plain name runs the dispatched path and says which")
  func dispatched() {
    for strategy in DecodeStrategy.allCases {
      #expect(CaseDecoder.strategy(strategy).path == strategy.dispatchedPath)
      #expect(CaseDecoder.strategy(strategy).name == strategy.name)
    }
  }

  @Test("all-paths is each strategy on every path this CPU runs, loop once, then loop-view")
  func allPaths() throws {
    let decoders = try RunOptions(command: .bench, arguments: ["--strategy", "all-paths"]).decoders
    var expected: [CaseDecoder] = [.strategy(.loop)]
    for strategy in DecodeStrategy.allCases where strategy != .loop {
      expected += strategy.supportedPaths.map { .forced(strategy, $0) }
    }
    #expect(decoders == expected + [.viewOnLoop])
    #expect(Set(decoders.map(\.name)).count == decoders.count)
  }

  @Test("a forced path decodes varint corpora only: the record path has no paths to force")
  func formats() {
    let forced = CaseDecoder.forced(.word, .scalar)
    #expect(forced.decodes(.varints))
    #expect(!forced.decodes(.messages))
    #expect(CaseDecoder.strategy(.word).decodes(.messages))
  }

  @Test("a wrong strategy, a path the strategy lacks, or no path is a usage error that says which")
  func wrongNames() {
    let cases: [(String, String)] = [
      ("fast@scalar", "no such strategy"), ("loop@bmi2", "loop's paths here are scalar"),
      ("word@", "word's paths here are"), ("word@avx1024", "word's paths here are"),
      ("simd@bmi2", "simd's paths here are"), ("word@scalar@bmi2", "no such strategy"),
    ]
    for (name, reason) in cases {
      do {
        _ = try CaseDecoder.named(name, flag: "--strategy")
        Issue.record("\(name) was accepted")
      } catch {
        guard case .invalidValue(let flag, let value, let said) = error else {
          Issue.record("\(name): \(error)")
          continue
        }
        #expect(flag == "--strategy" && value == name)
        #expect(said.contains(reason), "\(name): \(said)")
      }
    }
  }
}
