import Foundation

extension Double {
    /// The real cube root, ∛x (also of negative values: ∛−8 = −2).
    ///
    /// Edge Cases:
    /// - ±0 → ±0, ±∞ → ±∞, NaN → NaN (as `cbrt`).
    var cubeRoot: Double { cbrt(self) }
}
