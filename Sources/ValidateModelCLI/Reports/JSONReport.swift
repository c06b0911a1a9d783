import GoldenRecords

/// `--format json`: a stable, versioned report (schema: `Fixtures/schema/report.schema.json`).
/// Bump `reportVersion` on any incompatible change (2: the statuses of `docs/verdicts.md`,
/// reasons as data, unknown ids with suggestions).
enum JSONReport: ReportFormat {
    static let reportVersion = 2

    static func render(_ report: ScoreReport, _ context: ReportContext) -> String {
        renderText(report, context).text
    }

    static func renderText(_ report: ScoreReport, _ context: ReportContext) -> ReportText {
        var json = JSONWriter(capacity: 1200 * report.scored.count + 4096)
        json.beginObject()
        json.members([
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
        ])
        json.key("results")
        json.beginArray()
        for scored in report.scored { result(scored, to: &json) }
        json.endArray()
        json.members([
            ("missing", .array(report.missingIDs.map { .string($0) })),
            ("unknown", .array(report.unknownIDs.map(unknown))),
        ])
        json.endObject()
        return json.out
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

    /// One entry of `results`, written field by field (no tree per row).
    static func result(_ scored: ScoredResult, to json: inout JSONWriter) {
        let record = scored.record
        json.beginObject()
        json.key("id")
        json.string(record.id)
        json.key("paper")
        json.string(record.paper.key)
        json.key("status")
        json.string(scored.status.rawValue)
        json.key("reason")
        if let reason = scored.reason { json.value(self.reason(reason)) } else { json.null() }
        json.key("unit")
        if let unit = record.unit { json.string(unit.symbol) } else { json.null() }
        json.key("kind")
        json.string(record.kind.rawValue)
        json.key("expected")
        expected(record, to: &json)
        json.key("got")
        got(scored.result, converted: scored.got, to: &json)
        json.key("modelUncertainty")
        json.number(scored.modelUncertainty)
        json.key("combinedUncertainty")
        json.number(scored.combinedUncertainty)
        json.key("relativeError")
        json.number(scored.relativeError)
        json.key("errorInUncertainties")
        json.number(scored.errorInUncertainties)
        json.key("digitsOfAgreement")
        json.number(scored.digitsOfAgreement)
        json.key("detail")
        json.string(Wording.explanation(scored).joined(separator: "; "))
        if let s = scored.series {
            json.key("series")
            json.value(series(s))
        }
        json.key("quote")
        json.string(record.quote)
        json.key("location")
        json.string(record.location.description)
        json.endObject()
    }

    /// A result's `expected` object: the golden record's printed text, its value (number, range,
    /// category or series), tolerance and uncertainty basis.
    private static func expected(_ record: GoldenRecord, to json: inout JSONWriter) {
        json.beginObject()
        json.key("printed")
        json.string(record.printed)
        switch record.value {
        case let .number(x):
            json.key("value")
            json.number(x)
        case let .range(lo, hi):
            json.key("range")
            json.value(.array([.number(lo), .number(hi)]))
        case let .bound(relation, limit):
            json.key("bound")
            json.value(
                .object([("relation", .string(relation.rawValue)), ("number", .number(limit))]))
        case let .category(c):
            json.key("category")
            json.string(c)
        case let .series(x, y, xUnit):
            json.members([
                ("x", .array(x.map { .number($0) })), ("y", .array(y.map { .number($0) })),
                ("xUnit", .string(xUnit)),
            ])
        }
        json.key("tolerance")
        json.number(record.tolerance)
        json.key("basis")
        json.string(record.uncertaintyBasis.rawValue)
        json.endObject()
    }

    /// A result's `got` object: what the model reported (with a number's value `converted` to the
    /// golden unit, a series' point counts) and its uncertainty.
    private static func got(_ result: ModelResult, converted: Double?, to json: inout JSONWriter) {
        json.beginObject()
        switch result.value {
        case let .number(x):
            json.key("value")
            json.number(x)
            json.key("unit")
            if let unit = result.unit { json.string(unit) } else { json.null() }
            json.key("converted")
            json.number(converted)
        case let .category(c):
            json.key("category")
            json.string(c)
        case let .series(x, y):
            json.members([
                ("points", count(x.count)),
                ("yUnit", result.unit.map { .string($0) } ?? .null),
                ("xUnit", result.xUnit.map { .string($0) } ?? .null),
                ("yCount", count(y.count)),
            ])
        }
        json.key("uncertainty")
        json.number(result.uncertainty)
        json.endObject()
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
