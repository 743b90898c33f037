/// Walks the arguments after the command name, flag by flag.
///
/// Flags take their value as the next argument or after `=` (`--iters 5`, `--iters=5`).
public struct ArgumentCursor {
  private var arguments: [String]
  private var index = 0
  /// The command the flags belong to, for error messages.
  public let command: String

  /// Walks `arguments` (without the program and command names).
  public init(command: String, arguments: [String]) {
    self.command = command
    self.arguments = arguments
  }

  /// The next flag's name and its inline value (after `=`), or nil at the end.
  public mutating func nextFlag() throws(UsageError) -> (name: String, inlineValue: String?)? {
    guard index < arguments.count else { return nil }
    let argument = arguments[index]
    index += 1
    guard argument.hasPrefix("-") else { throw .unexpectedArgument(argument) }
    if let equals = argument.firstIndex(of: "=") {
      let name = String(argument[argument.startIndex..<equals])
      let value = String(argument[argument.index(after: equals)...])
      return (name, value)
    }
    return (argument, nil)
  }

  /// The value of `flag`: its inline value, or the next argument.
  public mutating func value(of flag: String, inline: String?) throws(UsageError) -> String {
    if let inline { return inline }
    guard index < arguments.count else { throw .missingValue(flag: flag) }
    index += 1
    return arguments[index - 1]
  }

  /// The value of `flag` as a whole number in `range`.
  public mutating func integer(
    of flag: String, inline: String?, in range: ClosedRange<Int>
  ) throws(UsageError) -> Int {
    let text = try value(of: flag, inline: inline)
    guard let number = Int(text) else {
      throw .invalidValue(flag: flag, value: text, reason: "not a whole number")
    }
    guard range.contains(number) else {
      throw .invalidValue(
        flag: flag, value: text,
        reason: "must be from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }
}
