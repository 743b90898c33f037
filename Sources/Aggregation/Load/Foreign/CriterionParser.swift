import EdgebenchKit
import FoundationEssentials

/// Reads one criterion.rs benchmark: a `new/` folder of `target/criterion/**` with
/// `sample.json` (`iters` and `times`: the raw iteration count and total nanoseconds of each
/// sample), `benchmark.json` (the benchmark's id and throughput) and `estimates.json`. Each
/// sample's time ÷ iterations is a raw sample in ns/iter; with `Throughput::Elements(n)` it is
/// divided by n into ns/value.
enum CriterionParser {
  struct Sample: Decodable {
    let iters: [Double]
    let times: [Double]
  }

  struct Benchmark: Decodable {
    let fullID: String
    let throughput: Throughput?

    enum CodingKeys: String, CodingKey {
      case throughput
      case fullID = "full_id"
    }
  }

  struct Throughput: Decodable {
    let elements: Double?
    let bytes: Double?

    enum CodingKeys: String, CodingKey {
      case elements = "Elements"
      case bytes = "Bytes"
    }
  }

  struct Estimates: Decodable {
    let median: Estimate
  }

  struct Estimate: Decodable {
    let pointEstimate: Double

    enum CodingKeys: String, CodingKey {
      case pointEstimate = "point_estimate"
    }
  }

  /// The `sample.json` of the benchmark folder holding `path` (any of its JSON files).
  static func samplePath(for path: String) -> String {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return folder + "/sample.json"
  }

  static func parse(path: String) throws(ForeignError) -> [ForeignBenchmark] {
    let samplePath = samplePath(for: path)
    let folder = URL(fileURLWithPath: samplePath).deletingLastPathComponent().path
    let companions = [samplePath, folder + "/benchmark.json", folder + "/estimates.json"]
    var files: [[UInt8]] = []
    for companion in companions {
      guard let contents = try? SystemFile.contents(companion) else {
        throw .missingCompanion(
          path: path, format: .criterion,
          expected: URL(fileURLWithPath: companion).lastPathComponent + " beside it ("
            + companion + ")")
      }
      files.append(contents)
    }
    let sample = try ForeignJSON.decode(
      Sample.self, files[0], path: samplePath, format: .criterion,
      expected: "{\"iters\": [...], \"times\": [...]}")
    let benchmark = try ForeignJSON.decode(
      Benchmark.self, files[1], path: companions[1], format: .criterion,
      expected: "{\"full_id\": ..., \"throughput\": ...}")
    let estimates = try ForeignJSON.decode(
      Estimates.self, files[2], path: companions[2], format: .criterion,
      expected: "{\"median\": {\"point_estimate\": ...}}")
    let source = RecordSource(path: samplePath, line: 1)
    guard sample.iters.count == sample.times.count, !sample.iters.isEmpty else {
      throw .malformed(
        source, format: .criterion, expected: "as many 'times' as 'iters' (and at least one)",
        found: "\(sample.iters.count) iters, \(sample.times.count) times")
    }
    let perElement = benchmark.throughput?.elements ?? 1
    var times: [Double] = []
    for (iterations, total) in zip(sample.iters, sample.times) {
      guard iterations > 0, total.isFinite, total > 0 else {
        throw .malformed(
          source, format: .criterion, expected: "positive iteration counts and times",
          found: "iters \(iterations), times \(total)")
      }
      times.append(total / iterations / perElement)
    }
    var notes: [String] = []
    let median = estimates.median.pointEstimate / perElement
    let ours = SampleMedian.of(times)
    if abs(ours - median) > 0.2 * median {
      notes.append(
        "(criterion's own median estimate \(median) differs from the samples' median \(ours))")
    }
    return [
      ForeignBenchmark(
        name: benchmark.fullID, source: source, times: times,
        unit: benchmark.throughput?.elements != nil ? "ns/value" : "ns/iter",
        singleFigure: false, spread: nil, host: ForeignHost(), notes: notes)
    ]
  }
}
