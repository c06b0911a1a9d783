import Foundation
import GoldenRecords
import Testing

@testable import Figures

/// The golden series records (a curve the paper prints as three or more points under one set of
/// conditions): a model answers them with a curve, the series rule scores it, the figure draws it.
@Suite("Golden series")
struct GoldenSeriesTests {
    static let wu = "wu2023.rate-capability.capacity-vs-c-rate"
    static let jun = "jun2024.capacity.bare-discharge-vs-pressure"

    /// Scores a model series against `id`; throws the `ScoreError` of a refused series (or the
    /// `InputError` of golden files that do not load).
    static func score(_ id: String, x: [Double], y: [Double], xUnit: String) throws -> ScoredResult {
        try Scorer.score(
            .series(x: x, y: y), unit: "mAh g^-1", xUnit: xUnit, against: id, in: Shared.catalog.get())
    }

    /// Each series is its member records' values, in their order, with their printed precision.
    @Test(arguments: [
        (wu, ["wu2023.rate-capability.capacity-0-1c", "wu2023.rate-capability.capacity-0-2c",
              "wu2023.rate-capability.capacity-0-33c", "wu2023.rate-capability.capacity-0-5c"],
         ["wu2023.rate-capability.c-rate-0-1", "wu2023.rate-capability.c-rate-0-2",
          "wu2023.rate-capability.c-rate-0-33", "wu2023.rate-capability.c-rate-0-5"]),
        (jun, ["jun2024.capacity.bare-3mpa-discharge", "jun2024.capacity.bare-15mpa-discharge",
               "jun2024.capacity.bare-70mpa-discharge"],
         ["jun2024.pressure.minimal", "jun2024.pressure.low-operating", "jun2024.pressure.high-operating"]),
    ])
    func seriesAreTheirMembers(_ id: String, _ yIDs: [String], _ xIDs: [String]) throws {
        let catalog = try Shared.catalog.get()
        let record = try catalog.record(id)
        guard case let .series(x, y, _) = record.value else { Issue.record("\(id) is not a series"); return }
        let members = try yIDs.map { try catalog.number($0, in: "mAh g^-1") }
        let stations = try xIDs.map { try catalog.number($0, in: $0.contains("pressure") ? "MPa" : "1") }
        #expect(y == members)
        #expect(x == stations)
        #expect(record.tolerance == (try yIDs.map { try catalog.record($0).tolerance }).max())
        for member in yIDs + xIDs { #expect(record.notes.contains(member), "\(id) notes omit \(member)") }
    }

    @Test func aCurveThroughThePrintedPointsPasses() throws {
        // A model curve sampled finely (here: the printed points joined), in other units of x.
        let wu = try Self.score(Self.wu, x: [0.05, 0.1, 0.2, 0.33, 0.5, 1], y: [190, 174.0, 149.4, 130.5, 113.4, 80], xUnit: "1")
        #expect(wu.status == .pass, "\(wu)")
        let jun = try Self.score(Self.jun, x: [0, 0.003, 0.015, 0.07, 0.08], y: [0, 510.2, 1559.9, 2540.4, 2550], xUnit: "GPa")
        #expect(jun.status == .pass, "\(jun)")
        #expect(jun.series?.points == 3)
    }

    @Test func aCurveOffAtOnePointFailsWithOneMismatch() throws {
        let s = try Self.score(Self.jun, x: [3, 15, 70], y: [510, 1570, 2540], xUnit: "MPa")
        #expect(s.status == .fail)
        #expect(s.series?.mismatched == 1)
        #expect(s.reason == .seriesMismatch)
    }

    // The edge cases, against the shipped records (the synthetic ones are in GoldenRecordsTests).

    @Test func onePointCoversOnlyItsOwnX() throws {
        let s = try Self.score(Self.jun, x: [15], y: [1560], xUnit: "MPa")
        #expect(s.status == .fail)
        #expect(s.reason == .seriesOutsideModelRange(x: 3, modelFirst: 15, modelLast: 15))
    }

    @Test func twoPointsAreAStraightLine() throws {
        // 3 and 70 MPa are right; the straight line misses the printed 1560 at 15 MPa.
        let s = try Self.score(Self.jun, x: [3, 70], y: [510, 2540], xUnit: "MPa")
        #expect(s.status == .fail)
        #expect(s.series?.mismatched == 1)
        let exact = try Self.score(Self.wu, x: [0.1, 0.2], y: [174.0, 149.4], xUnit: "1")
        #expect(exact.status == .fail, "two points do not reach 0.33 and 0.5 C")
    }

    @Test func aCoincidingLastXTakesThatPoint() throws {
        let s = try Self.score(Self.wu, x: [0, 0.1, 0.2, 0.33, 0.5], y: [200, 174.0, 149.4, 130.5, 113.4], xUnit: "1")
        #expect(s.status == .pass)
        let off = try Self.score(Self.wu, x: [0, 0.1, 0.2, 0.33, 0.5], y: [200, 174.0, 149.4, 130.5, 113.5], xUnit: "1")
        #expect(off.status == .fail)
    }

    @Test func descendingXIsRefused() {
        #expect(throws: ScoreError.self) {
            try Self.score(Self.jun, x: [70, 15, 3], y: [2540, 1560, 510], xUnit: "MPa")
        }
    }

    /// The figures draw each series, and an overlaid model series as a dashed line with its verdict.
    @Test func seriesAreDrawnAndOverlaid() throws {
        let catalog = try Shared.catalog.get()
        let file = try OutputFile.write("""
            {"formatVersion": 1, "model": {"name": "m"}, "results": [
              {"id": "\(Self.wu)", "value": {"x": [0.1, 0.2, 0.33, 0.5], "y": [174.0, 149.4, 130.5, 113.4]},
               "unit": "mAh g^-1", "xUnit": "1"},
              {"id": "\(Self.jun)", "value": {"x": [3, 15, 70], "y": [510, 1600, 2540]},
               "unit": "mAh g^-1", "xUnit": "MPa"}]}
            """)
        let figures = try FigureCatalog.all(catalog: catalog)
        for (figureID, id, verdict) in [("wu2023-rate-capability", Self.wu, "pass"), ("jun2024-capacity-pressure", Self.jun, "fail")] {
            var figure = try #require(figures.first { $0.id == figureID })
            #expect(figure.goldenPositions[id] != nil)
            let table = try figure.overlay(file.output, catalog: catalog, file: file.path)
            #expect(table.rows.first?.last == .text(verdict))
            #expect(figure.plot.series.contains { $0.style == .dashed && $0.name == "m: \(verdict) (overlay, series)" })
        }
    }
}

@Suite("reproduce-figures --overlay without a matching id")
struct OverlayNoMatchTests {
    @Test func exitsOneAndSaysSo() throws {
        let file = try OutputFile.write("""
            {"formatVersion": 1, "results": [{"id": "kim2025.se-small.particle-size", "value": 1.5, "unit": "µm"}]}
            """)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("figs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = ReproduceFiguresCommandTests.run(["--out", dir.path, "--id", "kim2025-shell-thickness", "--overlay", file.path])
        #expect(r.code == 1)
        #expect(r.err.last?.contains("none of its 1 results has a golden id these figures draw") == true)
    }
}
