/// A way to decode varints and message streams, selectable by name on the command line.
///
/// An enum rather than a protocol existential: Embedded Swift has no `any` of non-class
/// protocols, and a `switch` keeps each strategy's loop specialized. Every strategy must return
/// the same values and throw the same errors, at the same offsets, as `loop`.
///
/// The strategies differ in which part of the CPU they lean on — branch prediction (`loop`),
/// load-to-use latency (`word`), integer throughput (`bitmap`), vector shuffles (`simd`) — so
/// that their ranking can change from one CPU to another.
public enum DecodeStrategy: SelectableByName, Sendable {
  /// The reference: one byte at a time (`VarintDecoder`), messages into owned `Telemetry` values.
  case loop
  /// One varint per step from an 8-byte load and a trailing-zero count (`WordVarintDecoder`).
  case word
  /// A stop-bit bitmap of 64 bytes, then two varints per vector register (`BitmapVarintDecoder`).
  case bitmap
  /// Masked-VByte: 16-byte vectors and a table-driven shuffle, `bitmap` for long-value blocks
  /// (`SIMDVarintDecoder`).
  case simd

  /// The name users type and results record.
  public var name: String {
    switch self {
    case .loop: return "loop"
    case .word: return "word"
    case .bitmap: return "bitmap"
    case .simd: return "simd"
    }
  }

  /// Where the strategy should win, and why, in one line.
  public var summary: String {
    switch self {
    case .loop:
      return "reference byte-at-a-time loop; a branch per byte, so mixed lengths mispredict"
    case .word:
      return "8-byte load + trailing zeros; no length branch, but each value waits on the last"
    case .bitmap:
      return "stop-bit bitmap of 64 bytes, varints in pairs; best on long and mixed lengths"
    case .simd:
      return "vector mask + table shuffle, up to 16 values a step; best on 1-2 byte values"
    }
  }

  /// The instructions this strategy runs on this machine, chosen at run time
  /// (`dispatchedPath`): "bmi2" or "scalar" for `word` and `bitmap`, "ssse3", "neon" or
  /// "portable" for `simd`.
  public var isaPath: String { dispatchedPath.name }

  /// Decodes the varint at `offset`, reading no byte at or past `end`.
  ///
  /// The one-at-a-time form, as a message decoder uses it. `bitmap` needs many varints to
  /// gain anything, so alone it decodes as `word` does.
  package func decode(
    _ buffer: UnsafeRawBufferPointer, at offset: Int, end: Int
  ) throws(DecodeError) -> (value: UInt64, length: Int) {
    switch self {
    case .loop: return try VarintDecoder.decode(buffer, at: offset, end: end)
    case .word, .bitmap: return try WordVarintDecoder.decode(buffer, at: offset, end: end)
    case .simd: return try SIMDVarintDecoder.decode(buffer, at: offset, end: end)
    }
  }

  /// Decodes every varint in `input` into `output`, stopping when either runs out.
  public func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    try decodeAll(input, into: output, path: dispatchedPath)
  }

  /// Decodes every varint in `input` into `output` on `path`, which must be one of
  /// `supportedPaths` (the caller checks: a path this CPU lacks would trap on its first
  /// instruction).
  package func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>,
    path: InstructionPath
  ) throws(DecodeError) -> BulkDecodeResult {
    switch self {
    case .loop: return try VarintDecoder.decodeAll(input, into: output)
    case .word: return try WordVarintDecoder.decodeAll(input, into: output, path: path)
    case .bitmap: return try BitmapVarintDecoder.decodeAll(input, into: output, path: path)
    case .simd: return try SIMDVarintDecoder.decodeAll(input, into: output, path: path)
    }
  }
}
