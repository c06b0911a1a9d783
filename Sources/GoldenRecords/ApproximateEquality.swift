// The one approximate-equality test used by the scoring code, the reference-model
// tests and the validator, after apple/swift-numerics' `ApproximateEquality.swift`.

extension FloatingPoint {
    /// Test whether `self` and `other` agree within the given tolerances.
    ///
    /// `true` if the two are equal, or if both are finite and either
    /// ```
    /// |self − other| ≤ absoluteTolerance
    /// ```
    /// or
    /// ```
    /// |self − other| ≤ relativeTolerance · max(|self|, |other|)
    /// ```
    ///
    /// Edge Cases:
    /// - NaN is never approximately equal to anything, itself included.
    /// - An infinity is approximately equal only to the same infinity.
    /// - `+0` and `−0` are equal.
    ///
    /// - Parameters:
    ///   - other: The value compared with.
    ///   - absoluteTolerance: Largest accepted absolute difference; non-negative.
    ///   - relativeTolerance: Largest accepted difference relative to the larger magnitude;
    ///     non-negative. Defaults to zero (a purely absolute test).
    @inlinable
    public func isApproximatelyEqual(
        to other: Self,
        absoluteTolerance: Self,
        relativeTolerance: Self = 0
    ) -> Bool {
        precondition(absoluteTolerance >= 0 && relativeTolerance >= 0, "tolerances must be non-negative")
        if self == other { return true }
        guard isFinite && other.isFinite else { return false }
        let delta = (self - other).magnitude
        let scale = Swift.max(magnitude, other.magnitude)
        return delta <= absoluteTolerance || delta <= relativeTolerance * scale
    }
}
