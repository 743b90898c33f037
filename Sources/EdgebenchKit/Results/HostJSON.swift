/// The `host` and `build` objects of a results record (see ResultsSchema.swift).
public enum HostJSON {
  /// Writes the host fingerprint as one object.
  public static func write(_ host: HostFingerprint, to json: inout JSONWriter) {
    json.beginObject()
    json.key("hostname")
    json.string(host.hostname)
    json.key("kernel")
    json.beginObject()
    json.key("sysname")
    json.string(host.kernel.sysname)
    json.key("release")
    json.string(host.kernel.release)
    json.key("version")
    json.string(host.kernel.version)
    json.key("machine")
    json.string(host.kernel.machine)
    json.endObject()
    json.key("cpu_model")
    json.string(host.cpuModel)
    json.key("board")
    json.string(host.board)
    json.key("core_types")
    json.beginArray()
    for kind in host.coreTypes { write(kind, to: &json) }
    json.endArray()
    json.key("online_cpus")
    json.string(host.onlineCPUs)
    json.key("online_count")
    json.integer(host.onlineCount)
    json.key("possible_cpus")
    json.string(host.possibleCPUs)
    json.key("smt")
    json.string(host.smtControl)
    json.key("threads_per_core")
    json.integer(host.threadsPerCore)
    json.key("boost")
    if let boost = host.boost {
      json.beginObject()
      json.key("state")
      json.string(boost.state)
      json.key("source")
      json.string(boost.source)
      json.endObject()
    } else {
      json.null()
    }
    json.key("virtualization")
    json.beginObject()
    json.key("kind")
    json.string(host.virtualization.kind)
    json.key("evidence")
    json.string(host.virtualization.evidence)
    json.endObject()
    json.key("perf_event_paranoid")
    json.integer(host.perfEventParanoid)
    json.key("memory_total_kib")
    json.integer(host.memoryTotalKiB)
    json.endObject()
  }

  private static func write(_ kind: CoreType, to json: inout JSONWriter) {
    json.beginObject()
    json.key("name")
    json.string(kind.name)
    json.key("midr")
    json.string(kind.midr)
    json.key("cpus")
    json.string(TextScan.cpuListText(kind.cpus))
    json.key("count")
    json.integer(kind.cpus.count)
    json.key("capacity")
    json.integer(kind.capacity)
    json.key("caches")
    json.beginArray()
    for cache in kind.caches {
      json.beginObject()
      json.key("level")
      json.integer(cache.level)
      json.key("type")
      json.string(cache.type)
      json.key("size_bytes")
      json.integer(cache.sizeBytes)
      json.key("shared_cpus")
      json.string(cache.sharedCPUs)
      json.endObject()
    }
    json.endArray()
    let frequency = kind.frequency
    let fields: [(String, Int?)] = [
      ("min_khz", frequency.minKHz), ("max_khz", frequency.maxKHz),
      ("hw_min_khz", frequency.hardwareMinKHz), ("hw_max_khz", frequency.hardwareMaxKHz),
    ]
    json.key("governor")
    json.string(frequency.governor)
    json.key("driver")
    json.string(frequency.driver)
    for (name, value) in fields {
      json.key(name)
      json.integer(value)
    }
    json.key("current_khz")
    json.beginArray()
    for value in kind.currentKHz { json.integer(value) }
    json.endArray()
    json.endObject()
  }

  /// Writes the build facts as one object.
  public static func write(_ build: BuildFacts, to json: inout JSONWriter) {
    let fields: [(String, String?)] = [
      ("mode", build.mode), ("swift", build.swiftVersion), ("target", build.target),
      ("c_arch", build.cArchitecture), ("c_compiler", build.cCompiler),
      ("optimization", build.optimization), ("binary_path", build.binaryPath),
      ("binary_sha256", build.binarySHA256), ("source_revision", build.sourceRevision),
    ]
    json.beginObject()
    for (name, value) in fields {
      json.key(name)
      json.string(value)
    }
    json.key("binary_bytes")
    json.integer(build.binaryBytes)
    json.endObject()
  }
}
