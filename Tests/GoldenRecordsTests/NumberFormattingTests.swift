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
