import Foundation
import CommandLineSupport
public import GoldenRecords

/// The `reproduce-figures` command: lists the reproducible figures and writes them as CSV and SVG.
/// `main.swift` only forwards the arguments.
public enum ReproduceFigures {
    static let usage = "USAGE: reproduce-figures --list | --out <dir> [--id <figure-id>] [--overlay <output.json>]"
        + " [--golden <dir>]"

    static let help = """
    OVERVIEW: Reproduce the papers' figures and tables numerically, as CSV (header row with units)
    and SVG, from the reference models and the golden records. Output is deterministic.

    \(usage)

    OPTIONS:
      --list                  List the figures: id, paper, the paper's figure, what it shows.
      --out <dir>             Write <id>.svg and <id>.csv (+ <id>-<table>.csv) for each figure.
      --id <figure-id>        Only this figure.
      --overlay <output.json> Draw an external model's values (model-output format) beside the
                              golden points, and write <id>-overlay.csv.
      --golden <dir>          Folder of golden files (default: $ASSB_GOLDEN_DIR when set,
                              else the records compiled into this build).
      -h, --help              Show help information.

    EXIT CODES:
      0  done: the figures were listed, or written to <dir>
      2  usage error (printed with the usage line), unreadable golden data or --overlay file,
         or an unwritable --out folder
    """

    public static func run(_ arguments: [String], out: (String) -> Void, err: (String) -> Void) -> Int32 {
        // A usage error: `Error: …`, the usage line, `  See 'reproduce-figures --help'.`; exit 2.
        func fail(_ error: UsageError) -> Int32 {
            error.lines(usage: usage, tool: "reproduce-figures").forEach(err)
            return ExitCode.inputError
        }
        func fail(_ message: String) -> Int32 { fail(UsageError(message: message)) }
        // A repeated option's last value wins (the shared ArgumentScanner's rule).
        var list = false, outDir: String?, only: String?, overlay: String?, golden: String?
        var scanner = ArgumentScanner(
            arguments, flags: ["-h", "--help", "--list"], options: ["--out", "--id", "--overlay", "--golden"])
        do throws(UsageError) {
            while let argument = try scanner.next() {
                switch argument {
                case .flag("--list"): list = true
                case .flag("-h"), .flag("--help"): out(help); return ExitCode.pass
                case .flag(let name): preconditionFailure("flag \(name) is not handled")
                case .option("--out", let value): outDir = value
                case .option("--id", let value): only = value
                case .option("--overlay", let value): overlay = value
                case .option("--golden", let value): golden = value
                case .option(let name, _): preconditionFailure("option \(name) is not handled")
                case .positional(let argument): throw UsageError(message: "unexpected argument '\(argument)'")
                }
            }
        } catch {
            return fail(error)
        }
        guard list || outDir != nil else { return fail("give --list or --out <dir>") }
        let figures: [Figure]
        let catalog: GoldenCatalog
        do {
            let source = GoldenCatalog.Source.resolve(folder: golden)
            catalog = try GoldenCatalog.load(source)
            if source == .shipped, let warning = GoldenCatalog.staleShippedWarning() { err(warning) }
            figures = try FigureCatalog.all(catalog: catalog)
        } catch {
            err("Error: golden data: \(error.description)")
            return ExitCode.inputError
        }
        let selected = figures.filter { only == nil || $0.id == only }
        if selected.isEmpty { return fail("no figure '\(only ?? "")'; see --list") }
        if list {
            let w = selected.map(\.id.count).max() ?? 0
            for f in selected {
                let id = f.id.padding(toLength: w, withPad: " ", startingAt: 0)
                out("\(id)  \(f.paper)  \(f.paperFigure): \(f.summary)")
            }
            return ExitCode.pass
        }
        var external: ModelOutput?
        if let overlay {
            do { external = try ModelOutput.read(file: overlay) } catch {
                err("Error: \(error.description)")
                return ExitCode.inputError
            }
        }
        let dir = URL(fileURLWithPath: outDir!, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for var figure in selected {
                var files = try figure.files()
                if let external, let overlay {
                    let table = try figure.overlay(external, catalog: catalog, file: overlay)
                    files["\(figure.id)-overlay.csv"] = table.csv()
                    files["\(figure.id).svg"] = SVGRenderer.render(figure.plot)
                }
                for name in files.keys.sorted() {
                    try Data(files[name]!.utf8).write(to: dir.appendingPathComponent(name))
                }
                out("wrote \(files.keys.sorted().map { dir.appendingPathComponent($0).path }.joined(separator: ", "))")
            }
            if only == nil, overlay == nil {
                try Data(gallery(selected).utf8).write(to: dir.appendingPathComponent("README.md"))
                out("wrote \(dir.appendingPathComponent("README.md").path)")
            }
        } catch let error as InputError {
            err("Error: \(error.description)")
            return ExitCode.inputError
        } catch {
            err("Error: \(dir.path): cannot write (\(error.localizedDescription)); choose a writable --out folder")
            return ExitCode.inputError
        }
        return ExitCode.pass
    }
}

extension ReproduceFigures {
    /// The gallery page written beside the figures (`README.md` of the output folder).
    static func gallery(_ figures: [Figure]) -> String {
        var lines = [
            "# Figure gallery",
            "",
            "Reproductions of the papers' figures and tables from the reference models and the golden records.",
            "Regenerate with `swift run reproduce-figures --out docs/figures`"
                + " (a test fails when these files are stale).",
            "Each figure has its numbers beside it as CSV (header row with units).",
            "",
        ]
        for f in figures {
            lines += ["## \(f.id)", "", "\(f.paper), \(f.paperFigure). \(f.summary)", "",
                      "![\(f.plot.title)](\(f.id).svg)", "",
                      "Data: " + (f.tables.indices.map { k in
                          k == 0
                              ? "[\(f.id).csv](\(f.id).csv)"
                              : "[\(f.id)-\(f.tables[k].name).csv](\(f.id)-\(f.tables[k].name).csv)"
                      }).joined(separator: ", "), ""]
        }
        return lines.joined(separator: "\n")
    }
}

extension Figure {
    /// File name → contents: `<id>.svg`, `<id>.csv` and `<id>-<table>.csv` for further tables.
    public func files() throws(InputError) -> [String: String] {
        var files = ["\(id).svg": SVGRenderer.render(plot)]
        for (k, entry) in tables.enumerated() {
            files[k == 0 ? "\(id).csv" : "\(id)-\(entry.name).csv"] = entry.table.csv()
        }
        return files
    }
}
