import GoldenRecords

/// `--format json`: a stable, versioned report (schema: `Fixtures/schema/report.schema.json`).
/// Bump `reportVersion` on any incompatible change.
enum JSONReport {
    static let reportVersion = 1

    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        let summary: JSONValue = .object([
            ("scored", .number(Double(report.scored.count))),
            ("pass", .number(Double(report.passCount))),
            ("fail", .number(Double(report.failCount))),
            ("knownDiscrepancy", .number(Double(report.discrepancyCount))),
            ("missing", .number(Double(report.missingIDs.count))),
            ("unknown", .number(Double(report.unknownIDs.count))),
            ("deselected", .number(Double(report.deselected))),
            ("passFraction", .number(report.passFraction)),
            ("verdict", .string(context.verdict.passed ? "pass" : "fail")),
            ("reason", .string(context.verdict.reason)),
            ("exitCode", .number(context.verdict.passed ? 0 : 1)),
        ])
        let doc: JSONValue = .object([
            ("reportVersion", .number(Double(reportVersion))),
            ("tool", .object([("name", .string("validate-model")), ("version", .string(ValidateModel.version))])),
            ("input", .string(context.file)),
            ("model", context.modelName.map { .string($0) } ?? .null),
            ("summary", summary),
            ("coverage", .array(report.coverage.map { c in
                .object([("paper", .string(c.paper)), ("available", .number(Double(c.available))), ("scored", .number(Double(c.scored))),
                         ("passed", .number(Double(c.passed))), ("missing", .number(Double(c.missing)))])
            })),
            ("results", .lazyArray(count: report.scored.count) { [scored = report.scored] k in result(scored[k]) }),
            ("missing", .array(report.missingIDs.map { .string($0) })),
            ("unknown", .array(report.unknownIDs.map { .string($0) })),
        ])
        return doc.text()
    }

    static func result(_ row: ScoredResult) -> JSONValue {
        let record = row.record
        var expected: [(String, JSONValue)] = [("printed", .string(record.printed))]
        switch record.value {
        case let .number(x): expected.append(("value", .number(x)))
        case let .range(lo, hi): expected.append(("range", .array([.number(lo), .number(hi)])))
        case let .category(c): expected.append(("category", .string(c)))
        case let .series(x, y, xUnit): expected += [("x", .array(x.map { .number($0) })), ("y", .array(y.map { .number($0) })), ("xUnit", .string(xUnit))]
        }
        expected += [("tolerance", .number(record.tolerance)), ("basis", .string(record.uncertaintyBasis.rawValue))]
        var got: [(String, JSONValue)] = []
        switch row.result.value {
        case let .number(x): got += [("value", .number(x)), ("unit", row.result.unit.map { .string($0) } ?? .null), ("converted", .optional(row.got))]
        case let .category(c): got.append(("category", .string(c)))
        case let .series(x, y): got += [("points", .number(Double(x.count))), ("yUnit", row.result.unit.map { .string($0) } ?? .null), ("xUnit", row.result.xUnit.map { .string($0) } ?? .null), ("yCount", .number(Double(y.count)))]
        }
        got.append(("uncertainty", .optional(row.result.uncertainty)))
        var fields: [(String, JSONValue)] = [
            ("id", .string(record.id)),
            ("paper", .string(record.paper.key)),
            ("status", .string(row.status.rawValue)),
            ("unit", record.unit.map { .string($0.symbol) } ?? .null),
            ("kind", .string(record.kind.rawValue)),
            ("expected", .object(expected)),
            ("got", .object(got)),
            ("combinedUncertainty", .number(row.combinedUncertainty)),
            ("relativeError", .optional(row.relativeError)),
            ("errorInUncertainties", .optional(row.errorInUncertainties)),
            ("digitsOfAgreement", .optional(row.digitsOfAgreement)),
            ("detail", .string(row.detail)),
            ("diagnoses", .array(row.diagnoses.map { .string($0) })),
        ]
        if let s = row.series {
            fields.append(("series", .object([
                ("points", .number(Double(s.points))), ("mismatched", .number(Double(s.mismatched))),
                ("firstMismatches", .array(s.firstMismatches.map { .string($0) })),
                ("maxAbsoluteDifference", .number(s.maxAbsoluteDifference)), ("maxRelativeDifference", .optional(s.maxRelativeDifference)),
                ("interpolated", .bool(s.interpolated)),
            ])))
        }
        fields += [("quote", .string(record.quote)), ("location", .string(record.location.description))]
        return .object(fields)
    }
}
