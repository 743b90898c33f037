/// Reads what each online CPU is from sysfs and /proc/cpuinfo, and groups CPUs into kinds.
public enum CPUTopology {
  static let base = "/sys/devices/system/cpu/"

  /// The kinds of core among `cpus`, in order of their first CPU.
  public static func coreTypes(cpus: [Int], cpuInfo: CPUInfo, brand: String?) -> [CoreType] {
    let hybrid = (
      performance: SystemFile.text("/sys/devices/cpu_core/cpus").flatMap(TextScan.cpuList),
      efficiency: SystemFile.text("/sys/devices/cpu_atom/cpus").flatMap(TextScan.cpuList)
    )
    var kinds: [CoreType] = []
    for cpu in cpus {
      let (name, midr) = identify(cpu: cpu, cpuInfo: cpuInfo, brand: brand, hybrid: hybrid)
      let frequency = CPUFrequency.read(cpu: cpu)
      let kind = CoreType(
        name: name, midr: midr, cpus: [cpu],
        capacity: SystemFile.integer(base + "cpu" + String(cpu) + "/cpu_capacity"),
        caches: caches(cpu: cpu), frequency: frequency, currentKHz: [frequency.currentKHz])
      if let index = kinds.firstIndex(where: { $0.kindKey == kind.kindKey }) {
        kinds[index].cpus.append(cpu)
        kinds[index].currentKHz.append(frequency.currentKHz)
      } else {
        kinds.append(kind)
      }
    }
    return kinds
  }

  /// The name and MIDR of `cpu`.
  static func identify(
    cpu: Int, cpuInfo: CPUInfo, brand: String?,
    hybrid: (performance: [Int]?, efficiency: [Int]?)
  ) -> (name: String, midr: String?) {
    if let midr = midr(of: cpu, cpuInfo: cpuInfo) {
      let fields = ARMCoreTable.fields(midr: midr)
      let name = ARMCoreTable.describe(implementer: fields.implementer, part: fields.part)
      return (name, "0x" + String(midr, radix: 16))
    }
    let block = cpuInfo.processor(cpu)
    var name = brand ?? block?["model name"] ?? block?["cpu model"] ?? block?["uarch"] ?? "unknown"
    if hybrid.performance?.contains(cpu) == true { name += " (P-core)" }
    if hybrid.efficiency?.contains(cpu) == true { name += " (E-core)" }
    return (name, nil)
  }

  /// MIDR_EL1 of `cpu` from sysfs, or from its /proc/cpuinfo lines; nil off ARM.
  static func midr(of cpu: Int, cpuInfo: CPUInfo) -> UInt64? {
    let path = base + "cpu" + String(cpu) + "/regs/identification/midr_el1"
    return SystemFile.text(path).flatMap({ TextScan.hexadecimal($0) }) ?? cpuInfo.midr(of: cpu)
  }

  /// The caches sysfs lists for `cpu`.
  public static func caches(cpu: Int) -> [CacheLevel] {
    let directory = base + "cpu" + String(cpu) + "/cache"
    guard let entries = SystemFile.directoryEntries(directory) else { return [] }
    var caches: [CacheLevel] = []
    for entry in entries where entry.hasPrefix("index") {
      let path = directory + "/" + entry + "/"
      guard let level = SystemFile.integer(path + "level"),
        let size = SystemFile.text(path + "size").flatMap(TextScan.byteSize)
      else { continue }
      caches.append(
        CacheLevel(
          level: level, type: SystemFile.text(path + "type") ?? "unknown", sizeBytes: size,
          sharedCPUs: SystemFile.text(path + "shared_cpu_list")))
    }
    return caches.sorted { ($0.level, $0.type) < ($1.level, $1.type) }
  }
}
