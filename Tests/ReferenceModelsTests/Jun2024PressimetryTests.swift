import Foundation
import Testing
import GoldenRecords
@testable import ReferenceModels

/// Operando pressimetry: Δ(ΔP)_Q = Δ(ΔP)/Q per cycle, the sign of its trend, and the sign rule
/// linking the paper's Figure 5d and 5e statements.
@Suite("Jun 2024 pressimetry")
struct Jun2024PressimetryTests {

    /// Synthetic cycles: capacity and Δ(ΔP) decaying geometrically at given per-cycle factors.
    static func series(_ q0: Double, _ qFactor: Double, _ d0: Double, _ dFactor: Double, cycles: Int = 5) -> (dp: [Double], q: [Double]) {
        ((0..<cycles).map { d0 * pow(dFactor, Double($0)) }, (0..<cycles).map { q0 * pow(qFactor, Double($0)) })
    }

    @Test func normalizationDividesCycleByCycle() throws {
        // 30/150 = 0.2, 28/140 = 0.2, 27/120 = 0.225 (by hand).
        let v = try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [30, 28, 27], capacities: [150, 140, 120])
        #expect(v == [0.2, 0.2, 0.225])
        #expect(try Jun2024.trend(of: v) == .increasing)
        let d = try Jun2024.pressureChangeDifferences(chargeEnd: [1.5, 1.4], dischargeEnd: [0.5, 0.6])
        #expect(d.count == 2 && d.first == 1 && d.last?.isApproximatelyEqual(to: 0.8, absoluteTolerance: 1e-15) == true)
    }

    /// Bare-like cells (capacity −10 %/cycle, Δ(ΔP) −3 %/cycle): Δ(ΔP)_Q rises; Ag-like cells
    /// (capacity −2 %/cycle, Δ(ΔP) −8 %/cycle): it falls, matching `normalizedTrend(fasterDecline:)`.
    @Test func signRuleAgreesWithSeries() throws {
        let bare = Self.series(119, 0.90, 40, 0.97)
        #expect(try Jun2024.normalizedTrend(pressureChangeDifferences: bare.dp, capacities: bare.q) == .increasing)
        #expect(Jun2024.normalizedTrend(fasterDecline: .capacity) == .increasing)
        let ag = Self.series(151, 0.98, 40, 0.92)
        #expect(try Jun2024.normalizedTrend(pressureChangeDifferences: ag.dp, capacities: ag.q) == .decreasing)
        #expect(Jun2024.normalizedTrend(fasterDecline: .pressureChangeDifference) == .decreasing)
        let same = Self.series(151, 0.95, 40, 0.95)
        #expect(try Jun2024.normalizedTrend(pressureChangeDifferences: same.dp, capacities: same.q, relativeTolerance: 1e-9) == .flat)
        #expect(Jun2024.normalizedTrend(fasterDecline: .neither) == .flat)
        // Rising Δ(ΔP) with falling capacity: rises however small the capacity loss.
        #expect(try Jun2024.normalizedTrend(pressureChangeDifferences: [10, 10.1, 10.2], capacities: [100, 99.9, 99.8]) == .increasing)
    }

    /// Grid of relative rates: the series-based trend always equals the sign rule.
    @Test func signRuleHoldsOverAGridOfRates() throws {
        for qf in stride(from: 0.85, through: 1.0, by: 0.03) {
            for df in stride(from: 0.85, through: 1.05, by: 0.04) where (qf - df).magnitude > 1e-9 {
                let s = Self.series(100, qf, 50, df, cycles: 4)
                let expected = Jun2024.normalizedTrend(fasterDecline: qf < df ? .capacity : .pressureChangeDifference)
                #expect(try Jun2024.normalizedTrend(pressureChangeDifferences: s.dp, capacities: s.q) == expected)
            }
        }
    }

    @Test func theGoldenCategoriesChainTogether() throws {
        let c = try Shared.catalog.get()
        for (anode, declineID, trendID, interfaceID) in [
            ("bare", "jun2024.pressimetry.bare-first-cycles-faster-decline", "jun2024.pressimetry.bare-normalized-trend", "jun2024.pressimetry.bare-interface"),
            ("ag", "jun2024.pressimetry.ag-first-cycles-faster-decline", "jun2024.pressimetry.ag-normalized-trend", "jun2024.pressimetry.ag-interface"),
        ] {
            guard case let .category(d) = try c.record(declineID).value, let decline = Jun2024.FasterDecline(rawValue: d),
                  case let .category(t) = try c.record(trendID).value, case let .category(i) = try c.record(interfaceID).value else {
                Issue.record("\(anode): categories expected"); continue
            }
            let trend = Jun2024.normalizedTrend(fasterDecline: decline)
            #expect(trend.rawValue == t)
            #expect(Jun2024.interfaceInference(normalizedTrend: trend).rawValue == i)
        }
        #expect(Jun2024.interfaceInference(normalizedTrend: .flat) == .indeterminate)
    }

    @Test func badSeriesAreRejected() {
        #expect(throws: ArgumentError.self) { try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [1, 2], capacities: [100]) }
        #expect(throws: ArgumentError.self) { try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [], capacities: []) }
        #expect(throws: ArgumentError.self) { try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [1, 2], capacities: [100, 0]) }
        #expect(throws: ArgumentError.self) { try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [1, 2], capacities: [100, -5]) }
        #expect(throws: ArgumentError.self) { try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [1, .nan], capacities: [100, 90]) }
        #expect(throws: ArgumentError.self) { try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [1, 2], capacities: [100, .infinity]) }
        #expect(throws: ArgumentError.self) { try Jun2024.trend(of: [1]) }
        #expect(throws: ArgumentError.self) { try Jun2024.trend(of: [1, .nan]) }
        #expect(throws: ArgumentError.self) { try Jun2024.trend(of: [1, 2], relativeTolerance: -1) }
        #expect(throws: ArgumentError.self) { try Jun2024.pressureChangeDifferences(chargeEnd: [1], dischargeEnd: []) }
        #expect(throws: ArgumentError.self) { try Jun2024.pressureChangeDifferences(chargeEnd: [.infinity], dischargeEnd: [0]) }
        do {
            _ = try Jun2024.normalizedPressureChangeDifferences(pressureChangeDifferences: [1], capacities: [0])
        } catch {
            #expect(error.code == .outOfDomain)
            #expect(error.argument == "capacities")
            #expect(error.accepted.contains("every capacity > 0"))
            #expect(error.description.contains("every capacity > 0"))
        }
    }

    @Test func exactlyFlatSeriesIsFlat() throws {
        #expect(try Jun2024.trend(of: [0.2, 0.2, 0.2]) == .flat)
        #expect(try Jun2024.trend(of: [0.2, 0.3]) == .increasing)
        #expect(try Jun2024.trend(of: [0.3, 0.2]) == .decreasing)
        // A V shape has zero least-squares slope.
        #expect(try Jun2024.trend(of: [1, 0, 1]) == .flat)
    }

    /// 0.1 kgf over a 13 mm cell: 0.980665 N / (π · 6.5² mm²) = 7388.29 Pa (independent Python evaluation).
    @Test func loadCellResolutionAsPressure() throws {
        let c = try Shared.catalog.get()
        let p = Jun2024.loadCellPressureResolution(massResolution: try c.number("jun2024.pressimetry.load-cell-resolution", in: "kg"),
                                                   cellDiameter: try c.number("jun2024.cell.diameter", in: "mm"))
        #expect(p.isApproximatelyEqual(to: 7388.2926517, absoluteTolerance: 1e-6))
        #expect(Jun2024.loadCellPressureResolution(massResolution: -0.1, cellDiameter: 13).isNaN)
        #expect(Jun2024.loadCellPressureResolution(massResolution: 0.1, cellDiameter: 0).isNaN)
        #expect(Jun2024.loadCellPressureResolution(massResolution: .nan, cellDiameter: 13).isNaN)
        #expect(Jun2024.loadCellPressureResolution(massResolution: 0.1, cellDiameter: .infinity).isNaN)
        #expect(Jun2024.loadCellPressureResolution(massResolution: 0, cellDiameter: 13) == 0)
    }
}
