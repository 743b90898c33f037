// The standard library's `withUnsafe...` methods are `rethrows`, which erases the error type;
// Embedded Swift needs typed throws, so these carry a `DecodeError` across them.

extension Array where Element == UInt8 {
  /// Calls `body` with the array's bytes, keeping the typed error.
  @usableFromInline
  func withUnsafeRawBuffer<R>(
    _ body: (UnsafeRawBufferPointer) throws(DecodeError) -> R
  ) throws(DecodeError) -> R {
    var outcome: Result<R, DecodeError>?
    withUnsafeBytes { buffer in
      outcome = Result { () throws(DecodeError) -> R in try body(buffer) }
    }
    // `withUnsafeBytes` always runs its closure exactly once.
    return try outcome.unsafelyUnwrapped.get()
  }
}

extension Array {
  /// Calls `body` with the array's mutable storage, keeping the typed error.
  @usableFromInline
  mutating func withUnsafeMutableOutput<R>(
    _ body: (UnsafeMutableBufferPointer<Element>) throws(DecodeError) -> R
  ) throws(DecodeError) -> R {
    var outcome: Result<R, DecodeError>?
    withUnsafeMutableBufferPointer { (buffer: inout UnsafeMutableBufferPointer<Element>) in
      let fixed = buffer
      outcome = Result { () throws(DecodeError) -> R in try body(fixed) }
    }
    return try outcome.unsafelyUnwrapped.get()
  }
}
