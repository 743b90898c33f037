import EdgebenchKit
import FoundationEssentials

/// Turns one JSON Lines line into a `CaseRecord`, or says precisely what is wrong with it.
enum RecordParser {
  /// The schema version this aggregation reads.
  static let supportedVersion = ResultRecord.schemaVersion

  /// Reads the schema name and version of `line`.
  static func header(_ line: Data, source: RecordSource) throws(AggregateError) -> Int {
    let header: SchemaHeaderJSON
    do {
      header = try JSONDecoder().decode(SchemaHeaderJSON.self, from: line)
    } catch {
      var reason = describe(error)
      let last = line.last { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
      if reason == "not valid JSON", last != UInt8(ascii: "}") {
        reason += " (it ends early: a truncated or partly written record)"
      }
      throw .malformed(source, reason: reason)
    }
    guard header.schema == ResultRecord.schemaName else {
      throw .unknownSchema(source, found: header.schema ?? "none")
    }
    guard let version = header.schemaVersion else {
      throw .malformed(source, reason: "field 'schema_version' is missing")
    }
    return version
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
    let values = max(1, json.case.values ?? 1)
    var samples: [SampleFacts] = []
    for (index, sample) in json.samples.enumerated() {
      guard sample.iterations > 0 else {
        throw .malformed(source, reason: "field 'samples[\(index)].iterations' is not positive")
      }
      let processed = Double(sample.iterations) * Double(values)
      samples.append(
        SampleFacts(
          nanosecondsPerValue: Double(sample.ns) / processed, cpu: sample.cpuStart,
          countersPerValue: (sample.counters ?? [:]).mapValues { $0 / processed }))
    }
    return CaseRecord(
      source: source, label: label, synthetic: json.synthetic ?? false, schemaVersion: version,
      host: HostFacts(
        hostname: json.host.hostname, machine: json.host.kernel.machine,
        cpuModel: json.host.cpuModel, board: json.host.board, coreTypes: coreTypes,
        virtualization: json.host.virtualization.kind,
        virtualizationEvidence: json.host.virtualization.evidence,
        perfEventParanoid: json.host.perfEventParanoid),
      build: BuildSummary(
        mode: json.build.mode, swift: json.build.swift ?? json.build.compiler ?? "unknown",
        target: json.build.target,
        cCompiler: json.build.cCompiler, optimization: json.build.optimization,
        binarySHA256: json.build.binarySHA256),
      key: CaseKey(command: json.case.kind, corpus: json.case.corpus, strategy: json.case.strategy),
      checksum: json.case.fnv1a64, checkPassed: json.case.check == "ok",
      checkFailure: json.case.checkFailure, samples: samples,
      counterStatus: (json.counters?.events ?? [:]).mapValues {
        CounterAvailability(
          status: $0.status, reason: $0.reason, errno: $0.errno, message: $0.message)
      })
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
