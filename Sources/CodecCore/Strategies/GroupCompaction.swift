import CIntrinsics

/// How a fast path packs a varint's 7-bit groups into its value: three shift-and-merge rounds
/// (`ShiftCompaction`, every CPU) or one BMI2 pext (`PEXTCompaction`).
///
/// A protocol only so `word` and `bitmap` are specialized once per compaction; it is never
/// used as an existential.
protocol GroupCompaction {
  /// The payload bits of the bytes of `word` that `keep` selects (whole bytes, from byte 0),
  /// packed into the low bits.
  static func compact(_ word: UInt64, keeping keep: UInt64) -> UInt64

  /// Compacts two varints' first eight bytes (`words`, under `keep`), ORs in the value bits of
  /// their 9th and 10th bytes (`high`), and stores the two values at `destination`.
  ///
  /// A pair rather than two calls so each compaction takes its best form: one vector register
  /// for the shifts, two scalar pexts (no trip through a vector register) for BMI2.
  static func storePair(
    _ words: (UInt64, UInt64), keeping keep: (UInt64, UInt64), high: (UInt64, UInt64),
    to destination: UnsafeMutablePointer<UInt64>)
}

/// Compaction by shifts and masks: `VarintWords.compact`, the same sequence for every length.
enum ShiftCompaction: GroupCompaction {
  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func compact(_ word: UInt64, keeping keep: UInt64) -> UInt64 {
    VarintWords.compact(word & keep)
  }

  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func storePair(
    _ words: (UInt64, UInt64), keeping keep: (UInt64, UInt64), high: (UInt64, UInt64),
    to destination: UnsafeMutablePointer<UInt64>
  ) {
    let pair =
      VarintWords.compact(SIMD2(words.0, words.1) & SIMD2(keep.0, keep.1))
      | SIMD2(high.0, high.1)
    UnsafeMutableRawPointer(destination).storeBytes(of: pair, as: SIMD2<UInt64>.self)
  }
}

/// Compaction by BMI2 pext under the kept bytes' payload bits: one instruction per value,
/// where `ShiftCompaction` takes about a dozen. Used only when `InstructionPath.bmi2` is
/// supported; the dispatcher picks it only where pext is not microcoded.
enum PEXTCompaction: GroupCompaction {
  /// The 7 payload bits of every byte.
  static let payloadBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func compact(_ word: UInt64, keeping keep: UInt64) -> UInt64 {
    #if arch(x86_64)
      return cintrinsics_pext_bmi2(word, keep & payloadBits)
    #else
      return ShiftCompaction.compact(word, keeping: keep)
    #endif
  }

  // Inlined: as a call it costs more than its body (bench/callgrind, see README).
  @inline(__always)
  static func storePair(
    _ words: (UInt64, UInt64), keeping keep: (UInt64, UInt64), high: (UInt64, UInt64),
    to destination: UnsafeMutablePointer<UInt64>
  ) {
    destination[0] = compact(words.0, keeping: keep.0) | high.0
    destination[1] = compact(words.1, keeping: keep.1) | high.1
  }
}

/// A bulk decoder specialized on a `GroupCompaction` (`word`, `bitmap`): the one place its
/// instruction path picks the compaction.
protocol CompactingDecoder {
  /// Decodes every varint in `input` into `output` with the compaction `Compaction`.
  static func decodeAll<Compaction: GroupCompaction>(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>,
    using compaction: Compaction.Type
  ) throws(DecodeError) -> BulkDecodeResult
}

extension CompactingDecoder {
  /// Decodes with `path`'s compaction: `bmi2` (pext) or anything else (shifts). The caller
  /// makes sure this CPU supports `path`.
  static func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>,
    path: InstructionPath
  ) throws(DecodeError) -> BulkDecodeResult {
    // Only x86_64 has a bmi2 path; elsewhere one specialization keeps the board binary small.
    #if arch(x86_64)
      if path == .bmi2 { return try decodeAll(input, into: output, using: PEXTCompaction.self) }
    #endif
    return try decodeAll(input, into: output, using: ShiftCompaction.self)
  }
}
