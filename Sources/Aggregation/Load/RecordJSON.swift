/// The parts of an `edgebench.result` v1 line the aggregation reads, as Decodable mirrors of
/// the runner's JSON (EdgebenchKit/Results/ResultRecord.swift writes it). Fields the
/// aggregation does not use are not declared, so they may change without breaking it.
struct RecordJSON: Decodable {
  let synthetic: Bool?
  let run: Run?
  let host: Host
  let build: Build
  let `case`: Case
  let samples: [Sample]
  let counters: Counters?

  struct Run: Decodable {
    let id: String?
    /// "decode", "bench", ...; absent in peers' records.
    let command: String?
    /// The clock that timed the samples: "wall" or "thread-cpu"; absent before it was
    /// recorded (wall-clock then).
    let clock: String?
  }

  struct Host: Decodable {
    let hostname: String
    let kernel: Kernel
    let cpuModel: String?
    /// Schema version 2 on; absent in version 1 records.
    let cpu: CPU?
    let board: String?
    let coreTypes: [CoreType]
    let virtualization: Virtualization
    let perfEventParanoid: Int?

    enum CodingKeys: String, CodingKey {
      case hostname, kernel, board, virtualization, cpu
      case cpuModel = "cpu_model"
      case coreTypes = "core_types"
      case perfEventParanoid = "perf_event_paranoid"
    }
  }

  struct Kernel: Decodable {
    let machine: String
  }

  struct CPU: Decodable {
    let source: String
    let vendor: String?
    let family: Int?
    let model: Int?
    let stepping: Int?
    let microcode: String?
    let implementer: String?
    let part: String?
    let microarchitecture: String
    let features: [String]
    let pext: String?
  }

  struct CoreType: Decodable {
    let name: String
    let cpus: String
    let caches: [Cache]?
  }

  struct Cache: Decodable {
    let level: Int
    let type: String
    let sizeBytes: Int

    enum CodingKeys: String, CodingKey {
      case level, type
      case sizeBytes = "size_bytes"
    }
  }

  struct Virtualization: Decodable {
    let kind: String
    let evidence: String
  }

  struct Build: Decodable {
    let mode: String
    /// The Swift compiler; null in the Go and Rust peers' records, which name theirs in
    /// `compiler` (mode "peer").
    let swift: String?
    let compiler: String?
    let target: String
    let cCompiler: String?
    let optimization: String
    let binarySHA256: String?
    let sourceRevision: String?

    enum CodingKeys: String, CodingKey {
      case mode, swift, compiler, target, optimization
      case cCompiler = "c_compiler"
      case binarySHA256 = "binary_sha256"
      case sourceRevision = "source_revision"
    }
  }

  struct Case: Decodable {
    let name: String?
    let kind: String
    let strategy: String
    let corpus: String
    let fnv1a64: String
    let check: String
    let checkFailure: String?
    let values: Int?
    let isaPath: String?

    enum CodingKeys: String, CodingKey {
      case name, kind, strategy, corpus, fnv1a64, check, values
      case checkFailure = "check_failure"
      case isaPath = "isa_path"
    }
  }

  struct Sample: Decodable {
    let iterations: Int
    /// A Double so that a negative or fractional time is reported as such, not as bad JSON.
    let ns: Double
    let cpuStart: Int?
    let counters: [String: Double]?

    enum CodingKeys: String, CodingKey {
      case iterations, ns, counters
      case cpuStart = "cpu_start"
    }
  }

  struct Counters: Decodable {
    let events: [String: Event]
  }

  struct Event: Decodable {
    let status: String
    let reason: String?
    let errno: String?
    let message: String?
  }
}

/// The first two fields of every record, read before the rest so that a record of another
/// schema or version is reported as such rather than as a missing field.
struct SchemaHeaderJSON: Decodable {
  let schema: String?
  let schemaVersion: Int?

  enum CodingKeys: String, CodingKey {
    case schema
    case schemaVersion = "schema_version"
  }
}
