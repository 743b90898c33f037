import Testing

extension Tag {
  /// Suites that compare a fast path (every decode strategy, one-at-a-time decoding, the record
  /// view, UTF-8 validation) with its reference on inputs copied into allocations of exactly
  /// their length, so a read past a buffer's end shows under AddressSanitizer. Stage 30 runs
  /// them under ASan: `swift test --sanitize=address --filter tag:equivalence`.
  @Tag static var equivalence: Self
}
