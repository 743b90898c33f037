/// Reads `go test -bench` output, the format benchstat reads: `key: value` configuration lines
/// (goos, goarch, pkg, cpu, and any others) and benchmark lines
/// `BenchmarkName-N  ITERATIONS  VALUE UNIT [VALUE UNIT]...`. Each line of a name is one
/// raw sample (`-count N` gives N); every value/unit pair is kept. The time is the `ns/value`
/// metric when the benchmark reports one (`b.ReportMetric`), else `ns/op`. Other lines
/// (PASS, ok, test logs) are ignored, as benchstat ignores them.
enum GoBenchParser {
  /// True for `BenchmarkX...` lines (the name continues with no lower-case letter).
  static func isBenchmarkLine(_ line: String) -> Bool {
    guard line.hasPrefix("Benchmark") else { return false }
    let rest = line.dropFirst("Benchmark".count)
    guard let next = rest.first else { return false }
    return !next.isLowercase
  }

  /// True for `key: value` configuration lines: the key starts lower case and has no space.
  static func isConfigurationLine(_ line: String) -> Bool {
    guard let colon = line.firstIndex(of: ":"), let first = line.first, first.isLowercase else {
      return false
    }
    let key = line[..<colon]
    return !key.contains(" ") && !key.contains("\t")
      && line[line.index(after: colon)...].first.map { $0 == " " || $0 == "\t" } ?? true
  }

  static func parse(_ contents: [UInt8], path: String) throws(ForeignError) -> [ForeignBenchmark] {
    var configuration: [(String, String)] = []
    var order: [String] = []
    var byName: [String: ForeignBenchmark] = [:]
    var samples: [String: [[(String, Double)]]] = [:]
    for (number, raw) in ForeignText.lines(contents) {
      let line = ForeignText.trimmed(raw)
      let source = RecordSource(path: path, line: number)
      if raw.first == " " || raw.first == "\t" || line.isEmpty { continue }
      if isConfigurationLine(line), let colon = line.firstIndex(of: ":") {
        let key = String(line[..<colon])
        let value = ForeignText.trimmed(line[line.index(after: colon)...])
        configuration.removeAll { $0.0 == key }
        configuration.append((key, value))
        continue
      }
      guard isBenchmarkLine(line) else { continue }
      let fields = ForeignText.fields(line)
      let expected = "'BenchmarkName-N ITERATIONS VALUE UNIT [VALUE UNIT]...'"
      guard fields.count >= 4, (fields.count - 2) % 2 == 0 else {
        throw .malformed(source, format: .gobench, expected: expected, found: line)
      }
      guard let iterations = Int(fields[1]), iterations > 0 else {
        throw .malformed(
          source, format: .gobench, expected: "a positive iteration count after the name",
          found: fields[1])
      }
      var pairs: [(String, Double)] = []
      var index = 2
      while index + 1 < fields.count {
        guard let value = Double(fields[index]), value.isFinite, value >= 0 else {
          throw .malformed(
            source, format: .gobench,
            expected: "a non-negative number before the unit '"
              + fields[index + 1] + "'", found: fields[index])
        }
        pairs.append((fields[index + 1], value))
        index += 2
      }
      guard pairs.contains(where: { $0.0 == "ns/op" || $0.0 == "ns/value" }) else {
        throw .malformed(source, format: .gobench, expected: "an ns/op figure", found: line)
      }
      let name = strippedProcs(fields[0])
      if byName[name] == nil {
        order.append(name)
        let host = ForeignHost(
          hostname: nil, cpuModel: value("cpu", configuration),
          machine: value("goarch", configuration).map(machineName),
          target: goTarget(configuration), cpuCount: procs(fields[0]), caches: nil,
          toolVersion: nil, configuration: configuration)
        byName[name] = ForeignBenchmark(
          name: name, source: source, times: [], unit: "ns/op", singleFigure: false,
          spread: nil, host: host)
      }
      samples[name, default: []].append(pairs)
    }
    guard !order.isEmpty else {
      throw .noBenchmarks(path: path, format: .gobench, expected: "'BenchmarkName-N ...' lines")
    }
    return order.compactMap { name in
      guard var benchmark = byName[name], let runs = samples[name] else { return nil }
      let perValue = runs.allSatisfy { $0.contains { $0.0 == "ns/value" } }
      benchmark.unit = perValue ? "ns/value" : "ns/op"
      let unit = benchmark.unit
      benchmark.times = runs.compactMap { run in run.first(where: { $0.0 == unit })?.1 }
      benchmark.singleFigure = runs.count == 1
      var units: [String] = []
      for run in runs { for (unit, _) in run where !units.contains(unit) { units.append(unit) } }
      benchmark.metrics = units.filter { $0 != benchmark.unit }.compactMap { unit in
        let values = runs.compactMap { run in run.first(where: { $0.0 == unit })?.1 }
        return values.isEmpty ? nil : (unit, SampleMedian.of(values))
      }
      return benchmark
    }
  }

  /// "BenchmarkDecode/one-byte-8" → "BenchmarkDecode/one-byte".
  static func strippedProcs(_ name: String) -> String {
    guard let dash = name.lastIndex(of: "-"), procs(name) != nil else { return name }
    return String(name[..<dash])
  }

  /// The GOMAXPROCS suffix, if any.
  static func procs(_ name: String) -> Int? {
    guard let dash = name.lastIndex(of: "-") else { return nil }
    return Int(name[name.index(after: dash)...])
  }

  private static func value(_ key: String, _ configuration: [(String, String)]) -> String? {
    configuration.first(where: { $0.0 == key })?.1
  }

  private static func machineName(_ goarch: String) -> String {
    switch goarch {
    case "amd64": return "x86_64"
    case "arm64": return "aarch64"
    case "386": return "i686"
    default: return goarch
    }
  }

  private static func goTarget(_ configuration: [(String, String)]) -> String? {
    guard let os = value("goos", configuration), let arch = value("goarch", configuration) else {
      return nil
    }
    return os + "/" + arch
  }
}

/// The median of a few values.
enum SampleMedian {
  static func of(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
