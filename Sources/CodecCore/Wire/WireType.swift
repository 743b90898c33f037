/// The low three bits of a protobuf tag: how the field's value is laid out on the wire.
public enum WireType: UInt8, Sendable {
  /// A LEB128 varint (int32, uint64, sint32, bool, enum, ...).
  case varint = 0
  /// Eight little-endian bytes (fixed64, sfixed64, double).
  case fixed64 = 1
  /// A varint length followed by that many bytes (string, bytes, messages, packed repeated).
  case lengthDelimited = 2
  /// Start of a group (deprecated, still skipped when unknown).
  case startGroup = 3
  /// End of a group.
  case endGroup = 4
  /// Four little-endian bytes (fixed32, sfixed32, float).
  case fixed32 = 5
}

/// A decoded field key: field number and wire type.
public struct FieldTag: Equatable, Sendable {
  /// The field number, 1 through 2^29 - 1.
  public var fieldNumber: UInt32
  /// How the value that follows is laid out.
  public var wireType: WireType

  /// Makes a tag from its parts.
  public init(fieldNumber: UInt32, wireType: WireType) {
    self.fieldNumber = fieldNumber
    self.wireType = wireType
  }

  /// The tag as the varint protobuf writes: `fieldNumber << 3 | wireType`.
  public var rawValue: UInt32 { fieldNumber << 3 | UInt32(wireType.rawValue) }

  /// The largest field number protobuf allows.
  public static let maxFieldNumber: UInt32 = (1 << 29) - 1
}
