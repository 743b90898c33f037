import CPerf
import CodecCore

/// One row of a strategy comparison: a decode strategy, or the record fast path built on the
/// reference varint loop (so message figures separate what the view saves from what faster
/// varints save).
public enum ComparedCase: Equatable {
  /// A decode strategy, as `edgebench decode --strategy` runs it.
  case strategy(DecodeStrategy)
  /// `TelemetryView` on `VarintDecoder`: messages only.
  case viewOnLoop

  /// The name printed in the table.
  public var name: String {
    switch self {
    case .strategy(let strategy): return strategy.name
    case .viewOnLoop: return "loop-view"
    }
  }

  /// The cases compared on a corpus, `loop` first (the ratios' reference).
  public static func cases(
    for corpus: BuiltInCorpus, strategies: [DecodeStrategy]
  ) -> [ComparedCase] {
    var cases = [ComparedCase.strategy(.loop)]
    for strategy in strategies where strategy != .loop { cases.append(.strategy(strategy)) }
    if case .messages = corpus { cases.insert(.viewOnLoop, at: 1) }
    return cases
  }
}

/// Which clock times a comparison's samples.
public enum SampleClock: Sendable {
  /// CPU time of the running thread: time the scheduler gives to other processes is left out,
  /// so a busy shared machine slows the samples less (the default for `bench`).
  case threadCPU
  /// Wall-clock time from the monotonic clock.
  case wall

  /// Now, in nanoseconds from an arbitrary origin.
  func now() -> UInt64 {
    switch self {
    case .threadCPU: return cperf_thread_cpu_ns()
    case .wall: return MonotonicClock.now()
    }
  }
}

/// Interleaved timing of several cases on one corpus: sample k times every case in turn
/// (rotating which goes first), so drift of a noisy machine hits all of them alike; each
/// case's figure is the median of its samples.
public struct StrategyComparison {
  /// Median nanoseconds per value (or per message), by case, in `cases` order.
  public var medians: [Double]
  /// Fastest and slowest sample per value, by case.
  public var ranges: [(low: Double, high: Double)]
  /// The compared cases.
  public var cases: [ComparedCase]

  /// The median of `samples` (the mean of the middle two when the count is even).
  public static func median(_ samples: [Double]) -> Double {
    guard !samples.isEmpty else { return 0 }
    let sorted = samples.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// How many times faster case `index` is than case 0 (`loop`), by medians.
  public func speedup(of index: Int) -> Double {
    medians[index] > 0 ? medians[0] / medians[index] : 0
  }

  /// Checks every case once against the corpus, then times `samples` rounds in which case `i`
  /// decodes `repetitions[i]` times. Fails on the first case that decodes wrongly.
  ///
  /// Give every case the repetitions that make its samples equally long (see
  /// `repetitions(for:cases:sampleNanoseconds:)`): on a shared machine a long sample is more
  /// likely to be preempted than a short one, which would bias the ratios.
  public static func run(
    _ corpus: BuiltInCorpus, cases: [ComparedCase], samples: Int, repetitions: [Int],
    clock: SampleClock = .threadCPU
  ) -> Result<StrategyComparison, DecodeCheckFailure> {
    var isMessages = false
    if case .messages = corpus { isMessages = true }
    var perValue = [[Double]](repeating: [], count: cases.count)
    var failure: DecodeCheckFailure?
    var output = [UInt64](repeating: 0, count: isMessages ? 0 : corpus.valueCount)
    corpus.bytes.withUnsafeBytes { input in
      output.withUnsafeMutableBufferPointer { values in
        do throws(DecodeError) {
          for compared in cases {
            let (count, sum) = try checkedDecode(compared, isMessages, input, values)
            guard count == corpus.valueCount, sum == corpus.valueSum else {
              failure = .mismatch(
                expectedCount: corpus.valueCount, count: count, expectedSum: corpus.valueSum,
                sum: sum)
              return
            }
          }
          for sample in 0..<samples {
            for turn in 0..<cases.count {
              let index = (turn + sample) % cases.count
              let start = clock.now()
              let count = repetitions[index]
              for _ in 0..<count { try decode(cases[index], isMessages, input, values) }
              let elapsed = Double(clock.now() - start)
              perValue[index].append(elapsed / Double(count * max(corpus.valueCount, 1)))
            }
          }
        } catch {
          failure = .decodeFailed(error)
        }
      }
    }
    if let failure { return .failure(failure) }
    return .success(
      StrategyComparison(
        medians: perValue.map { median($0) },
        ranges: perValue.map { ($0.min() ?? 0, $0.max() ?? 0) }, cases: cases))
  }

  /// Repetitions per case that make each of its samples last about `sampleNanoseconds`, from
  /// the fastest of three timed probes of one decode each.
  public static func repetitions(
    for corpus: BuiltInCorpus, cases: [ComparedCase], sampleNanoseconds: Double,
    clock: SampleClock = .threadCPU
  ) -> Result<[Int], DecodeCheckFailure> {
    let probes = cases.map { _ in 1 }
    return run(corpus, cases: cases, samples: 3, repetitions: probes, clock: clock).map { probe in
      probe.ranges.map { range in
        let perDecode = range.low * Double(max(corpus.valueCount, 1))
        return max(1, min(1_000_000, Int(sampleNanoseconds / max(perDecode, 1))))
      }
    }
  }

  /// One untimed decode: the value (or message) count and the wrapping sum of the values (or
  /// digests), to compare with the corpus.
  private static func checkedDecode(
    _ compared: ComparedCase, _ isMessages: Bool, _ input: UnsafeRawBufferPointer,
    _ values: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> (count: Int, sum: UInt64) {
    if isMessages {
      let summary = try decodeMessages(compared, input)
      return (summary.messageCount, summary.digestSum)
    }
    let count = try decode(compared, isMessages, input, values)
    var sum: UInt64 = 0
    for value in values[0..<count] { sum &+= value }
    return (count, sum)
  }

  /// One timed decode; returns how many values (or messages) it decoded.
  @discardableResult
  private static func decode(
    _ compared: ComparedCase, _ isMessages: Bool, _ input: UnsafeRawBufferPointer,
    _ values: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> Int {
    if isMessages { return try decodeMessages(compared, input).messageCount }
    switch compared {
    case .strategy(let strategy): return try strategy.decodeAll(input, into: values).valueCount
    case .viewOnLoop: return 0
    }
  }

  private static func decodeMessages(
    _ compared: ComparedCase, _ input: UnsafeRawBufferPointer
  ) throws(DecodeError) -> MessageStreamSummary {
    switch compared {
    case .strategy(let strategy): return try strategy.decodeMessageStream(input)
    case .viewOnLoop: return try TelemetryView.summarize(input, varintsOf: .loop)
    }
  }
}
