import Testing

@testable import CodecCore

@Suite("Varint encoding and decoding")
struct VarintTests {
  static let vectors: [(UInt64, [UInt8])] = [
    (0, [0x00]),
    (1, [0x01]),
    (127, [0x7F]),
    (128, [0x80, 0x01]),
    (150, [0x96, 0x01]),
    (300, [0xAC, 0x02]),
    (UInt64(UInt32.max), [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
    (UInt64.max, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
  ]

  @Test("protobuf's published vectors", arguments: vectors)
  func publishedVectors(value: UInt64, bytes: [UInt8]) throws {
    #expect(Varint.encode(value) == bytes)
    #expect(Varint.encodedSize(of: value) == bytes.count)
    let decoded = try VarintDecoder.decode(bytes)
    #expect(decoded.value == value)
    #expect(decoded.length == bytes.count)
  }

  @Test("every 7-bit boundary round-trips with the right length")
  func sevenBitBoundaries() throws {
    for groups in 1...9 {
      let edge = UInt64(1) << (7 * UInt64(groups))
      for (value, length) in [(edge - 1, groups), (edge, groups + 1)] {
        let bytes = Varint.encode(value)
        #expect(bytes.count == length, "value \(value)")
        #expect(Varint.encodedSize(of: value) == length)
        #expect(try VarintDecoder.decode(bytes).value == value)
      }
    }
    #expect(Varint.encodedSize(of: UInt64(1) << 63) == 10)
  }

  @Test("random values round-trip, alone and back to back")
  func randomRoundTrips() throws {
    var random = SplitMix64(seed: 7)
    var values: [UInt64] = []
    for _ in 0..<10_000 {
      // Shift by a random amount so every length is drawn, not only 10-byte values.
      values.append(random.next() >> random.next(below: 64))
    }
    var stream: [UInt8] = []
    for value in values {
      let bytes = Varint.encode(value)
      let decoded = try VarintDecoder.decode(bytes)
      #expect(decoded.value == value)
      #expect(decoded.length == bytes.count)
      stream += bytes
    }
    #expect(try VarintDecoder.decodeAll(stream) == values)
  }

  @Test("raw-pointer writer matches the array writer")
  func pointerWriter() {
    var random = SplitMix64(seed: 11)
    var buffer = [UInt8](repeating: 0, count: Varint.maxLength)
    for _ in 0..<1_000 {
      let value = random.next() >> random.next(below: 64)
      let written = buffer.withUnsafeMutableBytes { raw in
        raw.baseAddress.map { Varint.write(value, to: $0) } ?? 0
      }
      #expect(Array(buffer[0..<written]) == Varint.encode(value))
    }
  }

  @Test("bulk decode stops when the output is full")
  func bulkStopsAtOutputCapacity() throws {
    let stream = Varint.encode(1) + Varint.encode(300) + Varint.encode(5)
    var output = [UInt64](repeating: 0, count: 2)
    let result = try stream.withUnsafeRawBuffer { (input) throws(DecodeError) in
      try output.withUnsafeMutableOutput { (values) throws(DecodeError) in
        try VarintDecoder.decodeAll(input, into: values)
      }
    }
    #expect(result == BulkDecodeResult(valueCount: 2, bytesConsumed: 3))
    #expect(output == [1, 300])
  }

  @Test("32-bit decode accepts UInt32.max and rejects one more")
  func decode32() throws {
    #expect(try VarintDecoder.decodeUInt32(Varint.encode(UInt64(UInt32.max))).value == UInt32.max)
    #expect(throws: DecodeError.varint32Overflow(offset: 0, value: 1 << 32)) {
      try VarintDecoder.decodeUInt32(Varint.encode(1 << 32))
    }
  }
}

@Suite("ZigZag")
struct ZigZagTests {
  @Test("protobuf's published mapping and the extremes")
  func published() {
    #expect(ZigZag.encode(Int32(0)) == 0)
    #expect(ZigZag.encode(Int32(-1)) == 1)
    #expect(ZigZag.encode(Int32(1)) == 2)
    #expect(ZigZag.encode(Int32(-2)) == 3)
    #expect(ZigZag.encode(Int32(2_147_483_647)) == 4_294_967_294)
    #expect(ZigZag.encode(Int32(-2_147_483_648)) == 4_294_967_295)
    #expect(ZigZag.encode(Int64(0)) == 0)
    #expect(ZigZag.encode(Int64(-1)) == 1)
    #expect(ZigZag.encode(Int64(1)) == 2)
    #expect(ZigZag.encode(Int64.max) == UInt64.max - 1)
    #expect(ZigZag.encode(Int64.min) == UInt64.max)
  }

  @Test("decode inverts encode")
  func inverse() {
    var random = SplitMix64(seed: 3)
    for value in [Int32.min, -2, -1, 0, 1, 2, Int32.max] {
      #expect(ZigZag.decode(ZigZag.encode(value)) == value)
    }
    for value in [Int64.min, -1, 0, 1, Int64.max] {
      #expect(ZigZag.decode(ZigZag.encode(value)) == value)
    }
    for _ in 0..<1_000 {
      let wide = Int64(bitPattern: random.next())
      #expect(ZigZag.decode(ZigZag.encode(wide)) == wide)
      let narrow = Int32(truncatingIfNeeded: wide)
      #expect(ZigZag.decode(ZigZag.encode(narrow)) == narrow)
    }
  }
}
