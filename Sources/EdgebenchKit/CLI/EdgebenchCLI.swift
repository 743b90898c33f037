/// The runner's entry: picks the command, parses its flags, runs it, returns the exit status.
///
/// Shared by the host build and the board build, so both take the same command line.
public enum EdgebenchCLI {
  /// The top-level usage text.
  public static let usage = """
    usage: edgebench <command> [flags]
    commands:
      decode     decode the built-in corpora and print time per value
      bench      compare every decode strategy with loop, side by side, as ratios
      list       list the built-in corpora with checksums
      selftest   check golden vectors, corpora and decoders on this machine
      help       show this text, or 'help <command>'
    """

  /// Runs `arguments` (without the program name) and returns the exit status:
  /// 0 done, 1 a check failed, 2 a usage error.
  public static func run(_ arguments: [String]) -> Int32 {
    guard let command = arguments.first else { return fail(.missingCommand, usage: usage) }
    let flags = Array(arguments.dropFirst())
    if flags.contains("--help") || flags.contains("-h") {
      Console.out(usage(of: command) ?? usage)
      return 0
    }
    do throws(UsageError) {
      switch command {
      case "decode": return try DecodeCommand(arguments: flags).run()
      case "bench": return try BenchCommand(arguments: flags).run()
      case "list": return try ListCommand(arguments: flags).run()
      case "selftest": return try SelfTestCommand(arguments: flags).run()
      case "help", "--help", "-h":
        Console.out(flags.first.flatMap { usage(of: $0) } ?? usage)
        return 0
      default: throw .unknownCommand(command)
      }
    } catch {
      return fail(error, usage: usage(of: command) ?? usage)
    }
  }

  private static func usage(of command: String) -> String? {
    switch command {
    case "decode": return DecodeCommand.usage
    case "bench": return BenchCommand.usage
    case "list": return ListCommand.usage
    case "selftest": return SelfTestCommand.usage
    default: return nil
    }
  }

  private static func fail(_ error: UsageError, usage: String) -> Int32 {
    Console.error("edgebench: \(error.message)")
    Console.error(usage)
    return 2
  }
}
