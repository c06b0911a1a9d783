import CommandLineSupport
import GoldenRecords

/// The `audit-papers` command: the interval audit of the papers' own arithmetic, as a table per
/// paper. `main.swift` only forwards the arguments.
public enum AuditPapers {
    static let usage =
        "USAGE: audit-papers [--paper <key>] [--format text|json|markdown] [--golden <dir>]"

    static let help = """
        OVERVIEW: Audit the papers' own arithmetic with intervals: every computed or claim record a
        reference model computes is evaluated over the box of its inputs' tolerances and judged
        consistent, rounding, inconsistent or ambiguous-formula (docs/paper-audit.md).

        \(usage)

        OPTIONS:
          --paper <key>           Only this paper (\(PaperAudit.paperKeys.joined(separator: ", "))).
          --format <format>       text (default), json or markdown.
          --golden <dir>          Folder of golden files (default: $ASSB_GOLDEN_DIR when set,
                                  else the records compiled into this build).
          -h, --help              Show help information.

        EXIT CODES:
          0  done: the audit was printed
          2  usage error (printed with the usage line) or unreadable golden data
        """

    public static func run(
        _ arguments: [String], out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        func fail(_ message: String) -> Int32 {
            UsageError(message: message).lines(usage: usage, tool: "audit-papers").forEach(err)
            return ExitCode.inputError
        }
        var paper: String?, golden: String?, format = AuditReport.Format.text, showHelp = false
        do throws(UsageError) {
            var scanner = ArgumentScanner(
                arguments, flags: ["-h", "--help"], options: ["--paper", "--format", "--golden"])
            scan: while let argument = try scanner.next() {
                switch argument {
                case .flag: showHelp = true; break scan
                case .option("--paper", let value): paper = value
                case .option("--golden", let value): golden = value
                case .option(_, let value):
                    guard let f = AuditReport.Format(rawValue: value) else {
                        throw UsageError(
                            message: "unknown format '\(value)' (text, json or markdown)")
                    }
                    format = f
                case .positional(let argument):
                    throw UsageError(message: "unexpected argument '\(argument)'")
                }
            }
        } catch { return fail(error.message) }
        if showHelp { out(help); return ExitCode.pass }
        if let paper, !PaperAudit.paperKeys.contains(paper) {
            return fail(
                "no modelled paper '\(paper)' (\(PaperAudit.paperKeys.joined(separator: ", ")))")
        }
        let catalog: GoldenCatalog
        do { catalog = try GoldenCatalog.load(.resolve(folder: golden)) } catch {
            err("Error: golden data: \(error.description)")
            return ExitCode.inputError
        }
        out(AuditReport.render(PaperAudit.run(catalog: catalog, paper: paper), format: format))
        return ExitCode.pass
    }
}
