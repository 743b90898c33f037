import CodecCore

/// `edgebench selftest`: proves on the machine at hand that the codec is right before anything
/// is timed — protobuf's published vectors, the golden message, and every corpus decoding to
/// its recorded count and sum.
public struct SelfTestCommand {
  /// The command line: no flags.
  public static let syntax = CommandSyntax(
    name: "selftest",
    summary: "check golden vectors, corpora and every strategy on this machine",
    details: "protobuf's varint vectors, the golden message, SHA-256, every strategy and "
      + "instruction path against loop, and every strategy decoding, encoding and roundtripping "
      + "every corpus to its recorded count and sum",
    flags: [])

  /// Parses the flags after `selftest` (there are none).
  public init(arguments: [String]) throws(UsageError) {
    _ = try Self.syntax.parse(arguments)
  }

  /// Runs every check, printing one line each; returns 1 if any failed.
  public func run() -> Int32 {
    var failed = 0
    for check in SelfTestChecks.all {
      let passed = check.run()
      Console.out((passed ? "ok    " : "FAIL  ") + check.name)
      if !passed { failed += 1 }
    }
    Console.out("selftest: \(SelfTestChecks.all.count - failed) passed, \(failed) failed")
    return failed == 0 ? 0 : 1
  }
}
