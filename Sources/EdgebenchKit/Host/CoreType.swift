/// A cache as sysfs describes it.
public struct CacheLevel: Equatable, Sendable {
  /// 1, 2, 3...
  public let level: Int
  /// "Data", "Instruction" or "Unified".
  public let type: String
  /// Size in bytes.
  public let sizeBytes: Int
  /// The CPUs sharing it, as a Linux CPU list.
  public let sharedCPUs: String?
}

/// Frequency policy of one CPU, from /sys/devices/system/cpu/cpuN/cpufreq.
public struct CPUFrequency: Equatable, Sendable {
  /// The scaling governor ("performance", "schedutil", ...).
  public var governor: String?
  /// The cpufreq driver.
  public var driver: String?
  /// The policy's current limits in kHz.
  public var minKHz: Int?
  /// The policy's upper limit in kHz.
  public var maxKHz: Int?
  /// The hardware's lowest frequency in kHz.
  public var hardwareMinKHz: Int?
  /// The hardware's highest frequency in kHz.
  public var hardwareMaxKHz: Int?
  /// The frequency when read, in kHz.
  public var currentKHz: Int?

  /// Reads the policy of `cpu`; every field nil when cpufreq is not exposed (most VMs).
  public static func read(cpu: Int) -> CPUFrequency {
    let base = "/sys/devices/system/cpu/cpu" + String(cpu) + "/cpufreq/"
    return CPUFrequency(
      governor: SystemFile.text(base + "scaling_governor"),
      driver: SystemFile.text(base + "scaling_driver"),
      minKHz: SystemFile.integer(base + "scaling_min_freq"),
      maxKHz: SystemFile.integer(base + "scaling_max_freq"),
      hardwareMinKHz: SystemFile.integer(base + "cpuinfo_min_freq"),
      hardwareMaxKHz: SystemFile.integer(base + "cpuinfo_max_freq"),
      currentKHz: SystemFile.integer(base + "scaling_cur_freq"))
  }
}

/// CPUs of one kind: same core, capacity, caches and frequency policy. A big.LITTLE board has
/// two or three; a homogeneous machine one.
public struct CoreType: Sendable {
  /// The core's name ("Cortex-A72", or the x86 brand string, with "P-core"/"E-core" on hybrids).
  public let name: String
  /// MIDR_EL1 on ARM, as "0x410fd083".
  public let midr: String?
  /// The CPUs of this kind.
  public var cpus: [Int]
  /// The scheduler's relative capacity (1024 for the biggest core), when exposed.
  public let capacity: Int?
  /// The caches of the first CPU of this kind.
  public let caches: [CacheLevel]
  /// The frequency policy of the first CPU (current frequency differs per CPU; see
  /// `currentKHz`).
  public let frequency: CPUFrequency
  /// Current frequency of each CPU in `cpus`, in kHz.
  public var currentKHz: [Int?]

  /// Everything but the CPU numbers and current frequency: CPUs with equal keys are one kind.
  var kindKey: String {
    var key = name + "|" + (midr ?? "") + "|" + String(capacity ?? -1)
    for cache in caches { key += "|" + String(cache.level) + cache.type + String(cache.sizeBytes) }
    key += "|" + (frequency.governor ?? "") + "|" + String(frequency.hardwareMaxKHz ?? -1)
    return key
  }
}
