import CPerf

/// One perf_event group on one PMU: events scheduled onto the hardware together and read in
/// one system call, with the time the group was enabled and actually counting.
final class PerfEventGroup {
  /// The PMU it counts on ("software" for the kernel's events).
  let pmu: String
  /// The events that opened, in read order.
  let events: [CounterEvent]
  /// True when kernel-mode counts are excluded.
  let excludesKernel: Bool
  private let descriptors: [Int32]
  /// The group read at `start()` and at `stop()`, in the kernel's PERF_FORMAT_GROUP layout
  /// with TOTAL_TIME_ENABLED and TOTAL_TIME_RUNNING: `{nr, enabled, running, value[nr]}`.
  /// Preallocated, so a sample's bracket allocates nothing but the delta it returns.
  private let before: UnsafeMutableBufferPointer<UInt64>
  private let after: UnsafeMutableBufferPointer<UInt64>

  private init(pmu: String, events: [CounterEvent], excludesKernel: Bool, descriptors: [Int32]) {
    self.pmu = pmu
    self.events = events
    self.excludesKernel = excludesKernel
    self.descriptors = descriptors
    before = .allocate(capacity: Self.header + events.count)
    after = .allocate(capacity: Self.header + events.count)
    before.initialize(repeating: 0)
    after.initialize(repeating: 0)
  }

  deinit {
    for descriptor in descriptors.reversed() { cperf_counter_close(descriptor) }
    before.deallocate()
    after.deallocate()
  }

  /// Words before the values: nr, time enabled, time running.
  private static let header = 3

  /// Opens `events` as one group on `pmu` (nil: the generic hardware or software PMU, then
  /// labelled `label`, or "cpu" / "software"). The first event that opens leads; events that
  /// fail are left out and returned with their errno.
  static func open(
    _ events: [CounterEvent], pmu: CorePMU?, excludeKernel: Bool, label: String? = nil
  ) -> (group: PerfEventGroup?, failures: [(CounterEvent, Int32)]) {
    var opened: [CounterEvent] = []
    var descriptors: [Int32] = []
    var failures: [(CounterEvent, Int32)] = []
    for event in events {
      let leader = descriptors.first ?? -1
      let descriptor = cperf_counter_open(
        event.perfType, event.perfConfig(pmuType: pmu?.type), leader, excludeKernel ? 1 : 0)
      if descriptor >= 0 {
        opened.append(event)
        descriptors.append(descriptor)
      } else {
        failures.append((event, -descriptor))
      }
    }
    guard !descriptors.isEmpty else { return (nil, failures) }
    let name = pmu?.name ?? label ?? (events.first?.isHardware == true ? "cpu" : "software")
    let group = PerfEventGroup(
      pmu: name, events: opened, excludesKernel: excludeKernel, descriptors: descriptors)
    return (group, failures)
  }

  /// Reads the group at the start of an interval.
  func start() { read(into: before) }

  /// Reads the group at the end of an interval.
  func stop() { read(into: after) }

  /// What the group counted from `start()` to `stop()`: per event, and the time it was
  /// enabled and actually on the PMU. A failed read counts as nothing.
  var delta: GroupDelta {
    var raw: [UInt64] = []
    raw.reserveCapacity(events.count)
    for index in 0..<events.count {
      raw.append(after[Self.header + index] &- before[Self.header + index])
    }
    return GroupDelta(
      pmu: pmu, events: events, enabled: after[1] &- before[1], running: after[2] &- before[2],
      raw: raw)
  }

  /// Reads the group into `words`; zeros when the read failed or returned another layout.
  private func read(into words: UnsafeMutableBufferPointer<UInt64>) {
    guard let base = words.baseAddress, let leader = descriptors.first else { return }
    let count = cperf_counter_read_group(leader, base, words.count)
    if count != words.count || words[0] != UInt64(events.count) { words.update(repeating: 0) }
  }
}
