import GoldenRecords

/// `--format json`: a stable, versioned report (schema: `Fixtures/schema/report.schema.json`).
/// Bump `reportVersion` on any incompatible change (2: the statuses of `docs/verdicts.md`,
/// reasons as data, unknown ids with suggestions).
enum JSONReport: ReportFormat {
    static let reportVersion = 2

    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        let statuses: JSONValue = .object(
            ScoreStatus.allCases.map { ($0.rawValue, count(report.count($0))) })
        let summary: JSONValue = .object([
            ("scored", count(report.validationCount)),
            ("statuses", statuses),
            ("failures", count(report.failureCount)),
            ("evidence", count(report.evidenceCount)),
            ("missing", count(report.missingIDs.count)),
            ("unknown", count(report.unknownIDs.count)),
            ("notReported", count(report.notReported)),
            ("deselected", count(report.deselected)),
            ("passFraction", .number(report.passFraction)),
            ("verdict", .string(context.verdict.passed ? "pass" : "fail")),
            ("reasons", .array(context.verdict.reasons.map(reason))),
            ("exitCode", .number(context.verdict.passed ? 0 : 1)),
            ("line", .string(Wording.summary(report, context.verdict))),
        ])
        let doc: JSONValue = .object([
            ("reportVersion", .number(Double(reportVersion))),
            (
                "tool",
                .object([
                    ("name", .string("validate-model")),
                    ("version", .string(ValidateModel.version)),
                ])
            ),
            ("input", .string(context.file)),
            ("model", context.modelName.map { .string($0) } ?? .null),
            ("summary", summary),
            (
                "coverage",
                .array(
                    report.coverage.map { c in
                        .object([
                            ("paper", .string(c.paper)), ("available", count(c.available)),
                            ("scored", count(c.scored)),
                            ("reproduced", count(c.reproduced)),
                            ("documentedReading", count(c.documentedReading)),
                            ("failed", count(c.failed)), ("missing", count(c.missing)),
                            ("coveredByOtherPrinting", count(c.coveredByOtherPrinting)),
                        ])
                    })
            ),
            (
                "results",
                .lazyArray(count: report.scored.count) { [scored = report.scored] k in
                    result(scored[k])
                }
            ),
            ("missing", .array(report.missingIDs.map { .string($0) })),
            (
                "unknown",
                .array(
                    report.unknownIDs.map { u in
                        .object([
                            ("id", .string(u.id)), ("index", count(u.index)),
                            ("suggestion", u.suggestion.map { .string($0) } ?? .null),
                        ])
                    })
            ),
        ])
        return doc.text()
    }

    private static func count(_ n: Int) -> JSONValue { .number(Double(n)) }

    static func reason(_ r: RunVerdict.Reason) -> JSONValue {
        switch r {
        case .noResultMatched: .object([("kind", .string("no-result-matched"))])
        case let .onlyInputsEchoed(n):
            .object([("kind", .string("only-inputs-echoed")), ("count", count(n))])
        case .noEvidence: .object([("kind", .string("no-evidence"))])
        case let .unknownIDs(n): .object([("kind", .string("unknown-ids")), ("count", count(n))])
        case let .failures(n): .object([("kind", .string("failures")), ("count", count(n))])
        case let .belowPassFraction(f, m):
            .object([
                ("kind", .string("below-pass-fraction")), ("fraction", .number(f)),
                ("minimum", .number(m)),
            ])
        case let .missingUnderRequireAll(n):
            .object([("kind", .string("missing-under-require-all")), ("count", count(n))])
        }
    }

    static func reason(_ r: ScoreReason) -> JSONValue {
        switch r {
        case let .categoryMismatch(e, g):
            .object([
                ("kind", .string("category-mismatch")), ("expected", .string(e)),
                ("got", .string(g)),
            ])
        case let .outsideRange(lo, hi, t):
            .object([
                ("kind", .string("outside-range")), ("low", .number(lo)), ("high", .number(hi)),
                ("tolerance", .number(t)),
            ])
        case let .documentedReading(name, value, isReference):
            .object([
                ("kind", .string("documented-reading")), ("reading", .string(name)),
                ("value", .number(value)), ("isReference", .bool(isReference)),
            ])
        case let .otherPrinting(id, printed, group):
            .object([
                ("kind", .string("other-printing")), ("member", .string(id)),
                ("printed", .string(printed)), ("group", .string(group)),
            ])
        case let .conditionsDiffer(name, model, paper):
            .object([
                ("kind", .string("conditions-differ")), ("condition", .string(name)),
                ("model", .string(model)), ("paper", .string(paper)),
            ])
        case let .withinModelUncertainty(level):
            .object([
                ("kind", .string("within-model-uncertainty")), ("validationLevel", .number(level)),
            ])
        case let .uninformativeUncertainty(u, bound):
            .object([
                ("kind", .string("uninformative-uncertainty")), ("modelUncertainty", .number(u)),
                ("bound", .number(bound)),
            ])
        case let .seriesOutsideModelRange(x, first, last):
            .object([
                ("kind", .string("series-outside-model-range")), ("x", .number(x)),
                ("modelFirst", .number(first)), ("modelLast", .number(last)),
            ])
        case .seriesMismatch: .object([("kind", .string("series-mismatch"))])
        }
    }

    static func result(_ scored: ScoredResult) -> JSONValue {
        let record = scored.record
        var expected: [(String, JSONValue)] = [("printed", .string(record.printed))]
        switch record.value {
        case let .number(x): expected.append(("value", .number(x)))
        case let .range(lo, hi): expected.append(("range", .array([.number(lo), .number(hi)])))
        case let .category(c): expected.append(("category", .string(c)))
        case let .series(x, y, xUnit):
            expected += [
                ("x", .array(x.map { .number($0) })), ("y", .array(y.map { .number($0) })),
                ("xUnit", .string(xUnit)),
            ]
        }
        expected += [
            ("tolerance", .number(record.tolerance)),
            ("basis", .string(record.uncertaintyBasis.rawValue)),
        ]
        var got: [(String, JSONValue)] = []
        switch scored.result.value {
        case let .number(x):
            got += [
                ("value", .number(x)), ("unit", scored.result.unit.map { .string($0) } ?? .null),
                ("converted", .optional(scored.got)),
            ]
        case let .category(c): got.append(("category", .string(c)))
        case let .series(x, y):
            got += [
                ("points", count(x.count)),
                ("yUnit", scored.result.unit.map { .string($0) } ?? .null),
                ("xUnit", scored.result.xUnit.map { .string($0) } ?? .null),
                ("yCount", count(y.count)),
            ]
        }
        got.append(("uncertainty", .optional(scored.result.uncertainty)))
        var fields: [(String, JSONValue)] = [
            ("id", .string(record.id)),
            ("paper", .string(record.paper.key)),
            ("status", .string(scored.status.rawValue)),
            ("reason", scored.reason.map(reason) ?? .null),
            ("unit", record.unit.map { .string($0.symbol) } ?? .null),
            ("kind", .string(record.kind.rawValue)),
            ("expected", .object(expected)),
            ("got", .object(got)),
            ("modelUncertainty", .number(scored.modelUncertainty)),
            ("combinedUncertainty", .number(scored.combinedUncertainty)),
            ("relativeError", .optional(scored.relativeError)),
            ("errorInUncertainties", .optional(scored.errorInUncertainties)),
            ("digitsOfAgreement", .optional(scored.digitsOfAgreement)),
            ("detail", .string(Wording.explanation(scored).joined(separator: "; "))),
        ]
        if let s = scored.series {
            fields.append(
                (
                    "series",
                    .object([
                        ("points", count(s.points)), ("mismatched", count(s.mismatched)),
                        (
                            "firstMismatches",
                            .array(
                                s.firstMismatches.map { m in
                                    .object([
                                        ("x", .number(m.x)), ("expected", .number(m.expected)),
                                        ("got", .number(m.got)),
                                    ])
                                })
                        ),
                        ("maxAbsoluteDifference", .number(s.maxAbsoluteDifference)),
                        ("maxRelativeDifference", .optional(s.maxRelativeDifference)),
                        ("interpolated", .bool(s.interpolated)),
                    ])
                ))
        }
        fields += [
            ("quote", .string(record.quote)), ("location", .string(record.location.description)),
        ]
        return .object(fields)
    }
}
