import Testing
@testable import GoldenRecords

@Suite("Printed numbers")
struct PrintedNumberTests {
    @Test(arguments: [
        ("880", [880.0], [1.0]),
        ("2.224", [2.224], [0.001]),
        ("2.50", [2.5], [0.01]),
        ("1–2", [1, 2], [1, 1]),
        ("5-10", [5, 10], [1, 1]),
        ("~76", [76], [1]),
        ("−0.5", [-0.5], [0.1]),
        ("-3", [-3], [1]),
        ("0.05C", [0.05], [0.01]),
        ("75:25", [75, 25], [1, 1]),
        ("abc", [], []),
        ("1.71×10^{-10}", [1.71e-10], [0.01e-10]),
        ("4.21 × 10^{-10}", [4.21e-10], [0.01e-10]),
        ("5.0 × 10⁻¹⁰", [5.0e-10], [0.1e-10]),
        ("10^{-11} to 10^{-6}", [1e-11, 1e-6], [1e-11, 1e-6]),
        ("10⁻⁶", [1e-6], [1e-6]),
        ("2 x 10^3", [2000], [1000]),
        ("10 nm", [10], [1]),
    ] as [(String, [Double], [Double])])
    func readsNumbersAndTheirLastDigit(_ text: String, _ values: [Double], _ places: [Double]) {
        let numbers = PrintedNumber.all(in: text)
        #expect(numbers.map(\.value).elementsEqual(values) { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 0, relativeTolerance: 1e-12) })
        #expect(numbers.map(\.lastDigitPlace).elementsEqual(places) { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 0, relativeTolerance: 1e-9) })
    }

    /// `all(in:)` reads plain decimals (`880`, `2.224`) on a fast path; it must agree exactly with
    /// the general reading, value and last-digit place, on every kind of plain decimal and on the
    /// near misses that must leave the fast path.
    @Test(arguments: ["0", "7", "10", "100", "880", "1000", "007", "0.5", "2.224", "2.50", "123456.789012", "99999999999999999999",
                      "1.", ".5", "1.2.3", "", "1,000", "-3", "10.0", "3.0000000000000000001",
                      "010", "9007199254740992", "9007199254740993", "0.0000000000000000000001",
                      "0.00000000000000000000001", "1125899906842624.5"])
    func plainDecimalsReadAsTheGeneralReadingDoes(_ text: String) {
        let fast = PrintedNumber.all(in: text), general = PrintedNumber.scanned(text)
        #expect(fast == general, "\(text): \(fast) vs \(general)")
    }

    typealias SeededGenerator = SplitMix64

    @Test func plainDecimalsAgreeOnRandomInputs() {
        var generator = SeededGenerator(seed: 20261125)
        for _ in 0..<2000 {
            let whole = String(UInt64.random(in: 0...999_999, using: &generator))
            let decimals = Int.random(in: 0...6, using: &generator)
            let fraction = String((0..<decimals).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let text = decimals == 0 ? whole : whole + "." + fraction
            #expect(PrintedNumber.all(in: text) == PrintedNumber.scanned(text), "\(text)")
        }
    }
}
