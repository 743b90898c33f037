import Testing

@testable import CodecCore

@Suite("ByteReader and ByteWriter")
struct ByteReaderWriterTests {
  @Test("every value the writer writes, the reader reads back")
  func roundTrip() throws {
    var writer = ByteWriter()
    writer.writeVarint(UInt64(300))
    writer.writeZigZag(Int32(-5))
    writer.writeZigZag(Int64.min)
    writer.writeFixed32(0xDEAD_BEEF)
    writer.writeFixed64(0x0102_0304_0506_0708)
    writer.writeFloat(-1.5)
    writer.writeDouble(.pi)
    writer.writeLengthDelimited([9, 8, 7])
    writer.writeTag(536_870_911, .fixed32)
    try ByteReader.read(writer.bytes) { (reader) throws(DecodeError) in
      #expect(try reader.readVarint() == 300)
      #expect(try reader.readZigZag32() == -5)
      #expect(try reader.readZigZag64() == Int64.min)
      #expect(try reader.readFixed32() == 0xDEAD_BEEF)
      #expect(try reader.readFixed64() == 0x0102_0304_0506_0708)
      #expect(try reader.readFloat() == -1.5)
      #expect(try reader.readDouble() == .pi)
      let view = try reader.readLengthDelimited()
      #expect(view.copyBytes() == [9, 8, 7])
      #expect(view.offset == reader.offset - 3)
      #expect(try reader.readTag() == FieldTag(fieldNumber: 536_870_911, wireType: .fixed32))
      #expect(reader.isAtEnd)
    }
  }

  @Test("fixed-width values are little-endian on the wire")
  func littleEndian() throws {
    var writer = ByteWriter()
    writer.writeFixed32(0x0403_0201)
    writer.writeFixed64(0x0807_0605_0403_0201)
    #expect(writer.bytes == [1, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8])
    try ByteReader.read([0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]) {
      (reader) throws(DecodeError) in
      #expect(try reader.readSFixed32() == -1)
      #expect(try reader.readSFixed64() == -2)
    }
  }

  @Test("a view is a zero-copy window on the input")
  func zeroCopy() throws {
    let bytes: [UInt8] = [0x03, 0x61, 0x62, 0x63, 0x00]
    try ByteReader.read(bytes) { (reader) throws(DecodeError) in
      let view = try reader.readLengthDelimited()
      #expect(view.bytes.baseAddress == reader.buffer.baseAddress.map { $0 + 1 })
      #expect(try view.validatedString() == "abc")
      #expect(Array(view) == [0x61, 0x62, 0x63])
    }
  }

  @Test("a sub-reader stops at its end and keeps whole-input offsets")
  func subReader() throws {
    let bytes: [UInt8] = [0x02, 0x96, 0x01, 0x05]
    try ByteReader.read(bytes) { (reader) throws(DecodeError) in
      let view = try reader.readLengthDelimited()
      var inner = reader.subReader(for: view)
      #expect(inner.offset == 1)
      #expect(try inner.readVarint() == 150)
      #expect(inner.isAtEnd)
      #expect(throws: DecodeError.truncated(offset: 3)) { try inner.readVarint() }
      #expect(try reader.readVarint() == 5)
    }
  }

  @Test("hex text round-trips and rejects what is not hex")
  func hex() {
    #expect(HexBytes.encode([0x00, 0xAB, 0xFF]) == "00abff")
    #expect(HexBytes.decode("00 AB\nff") == [0x00, 0xAB, 0xFF])
    #expect(HexBytes.decode("abc") == nil)
    #expect(HexBytes.decode("zz") == nil)
  }
}
