/// What the command line asked for.
struct Options: Equatable {
    enum Action: Equatable {
        case score(file: String)
        case list
        case template
        case referenceOutput
        case help
        case version
    }

    var action: Action
    var goldenDirectory: String?
    var paper: String?

    /// A usage error: printed as `Error: …` followed by the usage line, exit code 2.
    struct UsageError: Error, Equatable { let message: String }

    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        var actions: [Action] = []
        var golden: String?
        var paper: String?
        var files: [String] = []
        var i = 0
        func value(for flag: String) throws(UsageError) -> String {
            i += 1
            guard i < arguments.count, !arguments[i].hasPrefix("--") else {
                throw UsageError(message: "missing value for '\(flag)'")
            }
            return arguments[i]
        }
        while i < arguments.count {
            let argument = arguments[i]
            switch argument {
            case "-h", "--help": actions.append(.help)
            case "--version": actions.append(.version)
            case "--list": actions.append(.list)
            case "--template": actions.append(.template)
            case "--reference-output": actions.append(.referenceOutput)
            case "--golden": golden = try value(for: argument)
            case "--paper": paper = try value(for: argument)
            case "--": files.append(contentsOf: arguments[(i + 1)...]); i = arguments.count
            default:
                if argument.hasPrefix("-") && argument != "-" {
                    throw UsageError(message: "unknown option '\(argument)'")
                }
                files.append(argument)
            }
            i += 1
        }
        if actions.contains(.help) { return Options(action: .help, goldenDirectory: golden, paper: paper) }
        if actions.contains(.version) { return Options(action: .version, goldenDirectory: golden, paper: paper) }
        guard actions.count <= 1 else {
            throw UsageError(message: "give only one of --list, --template, --reference-output")
        }
        if let action = actions.first {
            guard files.isEmpty else { throw UsageError(message: "unexpected argument '\(files[0])'") }
            return Options(action: action, goldenDirectory: golden, paper: paper)
        }
        guard files.count == 1 else {
            throw UsageError(message: files.isEmpty ? "missing model-output file" : "give one model-output file, got \(files.count)")
        }
        return Options(action: .score(file: files[0]), goldenDirectory: golden, paper: paper)
    }

    static let usage = "USAGE: validate-model <output.json> [--golden <dir>] [--paper <key>]"

    static let help = """
    OVERVIEW: Score a battery model's outputs against the values five all-solid-state-battery
    papers printed (the golden records).

    \(usage)
           validate-model --list [--paper <key>]
           validate-model --template [--paper <key>]
           validate-model --reference-output

    ARGUMENTS:
      <output.json>           Model outputs: {"results": [{"id", "value", "unit", "uncertainty"?}]}.
                              Format: README.md; schema: Fixtures/schema/model-output.schema.json.

    OPTIONS:
      --golden <dir>          Folder of golden files (default: the package's Golden/, or
                              $ASSB_GOLDEN_DIR when set).
      --paper <key>           With --list or --template: only this paper (e.g. kim2025).
      --list                  Print every golden id with its unit, kind and printed value.
      --template              Print a model-output skeleton to fill in (ids a model computes:
                              every kind but 'parameter').
      --reference-output      Print the reference models' own outputs (Fixtures/reference-output.json).
      --version               Print the version.
      -h, --help              Show help information.

    PASS RULE:
      A number passes when, converted into the golden unit, it lies within
      sqrt(u_golden^2 + u_model^2) of the printed value; u_golden follows the printed precision
      (docs/golden-format.md). Categories must match exactly. 'known-discrepancy' marks a value
      equal to our reference model where the paper's formula does not give its printed number;
      it does not fail the run.

    EXIT CODES:
      0  every scored result passes (at least one result scored)
      1  a result fails, or no result matched a golden id
      2  usage error or unreadable input (bad JSON, unknown unit, dimension mismatch, …)
    """
}
