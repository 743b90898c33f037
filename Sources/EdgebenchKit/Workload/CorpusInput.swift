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

  /// An input from its parts (tests use it to make corrupt corpora).
  init(
    name: String, path: String?, format: InputFormat, bytes: [UInt8], valueCount: Int,
    valueSum: UInt64, checksum: UInt64, expectationSource: String
  ) {
    self.name = name
    self.path = path
    self.format = format
    self.bytes = bytes
    self.valueCount = valueCount
    self.valueSum = valueSum
    self.checksum = checksum
    self.expectationSource = expectationSource
  }

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
    var bytes: [UInt8] = []
    let limit = Self.sizeLimit()
    var tooLarge = false
    do throws(FileError) {
      try SystemFile.forEachChunk(of: path) { chunk in
        if tooLarge { return }
        if let limit, bytes.count + chunk.count > limit {
          tooLarge = true
          bytes = []
          return
        }
        bytes.append(contentsOf: chunk)
      }
    } catch {
      throw .unreadable(error)
    }
    if tooLarge, let limit { throw .tooLarge(path: path, limitBytes: limit) }
    guard !bytes.isEmpty else { throw .empty(path: path) }
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

  /// The largest file the runner reads: a one-byte-per-value corpus needs 8 bytes of decoded
  /// values per input byte besides the bytes themselves, so a tenth of the memory available.
  /// Nil when /proc/meminfo is unreadable.
  static func sizeLimit() -> Int? {
    guard let text = SystemFile.text("/proc/meminfo"),
      let available = TextScan.integerField("MemAvailable", in: text)
    else { return nil }
    // Capped before the multiplication: on 32-bit targets (armv7, wasm32) Int is 32 bits, and
    // a few GiB of kB times 1024 overflowed and trapped on every --input.
    return min(available, Int.max / 1024) * 1024 / 10
  }

  /// Decodes `bytes` with the reference decoders, returning the count and wrapping sum;
  /// nothing but the running sum is kept, so a large file costs no extra memory.
  static func referenceDecode(
    _ bytes: [UInt8], format: InputFormat
  ) throws(DecodeError) -> (count: Int, sum: UInt64) {
    var outcome: Result<DecodeTally, DecodeError> = .failure(.truncated(offset: 0))
    bytes.withUnsafeBytes { raw in
      outcome = Result { () throws(DecodeError) -> DecodeTally in
        switch format {
        case .varints: return try DecodeStrategy.loop.tallyVarints(raw)
        case .messages: return try DecodeStrategy.loop.tallyMessages(raw)
        }
      }
    }
    let tally = try outcome.get()
    return (tally.count, tally.sum)
  }

  /// The varints as an array of exactly `valueCount` values (empty for messages).
  func decodedValues() -> [UInt64] {
    guard format == .varints else { return [] }
    return [UInt64](unsafeUninitializedCapacity: valueCount) { output, initialized in
      output.initialize(repeating: 0)
      initialized = valueCount
      bytes.withUnsafeBytes { raw in
        _ = try? VarintDecoder.decodeAll(raw, into: output)
      }
    }
  }

  /// The messages as values (empty for varints).
  func decodedMessages() -> [Telemetry] {
    guard format == .messages else { return [] }
    return (try? MessageStream.decodeAll(bytes)) ?? []
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
  /// The file holds no bytes: there is nothing to decode, so nothing to time.
  case empty(path: String)
  /// The file is larger than the memory the runner may use for it.
  case tooLarge(path: String, limitBytes: Int)

  /// One line for error output.
  public var message: String {
    switch self {
    case .unreadable(let error):
      switch error {
      case .open(_, let system): return "cannot open it: " + system.description
      case .read(_, let system): return "cannot read it: " + system.description
      default: return error.message
      }
    case .invalid(_, let error):
      return "not a valid stream: " + error.description
    case .empty:
      return "the file is empty: there are no values to decode, so nothing to time"
    case .tooLarge(_, let limit):
      return "the file is larger than " + String(limit / (1024 * 1024))
        + " MiB, a tenth of the memory available (its decoded values need up to 8 bytes per "
        + "input byte): decode a part of it"
    }
  }
}
