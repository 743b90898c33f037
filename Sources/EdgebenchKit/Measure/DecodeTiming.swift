import CodecCore

/// Why a timed decode was not trusted.
public enum DecodeCheckFailure: Error, Equatable {
  /// The decoder threw on a corpus that is valid by construction.
  case decodeFailed(DecodeError)
  /// The decoder returned other values than the corpus holds.
  case mismatch(expectedCount: Int, count: Int, expectedSum: UInt64, sum: UInt64)

  /// One line for error output.
  public var message: String {
    switch self {
    case .decodeFailed(let error):
      return "decode failed: \(error.description)"
    case .mismatch(let expectedCount, let count, let expectedSum, let sum):
      return
        "decoded \(count) values summing to \(sum); expected \(expectedCount) summing to \(expectedSum)"
    }
  }
}

/// The time of one corpus decode, after checking that the decode is right.
public struct DecodeTiming {
  /// Mean nanoseconds per whole-corpus decode over the timed iterations.
  public var nanosecondsPerDecode: Double

  /// Decodes `corpus` once to check count and sum, then `iterations` times under the clock.
  public static func measure(
    _ corpus: BuiltInCorpus, strategy: DecodeStrategy = .loop, iterations: Int
  ) -> Result<DecodeTiming, DecodeCheckFailure> {
    switch corpus {
    case .varints(let varints):
      return measureVarints(varints, strategy: strategy, iterations: iterations)
    case .messages(let messages):
      return measureMessages(messages, strategy: strategy, iterations: iterations)
    }
  }

  private static func measureVarints(
    _ corpus: VarintCorpus, strategy: DecodeStrategy, iterations: Int
  ) -> Result<DecodeTiming, DecodeCheckFailure> {
    var output = [UInt64](repeating: 0, count: corpus.valueCount)
    var elapsed: UInt64 = 0
    var failure: DecodeCheckFailure?
    corpus.bytes.withUnsafeBytes { input in
      output.withUnsafeMutableBufferPointer { values in
        do throws(DecodeError) {
          // The first decode is the warm-up and the check.
          let result = try strategy.decodeAll(input, into: values)
          var sum: UInt64 = 0
          for value in values[0..<result.valueCount] { sum &+= value }
          guard result.valueCount == corpus.valueCount, sum == corpus.valueSum else {
            failure = .mismatch(
              expectedCount: corpus.valueCount, count: result.valueCount,
              expectedSum: corpus.valueSum, sum: sum)
            return
          }
          let start = MonotonicClock.now()
          for _ in 0..<iterations { _ = try strategy.decodeAll(input, into: values) }
          elapsed = MonotonicClock.now() - start
        } catch {
          failure = .decodeFailed(error)
        }
      }
    }
    if let failure { return .failure(failure) }
    return .success(DecodeTiming(nanosecondsPerDecode: Double(elapsed) / Double(iterations)))
  }

  private static func measureMessages(
    _ corpus: MessageCorpus, strategy: DecodeStrategy, iterations: Int
  ) -> Result<DecodeTiming, DecodeCheckFailure> {
    var outcome: Result<DecodeTiming, DecodeCheckFailure> = .failure(
      .decodeFailed(.truncated(offset: 0)))
    corpus.bytes.withUnsafeBytes { input in
      do throws(DecodeError) {
        let summary = try strategy.decodeMessageStream(input)
        guard summary.messageCount == corpus.messageCount, summary.digestSum == corpus.valueSum
        else {
          outcome = .failure(
            .mismatch(
              expectedCount: corpus.messageCount, count: summary.messageCount,
              expectedSum: corpus.valueSum, sum: summary.digestSum))
          return
        }
        let start = MonotonicClock.now()
        for _ in 0..<iterations { _ = try strategy.decodeMessageStream(input) }
        let elapsed = MonotonicClock.now() - start
        outcome = .success(DecodeTiming(nanosecondsPerDecode: Double(elapsed) / Double(iterations)))
      } catch {
        outcome = .failure(.decodeFailed(error))
      }
    }
    return outcome
  }
}
