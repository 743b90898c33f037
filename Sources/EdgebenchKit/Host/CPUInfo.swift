/// /proc/cpuinfo split into one key/value block per processor.
public struct CPUInfo {
  /// Each processor's fields, keyed by the text before the colon.
  public let processors: [[String: String]]
  /// Fields outside processor blocks (ARM's "Hardware", "Model", "Revision").
  public let machine: [String: String]

  /// Parses the text of /proc/cpuinfo.
  public init(text: String) {
    var processors: [[String: String]] = []
    var machine: [String: String] = [:]
    var current: [String: String] = [:]
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard let colon = line.firstIndex(of: ":") else {
        if !current.isEmpty { processors.append(current) }
        current = [:]
        continue
      }
      let key = TextScan.trimmed(line[line.startIndex..<colon])
      let value = TextScan.trimmed(line[line.index(after: colon)...])
      if key == "processor" && !current.isEmpty {
        processors.append(current)
        current = [:]
      }
      current[key] = value
    }
    if !current.isEmpty { processors.append(current) }
    // Blocks without a "processor" line are machine-wide (ARM lists Hardware/Revision last).
    self.processors = processors.filter { $0["processor"] != nil }
    for block in processors where block["processor"] == nil {
      for (key, value) in block { machine[key] = value }
    }
    self.machine = machine
  }

  /// Reads /proc/cpuinfo; empty when unreadable.
  public static func current() -> CPUInfo {
    CPUInfo(text: SystemFile.text("/proc/cpuinfo", capacity: 512 * 1024) ?? "")
  }

  /// The block of processor `cpu`, if listed.
  public func processor(_ cpu: Int) -> [String: String]? {
    processors.first { $0["processor"] == String(cpu) }
  }

  /// The MIDR fields of processor `cpu` from its ARM lines, if present.
  public func midr(of cpu: Int) -> UInt64? {
    guard let block = processor(cpu), let implementer = block["CPU implementer"],
      let part = block["CPU part"], let implementerCode = TextScan.hexadecimal(implementer),
      let partCode = TextScan.hexadecimal(part)
    else { return nil }
    let variant = block["CPU variant"].flatMap { TextScan.hexadecimal($0) } ?? 0
    let revision = block["CPU revision"].flatMap { UInt64($0) } ?? 0
    return implementerCode << 24 | (variant & 0xF) << 20 | 0xF << 16 | (partCode & 0xFFF) << 4
      | (revision & 0xF)
  }
}
