import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import GoldenRecords
import ReferenceModels
@testable import Figures

/// Every reproduction: well-formed, deterministic SVG; CSV with units; numbers equal to the
/// model functions and the golden records; the committed gallery is not stale.
@Suite("Figures: SVG, CSV, model agreement, gallery freshness")
struct FigureTests {
    static func figures() throws -> [Figure] { try FigureCatalog.all(catalog: Shared.catalog.get()) }

    @Test func figureCount() throws {
        #expect(try Self.figures().map(\.id) == ["kim2025-shell-thickness", "kim2025-electrode-models", "lee2020-stage-chart",
                                                 "park2022-regime-map", "jun2024-capacity-pressure", "wu2023-rate-capability",
                                                 "wu2023-plating-criterion"])
    }

    @Test(arguments: try figures().map(\.id))
    func svgIsWellFormedAndDeterministic(_ id: String) throws {
        let figure = try #require(try Self.figures().first { $0.id == id })
        let svg = SVGRenderer.render(figure.plot)
        #expect(svg == SVGRenderer.render(try #require(try Self.figures().first { $0.id == id }).plot))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "SVG of \(id) is not well-formed XML: \(String(describing: parser.parserError))")
        #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        for bad in ["\"nan", "nan,", ",nan", "\"inf", "inf,", ",inf", "\"-inf"] {
            #expect(!svg.contains(bad), "non-finite coordinate in \(id)")
        }
    }

    @Test(arguments: try figures().map(\.id))
    func csvHeadersCarryUnits(_ id: String) throws {
        let figure = try #require(try Self.figures().first { $0.id == id })
        for (_, table) in figure.tables {
            #expect(!table.rows.isEmpty)
            let text = table.csv()
            #expect(text.hasSuffix("\n"))
            #expect(text.split(separator: "\n").allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count >= table.header.count })
            // Every numeric column names a unit, or is an id/text column.
            #expect(table.header.contains { $0.contains("(") || $0 == "unit" })
        }
    }

    /// The curves are the model functions, point for point.
    @Test func shellCurvesEqualTheModel() throws {
        let figure = try Kim2025Figures.shellThickness(catalog: Shared.catalog.get())
        let inputs = try Kim2025.ShellInputs(catalog: Shared.catalog.get())
        #expect(figure.plot.series.count == 3)
        for (series, reading) in zip(figure.plot.series, [Kim2025.ShellReading.outerShell, .asPrinted, .massFraction]) {
            #expect(series.x.count == series.y.count)
            for (x, y) in zip(series.x, series.y) {
                #expect(try y == inputs.thickness(amWeightPercent: 100 - x, reading: reading))
            }
        }
    }

    /// The drawn points are the golden records, at their printed values, with their tolerance.
    @Test(arguments: try figures().map(\.id))
    func pointsAreTheGoldenRecords(_ id: String) throws {
        let catalog = try Shared.catalog.get()
        let figure = try #require(try Self.figures().first { $0.id == id })
        // Model-only figures, with the reason they carry no golden point.
        let modelOnly = ["wu2023-plating-criterion": "the text gives no current density for the Fig. 4 plating-location observation"]
        #expect(figure.goldenPositions.isEmpty == (modelOnly[id] != nil))
        for (goldenID, position) in figure.goldenPositions {
            let record = try catalog.record(goldenID)
            if case let .series(x, y, _) = record.value {
                #expect(figure.plot.series.contains { $0.x == x && $0.y == y }, "\(goldenID) not drawn")
                #expect(position.x == x.first)
                continue
            }
            guard case let .number(value) = record.value else {
                #expect(figure.plot.points.contains { $0.x == position.x && $0.y == position.y }, "\(goldenID) not drawn")
                continue
            }
            #expect(figure.plot.points.contains { $0.x == position.x && $0.y == value && $0.yError == record.tolerance }, "\(goldenID) not drawn")
        }
    }

    @Test func energyDensityTableMatchesTheModel() throws {
        let figure = try Kim2025Figures.electrodeModels(catalog: Shared.catalog.get())
        let table = try #require(figure.tables.first).table
        let voltage = try #require(table.rows.first { $0.first == .text("average discharge voltage implied by 1258 Wh L^-1") })
        let value = try #require(voltage.indices.contains(2) ? voltage[2] : nil)
        // Python, from the golden records: ρ = 0.877 / (0.85/4.8 + 0.1266/1.64 + 0.0234/2) g cm⁻³;
        // L = 30.6e-3 / ρ · 1e4 + 30 + 30 µm (cathode, separator, Li); Q = 198.88 · 0.85 · 30.6e-3 mAh cm⁻²;
        // V = 1258 · L · 1e-4 / Q = 3.7160784234670374 V.
        guard case let .number(volts) = value else { Issue.record("not a number: \(value)"); return }
        #expect(volts.isApproximatelyEqual(to: 3.7160784234670374, absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    /// `docs/figures/` holds what `reproduce-figures --out docs/figures` writes today.
    @Test func galleryIsNotStale() throws {
        let dir = GoldenCatalog.packageRoot.appendingPathComponent("docs/figures")
        var expected = [
            "README.md": ReproduceFigures.gallery(try Self.figures()),
            "index.html": ReproduceFigures.galleryPage(try Self.figures()),
        ]
        for figure in try Self.figures() { expected.merge(try figure.files()) { a, _ in a } }
        let onDisk = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasSuffix(".png") })
        let missing = Set(expected.keys).subtracting(onDisk).sorted(), extra = onDisk.subtracting(expected.keys).sorted()
        #expect(missing.isEmpty && extra.isEmpty,
                "docs/figures: not written by today's reproduce-figures \(extra); not committed \(missing); regenerate with \(GallerySnapshot.regenerate)")
        for (name, text) in expected.sorted(by: { $0.key < $1.key }) {
            let shipped = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let differences = GallerySnapshot.differences(file: name, shipped: shipped, current: text)
            #expect(differences.isEmpty, "docs/figures/\(name) is stale:\n\(differences.joined(separator: "\n"))")
        }
    }
}

@Suite("reproduce-figures command line")
struct ReproduceFiguresCommandTests {
    static func run(_ arguments: [String]) -> (code: Int32, out: [String], err: [String]) {
        var out: [String] = [], err: [String] = []
        let code = ReproduceFigures.run(arguments, out: { out.append($0) }, err: { err.append($0) })
        return (code, out, err)
    }

    @Test func listsFigures() throws {
        let r = Self.run(["--list"])
        #expect(r.code == 0)
        #expect(r.out.count == 7)
        let first = try #require(r.out.first)
        #expect(first.hasPrefix("kim2025-shell-thickness"))
    }

    @Test(arguments: [
        ([], "Error: give --list or --out <dir>"),
        (["--id"], "Error: missing value for '--id'"),
        (["--bogus"], "Error: unknown option '--bogus'"),
        (["--list", "--id", "nope"], "Error: no figure 'nope'; see --list"),
    ] as [([String], String)])
    func usageErrors(_ arguments: [String], _ message: String) {
        let r = Self.run(arguments)
        #expect(r.code == 2)
        #expect(r.err.first == message)
    }

    @Test func overlayDrawsTheExternalModel() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("figs-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixture = GoldenCatalog.packageRoot.appendingPathComponent("Fixtures/example-pass.json").path
        let r = Self.run(["--out", dir.path, "--id", "kim2025-shell-thickness", "--overlay", fixture])
        #expect(r.code == 0)
        let csv = try String(contentsOf: dir.appendingPathComponent("kim2025-shell-thickness-overlay.csv"), encoding: .utf8)
        #expect(csv == """
        golden id,SE share of the mechanofusion mix (wt%),printed (in unit),external model (in unit),unit,verdict
        kim2025.shell-thickness.eq1-75-25,25.0,880,880.2,nm,pass
        kim2025.shell-thickness.eq1-95-5,5.0,181,181.0,nm,pass

        """)
        let svg = try String(contentsOf: dir.appendingPathComponent("kim2025-shell-thickness.svg"), encoding: .utf8)
        #expect(svg.contains("pass (overlay)"))
    }

    @Test func badOverlayIsAnInputError() {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("figs-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixture = GoldenCatalog.packageRoot.appendingPathComponent("Fixtures/invalid/not-json.json").path
        let r = Self.run(["--out", dir.path, "--overlay", fixture])
        #expect(r.code == 2)
        #expect(r.err.first?.hasPrefix("Error: \(fixture): $: not valid JSON") == true)
    }
}

@Suite("Plot axis ticks")
struct TickTests {
    @Test func linearTicksAreRoundNumbers() {
        let ticks = Axis(label: "x", unit: "nm", lower: 0, upper: 1400).ticks().map(\.value)
        #expect(ticks == [0, 250, 500, 750, 1000, 1250])
        #expect(Axis(label: "x", unit: "", lower: 0, upper: 30).ticks().map(\.label) == ["0", "5", "10", "15", "20", "25", "30"])
    }

    @Test func logTicksAreDecades() {
        let ticks = Axis(label: "d", unit: "nm", scale: .log, lower: 10, upper: 1000).ticks()
        #expect(ticks.map(\.value) == [10, 20, 50, 100, 200, 500, 1000])
        #expect(Axis(label: "d", unit: "nm", scale: .log, lower: 1e-3, upper: 1e3).ticks().count == 7)
    }

    @Test func fractionsAndEdgeCases() {
        let log = Axis(label: "d", unit: "nm", scale: .log, lower: 10, upper: 1000)
        #expect(log.fraction(100) == 0.5)
        #expect(log.fraction(0) == -.infinity)
        #expect(log.fraction(-1) == -.infinity)
        #expect(Axis(label: "x", unit: "", lower: 0, upper: 10).fraction(.nan).isNaN)
    }
}

/// Each SVG renders to a PNG with a real SVG renderer (librsvg's `rsvg-convert`), when it is
/// installed; `.ci/run` installs it, so in CI this never skips.
@Suite("SVG rendering through rsvg-convert")
struct RenderTests {
    static let converter = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: converter != nil, "rsvg-convert (Debian: librsvg2-bin) is not installed"), arguments: try FigureTests.figures().map(\.id))
    func rendersToPNG(_ id: String) throws {
        let figure = try #require(try FigureTests.figures().first { $0.id == id })
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("\(id).svg"), png = dir.appendingPathComponent("\(id).png")
        try Data(SVGRenderer.render(figure.plot).utf8).write(to: svg)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.converter))
        process.arguments = ["-w", "600", svg.path, "-o", png.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        #expect(bytes.count > 10_000, "suspiciously small PNG (\(bytes.count) bytes)")
    }
}
