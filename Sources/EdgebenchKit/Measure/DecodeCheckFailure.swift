import CodecCore

/// Why a compared decode was not trusted, so `edgebench bench` times nothing it cannot vouch for.
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
