/// The counter figures that explain a time: IPC, cycles and instructions per value, branch
/// misses per 1000 values, cache misses per value and the effective clock.
///
/// Each is computed per sample and the median over samples is reported, matching the median
/// time; nil when the counters behind it are unavailable.
public struct DerivedMetrics: Sendable {
  /// Instructions per cycle.
  public var ipc: Double?
  /// Cycles per value.
  public var cyclesPerValue: Double?
  /// Instructions per value.
  public var instructionsPerValue: Double?
  /// Branches per value.
  public var branchesPerValue: Double?
  /// Branch misses per 1000 values.
  public var branchMissesPerThousandValues: Double?
  /// L1D read misses per value.
  public var l1dReadMissesPerValue: Double?
  /// Cache misses per value.
  public var cacheMissesPerValue: Double?
  /// Cycles per nanosecond of task-clock: the frequency the code actually ran at.
  public var effectiveGHz: Double?

  /// Computes the metrics of `result`'s samples. With `virtualClock` (an emulator's cycle
  /// counter, see `Virtualization.hasVirtualClock`) the cycle-based figures (IPC, cycles per
  /// value, GHz) are left nil: they would describe QEMU's clock, not a CPU.
  public init(_ result: CaseResult, virtualClock: Bool = false) {
    func median(_ metric: (CounterSample, SampleRecord) -> Double?) -> Double? {
      var values: [Double] = []
      for sample in result.samples {
        guard let counters = sample.counters, let value = metric(counters, sample) else {
          continue
        }
        if value.isFinite { values.append(value) }
      }
      return values.isEmpty ? nil : SampleStatistics.median(values)
    }
    func perValue(_ event: CounterEvent, scale: Double = 1) -> Double? {
      median { counters, sample in counters[event].map { result.perValue($0, sample) * scale } }
    }
    ipc = median { counters, _ in
      guard let instructions = counters[.instructions], let cycles = counters[.cycles], cycles > 0
      else { return nil }
      return instructions / cycles
    }
    cyclesPerValue = perValue(.cycles)
    instructionsPerValue = perValue(.instructions)
    branchesPerValue = perValue(.branches)
    branchMissesPerThousandValues = perValue(.branchMisses, scale: 1000)
    l1dReadMissesPerValue = perValue(.l1dReadMisses)
    cacheMissesPerValue = perValue(.cacheMisses)
    effectiveGHz = median { counters, _ in
      guard let cycles = counters[.cycles], let clock = counters[.taskClock], clock > 0 else {
        return nil
      }
      return cycles / clock
    }
    if virtualClock {
      ipc = nil
      cyclesPerValue = nil
      effectiveGHz = nil
    }
  }

  /// Name and value of every metric, in output order.
  public var all: [(name: String, value: Double?)] {
    [
      ("ipc", ipc), ("cycles_per_value", cyclesPerValue),
      ("instructions_per_value", instructionsPerValue), ("branches_per_value", branchesPerValue),
      ("branch_misses_per_1000_values", branchMissesPerThousandValues),
      ("l1d_read_misses_per_value", l1dReadMissesPerValue),
      ("cache_misses_per_value", cacheMissesPerValue), ("effective_ghz", effectiveGHz),
    ]
  }
}
