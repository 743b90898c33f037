/// Why decoding failed, and the byte offset in the input where it did.
///
/// Offsets are counted from the start of the buffer handed to the decoder, so a caller can point
/// at the exact byte of a corrupt file. Every decoder in CodecCore throws this type (typed throws,
/// which Embedded Swift requires) and never traps on malformed input.
public enum DecodeError: Error, Equatable, Sendable {
  /// The input ends inside the value that starts at `offset`.
  case truncated(offset: Int)
  /// The varint at `offset` has a continuation bit on its 10th byte: longer than any 64-bit value.
  case varintTooLong(offset: Int)
  /// The varint at `offset` has a 10th byte above 1: its value does not fit in 64 bits.
  case varintOverflow(offset: Int)
  /// The varint at `offset` holds `value`, which does not fit the 32-bit type asked for.
  case varint32Overflow(offset: Int, value: UInt64)
  /// The length prefix at `offset` claims `length` bytes, but only `available` remain.
  case lengthOutOfBounds(offset: Int, length: UInt64, available: Int)
  /// The length prefix at `offset` is larger than `Int.max`.
  case lengthOverflow(offset: Int, length: UInt64)
  /// The tag at `offset` names wire type `wireType`, which protobuf does not define (6 or 7).
  case invalidWireType(offset: Int, wireType: UInt8)
  /// The tag at `offset` names field number 0, which protobuf reserves.
  case fieldNumberZero(offset: Int)
  /// The tag at `offset` names a field number above 2^29 - 1.
  case fieldNumberOutOfRange(offset: Int, fieldNumber: UInt64)
  /// An end-group tag at `offset` closes no open group, or the wrong one.
  case unmatchedEndGroup(offset: Int, fieldNumber: UInt32)
  /// Nesting at `offset` goes deeper than `limit` messages or groups.
  case depthLimitExceeded(offset: Int, limit: Int)
  /// The string field starting at `offset` is not valid UTF-8.
  case invalidUTF8(offset: Int)
}

extension DecodeError: CustomStringConvertible {
  /// One line saying what went wrong and where, for error output.
  @_optimize(size)  // cold: error messages, so bytes matter more than cycles
  public var description: String {
    switch self {
    case .truncated(let offset):
      return "input ends inside the value at byte \(offset)"
    case .varintTooLong(let offset):
      return "varint at byte \(offset) is longer than 10 bytes"
    case .varintOverflow(let offset):
      return "varint at byte \(offset) overflows 64 bits (10th byte above 1)"
    case .varint32Overflow(let offset, let value):
      return "varint at byte \(offset) holds \(value), which does not fit 32 bits"
    case .lengthOutOfBounds(let offset, let length, let available):
      return "length at byte \(offset) is \(length) but only \(available) bytes remain"
    case .lengthOverflow(let offset, let length):
      return "length at byte \(offset) is \(length), larger than Int.max"
    case .invalidWireType(let offset, let wireType):
      return "tag at byte \(offset) has invalid wire type \(wireType)"
    case .fieldNumberZero(let offset):
      return "tag at byte \(offset) has field number 0"
    case .fieldNumberOutOfRange(let offset, let fieldNumber):
      return "tag at byte \(offset) has field number \(fieldNumber), above 536870911"
    case .unmatchedEndGroup(let offset, let fieldNumber):
      return "end-group tag for field \(fieldNumber) at byte \(offset) closes no open group"
    case .depthLimitExceeded(let offset, let limit):
      return "nesting at byte \(offset) is deeper than the limit of \(limit)"
    case .invalidUTF8(let offset):
      return "string at byte \(offset) is not valid UTF-8"
    }
  }
}
