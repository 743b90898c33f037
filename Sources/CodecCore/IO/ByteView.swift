/// A zero-copy view of some bytes of a decoder's input, such as a `bytes` or `string` field.
///
/// Valid only while the input it views is alive: copy it (`copyBytes()`, `validatedString()`)
/// to keep it.
public struct ByteView: RandomAccessCollection {
  /// The viewed bytes.
  package let bytes: UnsafeRawBufferPointer
  /// Where the view starts in the decoder's input.
  public let offset: Int

  /// Views `count` bytes of `buffer` starting at `offset`; the caller has checked the bounds.
  init(_ buffer: UnsafeRawBufferPointer, from offset: Int, count: Int) {
    if count == 0 {
      self.bytes = UnsafeRawBufferPointer(start: nil, count: 0)
    } else {
      self.bytes = UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + count)])
    }
    self.offset = offset
  }

  /// Views `count` bytes at `offset` from `base`, without slicing (which checks the bounds
  /// again): for the record fast path, whose cursor has checked them.
  package init(unchecked base: UnsafeRawPointer, from offset: Int, count: Int) {
    self.bytes = UnsafeRawBufferPointer(start: count == 0 ? nil : base + offset, count: count)
    self.offset = offset
  }

  /// The first position, always 0.
  public var startIndex: Int { 0 }
  /// One past the last position.
  public var endIndex: Int { bytes.count }
  /// The byte at `position`.
  public subscript(position: Int) -> UInt8 { bytes[position] }

  /// A copy of the bytes.
  public func copyBytes() -> [UInt8] { Array(bytes) }

  /// The bytes as a String, or `invalidUTF8` at this view's offset.
  public func validatedString() throws(DecodeError) -> String {
    guard let string = String(validating: bytes, as: UTF8.self) else {
      throw .invalidUTF8(offset: offset)
    }
    return string
  }
}
