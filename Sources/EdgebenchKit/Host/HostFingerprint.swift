import CPerf

/// Everything about the machine a result depends on, so a results file can be trusted after
/// it travels: who ran it, on which cores, at which frequency policy, under which kernel, in
/// a VM or not, and whether counters were allowed.
public struct HostFingerprint: Sendable {
  /// The host name.
  public let hostname: String
  /// uname: sysname, release, version, machine.
  public let kernel: (sysname: String, release: String, version: String, machine: String)
  /// The CPU model: the x86 brand string, or the ARM core names.
  public let cpuModel: String
  /// Vendor, signature or MIDR, microarchitecture and ISA features of the first online CPU.
  public let cpu: CPUIdentity
  /// The board or machine model from the device tree or /proc/cpuinfo, when given.
  public let board: String?
  /// Kinds of core, each with its CPUs, caches and frequency policy.
  public let coreTypes: [CoreType]
  /// Online CPUs as a Linux list.
  public let onlineCPUs: String
  /// How many CPUs are online.
  public let onlineCount: Int
  /// Possible CPUs as a Linux list.
  public let possibleCPUs: String?
  /// /sys/devices/system/cpu/smt/control ("on", "off", "notsupported", ...).
  public let smtControl: String?
  /// Hardware threads per core (from thread_siblings_list of the first CPU).
  public let threadsPerCore: Int?
  /// Frequency boost ("on"/"off") and where that was read, when visible.
  public let boost: (state: String, source: String)?
  /// VM, emulator or container, and the evidence.
  public let virtualization: Virtualization
  /// /proc/sys/kernel/perf_event_paranoid.
  public let perfEventParanoid: Int?
  /// MemTotal from /proc/meminfo, in KiB.
  public let memoryTotalKiB: Int?

  /// Reads the fingerprint of this machine.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func collect() -> HostFingerprint {
    let cpuInfo = CPUInfo.current()
    let online = SystemFile.text("/sys/devices/system/cpu/online")
    let onlineList = online.flatMap(TextScan.cpuList) ?? fallbackCPUs()
    var brandBuffer = [CChar](repeating: 0, count: 64)
    let brandLength = cperf_x86_brand(&brandBuffer, brandBuffer.count)
    let brand =
      brandLength > 0
      ? TextScan.trimmed(
        brandBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress.unsafelyUnwrapped) })
      : nil
    let kinds = CPUTopology.coreTypes(cpus: onlineList, cpuInfo: cpuInfo, brand: brand)
    let threadsPath =
      "/sys/devices/system/cpu/cpu" + String(onlineList.first ?? 0)
      + "/topology/thread_siblings_list"
    let virtualization = Virtualization.detect(cpuInfo: cpuInfo)
    var model = brand ?? modelName(kinds: kinds, cpuInfo: cpuInfo)
    if virtualization.kind == "user-mode-emulation" {
      // The CPU facts describe the machine running the emulator, not a board.
      model =
        "emulated " + String(cString: cperf_compiled_architecture()) + " (host CPU: " + model + ")"
    }
    let identity = CPUIdentity.collect(
      cpuInfo: cpuInfo, firstCPU: onlineList.first ?? 0,
      emulated: virtualization.kind == "user-mode-emulation")
    return HostFingerprint(
      hostname: cText(capacity: 256) { cperf_hostname($0, $1) } ?? "unknown",
      kernel: (
        uname(CPERF_UNAME_SYSNAME), uname(CPERF_UNAME_RELEASE), uname(CPERF_UNAME_VERSION),
        uname(CPERF_UNAME_MACHINE)
      ),
      cpuModel: model, cpu: identity, board: boardModel(cpuInfo: cpuInfo), coreTypes: kinds,
      onlineCPUs: online ?? TextScan.cpuListText(onlineList), onlineCount: onlineList.count,
      possibleCPUs: SystemFile.text("/sys/devices/system/cpu/possible"),
      smtControl: SystemFile.text("/sys/devices/system/cpu/smt/control"),
      threadsPerCore: SystemFile.text(threadsPath).flatMap(TextScan.cpuList)?.count,
      boost: boost(), virtualization: virtualization,
      perfEventParanoid: SystemFile.integer("/proc/sys/kernel/perf_event_paranoid"),
      memoryTotalKiB: memoryTotal())
  }

  /// The CPUs a process can use, when sysfs is missing: 0..<sysconf count.
  private static func fallbackCPUs() -> [Int] {
    Array(0..<max(1, Int(cperf_online_cpu_count())))
  }

  /// "Cortex-A72 ×4 + Cortex-A53 ×4" from the kinds, or cpuinfo's model name.
  private static func modelName(kinds: [CoreType], cpuInfo: CPUInfo) -> String {
    var names: [(String, Int)] = []
    for kind in kinds {
      if let index = names.firstIndex(where: { $0.0 == kind.name }) {
        names[index].1 += kind.cpus.count
      } else {
        names.append((kind.name, kind.cpus.count))
      }
    }
    if names.count == 1 { return names[0].0 }
    if names.isEmpty { return cpuInfo.processors.first?["model name"] ?? "unknown" }
    return names.map { $0.0 + " x" + String($0.1) }.joined(separator: " + ")
  }

  private static func boardModel(cpuInfo: CPUInfo) -> String? {
    if let model = SystemFile.text("/sys/firmware/devicetree/base/model") {
      // Device-tree strings end in NUL.
      return String(model.unicodeScalars.filter { $0.value != 0 }.map(Character.init))
    }
    return cpuInfo.machine["Model"] ?? cpuInfo.machine["Hardware"]
  }

  private static func boost() -> (state: String, source: String)? {
    let generic = "/sys/devices/system/cpu/cpufreq/boost"
    if let value = SystemFile.integer(generic) { return (value == 1 ? "on" : "off", generic) }
    let intel = "/sys/devices/system/cpu/intel_pstate/no_turbo"
    if let value = SystemFile.integer(intel) { return (value == 1 ? "off" : "on", intel) }
    return nil
  }

  private static func memoryTotal() -> Int? {
    guard let text = SystemFile.text("/proc/meminfo") else { return nil }
    return TextScan.integerField("MemTotal", in: text)
  }

  private static func uname(_ field: cperf_uname_field) -> String {
    cText(capacity: 512) { cperf_uname(field, $0, $1) } ?? "unknown"
  }

  /// Calls a C function that fills a NUL-terminated buffer and returns a length or -errno.
  static func cText(
    capacity: Int, _ fill: (UnsafeMutablePointer<CChar>, Int) -> Int32
  ) -> String? {
    var buffer = [CChar](repeating: 0, count: capacity)
    let length = buffer.withUnsafeMutableBufferPointer {
      fill($0.baseAddress.unsafelyUnwrapped, $0.count)
    }
    guard length >= 0 else { return nil }
    return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress.unsafelyUnwrapped) }
  }
}
