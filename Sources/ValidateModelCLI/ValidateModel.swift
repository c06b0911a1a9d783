import Foundation
public import CommandLineSupport
import GoldenRecords
import ReferenceModels

/// The `validate-model` command, testable without a process: `main.swift` only forwards
/// `CommandLine.arguments` and exits with the returned code.
public enum ValidateModel {
    public static let version = "0.2.0"

    /// Exit codes, as documented in `--help` and README.md.
    /// 0 pass, 1 fail, 2 usage error or unreadable input: shared with `reproduce-figures`.
    public typealias ExitCode = CommandLineSupport.ExitCode

    /// Runs the command. `arguments` excludes the program name. Output goes to `out` (reports,
    /// help) and `err` (errors), line by line.
    ///
    /// - Parameter finish: when given (the executable passes `exit`), a scoring run ends by
    ///   calling it with the exit code while the golden records, the model output and the report
    ///   are still in scope, so the process ends without freeing them object by object (about
    ///   20 ms for 100 000 records, and the memory goes back to the system at exit anyway).
    ///   Tests leave it nil and get the code returned.
    /// - Parameter outBytes: when given (the executable passes a write to standard output), a
    ///   score report goes out through it as UTF-8 bytes (valid during the call), its final line
    ///   break included, instead of through `out` as one string (a 70 MB JSON report is not
    ///   copied into a `String`).
    public static func run(_ arguments: [String], out: (String) -> Void, err errorLine: (String) -> Void,
                           finish: ((Int32) -> Never)? = nil,
                           outBytes: ((UnsafeRawBufferPointer) -> Void)? = nil) -> Int32 {
        // Every line of an error names text from the input: escaped, so it stays one line.
        func err(_ line: String) { errorLine(Escape.visible(line)) }
        let options: Options
        do { options = try Options.parse(arguments) } catch {
            error.lines(usage: Options.usage, tool: "validate-model").forEach(err)
            return ExitCode.inputError
        }
        switch options.action {
        case .help: out(Options.help); return ExitCode.pass
        case .version: out(version); return ExitCode.pass
        default: break
        }
        if case let .score(file) = options.action {
            return scoreFile(file, options: options, out: out, outBytes: outBytes, err: err,
                             finish: finish)
        }
        guard let catalog = loadCatalog(options, err: err) else { return ExitCode.inputError }
        let selection = options.selection
        let selectedRecords = { catalog.records(selectedBy: selection) }
        switch options.action {
        case .list:
            out(TextReport.list(selectedRecords(), vocabulary: catalog.categoryVocabulary()))
            return ExitCode.pass
        case .template:
            out(TextReport.template(selectedRecords(), vocabulary: catalog.categoryVocabulary()))
            return ExitCode.pass
        case .referenceOutput:
            do { out(String(try ReferenceResults.all(catalog: catalog).jsonText().dropLast())) } catch {
                err("Error: golden data: \(error.description)")
                return ExitCode.inputError
            }
            return ExitCode.pass
        case let .cite(file):
            return cite(file, catalog: catalog, selection: selection, out: out, err: err)
        case .score, .help, .version:
            return ExitCode.pass  // handled above
        }
    }

    /// Scores one output file: its ids name the papers whose golden files are loaded (cost grows
    /// with what the output touches, not with the corpus), and an id none of them holds loads
    /// every golden file, so unknown ids get the same "did you mean" as before.
    static func scoreFile(
        _ file: String, options: Options, out: (String) -> Void,
        outBytes: ((UnsafeRawBufferPointer) -> Void)?, err: (String) -> Void,
        finish: ((Int32) -> Never)?
    ) -> Int32 {
        let output: ModelOutput
        do { output = try ModelOutput.read(file: file) } catch {
            err("Error: \(error.description)")
            return ExitCode.inputError
        }
        var papers: Set<String> = []
        var last = ""  // outputs list a paper's ids together: most ids repeat the last key
        func note(_ id: String) {
            guard !hasPaperKey(id, last) else { return }
            last = paperKey(ofID: id)
            papers.insert(last)
        }
        for k in output.results.indices { note(output.results[k].id) }
        for k in output.unreported.indices { note(output.unreported[k].id) }
        if let paper = options.paper { papers.insert(paper) }
        guard var catalog = loadCatalog(options, papers: papers, err: err) else {
            return ExitCode.inputError
        }
        let known = { (id: String) in catalog.position(of: id) != nil }
        if !(output.results.allSatisfy { known($0.id) } && output.unreported.allSatisfy { known($0.id) }) {
            guard let all = loadCatalog(options, err: err, warn: false) else { return ExitCode.inputError }
            catalog = all
        }
        return score(output, file: file, catalog: catalog, options: options, out: out,
                     outBytes: outBytes, err: err, finish: finish)
    }

    /// `kim2025` for `kim2025.shell-thickness.eq1-75-25`: an id starts with its paper's key.
    static func paperKey(ofID id: String) -> String {
        id.firstIndex(of: ".").map { String(id[..<$0]) } ?? id
    }

    /// Whether `paperKey(ofID: id) == key`, without making a string (`key` has no dot): the
    /// key and a dot, or the whole id.
    static func hasPaperKey(_ id: String, _ key: String) -> Bool {
        !key.isEmpty && (GoldenLoader.hasPaperPrefix(id, key) || id == key)
    }

    /// The golden records the options name (`--golden`, `$ASSB_GOLDEN_DIR`, or the shipped ones),
    /// only the files of `papers` when given, with the stale-build warning; nil after an error
    /// line when they cannot be loaded or `--paper` names no paper of them (checked against every
    /// file, so the message lists every known paper).
    static func loadCatalog(
        _ options: Options, papers: Set<String>? = nil, err: (String) -> Void, warn: Bool = true
    ) -> GoldenCatalog? {
        let source = GoldenCatalog.Source.resolve(folder: options.goldenDirectory)
        let catalog: GoldenCatalog
        do throws(InputError) {
            if let papers {
                catalog = try GoldenCatalog.load(source, papers: papers)
            } else {
                catalog = try GoldenCatalog.load(source)
            }
        } catch {
            err("Error: golden data: \(error.description)")
            return nil
        }
        if warn, source == .shipped, let warning = GoldenCatalog.staleShippedWarning() { err(warning) }
        if let paper = options.paper, catalog.records(paper: paper).isEmpty {
            if papers != nil { return loadCatalog(options, err: err, warn: false) }
            let keys = Array(Set(catalog.records.map(\.paper.key))).sorted().joined(separator: ", ")
            err("Error: --paper: no golden records for '\(paper)'; known papers: \(keys)")
            return nil
        }
        return catalog
    }

    /// `--cite [file]`: BibTeX of the papers the output's results score against (of every
    /// selected paper without a file).
    static func cite(_ file: String?, catalog: GoldenCatalog, selection: Selection,
                     out: (String) -> Void, err: (String) -> Void) -> Int32 {
        var papers = Array(Set(catalog.records(selectedBy: selection).map(\.paper.key))).sorted()
        if let file {
            do throws(InputError) {
                let output = try ModelOutput.read(file: file)
                do { papers = try Scorer.score(output, against: catalog, selection: selection).papers } catch {
                    throw InputError(.incomparableResult, file: file, place: error.place, message: error.message)
                }
            } catch {
                err("Error: \(error.description)")
                return ExitCode.inputError
            }
        }
        out(Citation.bibtex(papers.compactMap { key in catalog.records.first { $0.paper.key == key }?.paper }))
        return ExitCode.pass
    }

    static func score(_ output: ModelOutput, file: String, catalog: GoldenCatalog, options: Options,
                      out: (String) -> Void, outBytes: ((UnsafeRawBufferPointer) -> Void)? = nil,
                      err: (String) -> Void, finish: ((Int32) -> Never)? = nil) -> Int32 {
        let name = file == "-" ? "<stdin>" : file
        let report: ScoreReport
        do {
            report = try Scorer.score(output, against: catalog, selection: options.selection)
        } catch {
            let refusal = InputError(
                .incomparableResult, file: name, place: error.place, message: error.message)
            err("Error: \(refusal.description)")
            return ExitCode.inputError
        }
        let verdict = RunVerdict(report: report, policy: options.policy)
        var context = ReportContext(file: name, modelName: output.modelName,
                                    goldenCount: catalog.records.count, verdict: verdict, policy: options.policy)
        context.goldenPapers = catalog.paperKeys
        if options.format == .html { context.figures = FigureSource(output: output, catalog: catalog) }
        let code = verdict.passed ? ExitCode.pass : ExitCode.fail
        // The output, the catalog and the report are all alive here (see `run`'s `finish`).
        let done = { () -> Int32 in
            if let finish { withExtendedLifetime((output, catalog, report)) { finish(code) } }
            return code
        }
        let summary = { Escape.visible(Wording.summary(report, verdict)) }
        if options.quiet && options.outputFile == nil {
            out(summary())
            return done()
        }
        if options.outputFile == nil, let outBytes {
            var text = options.format.renderer.renderText(report, context)
            text.append(UInt8(ascii: "\n"))
            text.withVisibleBytes { outBytes(UnsafeRawBufferPointer($0)) }
            return done()
        }
        let text = options.format.renderer.render(report, context)
        if let path = options.outputFile {
            // Never over the model output or a golden file (ReportFile says how).
            let golden = GoldenCatalog.Source.resolve(folder: options.goldenDirectory).protectedFolder
            do throws(ReportFile.Error) {
                try ReportFile.write(text.hasSuffix("\n") ? text : text + "\n", to: path,
                                     protecting: [.modelOutput(file), .goldenFolder(golden)])
            } catch {
                err("Error: \(error.description)")
                return ExitCode.inputError
            }
            out(summary())
        } else {
            out(text)
        }
        return done()
    }
}
