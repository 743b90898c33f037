import CodecCore
import Foundation
import Testing

@testable import EdgebenchKit

/// The numeric parts of a record, decoded the way the aggregation reads them. JSONDecoder
/// rounds correctly; JSONSerialization on Linux can be one ulp off, so exact double checks
/// use this.
private struct DecodedRecord: Decodable {
  struct Sample: Decodable {
    let ns: UInt64
    let counters: [String: Double?]?
  }
  struct Stats: Decodable {
    let median, min, max, mean, stddev, mad, cv: Double
    let ci95: [String: Double]
  }
  let samples: [Sample]
  let stats: Stats
}

/// Results written by the runner parse back with Foundation's JSON and carry the same values.
@Suite(.serialized) struct ResultsFileTests {
  private func measure(
    _ kind: BenchmarkKind, corpora: [String], samples: Int = 3
  ) -> (results: [CaseResult], context: RunContext) {
    var plan = MeasurementPlan()
    plan.samples = samples
    plan.fixedIterations = 2
    plan.seed = 7
    let inputs = corpora.compactMap { BuiltInCorpus.named($0) }.map { CorpusInput(builtIn: $0) }
    let suite = BenchmarkCase.suite(kind: kind, inputs: inputs, decoders: CaseDecoder.allCases)
    let counters = CounterSet.open()
    let sampler = Sampler(plan: plan, counters: counters)
    var progress = ProgressLine(allowed: false)
    let results = sampler.run(suite.cases, progress: &progress)
    let context = RunContext(
      command: kind.rawValue, arguments: [kind.rawValue], plan: plan,
      host: HostFingerprint.collect(), build: BuildFacts.collect(), counters: counters,
      corpusBytes: inputs.reduce(0) { $0 + $1.bytes.count }, bufferBytes: suite.bufferBytes,
      startedUnixNanoseconds: 1, clockOverheadNanoseconds: sampler.clockOverhead)
    return (results, context)
  }

  @Test func recordsRoundTripThroughJSON() throws {
    let (results, context) = measure(.decode, corpora: ["protobuf-skew", "messages"])
    let text = ResultRecord.lines(results, context: context)
    let lines = text.split(separator: "\n")
    #expect(lines.count == results.count)
    for (line, result) in zip(lines, results) {
      let record = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(record["schema"] as? String == "edgebench.result")
      #expect(record["schema_version"] as? Int == 2)
      let hostObject = try #require(record["host"] as? [String: Any])
      let cpu = try #require(hostObject["cpu"] as? [String: Any])
      #expect(cpu["microarchitecture"] as? String == context.host.cpu.microarchitectureText)
      #expect(cpu["features"] as? [String] == context.host.cpu.features)
      let run = try #require(record["run"] as? [String: Any])
      #expect(run["id"] as? String == context.runID)
      #expect(run["seed"] as? String == "7")
      let testCase = try #require(record["case"] as? [String: Any])
      let input = result.benchmark.input
      #expect(testCase["name"] as? String == result.benchmark.name)
      #expect(testCase["values"] as? Int == input.valueCount)
      #expect(testCase["value_sum"] as? String == String(input.valueSum))
      #expect(testCase["fnv1a64"] as? String == NumberFormat.hex64(input.checksum))
      #expect(testCase["check"] as? String == "ok")
      #expect(testCase["isa_path"] as? String == result.benchmark.isaPath)
      let samples = try #require(record["samples"] as? [[String: Any]])
      #expect(samples.count == 3)
      for parsed in samples {
        #expect(parsed["iterations"] as? Int == 2)
        #expect(parsed["cpu_start"] is Int && parsed["migrated"] is Bool)
      }
      // Exact: every double reads back with the same bits.
      let decoded = try JSONDecoder().decode(DecodedRecord.self, from: Data(line.utf8))
      for (parsed, sample) in zip(decoded.samples, result.samples) {
        #expect(parsed.ns == sample.nanoseconds)
        let clock = try #require(parsed.counters?["task-clock"] ?? nil)
        #expect(clock.bitPattern == sample.counters?[.taskClock]?.bitPattern)
      }
      let expected = try #require(result.statistics)
      let stats = decoded.stats
      #expect(stats.median.bitPattern == expected.median.bitPattern)
      #expect(stats.mean.bitPattern == expected.mean.bitPattern)
      #expect(stats.cv.bitPattern == expected.coefficientOfVariation.bitPattern)
      #expect(stats.stddev.bitPattern == expected.standardDeviation.bitPattern)
      #expect(stats.mad.bitPattern == expected.mad.bitPattern)
      #expect(stats.ci95["low"]?.bitPattern == expected.medianInterval.low.bitPattern)
      #expect(stats.ci95["high"]?.bitPattern == expected.medianInterval.high.bitPattern)
      let host = try #require(record["host"] as? [String: Any])
      #expect(host["hostname"] as? String == context.host.hostname)
      #expect((host["core_types"] as? [Any])?.isEmpty == false)
      let build = try #require(record["build"] as? [String: Any])
      #expect(build["binary_sha256"] as? String == context.build.binarySHA256)
      let events = try #require((record["counters"] as? [String: Any])?["events"] as? [String: Any])
      #expect(events.count == CounterEvent.allCases.count)
      for status in context.counters?.statuses ?? [] {
        let parsed = try #require(events[status.event.name] as? [String: Any])
        #expect(parsed["status"] as? String == (status.isCounting ? "counting" : "unavailable"))
        if let reason = status.unavailable {
          #expect(parsed["reason"] as? String == reason.key)
          #expect(parsed["message"] as? String == reason.message)
        }
      }
      let memory = try #require(record["memory"] as? [String: Any])
      #expect((memory["peak_rss_kib"] as? Int ?? 0) > 0)
      #expect(memory["corpus_bytes"] as? Int == context.corpusBytes)
    }
  }

  @Test func encodeAndRoundtripReportTheCorpusSums() throws {
    for kind in [BenchmarkKind.encode, .roundtrip] {
      let (results, context) = measure(kind, corpora: ["uniform-length", "messages"], samples: 1)
      for result in results {
        #expect(result.check.passed, "\(result.benchmark.name): \(result.check.failure ?? "")")
        #expect(result.check.valueSum == result.benchmark.input.valueSum)
      }
      let line = ResultRecord.line(results[0], context: context)
      let record = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let testCase = try #require(record["case"] as? [String: Any])
      #expect(testCase["kind"] as? String == kind.rawValue)
      if kind == .encode {
        #expect(testCase["strategy"] as? String == "writer")
        #expect(testCase["output_fnv1a64"] as? String == testCase["fnv1a64"] as? String)
      }
    }
  }

  @Test func goBenchLinesFollowTheFormat() throws {
    let (results, context) = measure(.decode, corpora: ["one-byte"], samples: 2)
    let lines = GoBenchFormat.render(results, context: context).split(separator: "\n")
    #expect(lines.contains("pkg: edgebench"))
    #expect(lines.contains { $0.hasPrefix("goos: linux") })
    #expect(lines.contains { $0.hasPrefix("goarch: ") })
    #expect(lines.contains { $0.hasPrefix("cpu: ") })
    let benchmarks = lines.filter { $0.hasPrefix("Benchmark") }
    #expect(benchmarks.count == 2 * DecodeStrategy.allCases.count)
    let pattern = try Regex(
      #"^BenchmarkDecode/corpus=one-byte/strategy=\S+\t2\t[0-9.]+ ns/op(\t[0-9.]+ \S+)+$"#)
    for line in benchmarks {
      #expect(String(line).wholeMatch(of: pattern) != nil, "\(line)")
    }
  }

  @Test func tableShowsCountSumAndCounterReasons() {
    let (results, context) = measure(.decode, corpora: ["protobuf-skew"], samples: 2)
    let table = ResultTable.render(results, context: context)
    let corpus = VarintCorpus.builtIn(.protobufSkew)
    #expect(table.contains(String(corpus.valueSum)))
    #expect(table.contains("65536"))
    for status in context.counters?.statuses ?? [] where !status.isCounting {
      #expect(table.contains(status.event.name))
    }
  }
}
