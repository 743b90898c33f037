/// The runner's entry: picks the command, parses its flags, runs it, returns the exit status.
///
/// Shared by the host build and the board build, so both take the same command line.
public enum EdgebenchCLI {
  /// The top-level usage text.
  public static let usage = """
    usage: edgebench <command> [flags]      ('edgebench <command> --help' for its flags)
    commands:
      decode     decode corpora with each strategy: time, counters, count and sum
      encode     encode each corpus's values back to bytes
      roundtrip  encode, then decode, each corpus
      selftest   check golden vectors, corpora and every strategy on this machine
      info       the host fingerprint, the build, and which counters are available
      list       the built-in corpora (sizes, checksums, sums) and the strategies
      corpus     write the built-in corpora as files: corpus --write DIR
      help       this text, or 'help <command>'
    exit status: 0 done, 1 a check failed or a file could not be written, 2 a usage error
    """

  /// Runs `arguments` (without the program name) and returns the exit status:
  /// 0 done, 1 a check failed, 2 a usage error.
  public static func run(_ arguments: [String]) -> Int32 {
    guard let command = arguments.first else { return fail(.missingCommand, usage: usage) }
    let flags = Array(arguments.dropFirst())
    if flags.contains("--help") || flags.contains("-h") {
      Console.out(usage(of: command) ?? usage)
      return usage(of: command) == nil && !isHelp(command) ? 2 : 0
    }
    do throws(UsageError) {
      if let kind = BenchmarkKind(rawValue: command) {
        return try BenchmarkCommand(kind: kind, arguments: flags).run()
      }
      switch command {
      case "list": return try ListCommand(arguments: flags).run()
      case "selftest": return try SelfTestCommand(arguments: flags).run()
      case "info": return try InfoCommand(arguments: flags).run()
      case "corpus": return try CorpusCommand(arguments: flags).run()
      case "help", "--help", "-h":
        guard let topic = flags.first else {
          Console.out(usage)
          return 0
        }
        guard let text = usage(of: topic) else { throw .unknownCommand(topic) }
        Console.out(text)
        return 0
      default: throw .unknownCommand(command)
      }
    } catch {
      return fail(error, usage: usage(of: command) ?? usage)
    }
  }

  private static func isHelp(_ command: String) -> Bool {
    command == "help" || command == "--help" || command == "-h"
  }

  /// The usage text of `command`, if it is one.
  public static func usage(of command: String) -> String? {
    if let kind = BenchmarkKind(rawValue: command) { return BenchmarkCommand.usage(kind) }
    switch command {
    case "list": return ListCommand.usage
    case "selftest": return SelfTestCommand.usage
    case "info": return InfoCommand.usage
    case "corpus": return CorpusCommand.usage
    default: return nil
    }
  }

  private static func fail(_ error: UsageError, usage: String) -> Int32 {
    Console.error("edgebench: \(error.message)")
    Console.error(usage)
    return 2
  }
}
