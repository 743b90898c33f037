/// SplitMix64: a tiny, portable, seeded pseudo-random generator.
///
/// Pure 64-bit integer arithmetic with defined wrap-around, so the same seed yields the same
/// sequence on every target — which is what makes a corpus checksum comparable across boards.
public struct SplitMix64 {
  /// The generator's whole state.
  public private(set) var state: UInt64

  /// Starts a sequence from `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `0..<bound` (bound > 0), by multiply-shift: no division, no floating point.
  public mutating func next(below bound: UInt64) -> UInt64 {
    next().multipliedFullWidth(by: bound).high
  }

  /// A value in `range`.
  public mutating func next(in range: ClosedRange<Int64>) -> Int64 {
    let span = UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
    let offset = span == 0 ? next() : next(below: span)
    return range.lowerBound &+ Int64(bitPattern: offset)
  }
}
