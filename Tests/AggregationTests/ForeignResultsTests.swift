import Foundation
import Testing

@testable import Aggregation

/// The foreign-format parsers on real files made by the tools themselves
/// (Tests/Fixtures/foreign/regenerate.sh: go test -bench, criterion.rs, libtest,
/// google/benchmark, hyperfine), their malformed variants, and the published claim.
/// The fixtures are committed: a missing one fails these tests, it never skips them.
@Suite("Reading other tools' results")
struct ForeignResultsTests {
  static let root = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent()
    .appendingPathComponent("foreign").path
  static let host = root + "/real/this-host"
  static let published = Fixtures.repository + "/boards/published"
  /// Every tool's file of the host; libtest's ns/iter figures under their own label, since
  /// pooled with criterion's ns/value samples of the same benchmarks they are refused.
  static let toolInputs = [
    host + "/go-bench.txt", host + "/google-benchmark.json", host + "/hyperfine.json",
    host + "/criterion", "libtest=" + host + "/libtest.txt",
  ]

  @Test("the producers' fixtures are committed (Tests/Fixtures/foreign/regenerate.sh)")
  func fixturesPresent() throws {
    let files = [
      "real/this-host/go-bench.txt", "real/this-host/libtest.txt",
      "real/this-host/google-benchmark.json", "real/this-host/hyperfine.json",
      "malformed/go/go-bench.txt", "malformed/libtest/libtest.txt",
      "malformed/google-benchmark/google-benchmark.json", "malformed/hyperfine/hyperfine.json",
    ]
    for file in files {
      #expect(FileManager.default.fileExists(atPath: Self.root + "/" + file), "missing \(file)")
    }
    #expect(try criterionSamples().count == 2, "criterion's new/sample.json files")
  }

  @Test("each real file is recognised by its contents")
  func detection() throws {
    let cases: [(String, ForeignFormat)] = [
      ("go-bench.txt", .gobench), ("libtest.txt", .libtest),
      ("google-benchmark.json", .googleBenchmark), ("hyperfine.json", .hyperfine),
    ]
    for (name, format) in cases {
      let contents = try SystemFileContents.read(Self.host + "/" + name)
      #expect(ForeignFormat.detect(path: name, contents: contents) == format, "\(name)")
    }
    let sample = try #require(criterionSamples().first)
    #expect(
      ForeignFormat.detect(path: sample, contents: try SystemFileContents.read(sample))
        == .criterion)
  }

  @Test("go test -bench: -count 5 gives 5 raw samples in ns/value, names map to cases")
  func goBench() throws {
    let loaded = try ResultsLoader.load([Self.host + "/go-bench.txt"])
    let keys = Set(loaded.records.map { $0.key.description })
    #expect(keys == ["decode/one-byte/go-uvarint", "decode/one-byte/go-protowire"])
    for record in loaded.records {
      #expect(record.samples.count == 5)
      #expect(record.label == "this-host")
      #expect(record.foreign?.unit == "ns/value")
      #expect(record.foreign?.singleFigure == false)
      #expect(record.foreign?.metrics.contains { $0.hasPrefix("MB/s") } == true)
      #expect(record.host.machine == "x86_64" || record.host.machine == "aarch64")
      #expect(record.checksum == "not recorded")
    }
  }

  @Test("criterion: sample.json's iterations and times become ns per value samples")
  func criterion() throws {
    let loaded = try ResultsLoader.load([Self.host + "/criterion"])
    let keys = Set(loaded.records.map { $0.key.description })
    #expect(keys == ["decode/one-byte/rust-std", "decode/one-byte/rust-protobuf"])
    for record in loaded.records {
      #expect(record.samples.count == 10)
      #expect(record.label == "this-host")
      #expect(record.foreign?.unit == "ns/value")
      #expect(
        record.samples.allSatisfy { $0.nanosecondsPerValue > 0.01 && $0.nanosecondsPerValue < 100 })
    }
  }

  @Test("libtest: one median and its spread, a single figure")
  func libtest() throws {
    let loaded = try ResultsLoader.load([Self.host + "/libtest.txt"])
    let keys = Set(loaded.records.map { $0.key.description })
    #expect(keys == ["decode/one-byte/rust-std", "decode/one-byte/rust-protobuf"])
    for record in loaded.records {
      #expect(record.samples.count == 1)
      #expect(record.foreign?.singleFigure == true)
      #expect(record.foreign?.unit == "ns/iter")
      #expect(record.foreign?.spread?.hasPrefix("+/- ") == true)
    }
  }

  @Test("google/benchmark: 5 repetitions are 5 samples, aggregates skipped, context kept")
  func googleBenchmark() throws {
    let loaded = try ResultsLoader.load([Self.host + "/google-benchmark.json"])
    let record = try #require(loaded.records.first)
    #expect(loaded.records.count == 1)
    #expect(record.key.description == "decode/one-byte/cpp-loop")
    #expect(record.samples.count == 5)
    #expect(record.foreign?.unit == "ns/value")
    #expect(record.host.hostname != "?")
    #expect(!record.host.coreTypes.isEmpty)
  }

  @Test("hyperfine: its times are samples of whole runs, in their own case")
  func hyperfine() throws {
    let loaded = try ResultsLoader.load([Self.host + "/hyperfine.json"])
    let record = try #require(loaded.records.first)
    #expect(record.key.description == "process/one-byte/edgebench")
    #expect(record.samples.count == 5)
    #expect(record.foreign?.unit == "ns/run")
    #expect(record.samples.allSatisfy { $0.nanosecondsPerValue > 1e5 })
  }

  @Test("raw samples are tested; single figures get a ratio and 'one figure: not testable'")
  func statistics() throws {
    let report = try ReportBuilder.build(ResultsLoader.load(Self.toolInputs))
    let table = try #require(
      report.cases.first { $0.key.description == "decode/one-byte/rust-std" })
    #expect(table.rows.count == 2)
    let ranking = try #require(
      report.rankings.first { $0.scope.corpus == "one-byte" && $0.label == "this-host" })
    #expect(ranking.entries.count == 5)
    #expect(report.testCount > 0)
    let untested = report.rankings.flatMap { $0.entries }.filter { $0.untested }
    #expect(!untested.isEmpty)
    let text = TerminalRenderer.render(report)
    #expect(text.contains("from go test -bench"))
    #expect(text.contains("not recorded: corpus checksum, counters, build hash"))
  }

  @Test("the published claim: the flip listed, not testable, no p-value and no test")
  func publishedClaim() throws {
    let report = try ReportBuilder.build(ResultsLoader.load([Self.published]))
    #expect(report.hosts.map { $0.label } == ["ryzen5-5600x", "ryzen7-1700x", "ryzen9-3950x"])
    #expect(report.testCount == 0)
    let flip = try #require(report.flips.first)
    #expect(!flip.testable)
    #expect(flip.subject == "go" && flip.reference == "rust")
    #expect(flip.faster.map { $0.subject.label } == ["ryzen5-5600x"])
    #expect(flip.faster.allSatisfy { $0.verdict == .notTestable && $0.adjustedP.isNaN })
    let rows = report.cases.flatMap { $0.rows }.compactMap { $0.versusBaseline }
    #expect(rows.allSatisfy { $0.verdict.rawValue == "one figure: not testable" })
    let text = TerminalRenderer.render(report)
    #expect(text.contains("one figure: not testable (no raw samples"))
    #expect(!text.contains("p 0."))
  }

  @Test("malformed files are refused with file:line and what was expected")
  func malformed() throws {
    let bad = Self.root + "/malformed"
    func refusal(_ path: String) -> ForeignError? {
      do {
        _ = try ResultsLoader.load([path])
        return nil
      } catch {
        guard case .foreign(let foreign) = error else { return nil }
        return foreign
      }
    }
    guard
      case .malformed(let source, .gobench, let expected, let found)? = refusal(
        bad + "/go/go-bench.txt")
    else {
      Issue.record("the broken Go file was not refused as malformed")
      return
    }
    #expect(source.line > 1 && expected.contains("iteration count") && found == "many")
    guard
      case .malformed(let libSource, .libtest, _, let libFound)? = refusal(
        bad + "/libtest/libtest.txt")
    else {
      Issue.record("the broken libtest file was not refused")
      return
    }
    #expect(libSource.line >= 1 && libFound == "fast")
    guard
      case .malformed(_, .googleBenchmark, let gExpected, _)? = refusal(
        bad + "/google-benchmark/google-benchmark.json")
    else {
      Issue.record("the truncated google/benchmark file was not refused")
      return
    }
    #expect(gExpected.hasPrefix("valid JSON"))
    guard
      case .malformed(let hSource, .hyperfine, let hExpected, _)? = refusal(
        bad + "/hyperfine/hyperfine.json")
    else {
      Issue.record("the hyperfine file with a negative time was not refused")
      return
    }
    #expect(hSource.line > 1 && hExpected.contains("positive run times"))
    guard case .missingCompanion(_, .criterion, let cExpected)? = refusal(bad + "/criterion")
    else {
      Issue.record("a criterion sample.json without benchmark.json was not refused")
      return
    }
    #expect(cExpected.hasPrefix("benchmark.json"))
  }

  @Test("--map names unmappable benchmarks; a name that maps nowhere is refused")
  func mapping() throws {
    guard
      case .success(let rule) = NameRule.parse(
        "go:BenchmarkDecode/one-byte/go-*=decode/one-byte/go")
    else {
      Issue.record("the rule did not parse")
      return
    }
    let settings = ForeignSettings(rules: [rule])
    let loaded = try ResultsLoader.load([Self.host + "/go-bench.txt"], foreign: settings)
    #expect(Set(loaded.records.map { $0.key.strategy }) == ["go"])
    guard case .failure = NameRule.parse("x=decode/only-two") else {
      Issue.record("a two-part target parsed")
      return
    }
    let published = try ResultsLoader.load(
      [Self.published],
      foreign: ForeignSettings(format: .published, rules: []))
    #expect(published.records.count == 6)
  }

  @Test("one host's samples of a case in two units are refused, not pooled")
  func mixedUnitsRefused() {
    #expect(
      throws: AggregateError.mixedUnits(
        label: "this-host", case: "decode/one-byte/rust-protobuf",
        units: ["ns/value (criterion.rs)", "ns/iter (Rust libtest (cargo bench))"])
    ) {
      try ResultsLoader.load([Self.host + "/criterion", Self.host + "/libtest.txt"])
    }
  }

  @Test("inputs are opened only for reading")
  func inputsUnchanged() throws {
    let files = [Self.host + "/go-bench.txt", Self.published + "/rust-vs-go.json"]
    let before = try files.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    _ = try ReportBuilder.build(ResultsLoader.load(Self.toolInputs + [Self.published]))
    let after = try files.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    #expect(before == after)
  }

  private func criterionSamples() throws -> [String] {
    let folder = Self.host + "/criterion"
    return try FileManager.default.subpathsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix("new/sample.json") }.sorted().map { folder + "/" + $0 }
  }
}

/// A file's bytes for the tests.
enum SystemFileContents {
  static func read(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }
}
