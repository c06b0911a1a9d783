/// Root finding by bisection, for the models whose equations have no closed-form inverse
/// (Kim 2025 Eq. (1) read as a half-covered shell).
enum Bisection {
    /// Solves f(u) = target for a continuous, strictly increasing f on `interval` by bisection,
    /// halving until the midpoint is no longer representable between the bounds (full precision).
    ///
    /// Edge Cases:
    /// - Returns `nil` when the target is outside f(interval) (including a NaN target).
    /// - Returns the lower bound exactly when f(lower) == target.
    /// - Stops after 200 halvings, more than a `Double` interval ever needs.
    static func solveIncreasing(
        _ f: (Double) -> Double, equals target: Double, in interval: ClosedRange<Double>
    ) -> Double? {
        var lo = interval.lowerBound, hi = interval.upperBound
        guard f(lo) <= target, target <= f(hi) else { return nil }
        if f(lo) == target { return lo }
        for _ in 0..<200 where hi - lo > 0 {
            let mid = (lo + hi) / 2
            if mid == lo || mid == hi { break }
            if f(mid) < target { lo = mid } else { hi = mid }
        }
        return (lo + hi) / 2
    }
}
