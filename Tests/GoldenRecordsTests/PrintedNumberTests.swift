import Testing
import GoldenRecords

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
    ] as [(String, [Double], [Double])])
    func readsNumbersAndTheirLastDigit(_ text: String, _ values: [Double], _ places: [Double]) {
        let numbers = PrintedNumber.all(in: text)
        #expect(numbers.map(\.value) == values)
        #expect(numbers.map(\.lastDigitPlace).elementsEqual(places) { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 1e-15) })
    }
}
