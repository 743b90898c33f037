import Glibc

/// The C library's math functions the statistics and the chart need (natural logarithm,
/// complementary error function, powers of ten). Aggregation imports FoundationEssentials
/// rather than Foundation, which keeps the static host binary free of ICU (tens of MB), and
/// FoundationEssentials does not re-export libm; this is the module's one import of it.
enum MathFunctions {
  /// ln(x).
  static func naturalLog(_ x: Double) -> Double { Glibc.log(x) }

  /// log10(x).
  static func log10(_ x: Double) -> Double { Glibc.log10(x) }

  /// 10^x.
  static func powerOfTen(_ x: Double) -> Double { Glibc.pow(10, x) }

  /// erfc(x) = 1 − erf(x): the two-sided normal tail is erfc(|z| / √2).
  static func complementaryErrorFunction(_ x: Double) -> Double { Glibc.erfc(x) }
}
