import Foundation
import PaperAudit

// Thin shell over the testable `AuditPapers.run(_:out:err:)`.
let code = AuditPapers.run(
    Array(CommandLine.arguments.dropFirst()),
    out: { print($0) },
    err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
)
exit(code)
