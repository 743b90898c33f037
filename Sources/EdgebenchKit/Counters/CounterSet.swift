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

  private init(
    statuses: [CounterStatus], corePMUs: [CorePMU], paranoid: Int?, groups: [PerfEventGroup]
  ) {
    self.statuses = statuses
    self.corePMUs = corePMUs
    self.paranoid = paranoid
    self.groups = groups
    self.readCost = [Double](repeating: 0, count: CounterEvent.allCases.count)
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
  public func start() {
    for group in groups { group.start() }
  }

  /// Reads every group at the end of an interval and returns what it counted.
  public func stop() -> CounterSample {
    // Every group is read before any delta is computed, so no group counts another's arithmetic.
    for group in groups { group.stop() }
    return CounterSample(groups: groups.map { $0.delta }, readCost: readCost)
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
