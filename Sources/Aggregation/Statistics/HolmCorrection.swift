/// Holm's step-down correction: adjusts p-values so that the chance of calling even one true
/// null difference significant, over the whole family of tests, stays at most α.
///
/// An aggregate runs many tests (every host against the baseline, every pair of strategies
/// on every host); without the correction about 1 in 20 of the no-difference pairs would be
/// called real at α = 0.05.
public enum HolmCorrection {
  /// The adjusted p-values, in the order of `pValues`.
  public static func adjust(_ pValues: [Double]) -> [Double] {
    let count = pValues.count
    let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
    var adjusted = [Double](repeating: 1, count: count)
    var running = 0.0
    for (step, index) in order.enumerated() {
      running = max(running, min(1, Double(count - step) * pValues[index]))
      adjusted[index] = running
    }
    return adjusted
  }
}
