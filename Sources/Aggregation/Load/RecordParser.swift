import EdgebenchKit
import FoundationEssentials

/// Turns one JSON Lines line into a `CaseRecord`, or says precisely what is wrong with it.
enum RecordParser {
  /// The schema versions this aggregation reads: version 2 only added fields (`host.cpu`,
  /// `case.isa_path`), so version 1 records are read as ones without them.
  static let supportedVersions = 1...ResultRecord.schemaVersion

  /// Reads the schema name and version of `line`; accepts results and instruction counts.
  static func header(
    _ line: Data, source: RecordSource
  ) throws(AggregateError) -> (schema: String, version: Int) {
    let header: SchemaHeaderJSON
    do {
      header = try JSONDecoder().decode(SchemaHeaderJSON.self, from: line)
    } catch {
      var reason = describe(error)
      let last = line.last { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
      if reason == "not valid JSON", last != UInt8(ascii: "}") {
        reason += " (it ends early: a truncated or partly written record)"
      } else if reason == "not valid JSON", containsNonFiniteNumber(line) {
        reason += " (NaN or Infinity: not a JSON number; the writer printed a non-finite value)"
      }
      throw .malformed(source, reason: reason)
    }
    let schema = header.schema ?? "none"
    guard schema == ResultRecord.schemaName || schema == InstructionCountParser.schemaName else {
      throw .unknownSchema(source, found: schema)
    }
    guard let version = header.schemaVersion else {
      throw .malformed(source, reason: "field 'schema_version' is missing")
    }
    return (schema, version)
  }

  /// True when `line` has a bare NaN or Infinity token outside strings.
  private static func containsNonFiniteNumber(_ line: Data) -> Bool {
    let bytes = Array(line)
    var inString = false
    var escaped = false
    for (index, byte) in bytes.enumerated() {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      if byte == UInt8(ascii: "\"") { inString = true }
      let rest = bytes[index...].prefix(8)
      if rest.starts(with: Array("NaN".utf8)) || rest.starts(with: Array("Infinity".utf8)) {
        return true
      }
    }
    return false
  }

  /// Decodes the rest of a record whose header was accepted.
  static func record(
    _ line: Data, source: RecordSource, label: String, version: Int
  ) throws(AggregateError) -> CaseRecord {
    let json: RecordJSON
    do {
      json = try JSONDecoder().decode(RecordJSON.self, from: line)
    } catch {
      throw .malformed(source, reason: describe(error))
    }
    var coreTypes: [CoreTypeFacts] = []
    for (index, core) in json.host.coreTypes.enumerated() {
      guard let cpus = TextScan.cpuList(core.cpus) else {
        throw .malformed(
          source, reason: "field 'host.core_types[\(index)].cpus' is not a CPU list: \(core.cpus)")
      }
      coreTypes.append(CoreTypeFacts(name: core.name, cpus: cpus))
    }
    let samples = try plausibleSamples(json, source: source)
    return CaseRecord(
      source: source, label: label, synthetic: json.synthetic ?? false, schemaVersion: version,
      runID: json.run?.id, isaPath: json.case.isaPath,
      host: HostFacts(
        hostname: json.host.hostname, machine: json.host.kernel.machine,
        cpuModel: json.host.cpuModel, board: json.host.board, coreTypes: coreTypes,
        virtualization: json.host.virtualization.kind,
        virtualizationEvidence: json.host.virtualization.evidence,
        perfEventParanoid: json.host.perfEventParanoid, cpu: json.host.cpu.map(cpuFacts),
        caches: json.host.coreTypes.first?.caches.flatMap(cacheText)),
      build: BuildSummary(
        mode: json.build.mode, swift: json.build.swift ?? json.build.compiler ?? "unknown",
        target: json.build.target,
        cCompiler: json.build.cCompiler, optimization: json.build.optimization,
        binarySHA256: json.build.binarySHA256, sourceRevision: json.build.sourceRevision),
      key: CaseKey(
        command: commandTimed(json), corpus: json.case.corpus, strategy: json.case.strategy),
      checksum: json.case.fnv1a64, checkPassed: json.case.check == "ok",
      checkFailure: json.case.checkFailure, samples: samples,
      counterStatus: (json.counters?.events ?? [:]).mapValues {
        CounterAvailability(
          status: $0.status, reason: $0.reason, errno: $0.errno, message: $0.message)
      })
  }

  /// The samples as per-value figures, after refusing what no measurement can produce: a
  /// record that decoded nothing, a negative or non-finite time, a non-positive iteration
  /// count, a negative counter. Each reason names the field, its value and why.
  static func plausibleSamples(
    _ json: RecordJSON, source: RecordSource
  ) throws(AggregateError) -> [SampleFacts] {
    if let values = json.case.values, values <= 0 {
      throw .malformed(
        source,
        reason: "case.values is \(values): a case that decoded nothing has no time per value")
    }
    let values = Double(json.case.values ?? 1)
    var samples: [SampleFacts] = []
    for (index, sample) in json.samples.enumerated() {
      let field = "samples[\(index)]"
      guard sample.iterations > 0 else {
        throw .malformed(
          source, reason: "\(field).iterations is \(sample.iterations): it must be positive")
      }
      guard sample.ns >= 0 else {
        throw .malformed(
          source, reason: "\(field).ns is \(number(sample.ns)): a time cannot be negative")
      }
      let processed = Double(sample.iterations) * values
      var counters: [String: Double] = [:]
      for (name, count) in sample.counters ?? [:] {
        guard count >= 0 else {
          throw .malformed(
            source,
            reason: "\(field).counters.\(name) is \(number(count)): a count cannot be negative")
        }
        counters[name] = count / processed
      }
      samples.append(
        SampleFacts(
          nanosecondsPerValue: sample.ns / processed, cpu: sample.cpuStart,
          countersPerValue: counters))
    }
    return samples
  }

  /// -5 as "-5", 2.5 as "2.5".
  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  private static func cpuFacts(_ cpu: RecordJSON.CPU) -> CPUFacts {
    CPUFacts(
      source: cpu.source, vendor: cpu.vendor, family: cpu.family, model: cpu.model,
      stepping: cpu.stepping, microcode: cpu.microcode, implementer: cpu.implementer,
      part: cpu.part, microarchitecture: cpu.microarchitecture, features: cpu.features,
      pext: cpu.pext)
  }

  /// "L1d 32K L1i 64K L2 512K L3 8M".
  private static func cacheText(_ caches: [RecordJSON.Cache]) -> String? {
    guard !caches.isEmpty else { return nil }
    return caches.map { cache in
      let letter = cache.type == "Data" ? "d" : cache.type == "Instruction" ? "i" : ""
      let size =
        cache.sizeBytes % (1024 * 1024) == 0
        ? "\(cache.sizeBytes / (1024 * 1024))M" : "\(cache.sizeBytes / 1024)K"
      return "L\(cache.level)\(letter) \(size)"
    }.joined(separator: " ")
  }

  /// A decoding error in the user's terms: which field, and what is wrong with it.
  static func describe(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return String(describing: error) }
    switch error {
    case .keyNotFound(let key, let context):
      return "field '\(path(context.codingPath + [key]))' is missing"
    case .valueNotFound(_, let context):
      return "field '\(path(context.codingPath))' is null"
    case .typeMismatch(let type, let context):
      if context.codingPath.isEmpty { return "not a JSON object" }
      return "field '\(path(context.codingPath))' is not \(typeName(type))"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return "not valid JSON" }
      return "field '\(path(context.codingPath))': \(context.debugDescription)"
    @unknown default:
      return String(describing: error)
    }
  }

  private static func path(_ keys: [CodingKey]) -> String {
    var text = ""
    for key in keys {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }

  /// The command a case is compared under: its kind, except that samples timed on the thread's
  /// CPU clock (`bench`'s default) are kept apart as their own command, so they are never
  /// compared with wall-clock samples of the same case.
  ///
  /// Likewise a WebAssembly module's cases (virtualization kind "wasm") are their own command:
  /// compared with other WebAssembly runs, never with native code.
  private static func commandTimed(_ json: RecordJSON) -> String {
    var command = json.case.kind
    if json.run?.clock == "thread-cpu" { command = (json.run?.command ?? command) + "-cpu-clock" }
    if json.host.virtualization.kind == "wasm" { command += "-wasm" }
    return command
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type, is UInt64.Type: return "a whole number"
    case is Double.Type: return "a number"
    case is Bool.Type: return "true or false"
    default: return "of the expected kind (\(type))"
    }
  }
}
