/// A command the executable adds to the shared ones, such as the host build's `aggregate`.
///
/// EdgebenchKit compiles as Embedded Swift, so commands that need Foundation cannot live here;
/// the executable registers them, and the shared usage text and dispatch pick them up.
public struct ExtraCommand: Sendable {
  /// The name users type.
  public let name: String
  /// One line for the command list in the usage text.
  public let summary: String
  /// The command's own usage text (`edgebench <name> --help`).
  public let usage: String
  /// Runs the command with the arguments after its name; returns the exit status.
  public let run: @Sendable ([String]) -> Int32

  /// Makes a command from its parts.
  public init(
    name: String, summary: String, usage: String, run: @escaping @Sendable ([String]) -> Int32
  ) {
    self.name = name
    self.summary = summary
    self.usage = usage
    self.run = run
  }
}
