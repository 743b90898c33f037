/// Reads google/benchmark `--benchmark_format=json` (or `--benchmark_out`): its `context` as
/// host facts (host name, CPU count, caches; it records no CPU model), every `iteration` run as
/// one raw sample (`--benchmark_repetitions=N` gives N), aggregates (mean, median, stddev)
/// skipped because they are computed from those samples. The time is `real_time` per
/// iteration; with `items_per_second` (`state.SetItemsProcessed`) it becomes ns per item.
enum GoogleBenchmarkParser {
  struct File: Decodable {
    let context: Context
    let benchmarks: [Entry]
  }

  struct Context: Decodable {
    let hostName: String?
    let numCpus: Int?
    let mhzPerCpu: Double?
    let caches: [Cache]?
    let libraryBuildType: String?
    let cpuScalingEnabled: Bool?

    enum CodingKeys: String, CodingKey {
      case caches
      case hostName = "host_name"
      case numCpus = "num_cpus"
      case mhzPerCpu = "mhz_per_cpu"
      case libraryBuildType = "library_build_type"
      case cpuScalingEnabled = "cpu_scaling_enabled"
    }
  }

  struct Cache: Decodable {
    let type: String
    let level: Int
    let size: Int
  }

  struct Entry: Decodable {
    let name: String
    let runName: String?
    let runType: String?
    let iterations: Int?
    let realTime: Double?
    let cpuTime: Double?
    let timeUnit: String?
    let itemsPerSecond: Double?
    let errorOccurred: Bool?
    let errorMessage: String?

    enum CodingKeys: String, CodingKey {
      case name, iterations
      case runName = "run_name"
      case runType = "run_type"
      case realTime = "real_time"
      case cpuTime = "cpu_time"
      case timeUnit = "time_unit"
      case itemsPerSecond = "items_per_second"
      case errorOccurred = "error_occurred"
      case errorMessage = "error_message"
    }
  }

  static func parse(_ contents: [UInt8], path: String) throws(ForeignError) -> [ForeignBenchmark] {
    let file = try ForeignJSON.decode(
      File.self, contents, path: path, format: .googleBenchmark,
      expected: "{\"context\": {...}, \"benchmarks\": [{\"name\", \"real_time\", ...}]}")
    let host = ForeignHost(
      hostname: file.context.hostName, cpuModel: nil, machine: nil, target: nil,
      cpuCount: file.context.numCpus, caches: cacheText(file.context.caches),
      toolVersion: nil,
      configuration: [
        ("library_build_type", file.context.libraryBuildType ?? "not recorded"),
        ("cpu_scaling_enabled", file.context.cpuScalingEnabled.map { String($0) } ?? "?"),
        ("mhz_per_cpu", file.context.mhzPerCpu.map { String($0) } ?? "?"),
      ])
    var order: [String] = []
    var byName: [String: ForeignBenchmark] = [:]
    var searchFrom = 0
    for entry in file.benchmarks {
      let line = ForeignText.line(ofKey: "name", in: contents, after: searchFrom)
      searchFrom = HyperfineParser.offset(ofLine: line + 1, in: contents)
      let source = RecordSource(path: path, line: line)
      guard entry.runType != "aggregate", entry.errorOccurred != true else { continue }
      guard let real = entry.realTime, let cpu = entry.cpuTime, real.isFinite, real > 0 else {
        throw .malformed(
          source, format: .googleBenchmark, expected: "a positive 'real_time' and 'cpu_time'",
          found: entry.realTime.map { String($0) } ?? "none")
      }
      guard let scale = nanoseconds(entry.timeUnit ?? "ns") else {
        throw .malformed(
          source, format: .googleBenchmark, expected: "'time_unit' ns, us, ms or s",
          found: entry.timeUnit ?? "")
      }
      let name = baseName(entry.runName ?? entry.name)
      var time = real * scale
      var unit = "ns/iter"
      if let rate = entry.itemsPerSecond, rate > 0 {
        // The rate is items per second of CPU time, or of real time with UseRealTime().
        let seconds =
          (name != entry.name && entry.name.contains("/real_time") ? real : cpu)
          * scale / 1e9
        let items = rate * seconds
        if items > 0 {
          time /= items
          unit = "ns/value"
        }
      }
      if byName[name] == nil {
        order.append(name)
        byName[name] = ForeignBenchmark(
          name: name, source: source, times: [], unit: unit, singleFigure: false, spread: nil,
          host: host, notes: ["the CPU model"])
      }
      byName[name]?.times.append(time)
    }
    guard !order.isEmpty else {
      throw .noBenchmarks(
        path: path, format: .googleBenchmark, expected: "runs of run_type 'iteration'")
    }
    return order.compactMap { name in
      guard var benchmark = byName[name] else { return nil }
      benchmark.singleFigure = benchmark.times.count == 1
      return benchmark
    }
  }

  /// The name without google/benchmark's option parts ("/repeats:5", "/real_time", ...).
  static func baseName(_ name: String) -> String {
    let options = [
      "repeats:", "iterations:", "min_time:", "threads:", "real_time", "manual_time",
      "process_time", "min_warmup_time:",
    ]
    return name.split(separator: "/", omittingEmptySubsequences: false).filter { part in
      !options.contains { part.hasPrefix($0) }
    }.joined(separator: "/")
  }

  private static func nanoseconds(_ unit: String) -> Double? {
    switch unit {
    case "ns": return 1
    case "us": return 1e3
    case "ms": return 1e6
    case "s": return 1e9
    default: return nil
    }
  }

  private static func cacheText(_ caches: [Cache]?) -> String? {
    guard let caches, !caches.isEmpty else { return nil }
    return caches.map { cache in
      let kind = cache.type == "Data" ? "d" : cache.type == "Instruction" ? "i" : ""
      let size =
        cache.size >= 1 << 20 && cache.size % (1 << 20) == 0
        ? "\(cache.size >> 20)M" : "\(cache.size >> 10)K"
      return "L\(cache.level)\(kind) \(size)"
    }.joined(separator: " ")
  }
}
