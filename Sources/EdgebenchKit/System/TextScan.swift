/// Small text helpers for /proc and /sys contents (Foundation's are not in the board build).
public enum TextScan {
  /// `text` without leading and trailing spaces, tabs and newlines.
  public static func trimmed(_ text: some StringProtocol) -> String {
    let blanks: [Character] = [" ", "\t", "\n", "\r"]
    guard let first = text.firstIndex(where: { !blanks.contains($0) }) else { return "" }
    guard let last = text.lastIndex(where: { !blanks.contains($0) }) else { return "" }
    return String(text[first...last])
  }

  /// The value of the first `key : value` line of `text` whose key is `key` (as in
  /// /proc/cpuinfo and /proc/meminfo), trimmed; nil when absent.
  public static func field(_ key: String, in text: String) -> String? {
    for line in text.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      if trimmed(line[line.startIndex..<colon]) == key {
        return trimmed(line[line.index(after: colon)...])
      }
    }
    return nil
  }

  /// The leading integer of `key`'s value, as in /proc/meminfo's "MemTotal: 24105 kB" or
  /// /proc/self/status's "VmHWM: 8560 kB"; nil when absent or not a number.
  public static func integerField(_ key: String, in text: String) -> Int? {
    guard let value = field(key, in: text) else { return nil }
    return Int(value.split(separator: " ").first ?? "")
  }

  /// `text` with ASCII letters lowercased (Unicode case mapping needs tables the riscv64
  /// board build does not link).
  public static func asciiLowercased(_ text: String) -> String {
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 {
      bytes[index] += 32
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// True when `needle` occurs in `text` (the standard library's substring search needs
  /// _StringProcessing, which the board build lacks).
  public static func contains(_ text: String, _ needle: String) -> Bool {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    guard haystack.count >= pattern.count else { return false }
    for start in 0...(haystack.count - pattern.count)
    where haystack[start..<start + pattern.count].elementsEqual(pattern) {
      return true
    }
    return false
  }

  /// Parses a Linux CPU list such as "0-3,6,8-9" into CPU numbers; nil if malformed.
  public static func cpuList(_ text: String) -> [Int]? {
    var cpus: [Int] = []
    let body = trimmed(text)
    if body.isEmpty { return [] }
    for part in body.split(separator: ",") {
      let bounds = part.split(separator: "-")
      guard bounds.count == 1 || bounds.count == 2, let low = Int(bounds[0]) else { return nil }
      let high = bounds.count == 2 ? Int(bounds[1]) : low
      guard let high, high >= low, high - low < 65_536 else { return nil }
      cpus.append(contentsOf: low...high)
    }
    return cpus
  }

  /// Formats CPU numbers back into the compact Linux list form ("0-3,6").
  public static func cpuListText(_ cpus: [Int]) -> String {
    var parts: [String] = []
    var index = 0
    let sorted = cpus.sorted()
    while index < sorted.count {
      var end = index
      while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
      parts.append(
        end == index ? String(sorted[index]) : String(sorted[index]) + "-" + String(sorted[end]))
      index = end + 1
    }
    return parts.joined(separator: ",")
  }

  /// Parses a hexadecimal number with or without "0x"; nil if malformed.
  public static func hexadecimal(_ text: some StringProtocol) -> UInt64? {
    var body = trimmed(text)
    if body.hasPrefix("0x") || body.hasPrefix("0X") { body.removeFirst(2) }
    return UInt64(body, radix: 16)
  }

  /// Parses a sysfs cache size such as "32K", "8192K" or "2M" into bytes; nil if malformed.
  public static func byteSize(_ text: String) -> Int? {
    var body = trimmed(text)
    var scale = 1
    if body.hasSuffix("K") {
      scale = 1024
    } else if body.hasSuffix("M") {
      scale = 1024 * 1024
    } else if body.hasSuffix("G") {
      scale = 1024 * 1024 * 1024
    }
    if scale != 1 { body.removeLast() }
    guard let number = Int(body) else { return nil }
    return number * scale
  }
}
