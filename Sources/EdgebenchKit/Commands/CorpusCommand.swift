import CodecCore

/// `edgebench corpus --write DIR`: writes every built-in corpus as a plain file, plus a
/// manifest, so a program in any language can decode the same bytes and compare its count
/// and sum with edgebench's.
public struct CorpusCommand {
  /// The command's usage text.
  public static let usage = """
    usage: edgebench corpus --write DIR
      write each built-in corpus to DIR/<name>.bin (varints back to back, or length-delimited
      Telemetry messages for 'messages') and DIR/MANIFEST.tsv with one line per corpus:
      name, format, values, bytes, fnv1a64 (hex), value sum (decimal, wrapping UInt64)
      --write DIR   the directory (created if missing); files are written atomically
      --help        this text
    """

  /// The directory to write into.
  public let directory: String

  /// Parses the flags after `corpus`.
  public init(arguments: [String]) throws(UsageError) {
    var cursor = ArgumentCursor(command: "corpus", arguments: arguments)
    var directory: String?
    while let (flag, inline) = try cursor.nextFlag() {
      guard flag == "--write" else { throw .unknownFlag(command: "corpus", flag: flag) }
      directory = try cursor.value(of: flag, inline: inline)
    }
    guard let directory, !directory.isEmpty else { throw .missingValue(flag: "--write") }
    self.directory = directory
  }

  /// Writes the files; returns 1 if any could not be written.
  public func run() -> Int32 {
    var manifest = "# name\tformat\tvalues\tbytes\tfnv1a64\tvalue_sum\n"
    do throws(FileError) {
      try AtomicFile.makeDirectory(directory)
      for name in BuiltInCorpus.names {
        guard let corpus = BuiltInCorpus.named(name) else { continue }
        let input = CorpusInput(builtIn: corpus)
        let path = directory + "/" + name + ".bin"
        var failure: FileError?
        input.bytes.withUnsafeBytes { bytes in
          do throws(FileError) {
            try AtomicFile.write(bytes, to: path)
          } catch {
            failure = error
          }
        }
        if let failure { throw failure }
        manifest +=
          name + "\t" + input.format.rawValue + "\t" + String(input.valueCount) + "\t"
          + String(input.bytes.count) + "\t" + NumberFormat.hex64(input.checksum) + "\t"
          + String(input.valueSum) + "\n"
        Console.out("wrote " + path + " (" + String(input.bytes.count) + " bytes)")
      }
      try AtomicFile.write(manifest, to: directory + "/MANIFEST.tsv")
      Console.out("wrote " + directory + "/MANIFEST.tsv")
    } catch {
      Console.error("edgebench: " + error.message)
      return 1
    }
    return 0
  }
}
