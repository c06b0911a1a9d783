import Testing
import GoldenRecords
@testable import ReferenceModels

/// The first-charge stage model (Fig. 4): boundaries from the golden records, (lower, upper]
/// intervals, every SEM snapshot, and rejected voltages.
@Suite("Lee 2020 first-charge stages")
struct Lee2020StageTests {
    static func bounds() throws -> Lee2020.StageBoundaries { try Lee2020.StageBoundaries(catalog: Shared.catalog.get()) }
    typealias Stage = Lee2020.FirstChargeStage

    @Test func boundariesComeFromTheRecords() throws {
        #expect(try Self.bounds() == Lee2020.StageBoundaries(carbonToAg: 3.5, agToMigration: 3.55, migrationToPlating: 3.6, endOfCharge: 4.25))
        // The examined cutoff range 3.5–4.25 V spans exactly from the first boundary to the end.
        let range = try Shared.catalog.get().range("lee2020.first-charge.cutoff-voltage-range", in: "V")
        #expect(range == (try Self.bounds().carbonToAg)...(try Self.bounds().endOfCharge))
    }

    static func snapshotRecords() throws -> [GoldenRecord] {
        try Lee2020.snapshotIDs.map { try Shared.catalog.get().record($0.observation) }
    }

    @Test func fiveSnapshotsAreChecked() throws {
        #expect(try Self.snapshotRecords().count == 5)
        let snapshots = try Lee2020.firstChargeSnapshots(catalog: Shared.catalog.get())
        #expect(snapshots.map(\.voltage) == [3.5, 3.55, 3.6, 4.0, 4.25])
        #expect(snapshots.map(\.stage) == [.carbonLithiation, .agLithiation, .agMigration, .liPlating, .liPlating])
    }

    /// Each SEM snapshot at a cutoff shows the stage that ends there: this is what makes the
    /// intervals upper-inclusive. A lower-inclusive convention would put 3.55 V (Fig. 4d, particles
    /// grown) into `agMigration` and fail here.
    @Test(arguments: try snapshotRecords())
    func snapshotShowsTheModelStage(_ record: GoldenRecord) throws {
        let ids = try #require(Lee2020.snapshotIDs.first { $0.observation == record.id })
        let voltage = try Shared.catalog.get().number(ids.cutoff, in: "V")
        guard case let .category(observed) = record.value else { Issue.record("not a category"); return }
        #expect(try Self.bounds().stage(atCellVoltage: voltage).rawValue == observed)
        let lowerInclusive = try Self.bounds().stage(atCellVoltage: voltage.nextUp > 4.25 ? voltage : voltage.nextUp)
        if voltage < 4.25, voltage != 4.0 { #expect(lowerInclusive.rawValue != observed, "upper-inclusive convention is what the snapshots support") }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let voltage: Double
        let stage: Stage
        var testDescription: String { "\(voltage) V → \(stage.rawValue)" }
    }

    /// At and around every boundary: upper bounds belong to the lower stage, the next
    /// representable voltage to the next stage.
    static let boundaryCases: [Case] = [
        Case(voltage: 0, stage: .carbonLithiation), Case(voltage: 2.0, stage: .carbonLithiation),
        Case(voltage: 3.5.nextDown, stage: .carbonLithiation), Case(voltage: 3.5, stage: .carbonLithiation),
        Case(voltage: 3.5.nextUp, stage: .agLithiation), Case(voltage: 3.52, stage: .agLithiation),
        Case(voltage: 3.55, stage: .agLithiation), Case(voltage: 3.55.nextUp, stage: .agMigration),
        Case(voltage: 3.6, stage: .agMigration), Case(voltage: 3.6.nextUp, stage: .liPlating),
        Case(voltage: 4.0, stage: .liPlating), Case(voltage: 4.25, stage: .liPlating),
    ]

    @Test(arguments: boundaryCases)
    func stageAtBoundaries(_ c: Case) throws {
        #expect(try Self.bounds().stage(atCellVoltage: c.voltage) == c.stage)
    }

    @Test(arguments: [-0.001, -1, 4.25.nextUp, 4.3, 5, Double.nan, .infinity, -.infinity])
    func voltagesOutsideTheChargeAreRejected(_ v: Double) throws {
        let b = try Self.bounds()
        #expect(throws: ArgumentError.self) { try b.stage(atCellVoltage: v) }
    }

    @Test func stagesFollowEachOtherMonotonically() throws {
        let b = try Self.bounds()
        let order = Stage.allCases
        var last = 0
        for i in 0...425 {
            let index = try #require(order.firstIndex(of: b.stage(atCellVoltage: Double(i) / 100)))
            #expect(index >= last)
            last = index
        }
        #expect(last == order.count - 1)
    }

    @Test func kneeSitsOnTheAgMigrationBoundary() throws {
        let knee = try Shared.catalog.get().record("lee2020.first-charge.knee-voltage")
        guard case let .number(v) = knee.value else { Issue.record("not a number"); return }
        #expect(v.isApproximatelyEqual(to: try Self.bounds().agToMigration, absoluteTolerance: knee.tolerance))
    }

    @Test func stageBandsAreContiguousAndLabelled() throws {
        let bands = try Lee2020.firstChargeStageBands(catalog: Shared.catalog.get())
        #expect(bands.map(\.stage) == Stage.allCases)
        #expect(bands.first?.lowerVoltage == 0 && bands.first?.includesLower == true)
        #expect(bands.last?.upperVoltage == 4.25)
        for (a, b) in zip(bands, bands.dropFirst()) {
            #expect(a.upperVoltage == b.lowerVoltage)
            #expect(a.includesUpper && !b.includesLower)
        }
        #expect(bands.allSatisfy { !$0.events.isEmpty && !$0.name.isEmpty && $0.lowerVoltage < $0.upperVoltage })
        let third = try #require(bands.indices.contains(2) ? bands[2] : nil)
        #expect(third.events.contains { $0.contains("Li metal plating begins") })
    }

    /// The Ag lithiation onset is an event of the first stage, as the paper says ("this region").
    @Test func agOnsetIsInTheFirstStage() throws {
        #expect(try Shared.catalog.get().category("lee2020.first-charge.ag-lithiation-onset") == Stage.carbonLithiation.rawValue)
        #expect(Stage.carbonLithiation.events.contains { $0.contains("Ag lithiation begins") })
    }
}
