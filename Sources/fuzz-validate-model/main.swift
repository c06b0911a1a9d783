import Foundation
import GoldenRecords
import ValidateModelCLI

// The fuzz target over parse + score + every report format (scripts/fuzz.sh builds it with
// `-sanitize=fuzzer,address -DFUZZING`; main() hands over to libFuzzer's LLVMFuzzerRunDriver).
// Built normally, it replays files through the same function: `fuzz-validate-model FILE…`,
// which is how a crashing input found by the fuzzer is reproduced and then added to
// Fixtures/invalid/.

enum Fuzz {
    /// Loaded once, on first use.
    static let catalog: GoldenCatalog = {
        do { return try GoldenCatalog.load() } catch {
            FileHandle.standardError.write(Data("fuzz-validate-model: \(error)\n".utf8))
            exit(2)
        }
    }()
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    _ = ValidateModel.processUntrusted(data, catalog: Fuzz.catalog)
    return 0
}

// This file's main() starts libFuzzer's driver (libclang_rt.fuzzer provides it).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

_ = Fuzz.catalog
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
#else
let files = CommandLine.arguments.dropFirst()
if files.isEmpty {
    print("usage: fuzz-validate-model FILE...  (replays inputs; scripts/fuzz.sh SECONDS runs the fuzzer)")
    exit(2)
}
for file in files {
    guard let data = FileManager.default.contents(atPath: file) else {
        FileHandle.standardError.write(Data("fuzz-validate-model: cannot read \(file)\n".utf8))
        exit(2)
    }
    let reports = ValidateModel.processUntrusted(data, catalog: Fuzz.catalog)
    print("\(file): \(reports.isEmpty ? "refused" : "scored, \(reports.count) reports")")
}
#endif
