import Foundation
import Testing

@testable import EdgebenchKit

@Suite struct JSONWriterTests {
  @Test func escapesAndNestsAsJSON() throws {
    var json = JSONWriter()
    json.beginObject()
    json.key("text")
    json.string("quote \" backslash \\ newline \n tab \t bell \u{07} del \u{7F} kühl 温室")
    json.key("list")
    json.beginArray()
    json.integer(Int.max)
    json.integer(-1)
    json.null()
    json.bool(true)
    json.beginObject()
    json.endObject()
    json.beginArray()
    json.endArray()
    json.endArray()
    json.key("nan")
    json.double(Double.nan)
    json.key("missing")
    json.string(nil as String?)
    json.endObject()
    let parsed = try #require(
      JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
    #expect(
      parsed["text"] as? String
        == "quote \" backslash \\ newline \n tab \t bell \u{07} del \u{7F} kühl 温室")
    let list = try #require(parsed["list"] as? [Any])
    #expect(list.count == 6)
    #expect((list[0] as? NSNumber)?.int64Value == Int64.max)
    #expect(list[2] is NSNull)
    #expect(parsed["nan"] is NSNull)
    #expect(parsed["missing"] is NSNull)
    #expect(json.text.contains("\\u0007") && json.text.contains("\\u007f"))
  }

  /// Doubles come back with the same bits after a trip through a correctly rounding JSON
  /// parser (JSONDecoder; Linux's JSONSerialization can be one ulp off).
  @Test(arguments: [
    0.1, 1.0 / 3, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123456.789, -0.5,
    1e21, 1e-7, 6.02214076e23, 0, 0.4080758332801557, 0.13630787688665705,
  ])
  func doublesRoundTrip(_ value: Double) throws {
    var json = JSONWriter()
    json.beginArray()
    json.double(value)
    json.endArray()
    let parsed = try JSONDecoder().decode([Double].self, from: Data(json.text.utf8))
    #expect(parsed.first?.bitPattern == value.bitPattern, "\(json.text)")
    // The token itself is valid JSON number syntax.
    let token = String(json.text.dropFirst().dropLast())
    let number = try Regex(#"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?"#)
    #expect(token.wholeMatch(of: number) != nil, "\(token)")
  }

  @Test func unsignedIsExact() {
    var json = JSONWriter()
    json.beginArray()
    json.unsigned(UInt64.max)
    json.endArray()
    #expect(json.text == "[18446744073709551615]")
  }
}
