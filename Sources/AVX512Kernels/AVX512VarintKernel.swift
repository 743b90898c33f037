#if X86Kernels && arch(x86_64)
  import CIntrinsics

  /// The `simd` strategy's AVX-512 path: whole 64-byte blocks of varints, eight varints per step
  /// gathered by byte permutes (VBMI) from their start positions (compressed by VBMI2) and
  /// packed in eight 64-bit lanes at once.
  ///
  /// This module is compiled with AVX-512 F/BW/VBMI/VBMI2 enabled (Package.swift), so Swift's
  /// own `SIMD64`/`SIMD8` arithmetic here becomes AVX-512 code; nothing else in the package is.
  /// CodecCore calls it only after CPUID said the CPU has those instruction sets. It knows
  /// nothing of errors: it stops before any block it does not decode, and its caller's reference
  /// decoder takes over there.
  public enum AVX512VarintKernel {
    /// Decodes the varints of whole 64-byte blocks from `input` (`count` bytes) into `output`
    /// (room for `capacity` values) and returns the bytes and values done.
    ///
    /// Stops when fewer than 64 bytes or 64 output slots are left, or before a block holding a
    /// varint of more than 10 bytes, a 10th byte above 1, or no varint end at all. It writes
    /// garbage into up to 7 slots past the values it reports, never past `capacity`.
    ///
    /// `@export(interface)`: compiled in this module only. Embedded Swift (and cross-module
    /// optimization) would otherwise copy the body into CodecCore, which is built without
    /// AVX-512 and does not see the AVX-512 wrappers at all.
    @export(interface)
    public static func decodeBlocks(
      _ input: UnsafeRawPointer, count: Int, into output: UnsafeMutablePointer<UInt64>,
      capacity: Int
    ) -> (consumed: Int, produced: Int) {
      var offset = 0
      var produced = 0
      let constants = BlockConstants()
      while count - offset >= 64 && capacity - produced >= 64 {
        let block = input + offset
        let bytes = block.loadUnaligned(as: SIMD64<UInt8>.self)
        let continuations = cintrinsics_high_bits64(bytes)
        if continuations == 0 {
          // Sixty-four one-byte varints: widened straight from the input, eight at a time.
          for group in 0..<8 {
            let eight = block.loadUnaligned(fromByteOffset: 8 &* group, as: SIMD8<UInt8>.self)
            UnsafeMutableRawPointer(output + produced + 8 &* group).storeBytes(
              of: SIMD8<UInt64>(truncatingIfNeeded: eight), as: SIMD8<UInt64>.self)
          }
          offset &+= 64
          produced &+= 64
          continue
        }
        let stops = ~continuations
        // Runs of continuation bits: 8 in a row start a varint of 9 or 10 bytes, 10 an
        // over-long one (which only the reference may judge), none at all no varint end.
        let run2 = continuations & continuations &>> 1
        let run4 = run2 & run2 &>> 2
        let run8 = run4 & run4 &>> 4
        if stops == 0 || run8 & run2 &>> 8 != 0 { break }
        // Varints that end in the block; the one running past it starts the next block.
        let complete = UInt64.max &>> UInt64(stops.leadingZeroBitCount)
        let starts = (stops &<< 1 | 1) & complete
        if run8 == 0 {
          decodeShort(bytes, starts: starts, stops: stops, into: output + produced, constants)
        } else {
          guard decodeLong(bytes, starts: starts, stops: stops, into: output + produced, constants)
          else { break }
        }
        offset &+= 64 &- stops.leadingZeroBitCount
        produced &+= stops.nonzeroBitCount
      }
      return (offset, produced)
    }

    /// The index vectors every block uses, made once per call so they stay in registers.
    ///
    /// Built from 64-bit lanes and byte vectors moved by 64-bit adds: Swift's `SIMD64<UInt8>`
    /// has no vector form of `init(repeating:)` or of scalar operands, which become 64-lane
    /// loops; vector-with-vector operations and 64-bit lanes compile to single instructions.
    struct BlockConstants {
      /// Byte i holds i: compressed under a mask, the positions of the mask's bits.
      let positions: SIMD64<UInt8>
      /// Byte i holds i / 8: which of eight varints lane byte i belongs to.
      let laneOfByte: SIMD64<UInt8>
      /// Byte i holds i % 8: which byte of its varint lane byte i is.
      let byteInLane: SIMD64<UInt8>
      /// Every byte 8: moves `laneOfByte` to the next eight varints, and an index to the 9th
      /// byte.
      let eights: SIMD64<UInt8>

      // Inlined: built once per call, folded into constant loads (bench, see README).
      @inline(__always)
      init() {
        let ramp: UInt64 = 0x0706_0504_0302_0100
        let step: UInt64 = 0x0808_0808_0808_0808
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lanes = SIMD8<UInt64>(0, 1, 2, 3, 4, 5, 6, 7)
        positions = unsafeBitCast(SIMD8(repeating: ramp) &+ lanes &* step, to: SIMD64<UInt8>.self)
        laneOfByte = unsafeBitCast(lanes &* ones, to: SIMD64<UInt8>.self)
        byteInLane = unsafeBitCast(SIMD8<UInt64>(repeating: ramp), to: SIMD64<UInt8>.self)
        eights = unsafeBitCast(SIMD8<UInt64>(repeating: step), to: SIMD64<UInt8>.self)
      }
    }

    /// Decodes the block's complete varints when all are 1...8 bytes long, eight per step.
    // Inlined: one call per block, and its constants stay in registers (bench, see README).
    @inline(__always)
    static func decodeShort(
      _ bytes: SIMD64<UInt8>, starts: UInt64, stops: UInt64,
      into output: UnsafeMutablePointer<UInt64>, _ constants: BlockConstants
    ) {
      let first = cintrinsics_compress_bytes(starts, constants.positions)
      let last = cintrinsics_compress_bytes(stops, constants.positions)
      var lane = constants.laneOfByte
      let inLane = constants.byteInLane
      var stored = 0
      let total = stops.nonzeroBitCount
      while stored < total {
        let start = cintrinsics_permute_bytes(first, lane)
        let end = cintrinsics_permute_bytes(last, lane)
        let index = start &+ inLane
        let words = cintrinsics_permute_bytes_masked(
          cintrinsics_at_most_bytes(index, end), bytes, index)
        UnsafeMutableRawPointer(output + stored).storeBytes(
          of: compact(unsafeBitCast(words, to: SIMD8<UInt64>.self)), as: SIMD8<UInt64>.self)
        lane &+= constants.eights
        stored &+= 8
      }
    }

    /// Decodes the block's complete varints when some are 9 or 10 bytes long: as
    /// `decodeShort`, with the 9th and 10th bytes gathered into a second vector and merged
    /// under masks. False, with garbage written, when a 10th byte is above 1 (an overflow the
    /// reference must report).
    // Inlined: one call per block, and its constants stay in registers (bench, see README).
    @inline(__always)
    static func decodeLong(
      _ bytes: SIMD64<UInt8>, starts: UInt64, stops: UInt64,
      into output: UnsafeMutablePointer<UInt64>, _ constants: BlockConstants
    ) -> Bool {
      let first = cintrinsics_compress_bytes(starts, constants.positions)
      let last = cintrinsics_compress_bytes(stops, constants.positions)
      var lane = constants.laneOfByte
      let inLane = constants.byteInLane
      // Bytes 0 and 1 of every lane: the 9th and 10th bytes' places.
      let tailBytes: UInt64 = 0x0303_0303_0303_0303
      var overflow = SIMD8<UInt64>()
      var stored = 0
      let total = stops.nonzeroBitCount
      while stored < total {
        let start = cintrinsics_permute_bytes(first, lane)
        let end = cintrinsics_permute_bytes(last, lane)
        let index = start &+ inLane
        let words = cintrinsics_permute_bytes_masked(
          cintrinsics_at_most_bytes(index, end), bytes, index)
        let tailIndex = index &+ constants.eights
        let tails = unsafeBitCast(
          cintrinsics_permute_bytes_masked(
            cintrinsics_at_most_bytes(tailIndex, end) & tailBytes, bytes, tailIndex),
          to: SIMD8<UInt64>.self)
        overflow |= tails &>> 9
        let value =
          compact(unsafeBitCast(words, to: SIMD8<UInt64>.self)) | (tails & 0x7F) &<< 56
          | (tails &>> 8) &<< 63
        UnsafeMutableRawPointer(output + stored).storeBytes(of: value, as: SIMD8<UInt64>.self)
        lane &+= constants.eights
        stored &+= 8
      }
      return cintrinsics_nonzero_lanes(overflow) == 0
    }

    /// The 7-bit groups of each lane's bytes packed into its low 56 bits: pairs, then quads,
    /// then halves, over all eight lanes at once (CodecCore's `VarintWords.compact`, on eight
    /// lanes; the and-or pairs become vpternlogq).
    // Inlined: as a call it costs more than its body (bench/callgrind, see README).
    @inline(__always)
    static func compact(_ words: SIMD8<UInt64>) -> SIMD8<UInt64> {
      var bits = (words & 0x007F_007F_007F_007F) | ((words &>> 1) & 0x3F80_3F80_3F80_3F80)
      bits = (bits & 0x0000_3FFF_0000_3FFF) | ((bits &>> 2) & 0x0FFF_C000_0FFF_C000)
      return (bits & 0x0000_0000_0FFF_FFFF) | ((bits &>> 4) & 0x00FF_FFFF_F000_0000)
    }
  }
#endif
