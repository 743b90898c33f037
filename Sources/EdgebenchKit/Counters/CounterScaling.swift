/// The arithmetic that turns raw counts into estimates when the PMU multiplexes.
///
/// A group that ran for `running` of the `enabled` nanoseconds counted that share of the
/// work; perf estimates the whole as raw × enabled / running. One event counted on several
/// PMUs (the core types of a big.LITTLE board) is summed first: each PMU counts only while the
/// task is on its cores, so their running times add up to the enabled time when nothing was
/// multiplexed, and the sum is scaled only for the time no PMU counted.
public enum CounterScaling {
  /// raw × enabled / running, or nil when the counter never ran.
  public static func scale(raw: UInt64, enabled: UInt64, running: UInt64) -> Double? {
    combine([CounterPart(raw: raw, enabled: enabled, running: running)])
  }

  /// Σraw × max(1, enabled / Σrunning), where enabled is the longest of the parts; nil when
  /// no part ran.
  public static func combine(_ parts: [CounterPart]) -> Double? {
    var raw: UInt64 = 0
    var running: UInt64 = 0
    var enabled: UInt64 = 0
    for part in parts {
      raw &+= part.raw
      running &+= part.running
      enabled = max(enabled, part.enabled)
    }
    guard running > 0 else { return nil }
    guard enabled > running else { return Double(raw) }
    return Double(raw) * (Double(enabled) / Double(running))
  }
}

/// One PMU's share of an event over an interval: the count and the group's times.
public struct CounterPart: Equatable, Sendable {
  /// Events counted.
  public let raw: UInt64
  /// Nanoseconds the group was enabled.
  public let enabled: UInt64
  /// Nanoseconds it was actually on the PMU.
  public let running: UInt64

  /// Makes a part from its counts.
  public init(raw: UInt64, enabled: UInt64, running: UInt64) {
    self.raw = raw
    self.enabled = enabled
    self.running = running
  }
}

/// What one group counted between two reads.
public struct GroupDelta: Sendable {
  /// The PMU it counted on.
  public let pmu: String
  /// Its events, in the order of `raw`.
  public let events: [CounterEvent]
  /// Nanoseconds enabled in the interval.
  public let enabled: UInt64
  /// Nanoseconds running in the interval.
  public let running: UInt64
  /// Raw counts, one per event.
  public let raw: [UInt64]

  /// running / enabled: 1 when the group counted the whole interval.
  public var runningRatio: Double? {
    enabled == 0 ? nil : Double(running) / Double(enabled)
  }
}

/// The counters of one interval: every group's raw delta, and per event the scaled count
/// (combined across PMUs) with the cost of reading the counters taken off.
public struct CounterSample: Sendable {
  /// Raw deltas per group, as read.
  public let groups: [GroupDelta]
  /// Scaled, read-cost-corrected counts, indexed by `CounterEvent.rawValue`; nil where the
  /// event is unavailable or never ran.
  public let values: [Double?]

  /// Makes a sample from group deltas, subtracting `readCost` (indexed like `values`).
  public init(groups: [GroupDelta], readCost: [Double]) {
    self.groups = groups
    var values = [Double?](repeating: nil, count: CounterEvent.allCases.count)
    for event in CounterEvent.allCases {
      var parts: [CounterPart] = []
      for group in groups {
        guard let index = group.events.firstIndex(of: event) else { continue }
        parts.append(
          CounterPart(raw: group.raw[index], enabled: group.enabled, running: group.running))
      }
      guard !parts.isEmpty, let scaled = CounterScaling.combine(parts) else { continue }
      let cost = event.rawValue < readCost.count ? readCost[event.rawValue] : 0
      values[event.rawValue] = max(0, scaled - cost)
    }
    self.values = values
  }

  /// The scaled count of `event`, if it was counted.
  public subscript(event: CounterEvent) -> Double? { values[event.rawValue] }
}
