import CPerf

/// Runs cases by the measurement protocol: check every case, calibrate (or take the user's
/// iteration count), warm up, then run rounds in which every case takes one sample, in a
/// freshly shuffled order each round, reading counters, the clock and the CPU around each.
public struct Sampler {
  /// The protocol's parameters.
  public let plan: MeasurementPlan
  /// Counters read around each sample; nil when none are counting.
  public let counters: CounterSet?
  /// Median nanoseconds of a clock read pair, taken off every sample.
  public let clockOverhead: UInt64
  /// Largest calibrated iteration count.
  public static let maximumIterations = 1_000_000

  /// Makes a sampler and measures the clock's own cost. A set with nothing counting is not
  /// read at all.
  public init(plan: MeasurementPlan, counters: CounterSet?) {
    self.plan = plan
    self.counters = counters?.anyCounting == true ? counters : nil
    clockOverhead = Self.clockOverhead(plan.clock)
  }

  /// Measures `cases`; cases whose check fails are returned with no samples.
  public func run<Progress: SampleProgress>(
    _ cases: [BenchmarkCase], progress: inout Progress
  ) -> [CaseResult] {
    let checks = cases.map { $0.check() }
    let runnable = cases.indices.filter { checks[$0].passed }
    counters?.measureReadCost()
    var iterations = [Int](repeating: 0, count: cases.count)
    for index in runnable {
      let workload = cases[index].workload
      iterations[index] = plan.fixedIterations ?? calibrate(workload)
      for _ in 0..<plan.warmupSamples { workload.run(iterations: iterations[index]) }
    }
    progress.start(total: runnable.count * plan.samples)
    var samples = [[SampleRecord]](repeating: [], count: cases.count)
    var order = CaseOrder(seed: plan.seed)
    for round in 0..<plan.samples {
      for (position, pick) in order.next(count: runnable.count).enumerated() {
        let index = runnable[pick]
        samples[index].append(
          sample(
            cases[index].workload, iterations: iterations[index], round: round,
            position: position, clockCost: clockOverhead))
        progress.advance(label: cases[index].name)
      }
    }
    progress.finish()
    return cases.indices.map { index in
      CaseResult(
        benchmark: cases[index], check: checks[index], iterations: iterations[index],
        calibrated: plan.fixedIterations == nil, samples: samples[index])
    }
  }

  private func sample(
    _ workload: Workload, iterations: Int, round: Int, position: Int, clockCost: UInt64
  ) -> SampleRecord {
    let cpuStart = cperf_current_cpu()
    counters?.start()
    let start = plan.clock.now()
    workload.run(iterations: iterations)
    let end = plan.clock.now()
    let counted = counters?.stop()
    let cpuEnd = cperf_current_cpu()
    let elapsed = end - start
    let migrations = counted?[.cpuMigrations] ?? 0
    return SampleRecord(
      round: round, position: position, iterations: iterations,
      nanoseconds: elapsed > clockCost ? elapsed - clockCost : 0,
      cpuStart: cpuStart >= 0 ? Int(cpuStart) : nil, cpuEnd: cpuEnd >= 0 ? Int(cpuEnd) : nil,
      migrated: cpuStart != cpuEnd || migrations > 0, counters: counted)
  }

  /// Iterations that make one sample last about `plan.targetSampleNanoseconds`.
  private func calibrate(_ workload: Workload) -> Int {
    let target = Double(plan.targetSampleNanoseconds)
    var iterations = 1
    while true {
      let start = plan.clock.now()
      workload.run(iterations: iterations)
      let elapsed = Double(plan.clock.now() - start)
      if elapsed >= target || iterations >= Self.maximumIterations { return iterations }
      let predicted = elapsed > 0 ? Double(iterations) * target / elapsed : Double(iterations) * 10
      if elapsed >= target / 4 {
        return min(Self.maximumIterations, max(1, Int(predicted.rounded(.up))))
      }
      iterations = min(
        Self.maximumIterations, max(iterations * 2, min(iterations * 10, Int(predicted))))
    }
  }

  /// Median nanoseconds between two consecutive clock reads, subtracted from every sample.
  static func clockOverhead(_ clock: SampleClock) -> UInt64 {
    var gaps: [Double] = []
    for _ in 0..<31 {
      let first = clock.now()
      gaps.append(Double(clock.now() - first))
    }
    return UInt64(SampleStatistics.median(gaps))
  }
}

/// What the sampler reports as it goes, so a long run shows it is alive (`ProgressLine` on a
/// terminal; nothing in tests).
public protocol SampleProgress {
  /// The run is about to take `total` samples.
  mutating func start(total: Int)
  /// One sample of the case `label` was taken.
  mutating func advance(label: String)
  /// Every sample was taken.
  mutating func finish()
}
