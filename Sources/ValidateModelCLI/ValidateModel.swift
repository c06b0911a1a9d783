import Foundation
import GoldenRecords
import ReferenceModels

/// The `validate-model` command, testable without a process: `main.swift` only forwards
/// `CommandLine.arguments` and exits with the returned code.
public enum ValidateModel {
    public static let version = "0.1.0"

    /// Exit codes, as documented in `--help` and README.md.
    public enum ExitCode {
        public static let pass: Int32 = 0
        public static let fail: Int32 = 1
        public static let inputError: Int32 = 2
    }

    /// Runs the command. `arguments` excludes the program name. Output goes to `out` (reports,
    /// help) and `err` (errors), line by line.
    public static func run(_ arguments: [String], out: (String) -> Void, err: (String) -> Void) -> Int32 {
        let options: Options
        do { options = try Options.parse(arguments) } catch {
            err("Error: \(error.message)")
            err(Options.usage)
            err("  See 'validate-model --help'.")
            return ExitCode.inputError
        }
        switch options.action {
        case .help: out(Options.help); return ExitCode.pass
        case .version: out(version); return ExitCode.pass
        default: break
        }
        let catalog: GoldenCatalog
        do {
            catalog = try GoldenCatalog.load(directory: options.goldenDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? GoldenCatalog.defaultDirectory)
        } catch {
            err("Error: golden data: \(error.description)")
            return ExitCode.inputError
        }
        if let paper = options.paper, catalog.records(paper: paper).isEmpty {
            let keys = Array(Set(catalog.records.map(\.paper.key))).sorted().joined(separator: ", ")
            err("Error: --paper: no golden records for '\(paper)'; known papers: \(keys)")
            return ExitCode.inputError
        }
        let selected = options.paper.map { catalog.records(paper: $0) } ?? catalog.records
        switch options.action {
        case .list:
            out(TextReport.list(selected))
            return ExitCode.pass
        case .template:
            out(TextReport.template(selected))
            return ExitCode.pass
        case .referenceOutput:
            do { out(String(try ReferenceResults.all(catalog: catalog).jsonText().dropLast())) } catch {
                err("Error: golden data: \(error.description)")
                return ExitCode.inputError
            }
            return ExitCode.pass
        case let .score(file):
            return score(file: file, catalog: catalog, out: out, err: err)
        case .help, .version:
            return ExitCode.pass
        }
    }

    static func score(file: String, catalog: GoldenCatalog, out: (String) -> Void, err: (String) -> Void) -> Int32 {
        do {
            let output = try ModelOutput.read(file: file)
            let report = try Scorer.score(output, against: catalog, file: file)
            out(TextReport.render(report, file: file, modelName: output.modelName, goldenCount: catalog.records.count))
            return report.passed ? ExitCode.pass : ExitCode.fail
        } catch {
            err("Error: \(error.description)")
            return ExitCode.inputError
        }
    }
}
