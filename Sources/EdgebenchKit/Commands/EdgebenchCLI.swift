/// The runner's entry: picks the command, parses its flags, runs it, returns the exit status.
///
/// Shared by the host build and the board build, so both take the same command line.
public enum EdgebenchCLI {
  /// The commands every build has, with their one-line summaries, in the order listed.
  static var commands: [(name: String, summary: String)] {
    MeasuringCommand.allCases.filter { $0 != .bench }.map { ($0.rawValue, $0.summary) } + [
      (SelfTestCommand.syntax.name, SelfTestCommand.syntax.summary),
      (InfoCommand.syntax.name, InfoCommand.syntax.summary),
      (ListCommand.syntax.name, ListCommand.syntax.summary),
      (MeasuringCommand.bench.rawValue, MeasuringCommand.bench.summary),
      (CorpusCommand.syntax.name, CorpusCommand.syntax.summary),
    ]
  }

  /// The top-level usage text.
  public static var usage: String { usage(adding: []) }

  /// The usage text with `extra` commands added to the command list.
  public static func usage(adding extra: [ExtraCommand]) -> String {
    var lines = [
      "usage: edgebench <command> [flags]      ('edgebench <command> --help' for its flags)"
    ]
    lines.append("commands:")
    let listed =
      commands + extra.map { ($0.name, $0.summary) } + [("help", "this text, or 'help <command>'")]
    for (name, summary) in listed {
      lines.append("  " + name + String(repeating: " ", count: max(1, 11 - name.count)) + summary)
    }
    lines.append(
      "exit status: 0 done, 1 a check failed or a file could not be written, 2 a usage error")
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
      if let measuring = MeasuringCommand(rawValue: command) {
        return try BenchmarkCommand(command: measuring, arguments: flags).run()
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
    if let measuring = MeasuringCommand(rawValue: command) { return measuring.syntax.usage }
    switch command {
    case "list": return ListCommand.syntax.usage
    case "selftest": return SelfTestCommand.syntax.usage
    case "info": return InfoCommand.syntax.usage
    case "corpus": return CorpusCommand.syntax.usage
    default: return nil
    }
  }

  private static func fail(_ error: UsageError, usage: String) -> Int32 {
    Console.error("edgebench: \(error.message)")
    Console.error(usage)
    return 2
  }
}
