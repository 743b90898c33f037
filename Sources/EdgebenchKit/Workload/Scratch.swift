/// Output memory shared by every case of a run (cases run one at a time), allocated once so
/// the runner's own footprint stays small beside the corpora.
final class Scratch {
  /// Room for decoded values.
  let values: UnsafeMutableBufferPointer<UInt64>
  /// Room for encoded bytes.
  let bytes: UnsafeMutableRawBufferPointer

  init(valueCapacity: Int, byteCapacity: Int) {
    values = .allocate(capacity: max(1, valueCapacity))
    values.initialize(repeating: 0)
    bytes = .allocate(byteCount: max(1, byteCapacity), alignment: 16)
    bytes.initializeMemory(as: UInt8.self, repeating: 0)
  }

  deinit {
    values.deallocate()
    bytes.deallocate()
  }
}
