/// A cursor over protobuf wire bytes: reads varints, fixed-width values, tags and
/// length-delimited views, checking every bound.
///
/// The reader borrows its bytes and never copies them. Use `ByteReader.read(_:_:)` to get one
/// over an array safely; the raw-buffer initializer is for callers that already hold a buffer
/// and keep it alive while the reader (and any `ByteView` it returns) is in use.
public struct ByteReader {
  /// The whole input; offsets in errors and views count from its start.
  package let buffer: UnsafeRawBufferPointer
  /// The next byte to read.
  public private(set) var offset: Int
  /// One past the last byte this reader may read (a sub-message ends before the input does).
  public let end: Int

  /// Makes a reader over `buffer[offset..<end]` (the whole buffer by default).
  public init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0, end: Int? = nil) {
    let limit = min(max(end ?? buffer.count, 0), buffer.count)
    self.buffer = buffer
    self.offset = min(max(offset, 0), limit)
    self.end = limit
  }

  /// Calls `body` with a reader over `bytes`; views must not escape `body`.
  public static func read<R>(
    _ bytes: [UInt8], _ body: (inout ByteReader) throws(DecodeError) -> R
  ) throws(DecodeError) -> R {
    try bytes.withUnsafeRawBuffer { (buffer) throws(DecodeError) -> R in
      var reader = ByteReader(buffer)
      return try body(&reader)
    }
  }

  /// Whether every byte has been read.
  public var isAtEnd: Bool { offset >= end }

  /// Bytes left to read.
  public var remaining: Int { end - offset }

  /// Reads a varint of up to 64 bits.
  public mutating func readVarint() throws(DecodeError) -> UInt64 {
    try readVarint(using: VarintDecoder.self)
  }

  /// Reads a varint of up to 64 bits with `Decoder`'s one-at-a-time decoder.
  package mutating func readVarint<Decoder: VarintDecoding>(
    using _: Decoder.Type
  ) throws(DecodeError) -> UInt64 {
    // One-byte values dominate real messages (tags, small counts): take them without a loop.
    if offset < end {
      let first = buffer[offset]
      if first < 0x80 {
        offset += 1
        return UInt64(first)
      }
    }
    let (value, length) = try Decoder.decode(buffer, at: offset, end: end)
    offset += length
    return value
  }

  /// Reads a varint that must fit 32 bits.
  public mutating func readVarint32() throws(DecodeError) -> UInt32 {
    try readVarint32(using: VarintDecoder.self)
  }

  /// Reads a varint that must fit 32 bits with `Decoder`'s one-at-a-time decoder.
  package mutating func readVarint32<Decoder: VarintDecoding>(
    using decoder: Decoder.Type
  ) throws(DecodeError) -> UInt32 {
    let start = offset
    let value = try readVarint(using: decoder)
    guard let narrow = UInt32(exactly: value) else {
      throw .varint32Overflow(offset: start, value: value)
    }
    return narrow
  }

  /// Reads a ZigZag-encoded `sint32`.
  public mutating func readZigZag32() throws(DecodeError) -> Int32 {
    ZigZag.decode(try readVarint32())
  }

  /// Reads a ZigZag-encoded `sint64`.
  public mutating func readZigZag64() throws(DecodeError) -> Int64 {
    ZigZag.decode(try readVarint())
  }

  /// Reads four little-endian bytes.
  public mutating func readFixed32() throws(DecodeError) -> UInt32 {
    guard remaining >= 4 else { throw .truncated(offset: offset) }
    defer { offset += 4 }
    return FixedWidth.loadUInt32(buffer, at: offset)
  }

  /// Reads eight little-endian bytes.
  public mutating func readFixed64() throws(DecodeError) -> UInt64 {
    guard remaining >= 8 else { throw .truncated(offset: offset) }
    defer { offset += 8 }
    return FixedWidth.loadUInt64(buffer, at: offset)
  }

  /// Reads an `sfixed32`.
  public mutating func readSFixed32() throws(DecodeError) -> Int32 {
    Int32(bitPattern: try readFixed32())
  }

  /// Reads an `sfixed64`.
  public mutating func readSFixed64() throws(DecodeError) -> Int64 {
    Int64(bitPattern: try readFixed64())
  }

  /// Reads a `float`.
  public mutating func readFloat() throws(DecodeError) -> Float {
    Float(bitPattern: try readFixed32())
  }

  /// Reads a `double`.
  public mutating func readDouble() throws(DecodeError) -> Double {
    Double(bitPattern: try readFixed64())
  }

  /// Reads a varint length and returns a view of that many bytes, without copying them.
  public mutating func readLengthDelimited() throws(DecodeError) -> ByteView {
    try readLengthDelimited(using: VarintDecoder.self)
  }

  /// Reads a length-delimited view, decoding its length with `Decoder`.
  package mutating func readLengthDelimited<Decoder: VarintDecoding>(
    using decoder: Decoder.Type
  ) throws(DecodeError) -> ByteView {
    let start = offset
    let length = try readVarint(using: decoder)
    guard length <= UInt64(Int.max) else { throw .lengthOverflow(offset: start, length: length) }
    guard length <= UInt64(remaining) else {
      throw .lengthOutOfBounds(offset: start, length: length, available: remaining)
    }
    let view = ByteView(buffer, from: offset, count: Int(length))
    offset += Int(length)
    return view
  }

  /// Reads a field tag, rejecting field number 0, numbers above 2^29 - 1 and wire types 6 and 7.
  public mutating func readTag() throws(DecodeError) -> FieldTag {
    try readTag(using: VarintDecoder.self)
  }

  /// Reads a field tag, decoding its varint with `Decoder`; the same checks as `readTag()`.
  package mutating func readTag<Decoder: VarintDecoding>(
    using decoder: Decoder.Type
  ) throws(DecodeError) -> FieldTag {
    let start = offset
    let raw = try readVarint(using: decoder)
    guard raw <= UInt64(UInt32.max) else {
      throw .fieldNumberOutOfRange(offset: start, fieldNumber: raw >> 3)
    }
    guard let wireType = WireType(rawValue: UInt8(raw & 7)) else {
      throw .invalidWireType(offset: start, wireType: UInt8(raw & 7))
    }
    let fieldNumber = UInt32(raw >> 3)
    guard fieldNumber != 0 else { throw .fieldNumberZero(offset: start) }
    return FieldTag(fieldNumber: fieldNumber, wireType: wireType)
  }

  /// Moves to `offset`, which must lie between this reader's offset and its end: for a
  /// decoder that read the bytes in between by other means (the record fast path's cursor).
  package mutating func skip(to offset: Int) {
    self.offset = min(max(offset, self.offset), end)
  }

  /// A reader over the next `view` bytes only, sharing this reader's input and offsets.
  public func subReader(for view: ByteView) -> ByteReader {
    ByteReader(buffer, offset: view.offset, end: view.offset + view.count)
  }
}
