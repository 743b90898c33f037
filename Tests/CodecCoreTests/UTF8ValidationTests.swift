import Testing

@testable import CodecCore

@Suite("UTF8Validation accepts exactly what String(validating:) accepts")
struct UTF8ValidationTests {
  static func agrees(_ bytes: [UInt8]) -> Bool {
    let expected = String(validating: bytes, as: UTF8.self) != nil
    return bytes.withUnsafeBytes { UTF8Validation.isValid($0) } == expected
  }

  @Test("every one- and two-byte sequence")
  func shortSequences() {
    for first in 0...255 {
      #expect(Self.agrees([UInt8(first)]), "\(first)")
      for second in 0...255 where !Self.agrees([UInt8(first), UInt8(second)]) {
        Issue.record("disagree on \(first) \(second)")
      }
    }
  }

  @Test("every three-byte sequence with a multi-byte lead")
  func threeByteSequences() {
    for first in 0xC0...0xF7 {
      for second in 0x70...0xC7 {
        for third in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF0] {
          let bytes = [UInt8(first), UInt8(second), UInt8(third)]
          #expect(Self.agrees(bytes), "\(bytes)")
        }
      }
    }
  }

  @Test("random text around the 8-byte ASCII fast path")
  func randomText() {
    var random = SplitMix64(seed: 0x0717_F8)
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("é".utf8), Array("温".utf8), Array("😀".utf8), [0x80], [0xC3],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xF0, 0x9F],
      Array("plain ascii text".utf8),
    ]
    for _ in 0..<3_000 {
      var bytes: [UInt8] = []
      for _ in 0..<random.next(below: 8) {
        bytes += pieces[Int(random.next(below: UInt64(pieces.count)))]
      }
      #expect(Self.agrees(bytes), "\(bytes)")
    }
  }
}
