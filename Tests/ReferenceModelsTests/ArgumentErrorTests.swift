import Testing
import GoldenRecords
@testable import ReferenceModels

/// The one error of the ReferenceModels layer: its codes, its description and the shared checks.
@Suite("ArgumentError")
struct ArgumentErrorTests {
    static func refusal(_ body: () throws(ArgumentError) -> Void) -> ArgumentError? {
        do { try body(); return nil } catch { return error }
    }

    @Test func descriptionNamesFunctionArgumentValueCodeAndAccepted() {
        let e = ArgumentError(.outOfDomain, function: "Lee2020.phase", argument: "liPerAg", value: -1.0,
                              accepted: "a finite number ≥ 0.0")
        #expect(e.value == "-1.0")
        #expect(e.description == "Lee2020.phase: liPerAg = -1.0 is refused (out of domain); accepted: a finite number ≥ 0.0")
        let noValue = ArgumentError(.calibrationFailed, function: "f", argument: "points", value: "", accepted: "x")
        #expect(noValue.description == "f: points is refused (calibration failed); accepted: x")
        #expect(e != noValue)
    }

    @Test func everyCodeHasItsOwnDescription() {
        let codes: [ArgumentError.Code] = [.outOfDomain, .notFinite, .emptyInput, .mismatchedLengths,
                                           .calibrationFailed, .invalidRecord]
        #expect(Set(codes).count == codes.count)
        #expect(Set(codes.map(\.description)).count == codes.count)
    }

    @Test func sharedChecksPickTheCode() {
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requirePositive(.nan, "x", in: "f") }?.code == .notFinite)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requirePositive(0, "x", in: "f") }?.code == .outOfDomain)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requirePositive(1, "x", in: "f") } == nil)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requireNonNegative(-0.0, "x", in: "f") } == nil)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requireNonNegative(-1, "x", in: "f") }?.code == .outOfDomain)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requireFinite(-.infinity, "x", in: "f") }?.code == .notFinite)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requireFraction(0, "x", in: "f") }?.code == .outOfDomain)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requireFraction(0, "x", in: "f", allowZero: true) } == nil)
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requireFraction(1.5, "x", in: "f") }?.accepted == "a fraction in (0, 1]")
        #expect(Self.refusal { () throws(ArgumentError) in try ArgumentError.requireAllFinite([1, .nan], "s", in: "f") }?.value == "nan")
        let empty = Self.refusal { () throws(ArgumentError) in try ArgumentError.requireNonEmpty([Double](), "s", in: "f", accepted: "a value") }
        #expect(empty?.code == .emptyInput)
        #expect(empty?.argument == "s")
    }

    @Test func papersReportTheirFunctionAndCode() {
        #expect(Self.refusal { () throws(ArgumentError) in _ = try Lee2020.phase(liPerAg: .nan) }?.function == "Lee2020.phase(liPerAg:)")
        #expect(Self.refusal { () throws(ArgumentError) in _ = try Lee2020.phase(liPerAg: .nan) }?.code == .notFinite)
        #expect(Self.refusal { () throws(ArgumentError) in _ = try Jun2024.trend(of: [1, 2, 3], relativeTolerance: -1) }?.argument == "relativeTolerance")
        #expect(Self.refusal { () throws(ArgumentError) in _ = try Jun2024.pressureChangeDifferences(chargeEnd: [1], dischargeEnd: []) }?.code == .mismatchedLengths)
        #expect(Self.refusal { () throws(ArgumentError) in _ = try Jun2024.trend(of: [1]) }?.code == .emptyInput)
        #expect(Self.refusal { () throws(ArgumentError) in _ = try Wu2023.retentionPerCycle(totalRetention: 1.2, cycles: 5) }?.function == "Wu2023.retentionPerCycle")
        #expect(Self.refusal { () throws(ArgumentError) in _ = try Wu2023.currentDensity(cRate: -1, oneC: 1) }?.function.hasPrefix("Wu2023.currentDensity") == true)
    }
}
