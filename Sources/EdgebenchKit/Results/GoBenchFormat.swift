/// Results in the Go benchmark text format, so benchstat users can compare runs with the tools
/// they have: `key: value` configuration lines, then one line per sample,
/// `BenchmarkDecode/corpus=NAME/strategy=NAME  ITERATIONS  X ns/op  Y MB/s  Z ns/value ...`.
///
/// No `-N` GOMAXPROCS suffix: the runner is single-threaded, and Go omits it for 1.
public enum GoBenchFormat {
  /// The whole document.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func render(_ results: [CaseResult], context: RunContext) -> String {
    var lines: [String] =
      [
        "goos: " + TextScan.asciiLowercased(context.host.kernel.sysname),
        "goarch: " + goArchitecture(context.host.kernel.machine),
        "pkg: edgebench",
        "cpu: " + context.host.cpuModel,
        "edgebench-schema: " + String(ResultRecord.schemaVersion),
        "edgebench-run: " + context.runID,
        "edgebench-host: " + context.host.hostname,
        "edgebench-build: " + context.build.mode + " " + context.build.optimization,
        "edgebench-binary-sha256: " + (context.build.binarySHA256 ?? "unknown"),
        "edgebench-source-revision: " + context.build.sourceRevision,
        "edgebench-virtualization: " + context.host.virtualization.kind,
      ] + cpuLines(context.host.cpu)
    for result in results where result.check.passed {
      let name =
        "Benchmark" + result.benchmark.kind.title + "/corpus=" + result.benchmark.input.name
        + "/strategy=" + result.benchmark.strategyName
      let bytesPerIteration = Double(result.benchmark.input.bytes.count)
      for sample in result.samples {
        let iterations = Double(max(1, sample.iterations))
        let nanosecondsPerOp = Double(sample.nanoseconds) / iterations
        var line = name + "\t" + String(sample.iterations)
        line += "\t" + NumberFormat.fixed(nanosecondsPerOp, decimals: 1) + " ns/op"
        if nanosecondsPerOp > 0 {
          line +=
            "\t" + NumberFormat.fixed(bytesPerIteration / nanosecondsPerOp * 1000, decimals: 2)
            + " MB/s"
        }
        line +=
          "\t"
          + NumberFormat.fixed(result.perValue(Double(sample.nanoseconds), sample), decimals: 4)
          + " ns/value"
        let perValue: [(CounterEvent, String)] = [
          (.cycles, "cycles/value"), (.instructions, "instructions/value"),
          (.branchMisses, "branch-misses/value"),
        ]
        for (event, unit) in perValue {
          guard let count = sample.counters?[event] else { continue }
          line +=
            "\t" + NumberFormat.fixed(result.perValue(count, sample), decimals: 4) + " " + unit
        }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `edgebench-cpu-*` lines: `cpu:` stays the brand string Go prints, these say what it is.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func cpuLines(_ cpu: CPUIdentity) -> [String] {
    var lines = ["edgebench-cpu-microarchitecture: " + cpu.microarchitectureText]
    if let vendor = cpu.vendor { lines.append("edgebench-cpu-vendor: " + vendor) }
    if let signature = cpu.signatureText { lines.append("edgebench-cpu-signature: " + signature) }
    if let midr = cpu.midrText { lines.append("edgebench-cpu-midr: " + midr) }
    lines.append("edgebench-cpu-features: " + cpu.features.joined(separator: " "))
    if let microcoded = cpu.pextMicrocoded {
      lines.append("edgebench-cpu-pext: " + (microcoded ? "microcoded" : "fast"))
    }
    return lines
  }

  /// Go's GOARCH for a uname machine name.
  static func goArchitecture(_ machine: String) -> String {
    switch machine {
    case "x86_64": return "amd64"
    case "aarch64", "arm64": return "arm64"
    case "i386", "i486", "i586", "i686": return "386"
    case "riscv64": return "riscv64"
    default: return machine.hasPrefix("arm") ? "arm" : machine
    }
  }
}
