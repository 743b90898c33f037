import CodecCore

/// What a corpus file holds: varints back to back, or length-delimited messages.
public enum InputFormat: String, Sendable {
  /// Concatenated LEB128 varints, no header.
  case varints
  /// Length-delimited `Telemetry` messages (protobuf's writeDelimitedTo framing).
  case messages
}

/// The bytes a case works on and what a correct decode of them yields.
///
/// For a built-in corpus the expectation comes from the generator; for a user's file it
/// comes from the reference decoder (`loop`), and every other strategy must agree with it.
public struct CorpusInput: Sendable {
  /// The corpus name ("protobuf-skew", or "file:NAME" for `--input`).
  public let name: String
  /// The path of a user's file; nil for built-ins.
  public let path: String?
  /// Varints or messages.
  public let format: InputFormat
  /// The bytes.
  public let bytes: [UInt8]
  /// Values (varints or messages) a correct decode yields.
  public let valueCount: Int
  /// The wrapping UInt64 sum of the values (of message digests for messages).
  public let valueSum: UInt64
  /// FNV-1a 64 of the bytes.
  public let checksum: UInt64
  /// "generator" or "reference-decoder": where `valueCount` and `valueSum` come from.
  public let expectationSource: String

  /// A built-in corpus.
  public init(builtIn corpus: BuiltInCorpus) {
    name = corpus.name
    path = nil
    switch corpus {
    case .varints: format = .varints
    case .messages: format = .messages
    }
    bytes = corpus.bytes
    valueCount = corpus.valueCount
    valueSum = corpus.valueSum
    checksum = corpus.checksum
    expectationSource = "generator"
  }

  /// A user's file, decoded once by the reference strategy to learn its count and sum.
  public init(file path: String, format: InputFormat) throws(InputError) {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try SystemFile.contents(path)
    } catch {
      throw .unreadable(error)
    }
    var summary: (count: Int, sum: UInt64) = (0, 0)
    do throws(DecodeError) {
      summary = try Self.referenceDecode(bytes, format: format)
    } catch {
      throw .invalid(path: path, error)
    }
    self.name = "file:" + Self.baseName(path)
    self.path = path
    self.format = format
    self.bytes = bytes
    valueCount = summary.count
    valueSum = summary.sum
    checksum = FNV1a64.hash(bytes)
    expectationSource = "reference-decoder"
  }

  /// Decodes `bytes` with `loop`, the reference, returning the count and wrapping sum.
  static func referenceDecode(
    _ bytes: [UInt8], format: InputFormat
  ) throws(DecodeError) -> (count: Int, sum: UInt64) {
    switch format {
    case .varints:
      let values = try VarintDecoder.decodeAll(bytes)
      var sum: UInt64 = 0
      for value in values { sum &+= value }
      return (values.count, sum)
    case .messages:
      let messages = try MessageStream.decodeAll(bytes)
      var sum: UInt64 = 0
      for message in messages { sum &+= message.digest }
      return (messages.count, sum)
    }
  }

  private static func baseName(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}

/// A `--input` file the runner cannot use.
public enum InputError: Error, Equatable {
  /// The file could not be read.
  case unreadable(FileError)
  /// The file is not a valid stream of the chosen format.
  case invalid(path: String, DecodeError)

  /// One line for error output.
  public var message: String {
    switch self {
    case .unreadable(let error): return error.message
    case .invalid(let path, let error):
      return "'\(path)' is not a valid input: \(error.description)"
    }
  }
}
