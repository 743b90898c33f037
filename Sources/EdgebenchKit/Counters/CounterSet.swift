import CPerf

/// The counters of one run: every group opened once, read around each sample.
///
/// Hardware groups are opened once per core PMU when there are several (so a big.LITTLE board
/// counts on every core type), user space only; the software group counts task-clock,
/// context-switches, cpu-migrations and page-faults. Reads use preallocated buffers, so a
/// sample's bracket allocates nothing.
public final class CounterSet {
  /// Per event: counting where, or unavailable and why (indexed by `CounterEvent.rawValue`).
  public private(set) var statuses: [CounterStatus]
  /// The core PMUs found in sysfs.
  public let corePMUs: [CorePMU]
  /// /proc/sys/kernel/perf_event_paranoid, when readable.
  public let paranoid: Int?
  /// Median counts one bracket of reads adds by itself, subtracted from every sample.
  public private(set) var readCost: [Double]
  let groups: [PerfEventGroup]
  private let before: UnsafeMutableBufferPointer<UInt64>
  private let after: UnsafeMutableBufferPointer<UInt64>

  private init(
    statuses: [CounterStatus], corePMUs: [CorePMU], paranoid: Int?, groups: [PerfEventGroup]
  ) {
    self.statuses = statuses
    self.corePMUs = corePMUs
    self.paranoid = paranoid
    self.groups = groups
    self.readCost = [Double](repeating: 0, count: CounterEvent.allCases.count)
    let words = max(1, groups.reduce(0) { $0 + $1.wordCount })
    before = .allocate(capacity: words)
    after = .allocate(capacity: words)
    before.initialize(repeating: 0)
    after.initialize(repeating: 0)
  }

  deinit {
    before.deallocate()
    after.deallocate()
  }

  /// True when at least one event is counting.
  public var anyCounting: Bool { statuses.contains { $0.isCounting } }

  /// Opens `plan` (groups of events) on this machine and records why anything failed.
  public static func open(_ plan: [[CounterEvent]] = CounterEvent.groups) -> CounterSet {
    open(
      plan, corePMUs: CorePMU.discover(),
      paranoid: SystemFile.integer("/proc/sys/kernel/perf_event_paranoid"))
  }

  static func open(_ plan: [[CounterEvent]], corePMUs: [CorePMU], paranoid: Int?) -> CounterSet {
    var opener = CounterOpener(corePMUs: corePMUs, paranoid: paranoid)
    for events in plan { opener.open(events) }
    let set = CounterSet(
      statuses: opener.statuses(), corePMUs: corePMUs, paranoid: paranoid, groups: opener.groups)
    set.markUnscheduled()
    return set
  }

  /// Reads every group at the start of an interval.
  public func start() { capture(into: before) }

  /// Reads every group at the end of an interval and returns what it counted.
  public func stop() -> CounterSample {
    capture(into: after)
    return CounterSample(groups: deltas(), readCost: readCost)
  }

  /// Measures what an empty sample bracket (two reads around two clock reads) counts, as the
  /// median over `rounds`, and subtracts it from every later sample.
  public func measureReadCost(rounds: Int = 31) {
    readCost = [Double](repeating: 0, count: CounterEvent.allCases.count)
    var perEvent = [[Double]](repeating: [], count: CounterEvent.allCases.count)
    for _ in 0..<max(1, rounds) {
      start()
      cperf_sink(MonotonicClock.now() &+ MonotonicClock.now())
      let sample = stop()
      for event in CounterEvent.allCases {
        if let value = sample[event] { perEvent[event.rawValue].append(value) }
      }
    }
    for event in CounterEvent.allCases where !perEvent[event.rawValue].isEmpty {
      readCost[event.rawValue] = SampleStatistics.median(perEvent[event.rawValue])
    }
  }

  private func capture(into words: UnsafeMutableBufferPointer<UInt64>) {
    var offset = 0
    for group in groups {
      let slice = UnsafeMutableBufferPointer(rebasing: words[offset..<offset + group.wordCount])
      if !group.read(into: slice) { slice.update(repeating: 0) }
      offset += group.wordCount
    }
  }

  private func deltas() -> [GroupDelta] {
    var result: [GroupDelta] = []
    var offset = 0
    for group in groups {
      var raw: [UInt64] = []
      for index in 0..<group.events.count {
        raw.append(after[offset + 3 + index] &- before[offset + 3 + index])
      }
      result.append(
        GroupDelta(
          pmu: group.pmu, events: group.events, enabled: after[offset + 1] &- before[offset + 1],
          running: after[offset + 2] &- before[offset + 2], raw: raw))
      offset += group.wordCount
    }
    return result
  }

  /// Hardware events whose every group stays off the PMU through a short busy loop are
  /// reported as never scheduled rather than as zero.
  private func markUnscheduled() {
    guard groups.contains(where: { $0.events.first?.isHardware == true }) else { return }
    start()
    var spin: UInt64 = 1
    for index in 0..<200_000 { spin = spin &* 6_364_136_223_846_793_005 &+ UInt64(index) }
    cperf_sink(spin)
    let sample = stop()
    for status in statuses where status.isCounting && status.event.isHardware {
      let ran = sample.groups.contains { $0.events.contains(status.event) && $0.running > 0 }
      if !ran {
        statuses[status.event.rawValue] = CounterStatus(
          event: status.event, pmus: [], excludesKernel: true,
          unavailable: .neverScheduled(pmu: status.pmus.joined(separator: ",")))
      }
    }
  }
}
