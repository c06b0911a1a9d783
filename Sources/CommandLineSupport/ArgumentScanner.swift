/// The argument scanner both executables (`validate-model`, `reproduce-figures`) parse with:
/// a small, dependency-free subset of what swift-argument-parser does.
///
/// It reads the arguments one at a time, so a command checks each value (and throws its own
/// errors) in the order the arguments were given:
///
/// - a name in `flags` is a ``Argument/flag(_:)``;
/// - a name in `options` takes the next argument as its value, ``Argument/option(_:value:)``;
///   a missing value, or one that starts with `--`, is refused (`missing value for '--out'`),
///   while `-` (standard input) and other single-dash values are accepted as values;
/// - `--` ends the options: every later argument is a ``Argument/positional(_:)``;
/// - `-` is a positional (standard input);
/// - any other argument that starts with `-` is refused (`unknown option '--x'`); there is no
///   `--name=value` spelling and no bundling of short flags (`-qh`);
/// - everything else is a positional.
///
/// A repeated option is reported each time it appears; the commands assign, so the **last one
/// wins** (as in swift-argument-parser's default, and as `validate-model` has always done).
/// Deciding what may repeat, what is required and which positionals are allowed is the command's.
public struct ArgumentScanner {
    /// One scanned argument.
    public enum Argument: Equatable, Sendable {
        /// A flag from `flags`, by the name it was given as (`-h` or `--help`).
        case flag(String)
        /// An option from `options` and the argument after it.
        case option(String, value: String)
        /// A positional argument: not an option, `-`, or anything after `--`.
        case positional(String)
    }

    public let arguments: [String]
    public let flags: Set<String>
    public let options: Set<String>
    private var index = 0
    private var optionsEnded = false

    /// - Parameters:
    ///   - arguments: the command line without the program name.
    ///   - flags: names (with their dashes) that take no value.
    ///   - options: names (with their dashes) that take one value.
    public init(_ arguments: [String], flags: Set<String>, options: Set<String>) {
        precondition(flags.isDisjoint(with: options), "a name is either a flag or an option")
        precondition(!flags.contains("--") && !options.contains("--") && !flags.contains("-") && !options.contains("-"))
        self.arguments = arguments
        self.flags = flags
        self.options = options
    }

    /// The next argument, or nil after the last one.
    public mutating func next() throws(UsageError) -> Argument? {
        guard index < arguments.count else { return nil }
        let argument = arguments[index]
        index += 1
        if optionsEnded { return .positional(argument) }
        if argument == "--" {
            optionsEnded = true
            return try next()
        }
        if flags.contains(argument) { return .flag(argument) }
        if options.contains(argument) {
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw UsageError(message: "missing value for '\(argument)'")
            }
            index += 1
            return .option(argument, value: arguments[index - 1])
        }
        if argument.hasPrefix("-") && argument != "-" {
            throw UsageError(message: "unknown option '\(argument)'")
        }
        return .positional(argument)
    }

    /// Every remaining argument, for a command that needs no per-argument checks.
    public mutating func all() throws(UsageError) -> [Argument] {
        var scanned: [Argument] = []
        while let argument = try next() { scanned.append(argument) }
        return scanned
    }
}

/// A usage error: the command printed `Error: <message>`, its usage line and
/// `  See '<tool> --help'.` on standard error and exits with ``ExitCode/inputError``.
public struct UsageError: Error, Equatable, Sendable {
    public let message: String
    public init(message: String) { self.message = message }

    /// The lines to print on standard error, in the order swift-argument-parser prints them.
    public func lines(usage: String, tool: String) -> [String] {
        ["Error: \(message)", usage, "  See '\(tool) --help'."]
    }
}

/// The exit codes both commands document in their `--help` (`EXIT CODES:`).
public enum ExitCode {
    /// Done: the run passed, or help, a list or a file was printed or written.
    public static let pass: Int32 = 0
    /// The run was scored and failed (`validate-model` only).
    public static let fail: Int32 = 1
    /// A usage error or input that cannot be read (bad JSON, unknown unit, unwritable folder, …).
    public static let inputError: Int32 = 2
}
