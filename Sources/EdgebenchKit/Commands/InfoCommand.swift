/// `edgebench info`: the host fingerprint, the build, and which counters work here and why
/// not — what to look at first on a new board.
public struct InfoCommand {
  /// The command's usage text.
  public static let usage = """
    usage: edgebench info [--format table|json]
      print the host fingerprint, the build, and which perf counters are available
      --format F    table (default) or json (one object: host, build, counters)
      --help        this text
    """

  private var json = false

  /// Parses the flags after `info`.
  public init(arguments: [String]) throws(UsageError) {
    var cursor = ArgumentCursor(command: "info", arguments: arguments)
    while let (flag, inline) = try cursor.nextFlag() {
      guard flag == "--format" else { throw .unknownFlag(command: "info", flag: flag) }
      let value = try cursor.value(of: flag, inline: inline)
      guard value == "table" || value == "json" else {
        throw .invalidValue(flag: flag, value: value, reason: "must be table or json")
      }
      json = value == "json"
    }
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
