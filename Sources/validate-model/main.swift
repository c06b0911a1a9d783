import Foundation
import ValidateModelCLI

// Thin shell over the testable `ValidateModel.run(_:out:err:)`.
let code = ValidateModel.run(
    Array(CommandLine.arguments.dropFirst()),
    out: { print($0) },
    err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
    finish: { exit($0) },
    outBytes: { bytes in
        fflush(nil)  // whatever `print` buffered goes first
        bytes.withUnsafeBytes { all in
            var done = 0
            while done < all.count {
                let n = write(1, all.baseAddress! + done, all.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }  // a closed pipe: nothing more can be written
                done += n
            }
        }
    }
)
exit(code)
