import Foundation
import Figures

// Thin shell over the testable `ReproduceFigures.run(_:out:err:)`.
let code = ReproduceFigures.run(
    Array(CommandLine.arguments.dropFirst()),
    out: { print($0) },
    err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
)
exit(code)
