import Testing

@testable import EdgebenchKit

@Suite struct SHA256Tests {
  @Test func knownVectors() {
    #expect(
      SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(of: Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let twoBlocks =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    #expect(
      SHA256.hex(of: Array(twoBlocks.utf8))
        == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    #expect(
      SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Feeding the input in pieces of any size gives the same digest.
  @Test(arguments: [1, 3, 55, 56, 63, 64, 65, 127, 1000])
  func chunkingDoesNotMatter(_ piece: Int) {
    let bytes = (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    var hash = SHA256()
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + piece)
      hash.update(Array(bytes[start..<end]))
      start = end
    }
    #expect(SHA256.hexString(hash.finish()) == SHA256.hex(of: bytes))
  }
}
