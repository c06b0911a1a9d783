import Foundation

extension Axis {
    /// Maps a data value to [0, 1] along the axis (log axes map log10).
    ///
    /// Edge Cases: values outside the range map outside [0, 1]; a non-positive value on a log axis
    /// maps to −∞ (the renderer skips it).
    func fraction(_ value: Double) -> Double {
        switch scale {
        case .linear: return (value - lower) / (upper - lower)
        case .log:
            guard value > 0 else { return -.infinity }
            return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// Tick positions and their labels: 1–2–5 steps for linear axes (about 5–8 ticks), decades
    /// (with 2 and 5 when the range spans fewer than three decades) for log axes, category names
    /// for categorical axes.
    func ticks() -> [(value: Double, label: String)] {
        if !categories.isEmpty {
            return categories.enumerated().map { (Double($0.offset + 1), $0.element) }
        }
        switch scale {
        case .linear:
            let raw = (upper - lower) / 6
            let magnitude = pow(10, floor(log10(raw)))
            let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
            var values: [Double] = []
            var v = (lower / step).rounded(.up) * step
            while v <= upper + step * 1e-9 {
                values.append(abs(v) < step * 1e-9 ? 0 : v)
                v += step
            }
            return values.map { ($0, tickLabel($0)) }
        case .log:
            let first = Int(floor(log10(lower))), last = Int(ceil(log10(upper)))
            let mantissas: [Double] = last - first < 3 ? [1, 2, 5] : [1]
            var values: [Double] = []
            for e in first...last {
                for m in mantissas {
                    let v = m * pow(10, Double(e))
                    if v >= lower * (1 - 1e-9), v <= upper * (1 + 1e-9) { values.append(v) }
                }
            }
            return values.map { ($0, tickLabel($0)) }
        }
    }

    /// A short label: `0.01`, `2.5`, `1000`, `1e+06` for very large or small values.
    func tickLabel(_ v: Double) -> String {
        if v == 0 { return "0" }
        if abs(v) >= 1e5 || abs(v) < 1e-3 { return String(format: "%g", v) }
        var s = String(format: "%.6f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
