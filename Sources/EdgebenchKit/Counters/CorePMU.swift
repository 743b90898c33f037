/// A CPU performance-monitoring unit listed in /sys/bus/event_source/devices.
///
/// A big.LITTLE board lists one per core type (`armv8_cortex_a53`, `armv8_cortex_a72`); a
/// hybrid x86 lists `cpu_core` and `cpu_atom`; most machines list one `cpu`; a VM without a
/// virtual PMU lists none.
public struct CorePMU: Equatable, Sendable {
  /// The device name.
  public let name: String
  /// Its perf type number (the `type` file).
  public let type: UInt32
  /// The CPUs it covers (the `cpus` file), or nil when it covers all.
  public let cpus: String?

  /// Makes a PMU description.
  public init(name: String, type: UInt32, cpus: String?) {
    self.name = name
    self.type = type
    self.cpus = cpus
  }

  /// Where the kernel lists event sources.
  public static let devicesPath = "/sys/bus/event_source/devices"

  /// The core PMUs of this machine: a device named `cpu`, or one with a `cpus` file (uncore
  /// PMUs have a `cpumask` file instead). Empty when there are none or sysfs is missing.
  public static func discover(devicesPath: String = devicesPath) -> [CorePMU] {
    guard let names = SystemFile.directoryEntries(devicesPath) else { return [] }
    var found: [CorePMU] = []
    for name in names {
      let directory = devicesPath + "/" + name
      let cpus = SystemFile.text(directory + "/cpus")
      guard name == "cpu" || cpus != nil else { continue }
      guard let type = SystemFile.integer(directory + "/type"), let perfType = UInt32(exactly: type)
      else { continue }
      found.append(CorePMU(name: name, type: perfType, cpus: cpus))
    }
    return found
  }
}
