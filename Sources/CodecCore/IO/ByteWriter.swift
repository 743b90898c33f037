/// Appends protobuf wire values to a growing byte array.
public struct ByteWriter {
  /// Everything written so far.
  public private(set) var bytes: [UInt8]

  /// Makes an empty writer with room for `capacity` bytes before it grows.
  public init(capacity: Int = 0) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Bytes written so far.
  public var count: Int { bytes.count }

  /// Appends a varint.
  public mutating func writeVarint(_ value: UInt64) { Varint.append(value, to: &bytes) }

  /// Appends a 32-bit value as a varint.
  public mutating func writeVarint(_ value: UInt32) { Varint.append(UInt64(value), to: &bytes) }

  /// Appends a `sint32` in ZigZag form.
  public mutating func writeZigZag(_ value: Int32) { writeVarint(ZigZag.encode(value)) }

  /// Appends a `sint64` in ZigZag form.
  public mutating func writeZigZag(_ value: Int64) { writeVarint(ZigZag.encode(value)) }

  /// Appends four little-endian bytes.
  public mutating func writeFixed32(_ value: UInt32) { FixedWidth.append(value, to: &bytes) }

  /// Appends eight little-endian bytes.
  public mutating func writeFixed64(_ value: UInt64) { FixedWidth.append(value, to: &bytes) }

  /// Appends a `float`.
  public mutating func writeFloat(_ value: Float) { writeFixed32(value.bitPattern) }

  /// Appends a `double`.
  public mutating func writeDouble(_ value: Double) { writeFixed64(value.bitPattern) }

  /// Appends a field tag.
  public mutating func writeTag(_ fieldNumber: UInt32, _ wireType: WireType) {
    writeVarint(FieldTag(fieldNumber: fieldNumber, wireType: wireType).rawValue)
  }

  /// Appends a length prefix and then `payload`.
  public mutating func writeLengthDelimited(_ payload: some Collection<UInt8>) {
    writeVarint(UInt64(payload.count))
    bytes.append(contentsOf: payload)
  }

  /// Appends raw bytes with no prefix.
  public mutating func writeRaw(_ payload: some Sequence<UInt8>) {
    bytes.append(contentsOf: payload)
  }
}
