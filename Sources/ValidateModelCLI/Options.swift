import CommandLineSupport
import GoldenRecords

/// What the command line asked for.
struct Options: Equatable {
    enum Action: Equatable {
        case score(file: String)
        case list
        case template
        case referenceOutput
        case cite(file: String?)
        case help
        case version
    }

    enum Format: String, CaseIterable {
        case text, json, junit, markdown, html

        var renderer: any ReportFormat.Type {
            switch self {
            case .text: TextReport.self
            case .json: JSONReport.self
            case .junit: JUnitReport.self
            case .markdown: MarkdownReport.self
            case .html: HTMLReport.self
            }
        }
    }

    var action: Action
    var goldenDirectory: String?
    var paper: String?
    var idPattern: String?
    var format: Format = .text
    var outputFile: String?
    var requireAll = false
    /// Print only the one-line summary (the report is still written with `--output`).
    var quiet = false
    var minPassFraction: Double?
    var allowUnknownIDs = false

    /// `--paper` and `--id`.
    var selection: Selection { Selection(paper: paper, idPattern: idPattern) }
    /// The gates the run is judged with.
    var policy: RunVerdict.Policy {
        RunVerdict.Policy(requireAll: requireAll, minPassFraction: minPassFraction, allowUnknownIDs: allowUnknownIDs)
    }

    /// A usage error: printed as `Error: …`, the usage line and `  See 'validate-model --help'.`, exit code 2.
    typealias UsageError = CommandLineSupport.UsageError

    static let flags: Set<String> = [
        "-h", "--help", "--version", "--list", "--template", "--reference-output", "--cite",
        "--require-all", "--allow-unknown-ids", "-q", "--quiet",
    ]
    static let valueOptions: Set<String> = [
        "--golden", "--paper", "--id", "--output", "--format", "--min-pass-fraction",
    ]

    /// Parses with the shared ``ArgumentScanner``: a repeated option's last value wins.
    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        var actions: [Action] = []
        var options = Options(action: .help)
        var files: [String] = []
        var scanner = ArgumentScanner(arguments, flags: flags, options: valueOptions)
        while let argument = try scanner.next() {
            switch argument {
            case .flag("-h"), .flag("--help"): actions.append(.help)
            case .flag("--version"): actions.append(.version)
            case .flag("--list"): actions.append(.list)
            case .flag("--template"): actions.append(.template)
            case .flag("--reference-output"): actions.append(.referenceOutput)
            case .flag("--cite"): actions.append(.cite(file: nil))
            case .flag("--require-all"): options.requireAll = true
            case .flag("--allow-unknown-ids"): options.allowUnknownIDs = true
            case .flag("-q"), .flag("--quiet"): options.quiet = true
            case .flag(let name): preconditionFailure("flag \(name) is not handled")
            case .option("--golden", let value): options.goldenDirectory = value
            case .option("--paper", let value): options.paper = value
            case .option("--id", let value): options.idPattern = value
            case .option("--output", let value): options.outputFile = value
            case .option("--format", let text):
                guard let format = Format(rawValue: text) else {
                    let formats = Format.allCases.map(\.rawValue).joined(separator: ", ")
                    throw UsageError(message: "unknown format '\(text)'; use one of \(formats)")
                }
                options.format = format
            case .option("--min-pass-fraction", let text):
                // (0, 1]: 0 (or 1e-400, which reads as 0) would pass a run in which everything fails.
                guard let f = Double(text), f > 0, f <= 1 else {
                    throw UsageError(message: "--min-pass-fraction takes a number above 0 and at most 1, got '\(text)'")
                }
                options.minPassFraction = f
            case .option(let name, _): preconditionFailure("option \(name) is not handled")
            case .positional(let file): files.append(file)
            }
        }
        if actions.contains(.help) { options.action = .help; return options }
        if actions.contains(.version) { options.action = .version; return options }
        guard actions.count <= 1 else {
            throw UsageError(message: "give only one of --list, --template, --reference-output, --cite")
        }
        guard files.count <= 1 else { throw UsageError(message: "give one model-output file, got \(files.count)") }
        switch actions.first {
        case .cite?:
            options.action = .cite(file: files.first)
        case let action?:
            guard files.isEmpty else { throw UsageError(message: "unexpected argument '\(files[0])'") }
            options.action = action
        case nil:
            guard let file = files.first else { throw UsageError(message: "missing model-output file") }
            options.action = .score(file: file)
        }
        return options
    }

    static let usage =
        "USAGE: validate-model <output.json | -> [--format text|json|junit|markdown|html] [--output <file>]"
        + " [--paper <key>] [--id <pattern>] [--require-all] [--min-pass-fraction <f>] [--allow-unknown-ids]"

    static let help = """
    OVERVIEW: Score a battery model's outputs against the values all-solid-state-battery papers
    printed (the golden records; --list shows them).

    \(usage)
           validate-model --list [--paper <key>]
           validate-model --template [--paper <key>]
           validate-model --cite [<output.json>]
           validate-model --reference-output

    ARGUMENTS:
      <output.json>           Model outputs: {"formatVersion": 1, "results": [{"id", "value", "unit",
                              "uncertainty"?, "conditions"?}]}; '-' reads standard input.
                              Format: README.md; schema: Fixtures/schema/model-output.schema.json.

    OPTIONS:
      --format <format>       Report format: text (default), json (schema:
                              Fixtures/schema/report.schema.json), junit (JUnit XML), markdown
                              (for a GitHub step summary or a pull-request comment; < 1 MiB),
                              html (one self-contained page with the paper's figures, the
                              model's values overlaid; a CI artifact; < 5 MB).
      --output <file>         Write the report to <file> (atomically; never the input or a golden
                              file); the one-line summary still goes to stdout.
      -q, --quiet             Print only the one-line summary (exit codes unchanged).
      --paper <key>           Only this paper's records (e.g. kim2025); also for --list, --template.
      --id <pattern>          Only ids matching the glob (* any run, ? one character).
      --require-all           Fail when a selected golden id (of a paper the output touches, or of
                              --paper) is missing from the output; 'parameter' records are not
                              required, and one member of a conflict group covers the others.
      --min-pass-fraction <f> Pass when at least this fraction (above 0, at most 1) of scored
                              results do not fail, for gradual adoption.
      --allow-unknown-ids     Do not fail on result ids that match no golden record (for outputs
                              that carry quantities of their own); they are still listed.
      --golden <dir>          Folder of golden files (default: $ASSB_GOLDEN_DIR when set,
                              else the records compiled into this build).
      --list                  Print every golden id with its unit, kind and printed value.
      --template              Print a model-output skeleton to fill in (ids a model computes:
                              every kind but 'parameter'); a value left null is "not reported".
      --cite                  Print BibTeX for the papers scored in <output.json> (all papers without one).
      --reference-output      Print the reference models' own outputs (Fixtures/reference-output.json).
      --version               Print the version.
      -h, --help              Show help information.

    STATUSES (docs/verdicts.md):
      pass                    within the printed value's own tolerance u_golden (reproduces it)
      documented-reading      equals a documented reading of the paper's formula (computed and
                              claim records only; never for a measurement or a stated input)
      other-printing          reproduces another printing of a quantity the paper prints twice
      within-uncertainty      within sqrt(u_golden^2 + u_model^2) only, u_model informative
                              (at most 10 % of the printed value): validated to that level
      input-echoed            a 'parameter' record answered with its own value: not validation
      fail, not-comparable (conditions differ), uninformative (passes only through a model
                              uncertainty above the bound): these fail the run

    EXIT CODES:
      0  no unknown id, no failing result (or the --min-pass-fraction is met), at least one result
         reproduces a printed value or a documented reading (a satisfied bound such as '>900'
         does not count), and --require-all (if given) is met
      1  otherwise
      2  usage error or unreadable input (bad JSON, unknown unit or condition, dimension mismatch, …)
    """
}
