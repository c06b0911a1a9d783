import GoldenRecords

/// `--format json`: a stable, versioned report (schema: `Fixtures/schema/report.schema.json`).
/// Bump `reportVersion` on any incompatible change (2: the statuses of `docs/verdicts.md`,
/// reasons as data, unknown ids with suggestions).
enum JSONReport: ReportFormat {
    static let reportVersion = 2

    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
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
            ("summary", summary(report, context)),
            ("coverage", .array(report.coverage.map(coverage))),
            (
                "results",
                .lazyArray(count: report.scored.count) { [scored = report.scored] k in
                    result(scored[k])
                }
            ),
            ("missing", .array(report.missingIDs.map { .string($0) })),
            ("unknown", .array(report.unknownIDs.map(unknown))),
        ])
        return doc.text()
    }

    /// The `summary` object: the counts, the pass fraction and the run's verdict with its reasons,
    /// exit code and summary line.
    private static func summary(_ report: ScoreReport, _ context: ReportContext) -> JSONValue {
        let statuses: JSONValue = .object(
            ScoreStatus.allCases.map { ($0.rawValue, count(report.count($0))) })
        return .object([
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
    }

    /// One paper's entry of the `coverage` array.
    private static func coverage(_ c: PaperCoverage) -> JSONValue {
        .object([
            ("paper", .string(c.paper)), ("available", count(c.available)),
            ("scored", count(c.scored)),
            ("reproduced", count(c.reproduced)),
            ("documentedReading", count(c.documentedReading)),
            ("failed", count(c.failed)), ("missing", count(c.missing)),
            ("coveredByOtherPrinting", count(c.coveredByOtherPrinting)),
        ])
    }

    /// One entry of the `unknown` array: the id, its index in the input and a suggestion.
    private static func unknown(_ u: UnknownID) -> JSONValue {
        .object([
            ("id", .string(u.id)), ("index", count(u.index)),
            ("suggestion", u.suggestion.map { .string($0) } ?? .null),
        ])
    }

    private static func count(_ n: Int) -> JSONValue { .number(Double(n)) }

    static func reason(_ r: RunVerdict.Reason) -> JSONValue {
        switch r {
        case .noResultMatched: .object([("kind", .string("no-result-matched"))])
        case let .onlyInputsEchoed(n):
            .object([("kind", .string("only-inputs-echoed")), ("count", count(n))])
        case .noEvidence: .object([("kind", .string("no-evidence"))])
        case let .onlyBoundsSatisfied(n):
            .object([("kind", .string("only-bounds-satisfied")), ("count", count(n))])
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
        case let .wrongSideOfBound(relation, limit, t):
            .object([
                ("kind", .string("wrong-side-of-bound")), ("relation", .string(relation.rawValue)),
                ("limit", .number(limit)), ("tolerance", .number(t)),
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
        var fields: [(String, JSONValue)] = [
            ("id", .string(record.id)),
            ("paper", .string(record.paper.key)),
            ("status", .string(scored.status.rawValue)),
            ("reason", scored.reason.map(reason) ?? .null),
            ("unit", record.unit.map { .string($0.symbol) } ?? .null),
            ("kind", .string(record.kind.rawValue)),
            ("expected", expected(record)),
            ("got", got(scored.result, converted: scored.got)),
            ("modelUncertainty", .number(scored.modelUncertainty)),
            ("combinedUncertainty", .number(scored.combinedUncertainty)),
            ("relativeError", .optional(scored.relativeError)),
            ("errorInUncertainties", .optional(scored.errorInUncertainties)),
            ("digitsOfAgreement", .optional(scored.digitsOfAgreement)),
            ("detail", .string(Wording.explanation(scored).joined(separator: "; "))),
        ]
        if let s = scored.series { fields.append(("series", series(s))) }
        fields += [
            ("quote", .string(record.quote)), ("location", .string(record.location.description)),
        ]
        return .object(fields)
    }

    /// A result's `expected` object: the golden record's printed text, its value (number, range,
    /// category or series), tolerance and uncertainty basis.
    private static func expected(_ record: GoldenRecord) -> JSONValue {
        var expected: [(String, JSONValue)] = [("printed", .string(record.printed))]
        switch record.value {
        case let .number(x): expected.append(("value", .number(x)))
        case let .range(lo, hi): expected.append(("range", .array([.number(lo), .number(hi)])))
        case let .bound(relation, limit):
            expected.append(
                ("bound", .object([("relation", .string(relation.rawValue)), ("number", .number(limit))])))
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
        return .object(expected)
    }

    /// A result's `got` object: what the model reported (with a number's value `converted` to the
    /// golden unit, a series' point counts) and its uncertainty.
    private static func got(_ result: ModelResult, converted: Double?) -> JSONValue {
        var got: [(String, JSONValue)] = []
        switch result.value {
        case let .number(x):
            got += [
                ("value", .number(x)), ("unit", result.unit.map { .string($0) } ?? .null),
                ("converted", .optional(converted)),
            ]
        case let .category(c): got.append(("category", .string(c)))
        case let .series(x, y):
            got += [
                ("points", count(x.count)),
                ("yUnit", result.unit.map { .string($0) } ?? .null),
                ("xUnit", result.xUnit.map { .string($0) } ?? .null),
                ("yCount", count(y.count)),
            ]
        }
        got.append(("uncertainty", .optional(result.uncertainty)))
        return .object(got)
    }

    /// A series result's `series` object: point and mismatch counts, the first mismatches and the
    /// largest differences.
    private static func series(_ s: SeriesComparison) -> JSONValue {
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
    }
}
