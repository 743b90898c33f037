@testable import CodecCore

/// What one bulk decode produced: the values and counts, or the error.
enum BulkOutcome: Equatable, CustomStringConvertible {
  case decoded(values: [UInt64], result: BulkDecodeResult)
  case failed(DecodeError)

  var description: String {
    switch self {
    case .decoded(let values, let result):
      return
        "decoded \(result.valueCount) values, \(result.bytesConsumed) bytes, last \(values.last ?? 0)"
    case .failed(let error): return "failed: \(error)"
    }
  }
}

/// A bulk decoder under test: a strategy, or one shuffle path of `simd` forced.
enum BulkDecoderUnderTest: CaseIterable, CustomStringConvertible {
  case loop
  case word
  case bitmap
  case simdHardware
  case simdPortable

  var description: String {
    switch self {
    case .loop: return "loop"
    case .word: return "word"
    case .bitmap: return "bitmap"
    case .simdHardware: return "simd(\(VectorPath.current.name))"
    case .simdPortable: return "simd(portable)"
    }
  }

  func decodeAll(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> BulkDecodeResult {
    switch self {
    case .loop: return try DecodeStrategy.loop.decodeAll(input, into: output)
    case .word: return try DecodeStrategy.word.decodeAll(input, into: output)
    case .bitmap: return try DecodeStrategy.bitmap.decodeAll(input, into: output)
    case .simdHardware:
      return try SIMDVarintDecoder.decodeAll(input, into: output, using: HardwareByteShuffle.self)
    case .simdPortable:
      return try SIMDVarintDecoder.decodeAll(input, into: output, using: PortableByteShuffle.self)
    }
  }

  /// Decodes `bytes[0..<length]` into an output of `capacity` values.
  ///
  /// The input is copied into a buffer of exactly `length` bytes, so a read past its end is a
  /// read past an allocation (caught by the address sanitizer when tests run with it).
  func outcome(_ bytes: [UInt8], length: Int? = nil, capacity: Int? = nil) -> BulkOutcome {
    let length = length ?? bytes.count
    let input = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 1)
    defer { input.deallocate() }
    for index in 0..<length { input[index] = bytes[index] }
    let output = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity ?? length)
    defer { output.deallocate() }
    output.initialize(repeating: 0xDEAD)
    do throws(DecodeError) {
      let result = try decodeAll(UnsafeRawBufferPointer(input), into: output)
      return .decoded(values: Array(output[0..<result.valueCount]), result: result)
    } catch {
      return .failed(error)
    }
  }
}

/// Varint bytes drawn from a mix of lengths, seeded.
func mixedVarints(count: Int, seed: UInt64) -> [UInt8] {
  var random = SplitMix64(seed: seed)
  var bytes: [UInt8] = []
  for _ in 0..<count {
    let distribution = VarintDistribution.allCases[Int(random.next(below: 5))]
    Varint.append(distribution.nextValue(&random), to: &bytes)
  }
  return bytes
}
