import Testing
import CommandLineSupport

/// The shared scanner on its own; the commands' own tests pin their messages.
struct ArgumentScannerTests {
    static func scan(_ arguments: [String]) throws(UsageError) -> [ArgumentScanner.Argument] {
        var scanner = ArgumentScanner(arguments, flags: ["-h", "--help", "--list"], options: ["--out", "--id"])
        return try scanner.all()
    }

    static func error(_ arguments: [String]) -> String? {
        do { _ = try scan(arguments); return nil } catch { return error.message }
    }

    @Test func flagsOptionsAndPositionalsInOrder() throws {
        #expect(try Self.scan([]) == [])
        #expect(try Self.scan(["--list", "a", "--out", "dir", "-h", "b"]) == [
            .flag("--list"), .positional("a"), .option("--out", value: "dir"), .flag("-h"), .positional("b"),
        ])
    }

    @Test func repeatedOptionsAreReportedEachTimeSoTheLastWins() throws {
        let scanned = try Self.scan(["--out", "one", "--out", "two", "--list", "--list"])
        #expect(scanned == [.option("--out", value: "one"), .option("--out", value: "two"), .flag("--list"), .flag("--list")])
        let last = scanned.compactMap { if case .option("--out", let value) = $0 { value } else { nil } }.last
        #expect(last == "two")
    }

    @Test(arguments: [
        (["--out"], "missing value for '--out'"),
        (["--list", "--id"], "missing value for '--id'"),
        (["--out", "--list"], "missing value for '--out'"),
        (["--out", "--"], "missing value for '--out'"),
        (["--out", "--bogus"], "missing value for '--out'"),
        (["--bogus"], "unknown option '--bogus'"),
        (["-x"], "unknown option '-x'"),
        (["-qh"], "unknown option '-qh'"),
        (["--out=dir"], "unknown option '--out=dir'"),
        (["a", "--x", "--out"], "unknown option '--x'"),
    ] as [([String], String)])
    func refusals(_ arguments: [String], _ message: String) {
        #expect(Self.error(arguments) == message)
    }

    /// Only a value that starts with `--` is refused: `-` (standard input) and `-5` are values.
    @Test func singleDashValuesAreValues() throws {
        #expect(try Self.scan(["--out", "-"]) == [.option("--out", value: "-")])
        #expect(try Self.scan(["--id", "-5"]) == [.option("--id", value: "-5")])
        #expect(try Self.scan(["--id", "-h"]) == [.option("--id", value: "-h")])
    }

    @Test func dashIsAPositional() throws {
        #expect(try Self.scan(["-"]) == [.positional("-")])
        #expect(try Self.scan(["--list", "-", "x"]) == [.flag("--list"), .positional("-"), .positional("x")])
    }

    @Test func doubleDashEndsTheOptions() throws {
        #expect(try Self.scan(["--"]) == [])
        #expect(try Self.scan(["--list", "--", "--out", "-h", "--", "--bogus", "-"]) == [
            .flag("--list"), .positional("--out"), .positional("-h"), .positional("--"), .positional("--bogus"), .positional("-"),
        ])
    }

    /// Arguments are read one at a time: what comes before an error is already returned.
    @Test func nextStopsAtTheFirstError() throws {
        var scanner = ArgumentScanner(["--list", "--bogus", "--out"], flags: ["--list"], options: ["--out"])
        #expect(try scanner.next() == .flag("--list"))
        #expect(throws: UsageError(message: "unknown option '--bogus'")) { try scanner.next() }
        #expect(throws: UsageError(message: "missing value for '--out'")) { try scanner.next() }
        #expect(try scanner.next() == nil)
    }

    @Test func usageErrorLinesEndWithSeeHelp() {
        #expect(UsageError(message: "unknown option '--x'").lines(usage: "USAGE: tool <file>", tool: "tool") == [
            "Error: unknown option '--x'", "USAGE: tool <file>", "  See 'tool --help'.",
        ])
    }

    @Test func exitCodes() {
        #expect([ExitCode.pass, ExitCode.fail, ExitCode.inputError] == [0, 1, 2])
    }
}
