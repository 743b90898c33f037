/// One JSON Lines record per case: schema, run, host, build, case, samples, statistics,
/// counters and memory. The layout is documented in ResultsSchema.swift.
public enum ResultRecord {
  /// The schema's name, in every record.
  public static let schemaName = "edgebench.result"
  /// The schema's version; bumped whenever a field changes meaning or is removed.
  public static let schemaVersion = 1

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
    json.key("schema")
    json.string(schemaName)
    json.key("schema_version")
    json.integer(schemaVersion)
    json.key("run")
    writeRun(context, to: &json)
    json.key("host")
    HostJSON.write(context.host, to: &json)
    json.key("build")
    HostJSON.write(context.build, to: &json)
    json.key("case")
    writeCase(result, to: &json)
    json.key("iterations")
    json.integer(result.iterations)
    json.key("iterations_calibrated")
    json.bool(result.calibrated)
    json.key("samples")
    json.beginArray()
    for sample in result.samples { writeSample(sample, to: &json) }
    json.endArray()
    json.key("stats")
    writeStatistics(result, to: &json)
    json.key("counters")
    json.beginObject()
    json.key("events")
    CounterJSON.writeStatuses(context.counters, to: &json)
    json.key("summary")
    CounterJSON.writeSummary(result, to: &json)
    json.endObject()
    json.key("memory")
    json.beginObject()
    json.key("peak_rss_kib")
    json.integer(context.peakRSSKiB)
    json.key("corpus_bytes")
    json.integer(context.corpusBytes)
    json.key("buffer_bytes")
    json.integer(context.bufferBytes)
    json.endObject()
    json.endObject()
    return json.text
  }

  private static func writeRun(_ context: RunContext, to json: inout JSONWriter) {
    json.beginObject()
    json.key("id")
    json.string(context.runID)
    json.key("started_unix_ns")
    json.integer(Int(context.startedUnixNanoseconds))
    json.key("command")
    json.string(context.command)
    json.key("argv")
    json.beginArray()
    for argument in context.arguments { json.string(argument) }
    json.endArray()
    json.key("samples")
    json.integer(context.plan.samples)
    json.key("warmup_samples")
    json.integer(context.plan.warmupSamples)
    json.key("fixed_iterations")
    json.integer(context.plan.fixedIterations)
    json.key("calibration_target_ns")
    json.integer(Int(context.plan.targetSampleNanoseconds))
    json.key("order")
    json.string("shuffled-per-round")
    json.key("seed")
    json.string(String(context.plan.seed))
    json.key("pinned_cpu")
    json.integer(context.plan.pinnedCPU)
    json.key("clock_overhead_ns")
    json.integer(Int(context.clockOverheadNanoseconds))
    json.endObject()
  }

  private static func writeCase(_ result: CaseResult, to json: inout JSONWriter) {
    let input = result.benchmark.input
    let check = result.check
    json.beginObject()
    let text: [(String, String?)] = [
      ("name", result.benchmark.name), ("kind", result.benchmark.kind.rawValue),
      ("strategy", result.benchmark.strategyName), ("corpus", input.name),
      ("format", input.format.rawValue), ("source", input.path == nil ? "builtin" : "file"),
      ("path", input.path), ("fnv1a64", NumberFormat.hex64(input.checksum)),
      ("value_sum", String(check.valueSum)), ("expected_value_sum", String(input.valueSum)),
      ("expectation_source", input.expectationSource),
      ("output_fnv1a64", check.outputChecksum.map(NumberFormat.hex64)),
      ("check", check.passed ? "ok" : "failed"), ("check_failure", check.failure),
    ]
    for (name, value) in text {
      json.key(name)
      json.string(value)
    }
    let numbers: [(String, Int?)] = [
      ("bytes", input.bytes.count), ("values", check.values),
      ("expected_values", input.valueCount), ("output_bytes", check.outputBytes),
    ]
    for (name, value) in numbers {
      json.key(name)
      json.integer(value)
    }
    json.endObject()
  }

  private static func writeSample(_ sample: SampleRecord, to json: inout JSONWriter) {
    json.beginObject()
    json.key("round")
    json.integer(sample.round)
    json.key("position")
    json.integer(sample.position)
    json.key("iterations")
    json.integer(sample.iterations)
    json.key("ns")
    json.unsigned(sample.nanoseconds)
    json.key("cpu_start")
    json.integer(sample.cpuStart)
    json.key("cpu_end")
    json.integer(sample.cpuEnd)
    json.key("migrated")
    json.bool(sample.migrated)
    if let counters = sample.counters { CounterJSON.writeSample(counters, to: &json) }
    json.endObject()
  }

  private static func writeStatistics(_ result: CaseResult, to json: inout JSONWriter) {
    guard let stats = result.statistics else {
      json.null()
      return
    }
    json.beginObject()
    json.key("unit")
    json.string("ns/value")
    json.key("count")
    json.integer(stats.count)
    let fields: [(String, Double)] = [
      ("median", stats.median), ("min", stats.min), ("max", stats.max), ("mean", stats.mean),
      ("stddev", stats.standardDeviation), ("mad", stats.mad),
      ("cv", stats.coefficientOfVariation),
      ("ns_per_op_median", stats.median * Double(max(1, result.valuesPerIteration))),
    ]
    for (name, value) in fields {
      json.key(name)
      json.double(value)
    }
    json.key("ci95")
    json.beginObject()
    json.key("low")
    json.double(stats.medianInterval.low)
    json.key("high")
    json.double(stats.medianInterval.high)
    json.key("level")
    json.double(stats.medianInterval.level)
    json.key("rank")
    json.integer(stats.medianInterval.rank)
    json.endObject()
    json.endObject()
  }
}
