import CPerf

/// Decides how each group is opened and keeps every failure, so the run can say per event
/// where it counts or why it cannot.
struct CounterOpener {
  let corePMUs: [CorePMU]
  let paranoid: Int?
  private(set) var groups: [PerfEventGroup] = []
  private var countingOn = [[String]](repeating: [], count: CounterEvent.allCases.count)
  private var excludesKernel = [Bool](repeating: true, count: CounterEvent.allCases.count)
  private var firstFailure = [CounterUnavailable?](
    repeating: nil, count: CounterEvent.allCases.count)
  /// Whether hardware events go to each core PMU (extended type) or to the generic PMU.
  private var perPMU: Bool

  init(corePMUs: [CorePMU], paranoid: Int?) {
    self.corePMUs = corePMUs
    self.paranoid = paranoid
    perPMU = corePMUs.count > 1
  }

  /// Opens one group: hardware groups on every core PMU, user space only; software groups
  /// with kernel counts if allowed, else user space only.
  mutating func open(_ events: [CounterEvent]) {
    guard let first = events.first else { return }
    // WASI has no perf_event_open: nothing is tried, every event's reason is "wasm".
    if cperf_is_wasi() != 0 {
      for event in events where firstFailure[event.rawValue] == nil {
        firstFailure[event.rawValue] = .wasm
      }
      return
    }
    if first.isHardware {
      openHardware(events)
    } else if events.count > 1, events.contains(.taskClock) {
      // task-clock always counts alone. On Linux 6.18 (this project's CI VM) a group led by
      // task-clock reads 0 for its software siblings, and task-clock as a sibling stops counting
      // after the task is switched out. Software counts need no common schedule anyway.
      open([.taskClock])
      open(events.filter { $0 != .taskClock })
    } else {
      let attempt = PerfEventGroup.open(events, pmu: nil, excludeKernel: false)
      let denied =
        attempt.group == nil
        && attempt.failures.allSatisfy {
          SystemError($0.1) == .notPermitted || SystemError($0.1) == .permissionDenied
        }
      if denied {
        record(PerfEventGroup.open(events, pmu: nil, excludeKernel: true), pmu: "software")
      } else {
        record(attempt, pmu: "software")
      }
    }
  }

  private mutating func openHardware(_ events: [CounterEvent]) {
    if perPMU {
      var attempts: [(PerfEventGroup?, [(CounterEvent, Int32)], String)] = []
      for pmu in corePMUs {
        let attempt = PerfEventGroup.open(events, pmu: pmu, excludeKernel: true)
        attempts.append((attempt.group, attempt.failures, pmu.name))
      }
      // Kernels before the extended hardware type reject it outright: fall back to the
      // generic PMU, which counts on the core types the kernel routes it to.
      if attempts.allSatisfy({ $0.0 == nil }) {
        perPMU = false
      } else {
        for attempt in attempts { record((attempt.0, attempt.1), pmu: attempt.2) }
        return
      }
    }
    // With one core PMU the generic events can only count there (armv8_pmuv3 on an Arm
    // board, cpu on x86): name it.
    let name = corePMUs.count == 1 ? corePMUs[0].name : "cpu"
    record(PerfEventGroup.open(events, pmu: nil, excludeKernel: true, label: name), pmu: name)
  }

  /// Keeps `attempt`'s group and the first failure of each event (internal for the self-test).
  mutating func record(
    _ attempt: (group: PerfEventGroup?, failures: [(CounterEvent, Int32)]), pmu: String
  ) {
    if let group = attempt.group {
      groups.append(group)
      for event in group.events {
        countingOn[event.rawValue].append(group.pmu)
        excludesKernel[event.rawValue] = group.excludesKernel
      }
    }
    for (event, code) in attempt.failures where firstFailure[event.rawValue] == nil {
      firstFailure[event.rawValue] = CounterUnavailable.classify(
        errno: code, event: event, pmu: pmu, paranoid: paranoid, corePMUCount: corePMUs.count)
    }
  }

  /// Every event's status; an event counted on any PMU is available.
  func statuses() -> [CounterStatus] {
    CounterEvent.allCases.map { event in
      let pmus = countingOn[event.rawValue]
      return CounterStatus(
        event: event, pmus: pmus, excludesKernel: excludesKernel[event.rawValue],
        unavailable: pmus.isEmpty ? (firstFailure[event.rawValue] ?? .notRequested) : nil
      )
    }
  }
}
