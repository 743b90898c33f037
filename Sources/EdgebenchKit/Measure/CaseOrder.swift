import CodecCore

/// The order cases run in each round: a seeded Fisher-Yates shuffle, so slow drifts (thermal
/// throttling, a neighbour's job) spread over every case instead of biasing the last ones,
/// and a run can be replayed with the same seed.
public struct CaseOrder {
  private var random: SplitMix64

  /// Starts the sequence from `seed`.
  public init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// The next round's order of `count` cases.
  public mutating func next(count: Int) -> [Int] {
    var order = Array(0..<count)
    var index = count - 1
    while index > 0 {
      let other = Int(random.next(below: UInt64(index + 1)))
      order.swapAt(index, other)
      index -= 1
    }
    return order
  }
}
