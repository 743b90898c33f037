/// One JSON Lines record per case: schema, run, host, build, case, samples, statistics,
/// counters and memory. The layout is documented in the README, "Results files".
public enum ResultRecord {
  /// The schema's name, in every record.
  public static let schemaName = "edgebench.result"
  /// The schema's version; bumped whenever a field changes meaning or is removed. Version 2
  /// added `host.cpu` (CPU identity and ISA features) and `case.isa_path`; readers of version 2
  /// read version 1 records as ones without them.
  public static let schemaVersion = 2

  /// The whole JSON Lines document for a run: one line per case.
  public static func lines(_ results: [CaseResult], context: RunContext) -> String {
    var text = ""
    for result in results {
      text += line(result, context: context)
      text += "\n"
    }
    return text
  }

  /// One case's record, without the newline.
  public static func line(_ result: CaseResult, context: RunContext) -> String {
    var json = JSONWriter()
    json.beginObject()
    json.field("schema", schemaName)
    json.field("schema_version", schemaVersion)
    json.object("run") { writeRun(context, to: &$0) }
    json.key("host")
    HostJSON.write(context.host, to: &json)
    json.key("build")
    HostJSON.write(context.build, to: &json)
    json.object("case") { writeCase(result, to: &$0) }
    json.field("iterations", result.iterations)
    json.field("iterations_calibrated", result.calibrated)
    json.key("samples")
    json.beginArray()
    for sample in result.samples { writeSample(sample, to: &json) }
    json.endArray()
    json.key("stats")
    writeStatistics(result, to: &json)
    json.object("counters") { json in
      json.key("events")
      CounterJSON.writeStatuses(context.counters, to: &json)
      json.key("summary")
      CounterJSON.writeSummary(
        result, virtualClock: context.host.virtualization.hasVirtualClock, to: &json)
    }
    json.object("memory") { json in
      json.field("peak_rss_kib", context.peakRSSKiB)
      json.field("corpus_bytes", context.corpusBytes)
      json.field("buffer_bytes", context.bufferBytes)
    }
    json.endObject()
    return json.text
  }

  private static func writeRun(_ context: RunContext, to json: inout JSONWriter) {
    let plan = context.plan
    json.field("id", context.runID)
    json.field("started_unix_ns", signed: context.startedUnixNanoseconds)
    json.field("command", context.command)
    json.field("argv", strings: context.arguments)
    json.field("samples", plan.samples)
    json.field("warmup_samples", plan.warmupSamples)
    json.field("fixed_iterations", plan.fixedIterations)
    json.field("calibration_target_ns", unsigned: plan.targetSampleNanoseconds)
    json.field("order", "shuffled-per-round")
    json.field("clock", plan.clock.recordName)
    json.field("seed", String(plan.seed))
    json.field("pinned_cpu", plan.pinnedCPU)
    json.field("clock_overhead_ns", unsigned: context.clockOverheadNanoseconds)
  }

  private static func writeCase(_ result: CaseResult, to json: inout JSONWriter) {
    let input = result.benchmark.input
    let check = result.check
    json.field("name", result.benchmark.name)
    json.field("kind", result.benchmark.kind.rawValue)
    json.field("strategy", result.benchmark.strategyName)
    json.field("isa_path", result.benchmark.isaPath)
    json.field("corpus", input.name)
    json.field("format", input.format.rawValue)
    json.field("source", input.path == nil ? "builtin" : "file")
    json.field("path", input.path)
    json.field("bytes", input.bytes.count)
    json.field("fnv1a64", NumberFormat.hex64(input.checksum))
    json.field("values", check.values)
    json.field("value_sum", String(check.valueSum))
    json.field("expected_values", input.valueCount)
    json.field("expected_value_sum", String(input.valueSum))
    json.field("expectation_source", input.expectationSource)
    json.field("output_bytes", check.outputBytes)
    json.field("output_fnv1a64", check.outputChecksum.map(NumberFormat.hex64))
    json.field("check", check.passed ? "ok" : "failed")
    json.field("check_failure", check.failure)
  }

  private static func writeSample(_ sample: SampleRecord, to json: inout JSONWriter) {
    json.beginObject()
    json.field("round", sample.round)
    json.field("position", sample.position)
    json.field("iterations", sample.iterations)
    json.field("ns", unsigned: sample.nanoseconds)
    json.field("cpu_start", sample.cpuStart)
    json.field("cpu_end", sample.cpuEnd)
    json.field("migrated", sample.migrated)
    if let counters = sample.counters { CounterJSON.writeSample(counters, to: &json) }
    json.endObject()
  }

  private static func writeStatistics(_ result: CaseResult, to json: inout JSONWriter) {
    guard let stats = result.statistics else {
      json.null()
      return
    }
    json.beginObject()
    json.field("unit", "ns/value")
    json.field("count", stats.count)
    json.field("median", stats.median)
    json.field("min", stats.min)
    json.field("max", stats.max)
    json.field("mean", stats.mean)
    json.field("stddev", stats.standardDeviation)
    json.field("mad", stats.mad)
    json.field("cv", stats.coefficientOfVariation)
    json.field("ns_per_op_median", stats.median * Double(max(1, result.valuesPerIteration)))
    json.object("ci95") { json in
      json.field("low", stats.medianInterval.low)
      json.field("high", stats.medianInterval.high)
      json.field("level", stats.medianInterval.level)
      json.field("rank", stats.medianInterval.rank)
    }
    json.endObject()
  }
}
