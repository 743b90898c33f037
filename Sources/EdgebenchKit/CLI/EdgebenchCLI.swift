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
      bench      compare every decode strategy with loop, side by side, as ratios
      corpus     write the built-in corpora as files: corpus --write DIR
      help       this text, or 'help <command>'
    exit status: 0 done, 1 a check failed or a file could not be written, 2 a usage error
    """

  /// The usage text with `extra` commands added to the command list.
  public static func usage(adding extra: [ExtraCommand]) -> String {
    var lines = Self.usage.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0)
    }
    let insertAt = lines.firstIndex { $0.hasPrefix("  help ") } ?? lines.count
    var added: [String] = []
    for command in extra {
      var name = command.name
      while name.count < 10 { name += " " }
      added.append("  " + name + " " + command.summary)
    }
    lines.insert(contentsOf: added, at: insertAt)
    return lines.joined(separator: "\n")
  }

  /// Runs `arguments` (without the program name) and returns the exit status:
  /// 0 done, 1 a check failed, 2 a usage error. `extra` adds commands the executable
  /// registers (the host build's `aggregate`); they take their own flags and help.
  public static func run(_ arguments: [String], extra: [ExtraCommand] = []) -> Int32 {
    let usage = Self.usage(adding: extra)
    guard let command = arguments.first else { return fail(.missingCommand, usage: usage) }
    let flags = Array(arguments.dropFirst())
    for added in extra where added.name == command { return added.run(flags) }
    if flags.contains("--help") || flags.contains("-h") {
      Console.out(Self.usage(of: command) ?? usage)
      return Self.usage(of: command) == nil && !isHelp(command) ? 2 : 0
    }
    do throws(UsageError) {
      if let kind = BenchmarkKind(rawValue: command) {
        return try BenchmarkCommand(kind: kind, arguments: flags).run()
      }
      switch command {
      case "bench": return try BenchCommand(arguments: flags).run()
      case "list": return try ListCommand(arguments: flags).run()
      case "selftest": return try SelfTestCommand(arguments: flags).run()
      case "info": return try InfoCommand(arguments: flags).run()
      case "corpus": return try CorpusCommand(arguments: flags).run()
      case "help", "--help", "-h":
        guard let topic = flags.first else {
          Console.out(usage)
          return 0
        }
        let addedUsage = extra.first { $0.name == topic }?.usage
        guard let text = addedUsage ?? Self.usage(of: topic) else { throw .unknownCommand(topic) }
        Console.out(text)
        return 0
      default: throw .unknownCommand(command)
      }
    } catch {
      return fail(error, usage: Self.usage(of: command) ?? usage)
    }
  }

  private static func isHelp(_ command: String) -> Bool {
    command == "help" || command == "--help" || command == "-h"
  }

  /// The usage text of `command`, if it is one.
  public static func usage(of command: String) -> String? {
    if let kind = BenchmarkKind(rawValue: command) { return BenchmarkCommand.usage(kind) }
    switch command {
    case "bench": return BenchCommand.usage
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
