import GoldenRecords

/// What every report format needs besides the scores.
struct ReportContext {
    let file: String
    let modelName: String?
    let goldenCount: Int
    /// The papers those golden records belong to (those of the papers the output touches).
    var goldenPapers: [String] = []
    let verdict: RunVerdict
    let policy: RunVerdict.Policy
    /// For the HTML report's figures; without it the page has none.
    var figures: FigureSource? = nil
}

/// A report format: renders the report's rows (`ReportRow`) and summary in its own syntax,
/// escaping the untrusted text with its own `Escape` function. A new format is one new type
/// plus one case in `Options.Format`.
protocol ReportFormat {
    static func render(_ report: ScoreReport, _ context: ReportContext) -> String
    /// `render` as bytes; formats that write their rows as bytes (text, JSON) give them as they
    /// are, without a `String` of the whole report.
    static func renderText(_ report: ScoreReport, _ context: ReportContext) -> ReportText
}

extension ReportFormat {
    static func renderText(_ report: ScoreReport, _ context: ReportContext) -> ReportText {
        ReportText(render(report, context))
    }
}

extension ScoreReport {
    /// The indices of `scored` per paper key, in report order (every format groups by paper).
    var rowsByPaper: [String: [Int]] {
        var rows: [String: [Int]] = [:]
        // A paper's rows mostly follow one another: they are gathered while the paper stays
        // the same (the same `Paper` object), and filed under its key when it changes.
        var paper: Paper? = nil
        var run: [Int] = []
        let file = { (paper: Paper?, run: [Int]) in
            if let paper { rows[paper.key, default: []] += run }
        }
        for k in scored.indices {
            let next = scored[k].record.paper
            if next !== paper {
                file(paper, run)
                paper = next
                run = []
            }
            run.append(k)
        }
        file(paper, run)
        return rows
    }

    /// The papers of `scored`, sorted by key, each with its rows (indices into `scored`) in
    /// report order.
    var papersInOrder: [(paper: String, rows: [Int])] {
        let rows = rowsByPaper
        return rows.keys.sorted().map { ($0, rows[$0] ?? []) }
    }
}

/// One scored result in words, the same for every format (renderers only escape and lay out).
struct ReportRow {
    let status: ScoreStatus
    let id: String
    let paper: String
    /// The printed value with its tolerance and unit (`880 ± 0.5 nm`).
    let expected: String
    /// The model's value in the golden unit, with what it wrote in brackets.
    let got: String
    /// `+0.0227%`, or empty.
    let relativeError: String
    /// `+0.4`, or empty.
    let errorInUncertainties: String
    /// `3.6`, or empty.
    let digits: String
    /// The reason, then the diagnoses, one sentence each.
    let explanation: [String]
    let quote: String
    let location: String

    init(_ row: ScoredResult) {
        status = row.status
        id = row.record.id
        paper = row.record.paper.key
        let cell = { (write: (ScoredResult, inout ReportText) -> Void) -> String in
            var text = ReportText(capacity: 32)
            write(row, &text)
            return text.withBytes { String(decoding: $0, as: UTF8.self) }
        }
        expected = cell(Self.appendExpected)
        got = cell(Self.appendGot)
        relativeError = cell(Self.appendRelativeError)
        errorInUncertainties = cell(Self.appendErrorInUncertainties)
        digits = cell(Self.appendDigits)
        explanation = Wording.explanation(row)
        quote = row.record.quote
        location = row.record.location.description
    }

    // The cells, each appended to a report's text as it is (the caller escapes): one source for
    // `ReportRow`'s strings and the text report, which writes them without making strings.

    /// `expected`: the printed value with its tolerance and unit.
    static func appendExpected(_ row: ScoredResult, to out: inout ReportText) {
        let unit = row.record.unit?.symbol ?? ""
        switch row.record.value {
        case let .number(x):
            out.append(number: x)
            out.append(" ± ")
            out.append(number: row.record.tolerance)
        case let .range(lo, hi):
            out.append(number: lo)
            out.append("–")
            out.append(number: hi)
        case let .bound(relation, limit):
            out.append(relation.description)
            out.append(" ")
            out.append(number: limit)
            out.append(" ± ")
            out.append(number: row.record.tolerance)
        case let .category(c): out.append(c); return
        case let .series(x, _, _): out.append("series of \(x.count) points (\(unit))"); return
        }
        out.append(" ")
        out.append(unit)
    }

    /// `got`: the model's value in the golden unit, with what it wrote in brackets.
    static func appendGot(_ row: ScoredResult, to out: inout ReportText) {
        switch row.result.value {
        case let .category(c): out.append(Wording.clip(c))
        case let .series(x, _): out.append("series of \(x.count) points")
        case let .number(raw):
            let unit = row.record.unit?.symbol ?? ""
            out.append(number: row.got ?? raw)
            if row.modelUncertainty > 0 {
                out.append(" ± ")
                out.append(number: row.modelUncertainty)
            }
            out.append(" ")
            out.append(unit)
            if let written = row.result.unit, written != unit {
                out.append(" (")
                out.append(number: raw)
                out.append(" ")
                out.append(Wording.clip(written))
                out.append(")")
            }
        }
    }

    /// `relativeError`: `+0.0227%`, or nothing.
    static func appendRelativeError(_ row: ScoredResult, to out: inout ReportText) {
        guard let e = row.relativeError else { return }
        out.append(Wording.roundingNoiseToZero(e) * 100, significantDigits: 3, sign: true)
        out.append("%")
    }

    /// `errorInUncertainties`: `+0.4`, or nothing.
    static func appendErrorInUncertainties(_ row: ScoredResult, to out: inout ReportText) {
        guard let e = row.errorInUncertainties else { return }
        out.append(Wording.roundingNoiseToZero(e), significantDigits: 3, sign: true)
    }

    /// `digits`: `3.6`, or nothing.
    static func appendDigits(_ row: ScoredResult, to out: inout ReportText) {
        guard let d = row.digitsOfAgreement else { return }
        out.append(d, decimals: 1)
    }

    /// `failureMessage` written from the scored result, with its `explanation` (the caller
    /// escapes).
    static func appendFailureMessage(
        _ row: ScoredResult, explanation: [String], to out: inout ReportText
    ) {
        out.append("expected ")
        appendExpected(row, to: &out)
        out.append(", got ")
        appendGot(row, to: &out)
        appendUnlessEmpty(row, "; relative error ", appendRelativeError, "", to: &out)
        appendUnlessEmpty(row, "; ", appendErrorInUncertainties, " u", to: &out)
        for line in explanation {
            out.append("; ")
            out.append(line)
        }
    }

    /// `prefix`, the cell `write` writes, and `suffix`; nothing when the cell is empty.
    private static func appendUnlessEmpty(
        _ row: ScoredResult, _ prefix: String, _ write: (ScoredResult, inout ReportText) -> Void,
        _ suffix: String, to out: inout ReportText
    ) {
        let mark = out.count
        out.append(prefix)
        let start = out.count
        write(row, &out)
        if out.count == start { out.truncate(to: mark) } else { out.append(suffix) }
    }

    /// One line: expected, got, errors, then the explanation (for a failure message).
    var failureMessage: String {
        var parts = ["expected \(expected), got \(got)"]
        if !relativeError.isEmpty { parts.append("relative error \(relativeError)") }
        if !errorInUncertainties.isEmpty { parts.append("\(errorInUncertainties) u") }
        return (parts + explanation).joined(separator: "; ")
    }
}

/// The words for statuses, reasons, diagnoses and verdicts.
enum Wording {
    static func number(_ x: Double) -> String { x.formatted6 }

    /// The longest piece of text from the output file a report shows in one place.
    static let clipLength = 200

    /// `s`, cut to `clipLength` characters with "…" and the full length when longer: a 60 MB
    /// model name or category is not written into every report line that names it.
    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "no paper" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    static func clip(_ s: String) -> String {
        guard s.utf8.count > clipLength, s.count > clipLength else { return s }
        return String(s.prefix(clipLength)) + "… (\(s.count) characters)"
    }

    /// Unit conversion leaves errors of order 1e-14 where the values agree; show them as 0.
    static func roundingNoiseToZero(_ x: Double) -> Double { x.magnitude < 1e-9 ? 0 : x }

    /// The reason (or, for a plain pass of a series, its point count), then the diagnoses.
    static func explanation(_ row: ScoredResult) -> [String] {
        var lines: [String] = []
        let unit = row.record.unit?.symbol ?? ""
        if let reason = row.reason { lines.append(sentence(reason, row: row, unit: unit)) }
        if row.status == .pass, let s = row.series {
            lines.append(
                "all \(s.points) points within ±\(number(row.record.tolerance))"
                    + " (model interpolated linearly at the golden x)"
            )
        }
        if row.status == .inputEchoed {
            lines.append(
                "a stated input of the paper (kind 'parameter') echoed back: reported, not counted as validation"
            )
        }
        return lines + row.diagnoses.map(sentence)
    }

    static func sentence(_ reason: ScoreReason, row: ScoredResult, unit: String) -> String {
        switch reason {
        case let .categoryMismatch(expected, got):
            return "expected '\(expected)', got '\(clip(got))'"
        case let .outsideRange(lo, hi, tolerance):
            return
                "outside the printed range \(number(lo))–\(number(hi)) ± \(number(tolerance)) \(unit)"
        case let .wrongSideOfBound(relation, limit, tolerance):
            return
                "on the wrong side of the printed bound \(relation) \(number(limit)) ± \(number(tolerance)) \(unit)"
        case let .documentedReading(name, value, isReference):
            return
                "equals the documented reading '\(name)' of the paper's formula (\(number(value)) \(unit)"
                + (isReference ? ", the suite's reference reading" : "")
                + "), not the printed \(row.record.printed); see the record's discrepancy"
        case let .otherPrinting(memberID, printed, group):
            return
                "reproduces the paper's other printing of this quantity, \(memberID) (printed \(printed)); "
                + "the paper prints two values (conflict group '\(group)')"
        case let .conditionsDiffer(name, model, paper):
            return
                "conditions differ: \(name) \(clip(model)) in the output, \(paper) in the paper; not comparable"
        case let .withinModelUncertainty(level):
            return
                "outside the printed precision ± \(number(row.record.tolerance)) "
                + "but within the validation uncertainty "
                + "u_val = √(u_golden² + u_model²) = \(number(level)) \(unit): "
                + "validated to that level only (ASME V&V 20)"
        case let .uninformativeUncertainty(u, bound):
            return
                "within ± \(number(row.combinedUncertainty)) \(unit) "
                + "only through the model uncertainty ± \(number(u)) \(unit), "
                + "above the informative bound ± \(number(bound)) \(unit) (10 % of the printed value); not evidence"
        case let .seriesOutsideModelRange(x, first, last):
            let xUnit: String
            if case let .series(_, _, u) = row.record.value { xUnit = " " + u } else { xUnit = "" }
            return
                "golden x = \(number(x))\(xUnit) is outside the model's x range "
                + "\(number(first))…\(number(last)); not extrapolated"
        case .seriesMismatch:
            guard let s = row.series else { return "series points mismatched" }
            let percent = number(100 * Double(s.mismatched) / Double(max(1, s.points)))
            let first = s.firstMismatches.map {
                "x=\(number($0.x)): expected \(number($0.expected)), got \(number($0.got))"
            }
            return
                "\(s.mismatched) of \(s.points) points mismatched (\(percent)%), model interpolated at the golden x; "
                + "max |diff| \(number(s.maxAbsoluteDifference))"
                + "\(s.maxRelativeDifference.map { ", max rel \(number($0))" } ?? "")"
                + "; first: \(first.joined(separator: "; "))"
        }
    }

    static func sentence(_ diagnosis: Diagnosis) -> String {
        switch diagnosis {
        case let .unitFactor(factor, inverse, hint):
            return
                "likely unit error: got/expected ≈ \(inverse ? "1/" : "")\(number(factor)), \(hint)"
        case let .temperatureOffset(positive):
            return
                "likely unit error: got − expected ≈ \(positive ? "+" : "−")273.15 (kelvin vs degrees Celsius?)"
        case let .unknownCategory(category, topic, known):
            return
                "'\(clip(category))' is not a category any \(topic).* record uses "
                + "(\(known.joined(separator: ", "))); check the spelling"
        }
    }

    /// One unknown id with its "did you mean".
    static func unknown(_ u: UnknownID) -> String {
        guard let suggestion = u.suggestion else { return "'\(clip(u.id))'" }
        return
            "'\(clip(u.id))': did you mean '\(suggestion)'?\(u.suggestionReason.map { " (\($0))" } ?? "")"
    }

    /// The one-line summary every format ends with (text) or starts with (Markdown).
    static func summary(_ report: ScoreReport, _ verdict: RunVerdict) -> String {
        var counts = "\(report.validationCount) scored: \(report.count(.pass)) pass"
        for (status, label) in [
            (ScoreStatus.withinUncertainty, "within model uncertainty"),
            (.documentedReading, "documented reading"), (.otherPrinting, "other printing"),
        ]
        where report.count(status) > 0 { counts += ", \(report.count(status)) \(label)" }
        counts += ", \(report.count(.fail)) fail"
        for (status, label) in [
            (ScoreStatus.notComparable, "not comparable"),
            (.uninformative, "uninformative uncertainty"),
        ]
        where report.count(status) > 0 { counts += ", \(report.count(status)) \(label)" }
        if report.count(.inputEchoed) > 0 {
            counts += "; \(report.count(.inputEchoed)) inputs echoed (not validation)"
        }
        let reasons = verdict.reasons.compactMap(reasonText)
        return
            "Summary: \(counts); \(report.missingIDs.count) not in output; \(report.unknownIDs.count) unknown → "
            + (verdict.passed ? "PASS" : "FAIL")
            + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: "; ")))")
    }

    /// Words for a reason the run fails; nil for plain failures, which the counts already show.
    static func reasonText(_ reason: RunVerdict.Reason) -> String? {
        switch reason {
        case .noResultMatched: "no result matched a golden id"
        case let .onlyInputsEchoed(n):
            "only the paper's inputs echoed back (\(n)); that validates nothing"
        case .noEvidence: "no result reproduces a printed value or a documented reading"
        case let .onlyBoundsSatisfied(n):
            "only \(n == 1 ? "a bound is" : "bounds are") satisfied, which says only on which side a value lies; "
                + "no result reproduces a printed value"
        case let .unknownIDs(n):
            "\(n) unknown \(n == 1 ? "id" : "ids"); fix \(n == 1 ? "it" : "them") or pass --allow-unknown-ids"
        case .failures: nil
        case let .belowPassFraction(f, minimum): "pass fraction \(number(f)) < \(number(minimum))"
        case let .missingUnderRequireAll(n): "--require-all: \(n) golden ids missing"
        }
    }
}
