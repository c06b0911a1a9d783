import Foundation
import ValidateModelCLI

// Thin shell over the testable `ValidateModel.run(_:out:err:)`.
let code = ValidateModel.run(
    Array(CommandLine.arguments.dropFirst()),
    out: { print($0) },
    err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
    finish: { exit($0) }
)
exit(code)
