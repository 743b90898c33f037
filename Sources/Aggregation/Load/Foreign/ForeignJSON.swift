import FoundationEssentials

/// Decodes a foreign JSON file, turning decoding errors into `ForeignError.malformed` with the
/// line of the field at fault (or of the syntax error) and what the format has there.
enum ForeignJSON {
  static func decode<T: Decodable>(
    _ type: T.Type, _ contents: [UInt8], path: String, format: ForeignFormat, expected: String
  ) throws(ForeignError) -> T {
    do {
      return try JSONDecoder().decode(T.self, from: Data(contents))
    } catch {
      throw failure(error, contents, path: path, format: format, expected: expected)
    }
  }

  static func failure(
    _ error: Error, _ contents: [UInt8], path: String, format: ForeignFormat, expected: String
  ) -> ForeignError {
    guard let error = error as? DecodingError else {
      return .malformed(
        RecordSource(path: path, line: 1), format: format, expected: expected,
        found: String(describing: error))
    }
    func line(_ keys: [CodingKey]) -> Int {
      guard let key = keys.last(where: { $0.intValue == nil }) else { return 1 }
      return ForeignText.line(ofKey: key.stringValue, in: contents)
    }
    func keyPath(_ keys: [CodingKey]) -> String {
      keys.reduce("") { text, key in
        key.intValue.map { text + "[\($0)]" } ?? text + (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    switch error {
    case .keyNotFound(let key, let context):
      let at = line(context.codingPath)
      return .malformed(
        RecordSource(path: path, line: at), format: format,
        expected: "field '\(keyPath(context.codingPath + [key]))' (\(expected))",
        found: "no such field")
    case .valueNotFound(let type, let context), .typeMismatch(let type, let context):
      return .malformed(
        RecordSource(path: path, line: line(context.codingPath)), format: format,
        expected: "field '\(keyPath(context.codingPath))' to be \(typeName(type))",
        found: context.codingPath.isEmpty ? "not a JSON object" : "another type")
    case .dataCorrupted(let context):
      let text = String(describing: context.underlyingError ?? error)
      return .malformed(
        RecordSource(path: path, line: syntaxLine(text) ?? line(context.codingPath)),
        format: format, expected: "valid JSON (\(expected))", found: context.debugDescription)
    @unknown default:
      return .malformed(
        RecordSource(path: path, line: 1), format: format, expected: expected,
        found: String(describing: error))
    }
  }

  /// The line a JSON syntax error names ("... around line 3, column 5").
  private static func syntaxLine(_ text: String) -> Int? {
    guard let range = text.firstRange(of: "line ") else { return nil }
    let digits = text[range.upperBound...].prefix { $0.isNumber }
    return Int(digits)
  }

  private static func typeName(_ type: Any.Type) -> String {
    if type == Double.self || type == Int.self { return "a number" }
    if type == String.self { return "a string" }
    if type == Bool.self { return "true or false" }
    let name = String(describing: type)
    return name.hasPrefix("Array") ? "an array" : "an object"
  }
}
