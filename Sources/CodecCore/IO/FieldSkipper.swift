extension ByteReader {
  /// The nesting limit protobuf's reference implementation uses by default.
  public static let defaultDepthLimit = 100

  /// Skips the value of a field whose tag was just read, whatever its wire type.
  ///
  /// Unknown fields must be skipped, not rejected, for a decoder to accept every valid encoding.
  /// Groups are skipped recursively, counting `depth` against `depthLimit`.
  /// - Parameter tagOffset: where the tag started, for the errors a group end can raise.
  public mutating func skipField(
    _ tag: FieldTag, tagOffset: Int, depth: Int = 0, depthLimit: Int = defaultDepthLimit
  ) throws(DecodeError) {
    switch tag.wireType {
    case .varint:
      _ = try readVarint()
    case .fixed64:
      _ = try readFixed64()
    case .fixed32:
      _ = try readFixed32()
    case .lengthDelimited:
      _ = try readLengthDelimited()
    case .startGroup:
      try skipGroup(
        fieldNumber: tag.fieldNumber, tagOffset: tagOffset, depth: depth + 1,
        depthLimit: depthLimit)
    case .endGroup:
      throw .unmatchedEndGroup(offset: tagOffset, fieldNumber: tag.fieldNumber)
    }
  }

  /// Skips fields up to and including the end-group tag for `fieldNumber`.
  private mutating func skipGroup(
    fieldNumber: UInt32, tagOffset: Int, depth: Int, depthLimit: Int
  ) throws(DecodeError) {
    guard depth <= depthLimit else {
      throw .depthLimitExceeded(offset: tagOffset, limit: depthLimit)
    }
    while true {
      // A group that never closes runs into the end of the input.
      guard !isAtEnd else { throw .truncated(offset: tagOffset) }
      let innerOffset = offset
      let inner = try readTag()
      if inner.wireType == .endGroup {
        guard inner.fieldNumber == fieldNumber else {
          throw .unmatchedEndGroup(offset: innerOffset, fieldNumber: inner.fieldNumber)
        }
        return
      }
      try skipField(inner, tagOffset: innerOffset, depth: depth, depthLimit: depthLimit)
    }
  }
}
