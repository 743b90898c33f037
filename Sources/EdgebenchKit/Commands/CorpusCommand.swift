import CPerf
import CodecCore

/// `edgebench corpus --write DIR`: writes every built-in corpus as a plain file, plus a
/// manifest, so a program in any language can decode the same bytes and compare its count
/// and sum with edgebench's.
public struct CorpusCommand {
  /// The command line.
  public static let syntax = CommandSyntax(
    name: "corpus",
    summary: "write the built-in corpora as files: corpus --write DIR",
    details: "each built-in corpus to DIR/<name>.bin (varints back to back, or length-delimited "
      + "Telemetry messages for 'messages') and DIR/MANIFEST.tsv with one line per corpus: name, format, values, bytes, fnv1a64 (hex), value sum (decimal, "
      + "wrapping UInt64)",
    flags: [
      Flag(
        "--write", .text, placeholder: "DIR",
        help: "the directory (created if missing; required): files are written atomically, "
          + "links in it followed, devices and FIFOs in it written in place")
    ])

  /// The directory to write into.
  public let directory: String

  /// Parses the flags after `corpus`.
  public init(arguments: [String]) throws(UsageError) {
    let directory = try Self.syntax.parse(arguments).text("--write")
    guard let directory, !directory.isEmpty else { throw .missingValue(flag: "--write") }
    self.directory = directory
  }

  /// Writes the files by the output policy (see `OutputTarget`); returns 1 if any could not
  /// be written. A `--write` that is not a directory, or a file in it that the policy refuses
  /// (a block device, a directory), is a usage error found before anything is written.
  public func run() throws(UsageError) -> Int32 {
    try checkDirectory()
    var targets: [(name: String, path: String, target: OutputTarget)] = []
    do throws(FileError) {
      try AtomicFile.makeDirectory(directory)
    } catch {
      Console.error("edgebench: " + error.message)
      return 1
    }
    for name in BuiltInCorpus.names + [Self.manifestName] {
      let path = directory + "/" + name + (name == Self.manifestName ? "" : ".bin")
      targets.append((name, path, try RunPreflight.outputTarget(path, flag: "--write")))
    }
    var manifest = "# name\tformat\tvalues\tbytes\tfnv1a64\tvalue_sum\n"
    do throws(FileError) {
      for (name, path, target) in targets {
        guard let corpus = BuiltInCorpus.named(name) else {
          try OutputFile.write(manifest, to: target)
          Console.out("wrote " + path)
          continue
        }
        let input = CorpusInput(builtIn: corpus)
        var failure: FileError?
        input.bytes.withUnsafeBytes { bytes in
          do throws(FileError) {
            try OutputFile.write(bytes, to: target)
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
    } catch {
      Console.error("edgebench: " + error.message)
      return 1
    }
    return 0
  }

  private static let manifestName = "MANIFEST.tsv"

  /// `--write` must be a directory, or a path where one can be made.
  private func checkDirectory() throws(UsageError) {
    let kind: FileKind
    do throws(FileError) {
      kind = try FileKind.of(directory, followingLinks: true)
    } catch {
      if case .open(_, let system) = error, system == .noSuchFile { return }
      throw .invalidValue(flag: "--write", value: directory, reason: error.message)
    }
    guard kind == .directory else {
      throw .invalidValue(
        flag: "--write", value: directory,
        reason: directory + " is " + kind.description + ", not a directory")
    }
  }
}
