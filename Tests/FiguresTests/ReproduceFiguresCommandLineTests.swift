import Testing
import CommandLineSupport
@testable import Figures

/// `reproduce-figures` through the shared scanner: help on stdout with exit 0; a usage error is
/// `Error: …`, the usage line and `  See 'reproduce-figures --help'.` on stderr with exit 2.
struct ReproduceFiguresCommandLineTests {
    static let run = ReproduceFiguresCommandTests.run

    @Test(arguments: [["--help"], ["-h"], ["--list", "--help"], ["--out", "x", "-h", "--bogus"]])
    func helpGoesToStdout(_ arguments: [String]) {
        let r = Self.run(arguments)
        #expect(r.code == ExitCode.pass)
        #expect(r.err.isEmpty)
        #expect(r.out == [ReproduceFigures.help])
        for needle in ["OVERVIEW:", "USAGE: reproduce-figures", "OPTIONS:", "EXIT CODES:", "0  done", "2  usage error"] {
            #expect(ReproduceFigures.help.contains(needle), "help lacks \(needle)")
        }
    }

    @Test(arguments: [
        ([], "give --list or --out <dir>"),
        (["--out"], "missing value for '--out'"),
        (["--out", "--list"], "missing value for '--out'"),
        (["--id", "--list"], "missing value for '--id'"),
        (["--overlay"], "missing value for '--overlay'"),
        (["--golden", "--out", "x"], "missing value for '--golden'"),
        (["--list", "--x"], "unknown option '--x'"),
        (["-x"], "unknown option '-x'"),
        (["--out=x"], "unknown option '--out=x'"),
        (["--list", "extra"], "unexpected argument 'extra'"),
        (["--list", "-"], "unexpected argument '-'"),
        (["--list", "--", "--out"], "unexpected argument '--out'"),
        (["--bogus", "--help"], "unknown option '--bogus'"),
        (["--list", "--id", "nope"], "no figure 'nope'; see --list"),
    ] as [([String], String)])
    func usageErrors(_ arguments: [String], _ message: String) {
        let r = Self.run(arguments)
        #expect(r.code == ExitCode.inputError)
        #expect(r.out.isEmpty)
        #expect(r.err == ["Error: \(message)", ReproduceFigures.usage, "  See 'reproduce-figures --help'."])
    }

    /// A repeated option's last value wins, as in `validate-model`.
    @Test func lastRepeatedOptionWins() {
        let r = Self.run(["--list", "--id", "nope", "--id", "kim2025-shell-thickness"])
        #expect(r.code == ExitCode.pass)
        #expect(r.out.count == 1)
        #expect(r.out.first?.hasPrefix("kim2025-shell-thickness") == true)
    }

    @Test func badGoldenFolderIsAnInputErrorWithoutUsage() {
        let r = Self.run(["--list", "--golden", "/nonexistent"])
        #expect(r.code == ExitCode.inputError)
        #expect(r.err.count == 1)
        #expect(r.err.first?.hasPrefix("Error: golden data: /nonexistent") == true)
    }
}
