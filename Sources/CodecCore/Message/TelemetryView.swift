/// A `Telemetry` message decoded without allocating: the record fast path.
///
/// Scalar fields are held by value, `label` and `payload` as views into the input, and the
/// repeated fields (`samples`, `readings`) are folded into counts and sums as they stream past —
/// all a benchmark needs to prove it decoded the same message (`digest`), with no String, Array
/// or per-message heap traffic. Valid only while the input it views is alive.
public struct TelemetryView {
  /// Field 1, `uint32`.
  public var deviceID: UInt32 = 0
  /// Field 2, `sint32`.
  public var temperatureCenti: Int32 = 0
  /// Field 3, `uint64`.
  public var timestampMicros: UInt64 = 0
  /// Field 4, `fixed32`.
  public var sequence: UInt32 = 0
  /// Field 5, `double`.
  public var latitude: Double = 0
  /// Field 6, `sint64`.
  public var driftNanos: Int64 = 0
  /// Field 7, `string`: validated UTF-8, not copied.
  public var label: ByteView
  /// Field 8, `bytes`, not copied.
  public var payload: ByteView
  /// How many values field 9 (`samples`) held, over all its packed and unpacked runs.
  public var sampleCount = 0
  /// The wrapping sum of field 9's values.
  public var sampleSum: UInt64 = 0
  /// How many `Reading`s field 10 held.
  public var readingCount = 0
  /// The wrapping sum of the readings' parts of `Telemetry.digest`.
  public var readingSum: UInt64 = 0

  /// An empty message over `buffer`: every field at its proto3 default.
  init(_ buffer: UnsafeRawBufferPointer) {
    label = ByteView(buffer, from: 0, count: 0)
    payload = label
  }

  /// The same value as `Telemetry.digest` of the owned message.
  ///
  /// The label's and payload's bytes are summed eight at a time (`ByteSum`): in the corpus
  /// they are about a fifth of a message's bytes, and a byte loop was a tenth of its decode.
  public var digest: UInt64 {
    var sum = UInt64(deviceID) &+ UInt64(ZigZag.encode(temperatureCenti)) &+ timestampMicros
    sum &+= UInt64(sequence) &+ latitude.bitPattern &+ ZigZag.encode(driftNanos)
    sum &+= ByteSum.of(label.bytes) &+ ByteSum.of(payload.bytes)
    return sum &+ sampleSum &+ readingSum
  }
}
