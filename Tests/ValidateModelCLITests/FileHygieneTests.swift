import Foundation
import Testing
import GoldenRecords

/// What the built `validate-model` does with files that are not plain model outputs or plain
/// report paths: a symlink to a huge file, a FIFO, a device, standard input (`-`), and `--output`
/// naming the input or a golden file. Every run is a real process, bounded in time (a hang fails
/// the test) and, where an unbounded read is the bug, in memory (`ulimit -d`).
///
/// Tests that could overwrite a golden file when the code is wrong work on a copy of `Golden/`
/// in a scratch folder (`--golden` or `$ASSB_GOLDEN_DIR`); the two that name the real `Golden/`
/// run as `nobody` (through `setpriv`, as root only), who cannot write there.
@Suite("validate-model file hygiene")
struct FileHygieneTests {
    /// A finished run, and whether it had to be killed.
    struct Outcome {
        let code: Int32
        let out: String
        let err: String
        let timedOut: Bool
    }

    /// Data segment limit for runs that must not read a large input: a normal run needs about
    /// 25 MB, reading a 200 MB file needs more than 200 MB.
    static let memoryLimitKiB = 100 * 1024

    /// Runs `executable` (default: `validate-model`) with stdin from `input` (default: empty),
    /// killed after `timeout` seconds.
    static func run(_ arguments: [String], executable: URL = CatalogueTests.executable,
                    stdin input: FileHandle? = nil, in directory: URL? = nil,
                    environment: [String: String]? = nil, timeout: Double = 30) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input ?? FileHandle.nullDevice
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let pid = process.processIdentifier
        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
        return Outcome(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self),
                       err: String(decoding: e, as: UTF8.self), timedOut: killed)
    }

    /// Runs a `/bin/sh` script; `$0` is `validate-model`, `$1`… are `arguments`.
    static func shell(_ script: String, _ arguments: [String] = [], stdin input: FileHandle? = nil,
                      timeout: Double = 30) throws -> Outcome {
        try run(["-c", script, CatalogueTests.executable.path] + arguments,
                executable: URL(fileURLWithPath: "/bin/sh"), stdin: input, timeout: timeout)
    }

    /// Runs `validate-model` with at most `memoryLimitKiB` of data segment.
    static func runLimited(_ arguments: [String], stdin input: FileHandle? = nil,
                           timeout: Double = 30) throws -> Outcome {
        try shell("ulimit -d \(memoryLimitKiB) && exec \"$0\" \"$@\"", arguments, stdin: input,
                  timeout: timeout)
    }

    /// The user the permission tests run as: `nobody` when the tests run as root (who may write
    /// anywhere), else the current user.
    static var unprivilegedUser: String? { getuid() == 0 ? "nobody" : nil }

    /// `validate-model arguments`, as `user` when given (`setpriv`, as in `CatalogueTests`).
    static func run(_ arguments: [String], asUser user: String?, in directory: URL? = nil)
        throws -> Outcome {
        guard let user else { return try run(arguments, in: directory) }
        let group = user == "nobody" ? "nogroup" : user
        return try run(["--reuid=\(user)", "--regid=\(group)", "--clear-groups",
                        CatalogueTests.executable.path] + arguments,
                       executable: URL(fileURLWithPath: "/usr/bin/setpriv"), in: directory)
    }

    static let fixture = GoldenCatalog.packageRoot.appendingPathComponent("Fixtures/reference-output.json")
    /// The reference output's summary: 54 reportable results of all five papers; two more
    /// records are covered by another printing of their conflict groups.
    static var fixtureSummary: String {
        let missing = NotInOutput.count(nil, reported: 54, covered: 2)
        return "Summary: 54 scored: 49 pass, 5 documented reading, 0 fail; 8 inputs echoed (not validation); \(missing) not in output; 0 unknown → PASS\n"
    }

    /// A scratch folder in `/tmp` (readable by `nobody`) with a copy of `Golden/` and of the
    /// reference fixture: `root/Golden`, `root/run/output.json`.
    struct Scratch {
        let root: URL
        var golden: URL { root.appendingPathComponent("Golden") }
        var run: URL { root.appendingPathComponent("run") }
        var input: URL { run.appendingPathComponent("output.json") }

        init() throws {
            root = URL(fileURLWithPath: "/tmp")
                .appendingPathComponent("hygiene-\(UInt32.random(in: 0...UInt32.max))")
            let fm = FileManager.default
            try fm.createDirectory(at: run, withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: 0o755])
            try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
            try fm.copyItem(at: GoldenCatalog.packageRoot.appendingPathComponent("Golden"), to: golden)
            try fm.copyItem(at: FileHygieneTests.fixture, to: input)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// The names in `folder`, sorted.
        func names(in folder: URL) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        }
    }

    /// An empty file of `bytes` bytes that takes no disk space.
    static func sparseFile(at url: URL, bytes: UInt64) throws {
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: bytes)
        try handle.close()
    }

    // MARK: - Reading the model output

    @Test func symlinkToAHugeFileIsRefusedUnread() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let huge = scratch.root.appendingPathComponent("huge.json")
        try Self.sparseFile(at: huge, bytes: 200_000_000)
        let link = scratch.run.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: huge)
        let r = try Self.runLimited([link.path, "--golden", scratch.golden.path])
        #expect(!r.timedOut)
        #expect(r.code == 2)
        #expect(r.err == "Error: \(link.path): file: is 200 MB, above the 64 MiB limit; split the results over several files\n")
        #expect(r.out.isEmpty)
    }

    @Test func fifoIsRefusedWithoutWaitingForAWriter() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fifo = scratch.run.appendingPathComponent("fifo.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let r = try Self.runLimited([fifo.path, "--golden", scratch.golden.path], timeout: 10)
        #expect(!r.timedOut, "waited for a writer")
        #expect(r.code == 2)
        #expect(r.err == "Error: \(fifo.path): file: not a regular file (a FIFO, device or socket); pass a model-output JSON file\n")
    }

    @Test func deviceIsRefused() throws {
        let r = try Self.runLimited(["/dev/zero"], timeout: 10)
        #expect(!r.timedOut)
        #expect(r.code == 2)
        #expect(r.err == "Error: /dev/zero: file: not a regular file (a FIFO, device or socket); pass a model-output JSON file\n")
    }

    @Test func standardInputFromAFile() throws {
        let input = try FileHandle(forReadingFrom: Self.fixture)
        defer { try? input.close() }
        let r = try Self.run(["-"], stdin: input)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasSuffix(Self.fixtureSummary))
        #expect(r.err.isEmpty)
    }

    @Test func standardInputFromAPipe() throws {
        let r = try Self.shell("cat \"$1\" | \"$0\" - --quiet", [Self.fixture.path])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == Self.fixtureSummary)
    }

    /// An error in the content names `<stdin>`.
    @Test func standardInputErrorsNameStdin() throws {
        let r = try Self.shell("printf '{\"formatVersion\": 1, \"results\": 3}' | \"$0\" -")
        #expect(r.code == 2)
        #expect(r.err.hasPrefix("Error: <stdin>: $.results: "), "\(r.err)")
    }

    @Test func standardInputAboveTheLimitFromAPipe() throws {
        let r = try Self.shell("head -c \(InputLimits.maxFileBytes + 1) /dev/zero | \"$0\" -")
        #expect(!r.timedOut)
        #expect(r.code == 2)
        #expect(r.err == "Error: <stdin>: file: is above the 64 MiB limit; split the results over several files\n")
    }

    @Test func standardInputAtTheLimitIsRead() throws {
        // Exactly 64 MiB of spaces is not refused for its size; the parser then finds no value.
        let r = try Self.shell("head -c \(InputLimits.maxFileBytes) /dev/zero | tr '\\0' ' ' | \"$0\" -")
        #expect(r.code == 2)
        #expect(!r.err.contains("limit"), "\(r.err)")
        #expect(r.err.hasPrefix("Error: <stdin>: "), "\(r.err)")
    }

    @Test func standardInputAboveTheLimitFromAFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let huge = scratch.root.appendingPathComponent("huge.json")
        try Self.sparseFile(at: huge, bytes: 200_000_000)
        let input = try FileHandle(forReadingFrom: huge)
        defer { try? input.close() }
        let r = try Self.runLimited(["-", "--golden", scratch.golden.path], stdin: input)
        #expect(r.code == 2)
        #expect(r.err == "Error: <stdin>: file: is 200 MB, above the 64 MiB limit; split the results over several files\n")
    }

    // MARK: - Writing the report

    /// A `--output` that must be refused, what it names, and what must stay untouched.
    enum Refusal: String, CaseIterable, CustomTestStringConvertible {
        case theInput, symlinkToTheInput, hardLinkOfTheInput, goldenFileByTheDefaultPath,
             goldenFileThroughDotDot, goldenFileOfGoldenFlag, symlinkToAGoldenFile,
             newFileInTheGoldenFolder, aFolder

        var testDescription: String { rawValue }
    }

    @Test(arguments: Refusal.allCases)
    func outputThatWouldDestroyAnInputIsRefused(_ refusal: Refusal) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fm = FileManager.default
        let kim = scratch.golden.appendingPathComponent("kim2025.json")
        let report = scratch.run.appendingPathComponent("report.txt")
        let golden = ["--golden", scratch.golden.path]
        let byDefault = ProcessInfo.processInfo.environment
            .merging(["ASSB_GOLDEN_DIR": scratch.golden.path]) { $1 }
        var environment: [String: String]? = nil
        let output: String, arguments: [String], message: String
        let isInput = "is the model-output file being read; choose another report path"
        let isGolden = "is a golden file; choose a report path outside the golden folder"
        switch refusal {
        case .theInput:
            (output, arguments, message) = (scratch.input.path, golden, isInput)
        case .symlinkToTheInput:
            try fm.createSymbolicLink(at: report, withDestinationURL: scratch.input)
            (output, arguments, message) = (report.path, golden, isInput)
        case .hardLinkOfTheInput:
            try fm.linkItem(at: scratch.input, to: report)
            (output, arguments, message) = (report.path, golden, isInput)
        case .goldenFileByTheDefaultPath:
            environment = byDefault
            (output, arguments, message) = (kim.path, [], isGolden)
        case .goldenFileThroughDotDot:
            environment = byDefault
            (output, arguments, message) = ("../run/../Golden/kim2025.json", [], isGolden)
        case .goldenFileOfGoldenFlag:
            (output, arguments, message) = (kim.path, golden, isGolden)
        case .symlinkToAGoldenFile:
            try fm.createSymbolicLink(at: report, withDestinationURL: kim)
            (output, arguments, message) = (report.path, golden, isGolden)
        case .newFileInTheGoldenFolder:
            let path = scratch.golden.appendingPathComponent("report.txt").path
            (output, arguments, message) = (path, golden, "is inside the golden folder \(scratch.golden.path); choose a report path outside it")
        case .aFolder:
            (output, arguments, message) = (scratch.run.path, golden, "is a folder; name a report file in it")
        }
        let watched = [scratch.input, kim] + (fm.fileExists(atPath: report.path) ? [report] : [])
        let before = try watched.map { try Data(contentsOf: $0) }
        let goldenNames = try scratch.names(in: scratch.golden)
        let runNames = try scratch.names(in: scratch.run)

        let r = try Self.run([scratch.input.path, "--output", output] + arguments, in: scratch.run,
                             environment: environment)
        #expect(r.code == 2)
        #expect(r.err == "Error: \(output): --output: \(message)\n")
        #expect(r.out.isEmpty)
        #expect(watched.count == before.count)
        for (url, bytes) in zip(watched, before) {
            #expect(try Data(contentsOf: url) == bytes, "\(url.lastPathComponent) changed")
        }
        #expect(try scratch.names(in: scratch.golden) == goldenNames)
        #expect(try scratch.names(in: scratch.run) == runNames)
    }

    /// The real `Golden/` named by `--output` without `--golden`. Run as `nobody`, who cannot
    /// write there, so that a wrong answer cannot damage it.
    /// Needs root (to become `nobody`); CI runs as root. Not marked `.enabled(if:)`, because CI
    /// refuses any skipped test: as another user it returns without checking.
    @Test(arguments: [true, false])
    func realGoldenFileIsRefused(throughDotDot: Bool) throws {
        guard getuid() == 0 else { return }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sources = GoldenCatalog.packageRoot.appendingPathComponent("Sources")
        let kim = GoldenCatalog.packageRoot.appendingPathComponent("Golden/kim2025.json")
        let output = throughDotDot ? "../Golden/kim2025.json" : kim.path
        let before = try Data(contentsOf: kim)
        let r = try Self.run([scratch.input.path, "--output", output], asUser: "nobody", in: sources)
        #expect(r.code == 2)
        #expect(r.err == "Error: \(output): --output: is a golden file; choose a report path outside the golden folder\n")
        #expect(try Data(contentsOf: kim) == before)
    }

    @Test func reportIsWrittenWithNoTemporaryFileLeft() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = scratch.run.appendingPathComponent("report.json")
        try Data("old report, longer than nothing\n".utf8).write(to: report)
        for _ in 0..<2 {  // a new file, then a replaced one
            let r = try Self.run([scratch.input.path, "--golden", scratch.golden.path,
                                  "--format", "json", "--output", report.path])
            #expect(r.code == 0, "\(r.err)")
            #expect(r.out == Self.fixtureSummary)
            #expect(r.err.isEmpty)
            let text = try String(contentsOf: report, encoding: .utf8)
            #expect(text.hasPrefix("{"))
            #expect(text.hasSuffix("}\n"))
            #expect(try scratch.names(in: scratch.run) == ["output.json", "report.json"])
        }
    }

    /// A symlink to an ordinary file is written through: the link stays, its target gets the report.
    @Test func symlinkToAnOrdinaryFileIsWrittenThrough() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let reports = scratch.root.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: false)
        let target = reports.appendingPathComponent("latest.txt")
        try Data("old\n".utf8).write(to: target)
        let link = scratch.run.appendingPathComponent("report.txt")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: link.path, withDestinationPath: "../reports/latest.txt")
        let r = try Self.run([scratch.input.path, "--golden", scratch.golden.path,
                              "--output", link.path])
        #expect(r.code == 0, "\(r.err)")
        #expect(try fm.destinationOfSymbolicLink(atPath: link.path) == "../reports/latest.txt")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("49 pass"))
        #expect(try scratch.names(in: reports) == ["latest.txt"])
    }

    @Test func deviceAsOutputIsWrittenInto() throws {
        let r = try Self.run([Self.fixture.path, "--output", "/dev/null"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == Self.fixtureSummary)
    }

    @Test func unwritableFolderIsOneErrorLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let locked = scratch.root.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o555])
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
        }
        let report = locked.appendingPathComponent("report.txt")
        let r = try Self.run([scratch.input.path, "--golden", scratch.golden.path,
                              "--output", report.path], asUser: Self.unprivilegedUser)
        #expect(r.code == 2)
        #expect(r.err == "Error: \(report.path): cannot write the report (Permission denied); choose a writable --output path\n")
        #expect(r.out.isEmpty)
        #expect(try scratch.names(in: locked).isEmpty)
    }
}
