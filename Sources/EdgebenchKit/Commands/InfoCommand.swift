/// `edgebench info`: the host fingerprint, the build, and which counters work here and why
/// not — what to look at first on a new board.
public struct InfoCommand {
  /// The command line.
  public static let syntax = CommandSyntax(
    name: "info",
    summary: "the host fingerprint, the build, and which perf counters are available",
    flags: [
      Flag(
        "--format", .choice(["table", "json"]),
        help: "table, or json (one object: host, build, counters)", default: "table")
    ])

  private var json = false

  /// Parses the flags after `info`.
  public init(arguments: [String]) throws(UsageError) {
    json = try Self.syntax.parse(arguments).text("--format") == "json"
  }

  /// Prints the fingerprint.
  public func run() -> Int32 {
    let host = HostFingerprint.collect()
    let build = BuildFacts.collect()
    let counters = CounterSet.open()
    if json {
      var writer = JSONWriter()
      writer.beginObject()
      writer.key("schema")
      writer.string("edgebench.info")
      writer.key("schema_version")
      writer.integer(ResultRecord.schemaVersion)
      writer.key("host")
      HostJSON.write(host, to: &writer)
      writer.key("build")
      HostJSON.write(build, to: &writer)
      writer.key("counters")
      CounterJSON.writeStatuses(counters, to: &writer)
      writer.endObject()
      Console.out(writer.text)
    } else {
      Console.out(InfoText.render(host: host, build: build, counters: counters))
    }
    return 0
  }
}
