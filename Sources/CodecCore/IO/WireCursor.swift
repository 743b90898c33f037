/// A read position between two offsets of one buffer, read through its base pointer: the
/// record fast path's reader.
///
/// `ByteReader` is passed `inout` through every read, re-derives its bounds per read and is
/// rebuilt for each sub-message; this cursor is four words the optimizer keeps in registers,
/// reads one-byte varints, lengths and fixed-width values after one compare against `end`, and
/// hands everything rarer (multi-byte varints, every error) to the same decoders and checks as
/// `ByteReader`, so it throws the same errors at the same offsets.
package struct WireCursor {
  /// The whole input; offsets in errors and views count from its start.
  package let buffer: UnsafeRawBufferPointer
  /// `buffer`'s first byte.
  package let base: UnsafeRawPointer
  /// The next byte to read.
  package var offset: Int
  /// One past the last byte this cursor may read.
  package var end: Int

  /// A cursor over `buffer[offset..<end]`; the caller has checked 0 ≤ offset ≤ end ≤ count.
  package init(_ buffer: UnsafeRawBufferPointer, base: UnsafeRawPointer, offset: Int, end: Int) {
    self.buffer = buffer
    self.base = base
    self.offset = offset
    self.end = end
  }

  /// Whether every byte has been read.
  package var isAtEnd: Bool { offset >= end }

  /// The next byte, or 0 at the end: a one-byte tag to compare with the one the schema
  /// expects next (0 is never one; a real 0 byte is a `fieldNumberZero` for the general path).
  // Inlined: as calls (merged by LLVM into one body with an indirect varint call) these cost
  // more than their bodies (callgrind, messages corpus; see docs/strategies.md).
  @inline(__always)
  package var nextByte: UInt8 {
    offset < end ? base.load(fromByteOffset: offset, as: UInt8.self) : 0
  }

  /// Reads a varint of up to 64 bits: values of one to three bytes here, longer ones (and
  /// every error) by the strategy's one-at-a-time decoder, `Varints.decode`, out of line, with
  /// the same values and errors as `ByteReader.readVarint(using:)`.
  ///
  /// Up to three bytes inline, not one, as protobuf's own parser does: in the message corpus
  /// most varints that are not tags or lengths take two or three (ids, temperatures, deltas,
  /// the readings' values), and the call to the strategy's decoder costs about 20
  /// instructions more than these take (callgrind).
  // Inlined: as calls (merged by LLVM into one body with an indirect varint call) these cost
  // more than their bodies (callgrind, messages corpus; see docs/strategies.md).
  @inline(__always)
  package mutating func varint<Varints: VarintDecoding>(
    _ varints: Varints.Type
  ) throws(DecodeError) -> UInt64 {
    if end &- offset >= 3 {
      let first = base.load(fromByteOffset: offset, as: UInt8.self)
      if first < 0x80 {
        offset &+= 1
        return UInt64(first)
      }
      let second = base.load(fromByteOffset: offset &+ 1, as: UInt8.self)
      let low = UInt64(first & 0x7F) | UInt64(second & 0x7F) &<< 7
      if second < 0x80 {
        offset &+= 2
        return low
      }
      let third = base.load(fromByteOffset: offset &+ 2, as: UInt8.self)
      if third < 0x80 {
        offset &+= 3
        return low | UInt64(third) &<< 14
      }
    } else if offset < end {
      let first = base.load(fromByteOffset: offset, as: UInt8.self)
      if first < 0x80 {
        offset &+= 1
        return UInt64(first)
      }
    }
    let (value, length) = try Varints.decode(buffer, at: offset, end: end)
    offset &+= length
    return value
  }

  /// A varint of three bytes or more (or one cut short by `end`): three bytes here, longer
  /// ones with `Varints.decode`. For packed runs (`packedSum32`), which decode one and two
  /// bytes inline and hand this everything longer; the other reads call `Varints.decode`
  /// themselves, having ruled out one to three bytes.
  ///
  /// Out of line: inlined into the packed loops, these three bytes made the aarch64 board
  /// binary 2 KiB larger (over its 1 MiB limit) and cost 25 instructions more per message
  /// (x86_64 callgrind); three bytes here because a run's values often take three and the
  /// strategy's decoder costs about 45 instructions.
  ///
  /// Static, its arguments in registers: as a mutating method it took the cursor's address,
  /// which kept every cursor in memory (callgrind).
  @inline(never)
  package static func longVarint<Varints: VarintDecoding>(
    _ buffer: UnsafeRawBufferPointer, _ base: UnsafeRawPointer, at offset: Int, end: Int,
    _: Varints.Type
  ) throws(DecodeError) -> (value: UInt64, length: Int) {
    if end &- offset >= 3 {
      let first = base.load(fromByteOffset: offset, as: UInt8.self)
      let second = base.load(fromByteOffset: offset &+ 1, as: UInt8.self)
      let third = base.load(fromByteOffset: offset &+ 2, as: UInt8.self)
      if first >= 0x80 && second >= 0x80 && third < 0x80 {
        return (UInt64(first & 0x7F) | UInt64(second & 0x7F) &<< 7 | UInt64(third) &<< 14, 3)
      }
    }
    return try Varints.decode(buffer, at: offset, end: end)
  }

  /// Reads a varint that is usually long (a timestamp, a wide signed value): straight to
  /// `Varints.decode`, skipping the inline tests for one to three bytes that it would fail; the
  /// same values and errors as `varint`.
  // Inlined: one call per field; `Varints.decode` is the out-of-line part (the optimizer
  // keeps it a call). Called straight, not through `longVarint`'s three-byte test and, on
  // x86_64, LLVM's thunk for its merged specializations: 16 instructions less per message
  // (x86_64 callgrind, messages corpus).
  @inline(__always)
  package mutating func longVarint<Varints: VarintDecoding>(
    _ varints: Varints.Type
  ) throws(DecodeError) -> UInt64 {
    let (value, length) = try Varints.decode(buffer, at: offset, end: end)
    offset &+= length
    return value
  }

  /// Reads a varint that must fit 32 bits, as `ByteReader.readVarint32(using:)`.
  // Inlined: as calls (merged by LLVM into one body with an indirect varint call) these cost
  // more than their bodies (callgrind, messages corpus; see docs/strategies.md).
  @inline(__always)
  package mutating func varint32<Varints: VarintDecoding>(
    _ varints: Varints.Type
  ) throws(DecodeError) -> UInt32 {
    let start = offset
    let value = try varint(varints)
    guard value <= UInt64(UInt32.max) else {
      throw .varint32Overflow(offset: start, value: value)
    }
    return UInt32(truncatingIfNeeded: value)
  }

  /// Reads four little-endian bytes, as `ByteReader.readFixed32()`.
  // Inlined: as calls (merged by LLVM into one body with an indirect varint call) these cost
  // more than their bodies (callgrind, messages corpus; see docs/strategies.md).
  @inline(__always)
  package mutating func fixed32() throws(DecodeError) -> UInt32 {
    guard end &- offset >= 4 else { throw .truncated(offset: offset) }
    defer { offset &+= 4 }
    return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  /// Reads eight little-endian bytes, as `ByteReader.readFixed64()`.
  // Inlined: as calls (merged by LLVM into one body with an indirect varint call) these cost
  // more than their bodies (callgrind, messages corpus; see docs/strategies.md).
  @inline(__always)
  package mutating func fixed64() throws(DecodeError) -> UInt64 {
    guard end &- offset >= 8 else { throw .truncated(offset: offset) }
    defer { offset &+= 8 }
    return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Reads a varint length and skips that many bytes; returns where they start, and how many.
  /// The same checks, in the same order, as `ByteReader.readLengthDelimited(using:)`.
  // Inlined: as calls (merged by LLVM into one body with an indirect varint call) these cost
  // more than their bodies (callgrind, messages corpus; see docs/strategies.md).
  @inline(__always)
  package mutating func lengthDelimited<Varints: VarintDecoding>(
    _ varints: Varints.Type
  ) throws(DecodeError) -> (start: Int, count: Int) {
    let lengthOffset = offset
    let length = try varint(varints)
    let available = end &- offset
    // `available` is never negative, so this one compare also rules out lengths above Int.max.
    guard length <= UInt64(truncatingIfNeeded: available) else {
      guard length <= UInt64(Int.max) else {
        throw .lengthOverflow(offset: lengthOffset, length: length)
      }
      throw .lengthOutOfBounds(offset: lengthOffset, length: length, available: available)
    }
    let start = offset
    offset &+= Int(truncatingIfNeeded: length)
    return (start, Int(truncatingIfNeeded: length))
  }

  /// A cursor over the `count` bytes at `start`, which this one has already skipped.
  package func sub(start: Int, count: Int) -> WireCursor {
    WireCursor(buffer, base: base, offset: start, end: start &+ count)
  }

  /// A view of the `count` bytes at `start`, which `lengthDelimited` has bounds-checked.
  package func view(start: Int, count: Int) -> ByteView {
    ByteView(unchecked: base, from: start, count: count)
  }

  /// A `ByteReader` at this cursor's position, for the reads the fast path leaves to it.
  package var reader: ByteReader { ByteReader(buffer, offset: offset, end: end) }
}
