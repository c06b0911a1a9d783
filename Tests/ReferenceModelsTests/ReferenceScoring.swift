import Testing
import GoldenRecords

/// What the validator must say of a paper's reference result, from the record alone
/// (`docs/verdicts.md`): a documented discrepancy on a computed or claim record is a
/// `documented-reading`; on a measured or parameter record it is a `fail` (no formula excuses
/// an instrument reading or a stated input; such results are left out of the shipped reference
/// output); otherwise `pass`, or `input-echoed` for a parameter.
enum ReferenceScoring {
    static func expectedStatus(_ record: GoldenRecord) -> ScoreStatus {
        if record.discrepancy != nil { return record.acceptsDocumentedReadings ? .documentedReading : .fail }
        return record.kind == .parameter ? .inputEchoed : .pass
    }

    /// Every row has its expected status; returns the rows per status for the caller's counts.
    static func check(_ report: ScoreReport) -> [ScoreStatus: Int] {
        var counts: [ScoreStatus: Int] = [:]
        for row in report.scored {
            #expect(row.status == expectedStatus(row.record), "\(row.record.id)")
            counts[row.status, default: 0] += 1
        }
        #expect(report.unknownIDs.isEmpty)
        return counts
    }
}
