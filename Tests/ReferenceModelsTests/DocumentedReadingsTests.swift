import Testing
import GoldenRecords
import ReferenceModels

/// Every `otherReadings` value in `Golden/` is what the reference implementation gives for that
/// reading of the paper's formula, so a model that implements the reading is recognised, and a
/// reading can neither drift nor be made up.
@Suite("Documented readings")
struct DocumentedReadingsTests {

    struct Entry: Sendable, CustomTestStringConvertible {
        let id: String
        let reading: String
        let value: Double
        var testDescription: String { "\(id) \(reading)" }
    }

    static func entries() throws -> [Entry] {
        try Shared.catalog.get().records.flatMap { record in
            (record.discrepancy?.otherReadings ?? []).map { Entry(id: record.id, reading: $0.name, value: $0.value) }
        }
    }

    /// Four for Kim Eq. (1) (as-printed, mass-fraction at 75:25 and 95:5), one for Park's CS1.
    @Test func fiveOtherReadingsAreDocumented() throws {
        #expect(try Self.entries().count == 5)
    }

    /// Only records whose value the paper computed carry readings the scorer may accept.
    @Test(arguments: try entries())
    func readingsBelongToComputedOrClaimRecords(_ e: Entry) throws {
        #expect(try Shared.catalog.get().record(e.id).acceptsDocumentedReadings)
    }

    /// The stored value (to 0.01 nm or 0.001 %) equals the model's reading within half its last
    /// stored digit.
    @Test(arguments: try entries())
    func readingIsWhatTheReferenceImplementationGives(_ e: Entry) throws {
        let catalog = try Shared.catalog.get()
        let model: Double
        switch e.id {
        case "kim2025.shell-thickness.eq1-75-25", "kim2025.shell-thickness.eq1-95-5":
            let reading = try #require(Kim2025.ShellReading(rawValue: e.reading))
            let am: Double = e.id.hasSuffix("75-25") ? 75 : 95
            model = try Kim2025.ShellInputs(catalog: catalog).thickness(amWeightPercent: am, reading: reading)
            #expect(model.isApproximatelyEqual(to: e.value, absoluteTolerance: 0.005))
        case "park2022.resistance-increase.cs1-5-cycles":
            let reading = try #require(Park2022.ResistanceReading(rawValue: e.reading))
            let before = try catalog.number("park2022.area-resistance.cs1-pristine", in: "Ω cm^2")
            let after = try catalog.number("park2022.area-resistance.cs1-5-cycles", in: "Ω cm^2")
            model = Park2022.resistanceChange(before: before, after: after, reading: reading)
            #expect(model.isApproximatelyEqual(to: e.value, absoluteTolerance: 0.0005))
        default:
            Issue.record("\(e.id): no reference implementation is named for reading '\(e.reading)'; add it here")
            return
        }
        // And the reading really is another number than the printed one.
        let record = try catalog.record(e.id)
        guard case let .number(printed) = record.value else { Issue.record("\(e.id) is not a number"); return }
        #expect(!model.isApproximatelyEqual(to: printed, absoluteTolerance: record.tolerance))
    }
}
