import Foundation

/// Recognises a failed value that is off by a factor typical of a unit mistake, so the report can
/// say "likely unit error" instead of only "fail".
///
/// Factors checked (got / expected within 2 %): powers of ten from 10¹ to 10⁹ (a prefix or
/// percent/fraction slip), 3600 (hours vs seconds: mAh vs C), 60 (minutes), 96485 (the Faraday
/// constant, C mol⁻¹: charge vs amount of Li), 4.85 (µm of Li metal per mAh cm⁻², from Li's molar
/// volume 13.0 cm³ mol⁻¹), and their inverses; also got − expected ≈ ±273.15 (K vs °C).
public enum UnitFactorDiagnosis {
    struct Factor {
        let value: Double
        let meaning: String
    }

    static let factors: [Factor] = {
        var list: [Factor] = []
        let prefixes = [
            1: "a factor 10 (cm vs mm?)", 2: "a factor 100 (percent vs fraction?)",
            3: "a factor 1000 (a milli/kilo prefix: nm vs µm, mAh vs Ah?)",
            4: "a factor 10⁴ (cm² vs m²?)", 6: "a factor 10⁶ (a micro/mega prefix, or cm³ vs m³?)",
            9: "a factor 10⁹ (a nano/giga prefix?)",
        ]
        for n in 1...9 {
            let meaning = prefixes[n] ?? "a factor 10^\(n) (a prefix slip?)"
            list.append(Factor(value: pow(10, Double(n)), meaning: meaning))
        }
        list.append(
            Factor(
                value: 3600,
                meaning: "a factor 3600 (hours vs seconds: mAh vs C, or per hour vs per second?)"))
        list.append(Factor(value: 60, meaning: "a factor 60 (minutes vs seconds or hours?)"))
        list.append(
            Factor(
                value: 96485.33212,
                meaning: "the Faraday constant 96485 C mol⁻¹ (charge vs amount of Li?)"))
        list.append(
            Factor(
                value: 4.85, meaning: "4.85 µm of Li per mAh cm⁻² (Li thickness vs areal capacity?)"
            ))
        return list
    }()

    /// Diagnoses for a failed comparison; empty when nothing typical fits.
    public static func diagnose(got: Double, expected: Double) -> [Diagnosis] {
        guard got.isFinite, expected.isFinite else { return [] }
        var found: [Diagnosis] = []
        if expected != 0, got != 0 {
            let ratio = got / expected
            for f in factors {
                if (ratio / f.value - 1).magnitude <= 0.02 {
                    found.append(.unitFactor(factor: f.value, inverse: false, hint: f.meaning))
                } else if (ratio * f.value - 1).magnitude <= 0.02 {
                    found.append(.unitFactor(factor: f.value, inverse: true, hint: f.meaning))
                }
            }
        }
        let offset = got - expected
        if (offset.magnitude - 273.15).magnitude <= 0.5 {
            found.append(.temperatureOffset(positive: offset > 0))
        }
        return found
    }
}
