import EdgebenchKit

/// One host label's result for one case: the pooled samples of all its records for the case,
/// their statistics, the counter-derived figures, and the cores the samples ran on.
public struct HostCaseSummary: Sendable {
  /// The host label.
  public let label: String
  /// The case.
  public let key: CaseKey
  /// Nanoseconds per value of every sample, by the report's clock.
  public let times: [Double]
  /// Median, its distribution-free 95% interval, spread.
  public let statistics: SampleStatistics
  /// Records pooled (runs of the case on this host).
  public let runs: Int
  /// Medians of the per-sample counter figures.
  public let counters: CounterMedians
  /// How many samples ran on each core type, most used first.
  public let coreUse: [CoreUse]
  /// True when a record is another tool's single figure (no raw samples): never tested.
  public let singleFigure: Bool

  /// Pools `records` (same label and case, not empty), timing each sample by `clock`; nil
  /// when no sample has a time by that clock.
  init?(records: [CaseRecord], host: HostFacts, clock: TimeSource) {
    let samples = records.flatMap { $0.samples }.filter { clock.nanosecondsPerValue($0) != nil }
    let times = samples.compactMap { clock.nanosecondsPerValue($0) }
    guard let first = records.first, let statistics = SampleStatistics(times) else { return nil }
    label = first.label
    key = first.key
    self.times = times
    self.statistics = statistics
    runs = records.count
    singleFigure = records.contains { $0.foreign?.singleFigure == true }
    // QEMU TCG's cycles are its virtual clock: IPC, cycles and GHz would describe QEMU.
    counters = CounterMedians(samples, virtualClock: host.virtualization == "qemu-tcg")
    var uses: [CoreUse] = []
    for sample in samples {
      let name = sample.cpu.flatMap { host.coreType(of: $0)?.name } ?? "unknown"
      if let index = uses.firstIndex(where: { $0.name == name }) {
        uses[index].samples += 1
      } else {
        uses.append(CoreUse(name: name, samples: 1))
      }
    }
    coreUse = uses.sorted { $0.samples > $1.samples }
  }

  /// The median nanoseconds per value.
  public var median: Double { statistics.median }
}

/// Samples that ran on one core type.
public struct CoreUse: Equatable, Sendable {
  /// The core type's name ("unknown" when the CPU was not recorded).
  public let name: String
  /// How many samples.
  public var samples: Int
}

/// Medians over samples of the counter figures; nil where the counters were not counted.
public struct CounterMedians: Equatable, Sendable {
  /// Instructions retired per value.
  public let instructionsPerValue: Double?
  /// Cycles per value.
  public let cyclesPerValue: Double?
  /// Instructions per cycle.
  public let instructionsPerCycle: Double?
  /// Cycles per instruction (the decomposition's middle factor).
  public let cyclesPerInstruction: Double?
  /// Cycles per nanosecond of task-clock: the clock the code actually ran at.
  public let gigahertz: Double?
  /// Mispredicted branches per 1000 values.
  public let branchMissesPerThousandValues: Double?
  /// task-clock ÷ wall-clock: below 1 when the process waited for a CPU (a busy machine).
  public let onCPUShare: Double?

  /// Computes the figures of `samples`; with `virtualClock` (an emulator's cycle counter) the
  /// cycle-based ones are nil.
  init(_ counted: [SampleFacts], virtualClock: Bool = false) {
    let samples =
      virtualClock
      ? counted.map {
        SampleFacts(
          nanosecondsPerValue: $0.nanosecondsPerValue, cpu: $0.cpu,
          countersPerValue: $0.countersPerValue.filter { $0.key != "cycles" })
      } : counted
    func median(_ figure: ([String: Double], Double) -> Double?) -> Double? {
      let values = samples.compactMap { figure($0.countersPerValue, $0.nanosecondsPerValue) }
        .filter { $0.isFinite }
      return values.isEmpty ? nil : SampleStatistics.median(values)
    }
    instructionsPerValue = median { counters, _ in counters["instructions"] }
    cyclesPerValue = median { counters, _ in counters["cycles"] }
    instructionsPerCycle = median { counters, _ in
      guard let instructions = counters["instructions"], let cycles = counters["cycles"],
        cycles > 0
      else { return nil }
      return instructions / cycles
    }
    cyclesPerInstruction = median { counters, _ in
      guard let instructions = counters["instructions"], let cycles = counters["cycles"],
        instructions > 0
      else { return nil }
      return cycles / instructions
    }
    gigahertz = median { counters, _ in
      guard let cycles = counters["cycles"], let clock = counters["task-clock"], clock > 0 else {
        return nil
      }
      return cycles / clock
    }
    branchMissesPerThousandValues = median { counters, _ in
      counters["branch-misses"].map { $0 * 1000 }
    }
    onCPUShare = median { counters, wall in
      guard let clock = counters["task-clock"], wall > 0 else { return nil }
      return clock / wall
    }
  }
}
