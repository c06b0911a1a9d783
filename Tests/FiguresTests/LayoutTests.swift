import Foundation
import GoldenRecords
import Testing

@testable import Figures

/// The shared plotting logic of `Plot/`: label placement, dodging, minimum error bars, verdicts.
@Suite("Plot layout")
struct LayoutTests {
    static let frame = Box(x0: 0, y0: 0, x1: 400, y1: 300)

    @Test func labelsOfCrowdedMarksNeverOverlapEachOtherOrAMark() {
        let marks = (0..<12).map { (x: 100 + Double($0) * 6, y: 150.0) }
        var placer = LabelPlacer(
            size: 12, bounds: Self.frame, obstacles: marks.map { Box(around: $0.x, $0.y, radius: 7) })
        let placed = marks.enumerated().map { k, m in placer.place("case \(k)", x: m.x, y: m.y, radius: 8) }
        for (i, a) in placed.enumerated() {
            #expect(Self.frame.contains(a.box))
            for m in marks { #expect(!a.box.intersects(Box(around: m.x, m.y, radius: 7)), "\(a.text) covers a mark") }
            for b in placed[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.text) overprints \(b.text)") }
        }
        // Labels that had to move away carry a leader line back to their mark.
        #expect(placed.contains { $0.leader != nil })
        #expect(placed.first?.leader == nil)
    }

    @Test func aLabelNearTheEdgeStaysInside() {
        var placer = LabelPlacer(size: 12, bounds: Self.frame, obstacles: [])
        let p = placer.place("4.25 V: li-plating", x: 395, y: 5, radius: 8)
        #expect(Self.frame.contains(p.box))
    }

    @Test func coincidentMarksAreSpreadAboutTheirX() {
        let offsets = MarkerDodge.offsets([(100, 100), (100, 101), (300, 100)])
        #expect(offsets[2] == 0)
        #expect(offsets[0] == -offsets[1])
        #expect(abs(offsets[1] - offsets[0]) >= 2 * MarkerDodge.markRadius)
        #expect(MarkerDodge.offsets([(0, 0), (50, 0)]) == [0, 0])
    }

    @Test func tinyErrorBarsAreDrawnAtAMinimumSize() {
        #expect(ErrorBar.drawnHalfHeight(0.1, markSize: 6) == 10)
        #expect(ErrorBar.isEnlarged(0.1, markSize: 6))
        #expect(ErrorBar.drawnHalfHeight(25, markSize: 6) == 25)
        #expect(!ErrorBar.isEnlarged(25, markSize: 6))
    }

    @Test func everyVerdictHasItsOwnShapeAndColour() {
        let styles = VerdictStyle.allCases
        #expect(Set(styles.map(\.shape)).count == styles.count)
        #expect(Set(styles.map(\.color)).count == styles.count)
        #expect(VerdictStyle(.pass) == .pass && VerdictStyle(.otherPrinting) == .pass)
        #expect(VerdictStyle(.documentedReading) == .documentedReading)
        #expect(VerdictStyle(.fail) == .fail && VerdictStyle(.uninformative) == .fail)
        #expect(VerdictStyle(.notComparable) == .notComparable)
        #expect(VerdictStyle(.withinUncertainty) == .reported)
    }

    /// Every figure, with and without the reference output overlaid: no two labels overprint,
    /// no label covers a mark, no two marks hide each other, no legend entry repeats.
    @Test(arguments: [false, true])
    func noFigureOverprints(overlaid: Bool) throws {
        let catalog = try Shared.catalog.get()
        let reference = try ModelOutput.read(
            file: GoldenCatalog.packageRoot.appendingPathComponent("Fixtures/reference-output.json").path)
        for var figure in try FigureCatalog.all(catalog: catalog) {
            if overlaid { _ = try figure.overlay(reference, catalog: catalog, file: "reference-output.json") }
            let (marks, labels) = SVGRenderer.layout(figure.plot)
            for (i, a) in labels.enumerated() {
                for b in labels[(i + 1)...] {
                    #expect(!a.box.intersects(b.box), "\(figure.id): '\(a.text)' overprints '\(b.text)'")
                }
                for m in marks {
                    let r = m.point.badge ? SVGRenderer.Mark.badgeSize : SVGRenderer.Mark.size
                    #expect(!a.box.intersects(Box(around: m.x, m.y, radius: r)), "\(figure.id): '\(a.text)' covers a mark")
                }
            }
            let solid = marks.filter { !$0.point.badge }
            for (i, a) in solid.enumerated() {
                for b in solid[(i + 1)...] {
                    #expect(abs(a.x - b.x) >= 2 * MarkerDodge.markRadius - 1e-9 || abs(a.y - b.y) >= 2 * MarkerDodge.markRadius,
                            "\(figure.id): two marks hide each other at (\(a.x), \(a.y))")
                }
            }
            let names = figure.plot.series.map(\.name)
            #expect(Set(names).count == names.count, "\(figure.id): duplicate legend entries \(names)")
        }
    }

    @Test func parkDrawsHostsAtThePapersPoreDiameter() throws {
        let catalog = try Shared.catalog.get()
        let figure = try Park2022Figures.regimeMap(catalog: catalog)
        for (label, d) in [("Cu", 42.4), ("Ni", 29.6), ("LTO", 94.2)] {
            #expect(figure.plot.points.contains { $0.label.hasPrefix(label) && abs($0.x - d) < 0.05 }, "\(label) not at \(d) nm")
            #expect(figure.plot.points.contains { $0.shape == .ring && $0.label.hasSuffix("(\(label))") }, "\(label): no carbon-equivalent mark")
        }
        #expect(figure.plot.points.contains { $0.label == "424 nm (Cu)" })
    }

    /// A value 151 σ from the printed one is drawn as a failing mark, not as a plain cross.
    @Test func overlayMarksCarryTheirVerdict() throws {
        let catalog = try Shared.catalog.get()
        var figure = try Kim2025Figures.shellThickness(catalog: catalog)
        let output = try OutputFile.write("""
            {"formatVersion": 1, "model": {"name": "m"}, "results": [
              {"id": "kim2025.shell-thickness.fib-sem-75-25", "value": 945.5, "unit": "nm"},
              {"id": "kim2025.shell-thickness.eq1-95-5", "value": 181.1, "unit": "nm"}]}
            """).output
        let table = try figure.overlay(output, catalog: catalog, file: "m.json")
        #expect(table.rows.map { $0.last } == [.text("fail"), .text("pass")])
        #expect(figure.plot.points.contains { $0.shape == .cross && $0.group == "m: fail (overlay)" })
        #expect(figure.plot.points.contains { $0.shape == .ring && $0.group == "m: pass (overlay)" })
    }
}

/// A model-output file written to a temporary folder for one test.
enum OutputFile {
    static func write(_ json: String) throws -> (path: String, output: ModelOutput) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figures-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: url)
        return (url.path, try ModelOutput.read(file: url.path))
    }
}
