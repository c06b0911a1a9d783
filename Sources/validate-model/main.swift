import Foundation
import ValidateModelCLI

// Thin shell over the testable `ValidateModel.run(_:out:err:)`.
let code = ValidateModel.run(
    Array(CommandLine.arguments.dropFirst()),
    out: { print($0) },
    err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
    finish: { exit($0) },
    outBytes: { all in
        fflush(nil)  // whatever `print` buffered goes first
        var done = 0
        while done < all.count, let base = all.baseAddress {
            let n = write(1, base + done, all.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }  // a closed pipe: nothing more can be written
            done += n
        }
    }
)
exit(code)
