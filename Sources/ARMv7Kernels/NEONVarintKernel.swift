#if ARMv7Kernels && arch(arm)
  import CIntrinsics

  /// The `simd` strategy's NEON path on 32-bit Arm: the table-driven runs of 1- and 2-byte
  /// varints (CodecCore's `ShortVarintTable`) gathered by vtbl, one-byte runs widened by vmovl,
  /// 3- and 4-byte varints packed in 32-bit words.
  ///
  /// This module alone is compiled with `-mfpu=neon` (Package.swift), so Swift's own `SIMD`
  /// arithmetic here becomes NEON code; the rest of the armv7 binary stays VFP-only, and
  /// CodecCore calls this only after HWCAP said the CPU has NEON. It knows nothing of errors or
  /// of long varints: it stops before them and its caller takes over there.
  public enum NEONVarintKernel {
    /// Decodes the varints of 64-byte blocks from `input` (`count` bytes) into `output` (room
    /// for `capacity` values) with the table `shuffles`/`steps`, and returns the bytes and
    /// values done and the stop mask of the 64 bytes where it stopped (all ones when fewer
    /// than 64 are left), so the caller need not compute it again without NEON.
    ///
    /// Stops when fewer than 64 bytes or 80 output slots are left, before a block where fewer
    /// than 24 varints end (long values, for `bitmap`'s pair loops), and before a varint of 5
    /// or more bytes. Writes garbage into up to 7 slots past the values it reports, never past
    /// `capacity`.
    ///
    /// `@export(interface)`: compiled in this module only. Embedded Swift would otherwise copy
    /// the body into CodecCore, which is built without NEON and does not see its wrappers.
    @export(interface)
    public static func decodeBlocks(
      _ input: UnsafeRawPointer, count: Int, into output: UnsafeMutablePointer<UInt64>,
      capacity: Int, shuffles: UnsafePointer<SIMD16<UInt8>>, steps: UnsafePointer<UInt8>
    ) -> (consumed: Int, produced: Int, continuations: UInt64) {
      var offset = 0
      var produced = 0
      blocks: while count - offset >= 64 && capacity - produced >= 80 {
        let block = input + offset
        let continuations = cintrinsics_high_bits64(block)
        if (~continuations).nonzeroBitCount < 24 { return (offset, produced, continuations) }
        var position = 0
        while position <= 48 {
          let ahead = continuations &>> UInt64(truncatingIfNeeded: position)
          let bytes = block.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
          if ahead & 0xFFFF == 0 {
            storeWidened(bytes, to: output + produced)
            produced &+= 16
            position &+= 16
            continue
          }
          let pattern = Int(truncatingIfNeeded: ahead & 0xFF)
          let step = Int(truncatingIfNeeded: steps[pattern])
          if step & 0xF != 0 {
            let gathered = cintrinsics_shuffle_neon(bytes, shuffles[pattern])
            let lanes = unsafeBitCast(gathered, to: SIMD8<UInt16>.self)
            // Low byte's 7 bits, then the high byte's 7 bits moved down one place.
            let values = (lanes & 0x007F) | ((lanes &>> 1) & 0x3F80)
            UnsafeMutableRawPointer(output + produced).storeBytes(
              of: SIMD8<UInt64>(truncatingIfNeeded: values), as: SIMD8<UInt64>.self)
            produced &+= step & 0xF
            position &+= step &>> 4
            continue
          }
          // A varint of 3 or more bytes: its last byte is the next stop bit.
          let last = (~ahead).trailingZeroBitCount
          // Runs past the block (the shift brought in zeros, which read as stops): start the
          // next block on it.
          if position &+ last >= 64 { break }
          if last > 3 {
            offset &+= position
            break blocks
          }
          output[produced] = UInt64(
            packed(block.loadUnaligned(fromByteOffset: position, as: UInt32.self), lastIndex: last))
          produced &+= 1
          position &+= last &+ 1
        }
        offset &+= position
      }
      return (offset, produced, count - offset >= 64 ? cintrinsics_high_bits64(input + offset) : ~0)
    }

    /// Bit i set when byte i of the 64 bytes at `block` has its continuation bit set: NEON's
    /// mask for CodecCore, whose own costs eight 64-bit multiplies on a 32-bit core.
    ///
    /// `@export(interface)`: compiled in this module only (see `decodeBlocks`).
    @export(interface)
    public static func continuationBits(of block: UnsafeRawPointer) -> UInt64 {
      cintrinsics_high_bits64(block)
    }

    /// The value of the 3- or 4-byte varint in the low bytes of `word` (little-endian), whose
    /// last byte is byte `lastIndex`: four 7-bit groups packed in 32-bit arithmetic.
    // Inlined: as a call it costs more than its body (bench, see README).
    @inline(__always)
    static func packed(_ word: UInt32, lastIndex: Int) -> UInt32 {
      let word = UInt32(littleEndian: word)
      let value =
        (word & 0x7F) | (word &>> 1 & 0x3F80) | (word &>> 2 & 0x1F_C000)
        | (word &>> 3 & 0xFE0_0000)
      return lastIndex == 2 ? value & 0x1F_FFFF : value
    }

    /// Stores the 16 bytes of `bytes` as 16 `UInt64` values at `destination`.
    // Inlined: as a call it costs more than its body (bench, see README).
    @inline(__always)
    static func storeWidened(_ bytes: SIMD16<UInt8>, to destination: UnsafeMutablePointer<UInt64>) {
      let raw = UnsafeMutableRawPointer(destination)
      raw.storeBytes(of: SIMD8<UInt64>(truncatingIfNeeded: bytes.lowHalf), as: SIMD8<UInt64>.self)
      raw.storeBytes(
        of: SIMD8<UInt64>(truncatingIfNeeded: bytes.highHalf), toByteOffset: 64,
        as: SIMD8<UInt64>.self)
    }
  }
#endif
