/// The `host` and `build` objects of a results record (README "Results files").
public enum HostJSON {
  /// Writes the host fingerprint as one object.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func write(_ host: HostFingerprint, to json: inout JSONWriter) {
    json.beginObject()
    json.field("hostname", host.hostname)
    json.object("kernel") { json in
      json.field("sysname", host.kernel.sysname)
      json.field("release", host.kernel.release)
      json.field("version", host.kernel.version)
      json.field("machine", host.kernel.machine)
    }
    json.field("cpu_model", host.cpuModel)
    json.key("cpu")
    write(host.cpu, to: &json)
    json.field("board", host.board)
    json.key("core_types")
    json.beginArray()
    for kind in host.coreTypes { write(kind, to: &json) }
    json.endArray()
    json.field("online_cpus", host.onlineCPUs)
    json.field("online_count", host.onlineCount)
    json.field("possible_cpus", host.possibleCPUs)
    json.field("smt", host.smtControl)
    json.field("threads_per_core", host.threadsPerCore)
    if let boost = host.boost {
      json.object("boost") { json in
        json.field("state", boost.state)
        json.field("source", boost.source)
      }
    } else {
      json.field("boost", nil as String?)
    }
    json.object("virtualization") { json in
      json.field("kind", host.virtualization.kind)
      json.field("evidence", host.virtualization.evidence)
      if let runtime = host.virtualization.runtime { json.field("runtime", runtime) }
    }
    json.field("perf_event_paranoid", host.perfEventParanoid)
    json.field("memory_total_kib", host.memoryTotalKiB)
    json.endObject()
  }

  /// The CPU identity object (schema version 2).
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func write(_ cpu: CPUIdentity, to json: inout JSONWriter) {
    json.beginObject()
    json.field("source", cpu.source)
    json.field("vendor", cpu.vendor)
    json.field("family", cpu.family)
    json.field("model", cpu.model)
    json.field("stepping", cpu.stepping)
    json.field("microcode", cpu.microcode)
    json.field("implementer", cpu.implementer.map { "0x" + String($0, radix: 16) })
    json.field("part", cpu.part.map { "0x" + String($0, radix: 16) })
    json.field("variant", cpu.variant.map { Int($0) })
    json.field("revision", cpu.revision.map { Int($0) })
    json.field("microarchitecture", cpu.microarchitectureText)
    json.field("features", strings: cpu.features)
    json.field("pext", cpu.pextMicrocoded.map { $0 ? "microcoded" : "fast" })
    json.endObject()
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func write(_ kind: CoreType, to json: inout JSONWriter) {
    json.beginObject()
    json.field("name", kind.name)
    json.field("midr", kind.midr)
    json.field("cpus", TextScan.cpuListText(kind.cpus))
    json.field("count", kind.cpus.count)
    json.field("capacity", kind.capacity)
    json.key("caches")
    json.beginArray()
    for cache in kind.caches {
      json.beginObject()
      json.field("level", cache.level)
      json.field("type", cache.type)
      json.field("size_bytes", cache.sizeBytes)
      json.field("shared_cpus", cache.sharedCPUs)
      json.endObject()
    }
    json.endArray()
    let frequency = kind.frequency
    json.field("governor", frequency.governor)
    json.field("driver", frequency.driver)
    json.field("min_khz", frequency.minKHz)
    json.field("max_khz", frequency.maxKHz)
    json.field("hw_min_khz", frequency.hardwareMinKHz)
    json.field("hw_max_khz", frequency.hardwareMaxKHz)
    json.key("current_khz")
    json.beginArray()
    for value in kind.currentKHz { json.integer(value) }
    json.endArray()
    json.endObject()
  }

  /// Writes the build facts as one object.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func write(_ build: BuildFacts, to json: inout JSONWriter) {
    json.beginObject()
    json.field("mode", build.mode)
    json.field("swift", build.swiftVersion)
    json.field("target", build.target)
    json.field("c_arch", build.cArchitecture)
    json.field("c_compiler", build.cCompiler)
    json.field("optimization", build.optimization)
    json.field("binary_path", build.binaryPath)
    json.field("binary_sha256", build.binarySHA256)
    json.field("binary_bytes", build.binaryBytes)
    json.field("source_revision", build.sourceRevision)
    json.endObject()
  }
}
