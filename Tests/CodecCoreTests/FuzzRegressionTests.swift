import Foundation
import Testing

@testable import CodecCore

/// Replays every kept fuzz input (Fuzz/Seeds, Fuzz/Regressions) through the fuzzers' properties.
@Suite("Fuzz inputs replayed")
struct FuzzRegressionTests {
  static let fuzzFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fuzz")

  static func inputs(_ target: String) throws -> [[UInt8]] {
    var inputs: [[UInt8]] = []
    for kind in ["Seeds", "Regressions"] {
      let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() {
        inputs.append(Array(try Data(contentsOf: folder.appendingPathComponent(name))))
      }
    }
    return inputs
  }

  @Test("varint inputs keep every strategy in agreement")
  func varints() throws {
    let inputs = try Self.inputs("varint")
    #expect(!inputs.isEmpty)
    for input in inputs {
      input.withUnsafeBytes { #expect(DecoderConsistency.checkVarints($0) == nil) }
    }
  }

  @Test("message inputs round-trip and keep every strategy in agreement")
  func messages() throws {
    let inputs = try Self.inputs("message")
    #expect(!inputs.isEmpty)
    for input in inputs {
      input.withUnsafeBytes { buffer in
        #expect(DecoderConsistency.checkMessage(buffer) == nil)
        #expect(DecoderConsistency.checkMessageStream(buffer) == nil)
      }
    }
  }

  @Test("non-canonical encodings decode and pass the properties")
  func nonCanonical() throws {
    // Zero written in two and in ten bytes: valid protobuf, not what an encoder writes.
    let twoByteZero: [UInt8] = [0x80, 0x00]
    let tenByteZero = [UInt8](repeating: 0x80, count: 9) + [0x00]
    #expect(try VarintDecoder.decodeAll(twoByteZero + tenByteZero) == [0, 0])
    (twoByteZero + tenByteZero).withUnsafeBytes {
      #expect(DecoderConsistency.checkVarints($0) == nil)
    }
    // device_id = 7 written with a padded varint: decodes, and re-encodes canonically.
    let message: [UInt8] = [0x08, 0x87, 0x80, 0x00]
    #expect(try TelemetryDecoder.decode(message) == Telemetry(deviceID: 7))
    message.withUnsafeBytes { #expect(DecoderConsistency.checkMessage($0) == nil) }
  }
}
