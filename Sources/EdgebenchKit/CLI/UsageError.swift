/// A command line edgebench cannot run: what is wrong, in the user's words.
///
/// Any of these makes the runner print the message and the usage, and exit with status 2.
public enum UsageError: Error, Equatable {
  /// No command was given.
  case missingCommand
  /// The first argument names no command.
  case unknownCommand(String)
  /// A flag the command does not take.
  case unknownFlag(command: String, flag: String)
  /// A flag that needs a value came last.
  case missingValue(flag: String)
  /// A flag's value is not acceptable, and why.
  case invalidValue(flag: String, value: String, reason: String)
  /// An argument that is neither a flag nor a flag's value.
  case unexpectedArgument(String)

  /// One line saying what is wrong.
  @_optimize(size)  // cold: error messages, so bytes matter more than cycles
  public var message: String {
    switch self {
    case .missingCommand:
      return "no command given"
    case .unknownCommand(let name):
      return "unknown command '\(name)'"
    case .unknownFlag(let command, let flag):
      return "'\(command)' does not take the flag '\(flag)'"
    case .missingValue(let flag):
      return "the flag '\(flag)' needs a value"
    case .invalidValue(let flag, let value, let reason):
      return "invalid value '\(value)' for '\(flag)': \(reason)"
    case .unexpectedArgument(let argument):
      return "unexpected argument '\(argument)'"
    }
  }
}
