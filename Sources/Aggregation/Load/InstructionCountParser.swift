import FoundationEssentials

/// Reads `edgebench.instructions` lines (written by boards/count-instructions.sh).
enum InstructionCountParser {
  /// The schema's name.
  static let schemaName = "edgebench.instructions"
  /// The version read.
  static let supportedVersion = 1

  /// Decodes and checks one line.
  static func count(_ line: Data, source: RecordSource) throws(AggregateError) -> InstructionCount {
    let json: InstructionCountJSON
    do {
      json = try JSONDecoder().decode(InstructionCountJSON.self, from: line)
    } catch {
      throw .malformed(source, reason: RecordParser.describe(error))
    }
    guard json.schemaVersion == supportedVersion else {
      throw .unsupportedVersion(
        source, version: json.schemaVersion, supported: supportedVersion...supportedVersion)
    }
    guard json.instructionsPerValue.isFinite, json.instructionsPerValue > 0 else {
      throw .malformed(
        source,
        reason: "instructions_per_value is \(json.instructionsPerValue): a count must be positive")
    }
    return InstructionCount(
      source: source, tool: json.source,
      build: InstructionCountBuild(
        mode: json.build.mode, target: json.build.target, optimization: json.build.optimization,
        sourceRevision: json.build.sourceRevision),
      key: CaseKey(command: json.case.kind, corpus: json.case.corpus, strategy: json.case.strategy),
      perValue: json.instructionsPerValue)
  }
}

/// The fields of an instruction-count line the aggregation uses.
private struct InstructionCountJSON: Decodable {
  let schemaVersion: Int
  let source: String
  let build: Build
  let `case`: Case
  let instructionsPerValue: Double

  enum CodingKeys: String, CodingKey {
    case source, build, `case`
    case schemaVersion = "schema_version"
    case instructionsPerValue = "instructions_per_value"
  }

  struct Build: Decodable {
    let mode: String
    let target: String
    let optimization: String
    let sourceRevision: String

    enum CodingKeys: String, CodingKey {
      case mode, target, optimization
      case sourceRevision = "source_revision"
    }
  }

  struct Case: Decodable {
    let kind: String
    let corpus: String
    let strategy: String
  }
}
