import Foundation
import Testing
import GoldenRecords

/// `Double.formatted(cFormat:)` replaces `String(format:)` in reports for speed; it must write
/// the very same bytes, special values included.
@Suite("Number formatting")
struct NumberFormattingTests {
    static let values: [Double] = [
        0, -0.0, 1, -1, 0.5, 880, 183.4394, 1e-12, 1.7976931348623157e308, -1.7976931348623157e308,
        .leastNonzeroMagnitude, .leastNormalMagnitude, 123456789, 0.000123456789, 2.5e-7, 99999.95, 999999.5,
        .infinity, -.infinity, .nan, 1.0 / 3.0, -2.0 / 3.0, 4.0862, 0.05,
    ]

    @Test(arguments: ["%.6g", "%+.3g", "%+.3g%%", "%.1f", "%g", "%.2f"] as [StaticString])
    func writesWhatStringFormatWrites(_ format: StaticString) {
        for x in Self.values {
            let expected = String(format: format.description, x)
            #expect(x.formatted(cFormat: format) == expected, "\(format) of \(x)")
        }
    }

    @Test func formatted6IsSixSignificantDigits() {
        #expect(183.43943.formatted6 == "183.439")
        #expect(1e-12.formatted6 == "1e-12")
        #expect(Double.nan.formatted6 == "nan")
        #expect((-0.0).formatted6 == "-0")
    }
}

/// The formatters without varargs write exactly what C's `snprintf` writes (the reference,
/// `formatted(cFormat:)`), on special values and on 100 000 random doubles: random bit
/// patterns (every magnitude), short decimals (the values reports mostly show, and the ties
/// where rounding decides) and values near powers of ten.
@Suite("Number formatting without varargs")
struct VarargFreeFormattingTests {
    static var specials: [Double] {
        NumberFormattingTests.values + [
            0.15, 0.25, 2.5, 1234565, 1234575, 0.000012345, 1e-5, 1e-4, 9.9999995e-5, 999999.4999999,
            1e15, 999_999_999_999_999.9, 0.95, 0.05, 0.049999999999999996, 99.95, 9.5, 1e16, 123456.5,
            .leastNonzeroMagnitude, -.leastNonzeroMagnitude, Double.leastNormalMagnitude.nextDown, 1e300, 3.14159265358979, 0.1 + 0.2, 1 - 1e-16, 16, 15.95, 15.949999,
        ]
    }

    typealias Generator = SplitMix64

    static func randomValues(_ count: Int, seed: UInt64) -> [Double] {
        var g = Generator(seed: seed)
        return (0..<count).map { k in
            switch k % 4 {
            case 0: return Double(bitPattern: g.next())
            case 1:  // a short decimal: n / 10^d with n of up to 8 digits
                let n = Double(Int.random(in: -99_999_999...99_999_999, using: &g))
                return n / pow(10, Double(Int.random(in: 0...12, using: &g)))
            case 2:  // a tie at the 7th or 4th digit, in binary or not
                let n = Double(Int.random(in: 1...9_999_999, using: &g)) * 10 + 5
                return n / pow(10, Double(Int.random(in: 0...10, using: &g)))
            default:  // near a power of ten
                let p = pow(10, Double(Int.random(in: -8...16, using: &g)))
                return p * (1 + Double(Int.random(in: -3...3, using: &g)) * 1e-7)
            }
        }
    }

    static func check(_ values: [Double]) -> [String] {
        var mismatches: [String] = []
        for x in values {
            let pairs: [(String, String, String)] = [
                ("%.6g", x.formatted(significantDigits: 6), x.formatted(cFormat: "%.6g")),
                ("%+.3g", x.formatted(significantDigits: 3, sign: true), x.formatted(cFormat: "%+.3g")),
                ("%.3g", x.formatted(significantDigits: 3), x.formatted(cFormat: "%.3g")),
                ("%.1f", x.formatted(decimals: 1), x.formatted(cFormat: "%.1f")),
            ]
            for (format, got, expected) in pairs where got != expected {
                mismatches.append("\(format) of \(x) (bits \(x.bitPattern)): \(got) ≠ \(expected)")
            }
        }
        return mismatches
    }

    @Test func specialValuesMatchSnprintf() {
        let mismatches = Self.check(Self.specials)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomValuesMatchSnprintf(_ seed: UInt64) {
        let mismatches = Self.check(Self.randomValues(25_000, seed: seed))
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }
}
