import Testing

@testable import CodecCore

/// The word-at-a-time byte sum and ASCII check equal their byte loops at every length and
/// alignment, and the sum's lanes never overflow.
@Suite("ByteSum and UTF8Validation.isASCII equal their byte loops")
struct ByteSumTests {
  @Test("every length up to 300 and a few long ones, at every alignment")
  func lengths() {
    var random = SplitMix64(seed: 0xB17E)
    let bytes = (0..<5_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    bytes.withUnsafeBytes { all in
      for length in Array(0...300) + [1_015, 1_016, 1_017, 2_032, 4_093] {
        for start in 0..<8 {
          let view = UnsafeRawBufferPointer(rebasing: all[start..<(start + length)])
          let expected = view.reduce(UInt64(0)) { $0 &+ UInt64($1) }
          #expect(ByteSum.of(view) == expected, "length \(length) at \(start)")
        }
      }
    }
  }

  @Test("all bytes 0xFF: the lanes' largest sums")
  func largest() {
    let bytes = [UInt8](repeating: 0xFF, count: 4_100)
    bytes.withUnsafeBytes { all in
      for length in [8, 9, 255, 256, 257, 1_016, 1_024, 1_025, 4_100] {
        let view = UnsafeRawBufferPointer(rebasing: all[0..<length])
        #expect(ByteSum.of(view) == UInt64(255 * length), "length \(length)")
      }
    }
  }

  @Test("ASCII: a high byte at every position of every length up to 40")
  func ascii() {
    for length in 0...40 {
      let plain = [UInt8](repeating: 0x41, count: length)
      plain.withUnsafeBytes { #expect(UTF8Validation.isASCII($0), "length \(length)") }
      for position in 0..<length {
        var high = plain
        high[position] = 0x80
        high.withUnsafeBytes {
          #expect(!UTF8Validation.isASCII($0), "length \(length), high at \(position)")
        }
      }
    }
  }
}
