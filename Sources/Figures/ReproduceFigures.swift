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
                              golden points, each scored and drawn in the shape and colour of
                              its verdict, and write <id>-overlay.csv. When no result has an id
                              the selected figures draw, the files are still written, a line
                              says so on standard error and the exit code is 1.
      --golden <dir>          Folder of golden files (default: $ASSB_GOLDEN_DIR when set,
                              else the records compiled into this build).
      -h, --help              Show help information.

    EXIT CODES:
      0  done: the figures were listed, or written to <dir>
      1  --overlay: no result of the file has a golden id the selected figures draw
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
        let options: Options
        do throws(UsageError) { options = try Options(arguments) } catch { return fail(error) }
        if options.help { out(help); return ExitCode.pass }
        guard options.list || options.outDir != nil else {
            return fail("give --list or --out <dir>")
        }
        guard let (catalog, figures) = loadFigures(golden: options.golden, err: err) else {
            return ExitCode.inputError
        }
        let only = options.only
        let selected = figures.filter { only == nil || $0.id == only }
        if selected.isEmpty { return fail("no figure '\(only ?? "")'; see --list") }
        if options.list {
            list(selected, out: out)
            return ExitCode.pass
        }
        var external: (output: ModelOutput, file: String)?
        if let overlay = options.overlay {
            do { external = (try ModelOutput.read(file: overlay), overlay) } catch {
                err("Error: \(error.description)")
                return ExitCode.inputError
            }
        }
        return write(
            selected, to: URL(fileURLWithPath: options.outDir!, isDirectory: true),
            overlay: external, catalog: catalog, gallery: only == nil && external == nil,
            out: out, err: err)
    }

    /// The command line, scanned up to the first `-h`/`--help` (which wins over what follows).
    /// A repeated option's last value wins (the shared ArgumentScanner's rule).
    struct Options {
        var help = false, list = false
        var outDir: String?, only: String?, overlay: String?, golden: String?

        /// Reads `arguments`; throws on an unknown or positional argument or a missing value.
        init(_ arguments: [String]) throws(UsageError) {
            var scanner = ArgumentScanner(
                arguments, flags: ["-h", "--help", "--list"],
                options: ["--out", "--id", "--overlay", "--golden"])
            while let argument = try scanner.next() {
                switch argument {
                case .flag("--list"): list = true
                case .flag("-h"), .flag("--help"): help = true; return
                case .flag(let name): preconditionFailure("flag \(name) is not handled")
                case .option("--out", let value): outDir = value
                case .option("--id", let value): only = value
                case .option("--overlay", let value): overlay = value
                case .option("--golden", let value): golden = value
                case .option(let name, _): preconditionFailure("option \(name) is not handled")
                case .positional(let argument):
                    throw UsageError(message: "unexpected argument '\(argument)'")
                }
            }
        }
    }

    /// The golden catalog (from `golden`, else the default source) and every figure drawn from
    /// it; `nil` after printing the error when either cannot be had.
    static func loadFigures(
        golden: String?, err: (String) -> Void
    ) -> (catalog: GoldenCatalog, figures: [Figure])? {
        do {
            let source = GoldenCatalog.Source.resolve(folder: golden)
            let catalog = try GoldenCatalog.load(source)
            if source == .shipped, let warning = GoldenCatalog.staleShippedWarning() { err(warning) }
            return (catalog, try FigureCatalog.all(catalog: catalog))
        } catch {
            err("Error: golden data: \(error.description)")
            return nil
        }
    }

    /// Prints one line per figure: id (padded), paper, the paper's figure and the summary.
    static func list(_ figures: [Figure], out: (String) -> Void) {
        let w = figures.map(\.id.count).max() ?? 0
        for f in figures {
            let id = f.id.padding(toLength: w, withPad: " ", startingAt: 0)
            out("\(id)  \(f.paper)  \(f.paperFigure): \(f.summary)")
        }
    }

    /// Writes each figure's files into `dir` (with the external model drawn in when `overlay` is
    /// given) and, when `gallery`, the gallery page; returns the exit code.
    static func write(
        _ figures: [Figure], to dir: URL, overlay: (output: ModelOutput, file: String)?,
        catalog: GoldenCatalog, gallery writeGallery: Bool,
        out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        var overlaid = 0
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for var figure in figures {
                var files = try figure.files()
                if let overlay {
                    let table = try figure.overlay(
                        overlay.output, catalog: catalog, file: overlay.file)
                    overlaid += table.rows.count
                    files["\(figure.id)-overlay.csv"] = table.csv()
                    files["\(figure.id).svg"] = SVGRenderer.render(figure.plot)
                }
                for name in files.keys.sorted() {
                    try Data(files[name]!.utf8).write(to: dir.appendingPathComponent(name))
                }
                let paths = files.keys.sorted().map { dir.appendingPathComponent($0).path }
                out("wrote \(paths.joined(separator: ", "))")
            }
            if writeGallery {
                for (name, text) in [("README.md", gallery(figures)), ("index.html", galleryPage(figures))] {
                    try Data(text.utf8).write(to: dir.appendingPathComponent(name))
                    out("wrote \(dir.appendingPathComponent(name).path)")
                }
            }
        } catch let error as InputError {
            err("Error: \(error.description)")
            return ExitCode.inputError
        } catch {
            err("Error: \(dir.path): cannot write (\(error.localizedDescription)); "
                + "choose a writable --out folder")
            return ExitCode.inputError
        }
        if let overlay, overlaid == 0 {
            err(
                "reproduce-figures: \(overlay.file): none of its \(overlay.output.results.count) results has a "
                    + "golden id these figures draw; nothing was overlaid (the ids drawn are in each "
                    + "figure's points CSV)")
            return ExitCode.fail
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
            "The same gallery as one HTML page, with what each figure cannot show: [index.html](index.html).",
            "",
        ]
        for f in figures {
            lines += ["## \(f.id)", "", "\(f.paper), \(f.paperFigure). \(f.summary)", "",
                      "![\(f.plot.title)](\(f.id).svg)", "",
                      "Cannot show: " + (f.limits.isEmpty ? "not stated." : f.limits), "",
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
