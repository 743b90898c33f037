import CodecCore

/// `edgebench selftest`: proves on the machine at hand that the codec is right before anything
/// is timed — protobuf's published vectors, the golden message, and every corpus decoding to
/// its recorded count and sum.
public struct SelfTestCommand {
  /// The command's usage text.
  public static let usage = """
    usage: edgebench selftest
      check protobuf's varint vectors, the golden message, SHA-256, and that every strategy
      decodes, encodes and roundtrips every corpus to its recorded count and sum
      --help    this text
    """

  /// Parses the flags after `selftest` (there are none).
  public init(arguments: [String]) throws(UsageError) {
    var cursor = ArgumentCursor(command: "selftest", arguments: arguments)
    if let (flag, _) = try cursor.nextFlag() {
      throw .unknownFlag(command: "selftest", flag: flag)
    }
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
