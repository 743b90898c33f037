/// A command's whole command line: its flags and positional arguments, from which both the
/// parser's checks and the usage text come, so the two cannot drift apart.
public struct CommandSyntax: Sendable {
  /// The name users type after `edgebench`.
  public let name: String
  /// One short line for the command list and the top of its usage text.
  public let summary: String
  /// More about what it does, wrapped under the summary; nil when the summary says it all.
  public let details: String?
  /// Its flags, in the order the usage text lists them (`--help` is added).
  public let flags: [Flag]
  /// The positional arguments' placeholder (`FILE|DIR...`), or nil when it takes none.
  public let positionals: String?
  /// What the positional arguments are, for the usage text.
  public let positionalHelp: String?
  /// Lines after the flags (exit status, notes).
  public let footer: String?

  /// Makes a syntax.
  public init(
    name: String, summary: String, details: String? = nil, flags: [Flag],
    positionals: String? = nil,
    positionalHelp: String? = nil, footer: String? = nil
  ) {
    self.name = name
    self.summary = summary
    self.details = details
    self.flags = flags
    self.positionals = positionals
    self.positionalHelp = positionalHelp
    self.footer = footer
  }

  /// The flag called `name`, if the command takes it.
  public func flag(_ name: String) -> Flag? { flags.first { $0.name == name } }

  /// The usage text: synopsis, summary, one entry per flag with its limits and default.
  public var usage: String {
    var synopsis = "usage: edgebench " + name
    if let positionals { synopsis += " " + positionals }
    if !flags.isEmpty { synopsis += " [flags]" }
    var lines = [synopsis, "  " + summary]
    if let details { lines += Self.wrap(details, indent: 2) }
    if let positionals, let positionalHelp { lines += Self.entry(positionals, positionalHelp) }
    for flag in flags {
      var help = flag.help
      let notes = [flag.limits, flag.defaultText.map { "default " + $0 }].compactMap { $0 }
      if !notes.isEmpty { help += " (" + notes.joined(separator: "; ") + ")" }
      lines += Self.entry(flag.synopsis, help)
    }
    lines += Self.entry("--help", "this text")
    if let footer { lines.append(footer) }
    return lines.joined(separator: "\n")
  }

  private static let helpColumn = 25
  private static let width = 100

  /// `left` padded to the help column, then `help` wrapped at word boundaries.
  private static func entry(_ left: String, _ help: String) -> [String] {
    let first = "  " + left
    var lines = wrap(help, indent: helpColumn)
    if first.count < helpColumn - 1 {
      lines[0] = first + String(lines[0].dropFirst(first.count))
    } else {
      lines.insert(first, at: 0)
    }
    return lines
  }

  /// `text` wrapped at word boundaries into lines of `width`, each indented by `indent`.
  private static func wrap(_ text: String, indent: Int) -> [String] {
    let margin = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = margin
    for word in text.split(separator: " ") {
      if line.count > indent && line.count + 1 + word.count > width {
        lines.append(line)
        line = margin
      }
      line += (line.count > indent ? " " : "") + word
    }
    lines.append(line)
    return lines
  }

  /// Parses `arguments` (after the command name): every flag known and its value checked.
  public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("-"), argument != "-" else {
        guard positionals != nil else { throw .unexpectedArgument(argument) }
        parsed.positionals.append(argument)
        continue
      }
      var name = argument
      var inline: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[argument.startIndex..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      guard let flag = flag(name) else { throw .unknownFlag(command: self.name, flag: name) }
      var value = ""
      if flag.value == .none {
        if let inline { try flag.check(inline) }
      } else if let inline {
        value = inline
      } else {
        guard index < arguments.count else { throw .missingValue(flag: name) }
        value = arguments[index]
        index += 1
      }
      if flag.value != .none { try flag.check(value) }
      parsed.append(name, value)
    }
    return parsed
  }
}

/// A command line checked against a `CommandSyntax`: flag values in the order given (a
/// repeated flag's last value wins where one is wanted) and the positional arguments.
public struct ParsedArguments {
  /// Every flag given, in order; `values[i]` is its value ("" for switches).
  public internal(set) var flags: [String] = []
  /// The value of each flag in `flags`.
  public internal(set) var values: [String] = []
  /// The arguments that are not flags, in order.
  public internal(set) var positionals: [String] = []

  /// Records `flag` with `value`.
  mutating func append(_ flag: String, _ value: String) {
    flags.append(flag)
    values.append(value)
  }

  /// Whether `flag` was given.
  public func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// Every value given for `flag`, in order (for repeatable flags).
  public func all(_ flag: String) -> [String] {
    var found: [String] = []
    for index in flags.indices where flags[index] == flag { found.append(values[index]) }
    return found
  }

  /// The last value given for `flag`.
  public func text(_ flag: String) -> String? {
    // An index loop rather than `last(where:)` on (flag, value) pairs: in the aarch64 and armv7
    // Embedded builds a value read back through that optional pair came out with bits of a
    // small string cleared (a 12-byte --input path lost its '.'), and opening it trapped.
    var index = flags.count - 1
    while index >= 0 {
      if flags[index] == flag { return values[index] }
      index -= 1
    }
    return nil
  }

  /// The last value of an integer flag (already checked against its range).
  public func integer(_ flag: String) -> Int? { text(flag).flatMap { Int($0) } }

  /// The last value of an `unsigned64` flag.
  public func unsigned64(_ flag: String) -> UInt64? { text(flag).flatMap { UInt64($0) } }

  /// The last value of a `fraction` flag.
  public func fraction(_ flag: String) -> Double? { text(flag).flatMap { Flag.decimal($0) } }
}
