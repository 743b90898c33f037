import Testing

@testable import EdgebenchKit

@Suite("Number formatting without Foundation")
struct NumberFormatTests {
  @Test(
    "fixed decimals round half away from zero",
    arguments: [
      (1.0, 2, "1.00"), (1.005, 1, "1.0"), (2.5, 0, "3"), (-2.5, 0, "-3"), (0.0001, 3, "0.000"),
      (-0.0001, 3, "0.000"), (123.456, 2, "123.46"), (1e-9, 0, "0"),
    ])
  func fixed(value: Double, decimals: Int, text: String) {
    #expect(NumberFormat.fixed(value, decimals: decimals) == text)
  }

  @Test("non-finite values are spelled out")
  func nonFinite() {
    #expect(NumberFormat.fixed(.nan, decimals: 2) == "nan")
    #expect(NumberFormat.fixed(.infinity, decimals: 2) == "inf")
    #expect(NumberFormat.fixed(-.infinity, decimals: 2) == "-inf")
  }

  @Test("hex is zero-padded to 16 digits, and padding aligns")
  func hexAndPad() {
    #expect(NumberFormat.hex64(0xAB) == "00000000000000ab")
    #expect(NumberFormat.pad("ab", 4) == "  ab")
    #expect(NumberFormat.pad("ab", 4, alignRight: false) == "ab  ")
    #expect(NumberFormat.pad("abcdef", 4) == "abcdef")
  }
}
