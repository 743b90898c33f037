// Object members in one call: `json.field("name", value)` writes the key and the value.
extension JSONWriter {
  /// Writes a string member (null when nil).
  public mutating func field(_ name: String, _ value: String?) {
    key(name)
    string(value)
  }

  /// Writes an integer member (null when nil).
  public mutating func field(_ name: String, _ value: Int?) {
    key(name)
    integer(value)
  }

  /// Writes a double member (null when nil or not finite).
  public mutating func field(_ name: String, _ value: Double?) {
    key(name)
    double(value)
  }

  /// Writes a Boolean member.
  public mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// Writes an unsigned 64-bit member exactly.
  public mutating func field(_ name: String, unsigned value: UInt64) {
    key(name)
    unsigned(value)
  }

  /// Writes a signed 64-bit member exactly (an Int would trap on 32-bit boards for values such
  /// as Unix nanoseconds).
  public mutating func field(_ name: String, signed value: Int64) {
    key(name)
    signed(value)
  }

  /// Writes an object member whose members `body` writes.
  public mutating func object(_ name: String, _ body: (inout JSONWriter) -> Void) {
    key(name)
    beginObject()
    body(&self)
    endObject()
  }

  /// Writes an array member of strings.
  public mutating func field(_ name: String, strings: [String]) {
    key(name)
    beginArray()
    for value in strings { string(value) }
    endArray()
  }
}
