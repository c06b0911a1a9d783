import Testing
import GoldenRecords

/// The two grammar additions Lee 2020 needs: thousands separators in printed numbers ("1,000",
/// "5,870", "3,860") and the degree sign as a unit of plane angle (XRD 2θ).
@Suite("Thousands separators and the degree unit")
struct ThousandsSeparatorAndDegreeUnitTests {
    @Test(arguments: [
        ("1,000", [1000.0], [1.0]),
        ("5,870", [5870], [1]),
        (">1,000", [1000], [1]),
        ("3,860 mAh", [3860], [1]),
        ("1,000,000", [1_000_000], [1]),
        ("2,000.5", [2000.5], [0.1]),
        ("1,2", [1, 2], [1, 1]),
        ("10,11", [10, 11], [1, 1]),
        ("1, 000", [1, 0], [1, 1]),
        ("1,0000", [1, 0], [1, 1]),
        ("1234,567", [1234, 567], [1, 1]),
        ("^{26–28,33,34}", [26, 28, 33, 34], [1, 1, 1, 1]),
    ] as [(String, [Double], [Double])])
    func thousandsSeparators(_ text: String, _ values: [Double], _ places: [Double]) {
        let numbers = PrintedNumber.all(in: text)
        #expect(numbers.map(\.value) == values)
        #expect(numbers.map(\.lastDigitPlace).elementsEqual(places) { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 0, relativeTolerance: 1e-12) })
    }

    @Test func degreeIsAPlaneAngle() throws {
        let degree = try PhysicalUnit(parsing: "°")
        let radian = try PhysicalUnit(parsing: "1")
        #expect(try degree.convert(180, to: radian).isApproximatelyEqual(to: .pi, absoluteTolerance: 1e-15))
        #expect(try radian.convert(1, to: degree).isApproximatelyEqual(to: 57.29577951308232, absoluteTolerance: 1e-12))
        #expect(throws: UnitError.self) { try degree.convert(1, to: PhysicalUnit(parsing: "nm")) }
        #expect(throws: UnitError.self) { try PhysicalUnit(parsing: "° s") }
        #expect(try PhysicalUnit(parsing: "°C").convert(0, to: PhysicalUnit(parsing: "K")) == 273.15)
    }
}
