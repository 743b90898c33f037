/// A closed set of choices users pick by name on a command line (strategies, distributions,
/// counter events): the one name lookup they all share.
public protocol SelectableByName: CaseIterable {
  /// The name users type and results record.
  var name: String { get }
}

extension SelectableByName {
  /// The case called `name`, if any.
  public init?(name: String) {
    for candidate in Self.allCases where candidate.name == name {
      self = candidate
      return
    }
    return nil
  }

  /// Every case's name, in declaration order.
  public static var names: [String] { allCases.map { $0.name } }
}
