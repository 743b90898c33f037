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

  private init(pmu: String, events: [CounterEvent], excludesKernel: Bool, descriptors: [Int32]) {
    self.pmu = pmu
    self.events = events
    self.excludesKernel = excludesKernel
    self.descriptors = descriptors
  }

  deinit {
    for descriptor in descriptors.reversed() { cperf_counter_close(descriptor) }
  }

  /// 64-bit words one read returns: count, time enabled, time running, then one per event.
  var wordCount: Int { 3 + events.count }

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

  /// Reads the group into `words` (at least `wordCount` of them); false if the read failed
  /// or returned another layout.
  func read(into words: UnsafeMutableBufferPointer<UInt64>) -> Bool {
    guard let base = words.baseAddress, let leader = descriptors.first else { return false }
    let count = cperf_counter_read_group(leader, base, wordCount)
    return count == wordCount && words[0] == UInt64(events.count)
  }
}
