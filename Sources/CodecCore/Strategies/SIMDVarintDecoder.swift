#if X86Kernels && arch(x86_64)
  import AVX512Kernels
#elseif ARMv7Kernels && arch(arm)
  import ARMv7Kernels
#endif

/// The `simd` strategy, Masked-VByte style: one continuation-bit mask for 64 bytes from vector
/// compares, then many varints per step — 16 one-byte values widened straight from a vector, or
/// a run of 1- and 2-byte varints gathered by one table-driven byte shuffle (pshufb on x86_64,
/// tbl on aarch64; without one, `bitmap`'s pair loops). A varint of 3 or more bytes is extracted from
/// its length in the mask; a block where fewer than 24 varints end (long values, where a
/// shuffle gathers few) is handed whole to `bitmap`'s pair loops.
///
/// Where it wins: short varints (`one-byte`, `two-byte`, `protobuf-skew`), where a step decodes
/// up to 16 values with a handful of instructions, and it stays close to `bitmap` on long ones.
/// What it leans on is the vector unit's shuffle and the table in L1: a core with a slow pshufb
/// or tbl, or a small L1, ranks it lower.
public enum SIMDVarintDecoder: VarintDecoding {
  /// Bytes the fast loop needs readable from a block's start: its own steps start in the first
  /// 48 bytes and read 16, but a block handed to `bitmap` needs that strategy's reach.
  static let blockReach = BitmapVarintDecoder.blockReach

  /// Output room one block may touch: 64 values, plus the unused lanes of the last store.
  static let blockOutput = 64 + 16

  /// Decodes every varint in `input` into `output`, stopping when either runs out; same result
  /// and errors as `VarintDecoder.decodeAll`. Uses the dispatcher's path.
  public static func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    try decodeAll(input, into: output, path: DecodeStrategy.simd.dispatchedPath)
  }

  /// Decodes with `path`: the machine's shuffle (`ssse3`, `neon`), the AVX-512 kernel, or no
  /// shuffle (`portable`). The caller makes sure this CPU supports `path`.
  static func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>,
    path: InstructionPath
  ) throws(DecodeError) -> BulkDecodeResult {
    switch path {
    case .avx512: return try decodeAllAVX512(input, into: output)
    case .ssse3, .neon:
      #if arch(x86_64) || arch(arm64)
        return try decodeAllShuffling(input, into: output)
      #elseif ARMv7Kernels && arch(arm)
        return try decodeAllNEONKernel(input, into: output)
      #else
        // Never reached: neither path is supported here.
        return try decodeAllPortable(input, into: output)
      #endif
    case .scalar, .bmi2, .portable: return try decodeAllPortable(input, into: output)
    }
  }

  /// The `portable` path, for CPUs without a byte shuffle: 64 one-byte varints are widened in
  /// four stores, and any other block goes to `bitmap`'s pair loops.
  ///
  /// Why not the table with a shuffle in plain Swift lanes: it cost more than it gathered (the
  /// armv7 binary in an arm64 guest, guest PMU: 519 instructions per value on `two-byte` and
  /// 370 on `protobuf-skew`, against `loop`'s 118 and 99).
  static func decodeAllPortable(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    var offset = 0
    var count = 0
    if let base = input.baseAddress, let values = output.baseAddress {
      while input.count - offset >= blockReach && output.count - count >= blockOutput {
        let block = base + offset
        let continuations = VectorOps.continuationBits64(block)
        if continuations == 0 {
          widenOneByteBlock(block, values, &count, &offset)
          continue
        }
        guard decodeLongBlock(block, continuations, values, &count, &offset) else { break }
      }
    }
    return try VarintDecoder.decodeAll(input, from: offset, into: output, startingAt: count)
  }

  /// True when fewer than 24 varints end in the block with stop mask `continuations` (over 2.7
  /// bytes each): long values, where a shuffle gathers few and `bitmap`'s pair loops decode them
  /// with fewer instructions.
  // Inlined: one test per block in the drivers' loops (bench, see README).
  @inline(__always)
  static func isLongBlock(_ continuations: UInt64) -> Bool {
    (~continuations).nonzeroBitCount < 24
  }

  /// Widens the 64 one-byte varints at `block` into `values + count` in four stores and moves
  /// `count` and `offset` (or a position in the block) past them.
  // Inlined: one call per block, but it keeps `count` in a register (bench, see README).
  @inline(__always)
  static func widenOneByteBlock(
    _ block: UnsafeRawPointer, _ values: UnsafeMutablePointer<UInt64>, _ count: inout Int,
    _ offset: inout Int
  ) {
    for position in stride(from: 0, to: 64, by: 16) {
      VectorOps.storeWidened(VectorOps.load(block + position), to: values + (count &+ position))
    }
    count &+= 64
    offset &+= 64
  }

  /// Decodes the block at `block` with `bitmap`'s pair loops and moves `offset` past what they
  /// took; false when the reference must take over (nothing decoded, or an irregular varint).
  // Inlined: one call per block, but it keeps `count` in a register (bench, see README).
  @inline(__always)
  static func decodeLongBlock(
    _ block: UnsafeRawPointer, _ continuations: UInt64, _ values: UnsafeMutablePointer<UInt64>,
    _ count: inout Int, _ offset: inout Int
  ) -> Bool {
    let decoded = BitmapVarintDecoder.decodeBlock(
      block, continuations: continuations, into: values, count: &count,
      using: ShiftCompaction.self)
    offset &+= decoded.consumed
    return decoded.consumed != 0 && decoded.isRegular
  }

  /// The `avx512` path: `AVX512VarintKernel` decodes whole 64-byte blocks until the input or
  /// the output runs short or a block holds an irregular varint; the reference decodes the rest
  /// and throws at the irregular varint, so errors are exactly `loop`'s.
  static func decodeAllAVX512(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    #if X86Kernels && arch(x86_64)
      var done = (consumed: 0, produced: 0)
      if let base = input.baseAddress, let values = output.baseAddress {
        done = AVX512VarintKernel.decodeBlocks(
          base, count: input.count, into: values, capacity: output.count)
      }
      return try VarintDecoder.decodeAll(
        input, from: done.consumed, into: output, startingAt: done.produced)
    #else
      // Never reached: `InstructionPath.avx512.isSupported` is false without the kernels.
      return try decodeAllPortable(input, into: output)
    #endif
  }

  #if ARMv7Kernels && arch(arm)
    /// armv7's `neon` path: `NEONVarintKernel` decodes runs of short varints and stops before a
    /// block of long values or a varint of 5 or more bytes, handing back that block's stop mask
    /// (computed with NEON). Here such a varint is extracted from its length and the kernel goes
    /// on after it; such blocks go to `bitmap`'s pair loops, block after block (NEON stop masks),
    /// until a block of short values sends the kernel on again.
    static func decodeAllNEONKernel(
      _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
    ) throws(DecodeError) -> BulkDecodeResult {
      var offset = 0
      var count = 0
      if let base = input.baseAddress, let values = output.baseAddress {
        let table = ShortVarintTable.shared
        kernel: while true {
          let done = NEONVarintKernel.decodeBlocks(
            base + offset, count: input.count - offset, into: values + count,
            capacity: output.count - count, shuffles: table.shuffles, steps: table.steps)
          offset &+= done.consumed
          count &+= done.produced
          var continuations = done.continuations
          while input.count - offset >= blockReach && output.count - count >= blockOutput {
            let block = base + offset
            if !isLongBlock(continuations) {
              // A varint of 5 or more bytes is extracted here; after it (or before a shorter
              // one) the kernel goes on, computing its own mask: short varints likely follow.
              let last = (~continuations).trailingZeroBitCount
              if last >= 4 {
                let decoded = VarintWords.decode(
                  at: block, lastIndex: last, using: ShiftCompaction.self)
                guard decoded.isRegular else { break kernel }
                values[count] = decoded.value
                count &+= 1
                offset &+= last &+ 1
              }
              continue kernel
            }
            guard decodeLongBlock(block, continuations, values, &count, &offset) else {
              break kernel
            }
            continuations = NEONVarintKernel.continuationBits(of: base + offset)
          }
          break
        }
      }
      return try VarintDecoder.decodeAll(input, from: offset, into: output, startingAt: count)
    }
  #endif

  #if arch(x86_64) || arch(arm64)
    /// The `ssse3` and `neon` paths: short runs gathered by the machine's byte shuffle.
    static func decodeAllShuffling(
      _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
    ) throws(DecodeError) -> BulkDecodeResult {
      var offset = 0
      var count = 0
      if let base = input.baseAddress, let values = output.baseAddress {
        let table = ShortVarintTable.shared
        blocks: while input.count - offset >= blockReach && output.count - count >= blockOutput {
          let block = base + offset
          let continuations = VectorOps.continuationBits64(block)
          if isLongBlock(continuations) {
            guard decodeLongBlock(block, continuations, values, &count, &offset) else { break }
            continue
          }
          var position = 0
          while position <= 48 {
            let ahead = continuations &>> UInt64(truncatingIfNeeded: position)
            if ahead & 0xFFFF == 0 {
              // A whole block of one-byte varints: four stores, no more steps. Tested here, not
              // per block, where it cost shorter varints 0.3 instructions each (callgrind).
              if ahead == 0 && position == 0 {
                widenOneByteBlock(block, values, &count, &position)
                break
              }
              VectorOps.storeWidened(VectorOps.load(block + position), to: values + count)
              count &+= 16
              position &+= 16
              continue
            }
            let pattern = Int(truncatingIfNeeded: ahead & 0xFF)
            let step = Int(table.steps[pattern])
            if step & 0xF != 0 {
              table.decode(
                VectorOps.load(block + position), pattern: pattern, into: values + count)
              count &+= step & 0xF
              position &+= step &>> 4
              continue
            }
            // A varint of 3 or more bytes: its last byte is the next stop bit.
            let stops = ~ahead
            let last = stops.trailingZeroBitCount
            // Runs past the block: start the next block on it (or, at the block's start, let
            // the reference report a varint longer than 64 bytes).
            if position + last >= 64 { break }
            let decoded = VarintWords.decode(
              at: block + position, lastIndex: last, using: ShiftCompaction.self)
            guard decoded.isRegular else {
              offset += position
              break blocks
            }
            values[count] = decoded.value
            count &+= 1
            position &+= last &+ 1
          }
          if position == 0 { break }
          offset += position
        }
      }
      return try VarintDecoder.decodeAll(input, from: offset, into: output, startingAt: count)
    }
  #endif
}

extension SIMDVarintDecoder {
  /// Decodes the varint at `offset`, reading no byte at or past `end`; same values and errors
  /// as `VarintDecoder.decode`.
  ///
  /// The varint's length comes from one 16-byte vector's stop mask, its value from the
  /// branch-free extraction; the fast path may look past `end` (never past the buffer) but only
  /// trusts a varint that ends before `end`.
  package static func decode(
    _ buffer: UnsafeRawBufferPointer, at offset: Int, end: Int
  ) throws(DecodeError) -> (value: UInt64, length: Int) {
    if offset >= 0, buffer.count - offset >= VarintWords.window, let base = buffer.baseAddress {
      // No stop byte in 16 bytes gives 16: over-long, left to the reference.
      let last = (~VectorOps.highBits(VectorOps.load(base + offset))).trailingZeroBitCount
      let decoded = VarintWords.decode(
        at: base + offset, lastIndex: last, using: ShiftCompaction.self)
      if decoded.isRegular && last < end - offset { return (decoded.value, last + 1) }
    }
    return try VarintDecoder.decode(buffer, at: offset, end: end)
  }
}
