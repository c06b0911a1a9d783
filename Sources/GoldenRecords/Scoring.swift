import Foundation

/// The verdict on one scored result.
public enum ScoreStatus: String, Sendable, Codable {
    /// Within the combined uncertainty of the printed value.
    case pass
    /// Outside it (and not matching a documented discrepancy).
    case fail
    /// Outside the printed value's band but equal, within the same band, to the value our
    /// reference model gives where the paper's own formula does not reproduce its printed number.
    /// Reported separately; it does not make the run fail.
    case knownDiscrepancy = "known-discrepancy"
}

/// One model result scored against its golden record.
public struct ScoredResult: Sendable {
    public let record: GoldenRecord
    public let result: ModelResult
    public internal(set) var status: ScoreStatus
    /// The model's value converted into the record's unit (numbers only).
    public let got: Double?
    /// Combined tolerance: √(golden² + model²), in the record's unit.
    public let combinedUncertainty: Double
    /// (got − expected) / |expected|, for numbers with a non-zero expectation.
    public let relativeError: Double?
    /// (got − expected) / combined uncertainty, when that is non-zero.
    public let errorInUncertainties: Double?
    /// −log10(|got − expected| / |expected|), capped at 16 (absolute error when expected is 0).
    public let digitsOfAgreement: Double?
    /// A one-line explanation for categories, ranges, series and discrepancies.
    public internal(set) var detail: String
    /// Likely causes of a failure the numbers suggest (a unit factor, different conditions).
    public var diagnoses: [String] = []
    /// Point-by-point comparison, for series.
    public var series: SeriesComparison? = nil
}

/// How a model series compares with a golden series (in the manner of numpy's `assert_allclose`).
public struct SeriesComparison: Sendable {
    /// Number of golden points.
    public let points: Int
    /// Points outside the tolerance.
    public let mismatched: Int
    /// The first few mismatches, as text.
    public let firstMismatches: [String]
    /// Largest |model − golden| over the points, in the record's unit.
    public let maxAbsoluteDifference: Double
    /// Largest |model − golden| / |golden| over points with non-zero golden y.
    public let maxRelativeDifference: Double?
    /// Always true: the model is linearly interpolated at the golden x values, never extrapolated.
    public let interpolated: Bool
}

/// Records scored, passed and missing for one paper.
public struct PaperCoverage: Sendable, Equatable {
    public let paper: String
    /// Records of this paper (after `--paper`/`--id` selection).
    public let available: Int
    public let scored: Int
    public let passed: Int
    public let missing: Int
}

/// The outcome of scoring one model-output file.
public struct ScoreReport: Sendable {
    public let scored: [ScoredResult]
    /// Result ids that match no golden record.
    public let unknownIDs: [String]
    /// Golden ids of the papers the output touches that the output does not report (parameters,
    /// which are a paper's inputs, excluded).
    public let missingIDs: [String]
    /// Per paper the output touches: available, scored, passed, missing.
    public var coverage: [PaperCoverage] = []
    /// Results with a golden id that the selection (`--paper`, `--id`) left out.
    public var deselected: Int = 0

    public init(scored: [ScoredResult], unknownIDs: [String], missingIDs: [String]) {
        self.scored = scored
        self.unknownIDs = unknownIDs
        self.missingIDs = missingIDs
        var pass = 0, fail = 0, discrepancy = 0
        for row in scored {
            switch row.status {
            case .pass: pass += 1
            case .fail: fail += 1
            case .knownDiscrepancy: discrepancy += 1
            }
        }
        (passCount, failCount, discrepancyCount) = (pass, fail, discrepancy)
    }

    public let passCount: Int
    public let failCount: Int
    public let discrepancyCount: Int

    /// The run passes when at least one result was scored and none failed.
    public var passed: Bool { !scored.isEmpty && failCount == 0 }
    /// (pass + known discrepancy) / scored; 0 when nothing was scored.
    public var passFraction: Double { scored.isEmpty ? 0 : Double(scored.count - failCount) / Double(scored.count) }
    /// Papers whose records were scored, sorted.
    public var papers: [String] { Array(Set(scored.map(\.record.paper.key))).sorted() }
}

/// Scores model outputs against golden records. The pass rule, for a number: the model value,
/// converted into the record's unit, is within √(u_golden² + u_model²) of the printed value,
/// where u_golden comes from the uncertainty policy (`docs/golden-format.md`); a relative
/// slack of 1e-12 absorbs floating-point rounding for `exact` records.
public enum Scorer {
    /// Relative slack for rounding in unit conversion.
    public static let roundingSlack = 1e-12

    /// - Throws: `InputError` for a result whose shape or unit cannot be compared with its record
    ///   (a category given for a number, a dimension mismatch, an unknown unit).
    ///
    /// - Parameter selected: which golden records to score (`--paper`, `--id`); others are left out
    ///   and counted in `deselected`.
    public static func score(_ output: ModelOutput, against catalog: GoldenCatalog, file: String,
                             selected: (@Sendable (GoldenRecord) -> Bool)? = nil) throws(InputError) -> ScoreReport {
        let results = output.results
        let reported = UnsafeMutableBufferPointer<Bool>.allocate(capacity: catalog.records.count)
        reported.initialize(repeating: false)
        defer { reported.deallocate() }
        nonisolated(unsafe) let marks = reported  // result ids are unique, so each position is marked by one chunk
        // Results are scored in chunks on all cores; merged in order, so the report (and the
        // first shape error) is the one a single loop would give.
        let (scored, chunks) = inOrderedChunks(of: results.count, yielding: ScoredResult.self) { range, yield in
            var chunk = ScoredChunk(papers: catalog.papers.count)
            var vocabulary: [String: Set<String>]? = nil  // built once per chunk, on the first failed category
            for result in results[range] {
                guard let position = catalog.position(of: result.id) else { chunk.unknown.append(result.id); continue }
                let record = catalog.records[position]
                if let selected, !selected(record) { chunk.deselected += 1; continue }
                marks[position] = true
                do throws(ShapeError) {
                    var row = try score(result, against: record)
                    if row.status == .fail, case let .category(got) = result.value {
                        if vocabulary == nil { vocabulary = catalog.categoryVocabulary() }
                        row.diagnoses += categoryDiagnosis(got, for: record, vocabulary: vocabulary!)
                    }
                    let paper = catalog.summaries[position].paper
                    chunk.scored[paper] += 1
                    if row.status != .fail { chunk.passed[paper] += 1 }
                    yield(row)
                } catch {
                    chunk.error = InputError(file: file, place: "$.results[\(result.index)] (id '\(result.id)')", message: error.message)
                    break
                }
            }
            return chunk
        }
        var unknown: [String] = []
        var deselected = 0
        var scoredPerPaper = [Int](repeating: 0, count: catalog.papers.count), passedPerPaper = scoredPerPaper
        for chunk in chunks {
            if let error = chunk.error { throw error }
            unknown += chunk.unknown
            deselected += chunk.deselected
            for k in catalog.papers.indices {
                scoredPerPaper[k] += chunk.scored[k]
                passedPerPaper[k] += chunk.passed[k]
            }
        }
        // Missing: the ids of the papers the output touches that it does not report. Parameters
        // are a paper's inputs, not something a model reports, so they are never missing; one the
        // output does report still counts as available, so scored + missing = available.
        var missing: [String] = []
        var availablePerPaper = [Int](repeating: 0, count: catalog.papers.count), missingPerPaper = availablePerPaper
        for (position, summary) in catalog.summaries.enumerated()
        where scoredPerPaper[summary.paper] > 0 && (!summary.isParameter || reported[position]) {
            if let selected, !selected(catalog.records[position]) { continue }
            availablePerPaper[summary.paper] += 1
            if !reported[position] {
                missing.append(catalog.records[position].id)
                missingPerPaper[summary.paper] += 1
            }
        }
        var report = ScoreReport(scored: scored, unknownIDs: unknown, missingIDs: missing)
        report.deselected = deselected
        report.coverage = catalog.papers.indices.filter { scoredPerPaper[$0] > 0 }.sorted { catalog.papers[$0].key < catalog.papers[$1].key }.map { k in
            PaperCoverage(paper: catalog.papers[k].key, available: availablePerPaper[k], scored: scoredPerPaper[k],
                          passed: passedPerPaper[k], missing: missingPerPaper[k])
        }
        return report
    }

    /// What one chunk of results gives besides its rows.
    private struct ScoredChunk {
        var unknown: [String] = []
        var deselected = 0
        var error: InputError? = nil
        /// Rows scored and passed (pass or known discrepancy), per catalog paper.
        var scored: [Int], passed: [Int]

        init(papers: Int) {
            scored = [Int](repeating: 0, count: papers)
            passed = scored
        }
    }

    /// A diagnosis when `category` is not one that records of the same topic ever use.
    static func categoryDiagnosis(_ category: String, for record: GoldenRecord, vocabulary: [String: Set<String>]) -> [String] {
        guard let dot = record.id.lastIndex(of: ".") else { return [] }
        let topic = String(record.id[..<dot])
        guard let known = vocabulary[topic], !known.contains(category) else { return [] }
        return ["'\(category)' is not a category any \(topic).* record uses (\(known.sorted().joined(separator: ", "))); check the spelling"]
    }

    struct ShapeError: Error { let message: String }

    static func score(_ result: ModelResult, against record: GoldenRecord) throws(ShapeError) -> ScoredResult {
        var scored = try compare(result, against: record)
        if let d = result.conditions.firstDifference(from: record.conditions) {
            scored.status = .fail
            scored.detail = "conditions differ: \(d.name) \(d.mine) in the output, \(d.theirs) in the paper; not comparable"
        }
        return scored
    }

    static func compare(_ result: ModelResult, against record: GoldenRecord) throws(ShapeError) -> ScoredResult {
        switch (record.value, result.value) {
        case let (.category(expected), .category(got)):
            let ok = expected == got
            return ScoredResult(record: record, result: result, status: ok ? .pass : .fail, got: nil,
                                combinedUncertainty: 0, relativeError: nil, errorInUncertainties: nil,
                                digitsOfAgreement: nil, detail: ok ? "category matches" : "expected '\(expected)', got '\(got)'")
        case let (.number(expected), .number(raw)):
            let (got, u) = try converted(raw, result, to: record)
            return numeric(record, result, expected: expected, got: got, modelUncertainty: u)
        case let (.range(lo, hi), .number(raw)):
            let (got, u) = try converted(raw, result, to: record)
            let combined = (record.tolerance * record.tolerance + u * u).squareRoot()
            let inside = got >= lo - combined && got <= hi + combined
            var status: ScoreStatus = inside ? .pass : .fail
            var detail = inside ? "inside the printed range" : "outside the printed range \(lo.formatted6)–\(hi.formatted6) ± \(combined.formatted6)"
            if !inside, let known = knownDiscrepancy(record, got: got, tolerance: combined) { detail = known; status = .knownDiscrepancy }
            return ScoredResult(record: record, result: result, status: status, got: got,
                                combinedUncertainty: combined, relativeError: nil, errorInUncertainties: nil,
                                digitsOfAgreement: nil, detail: detail)
        case let (.series(gx, gy, gxUnit), .series(mx, my)):
            return try series(record, result, goldenX: gx, goldenY: gy, goldenXUnit: gxUnit, modelX: mx, modelY: my)
        default:
            throw ShapeError(message: "the golden record holds a \(record.value.shape) but the output gives a \(result.value.shape); write a \(record.value.shape == "range" ? "number" : record.value.shape)")
        }
    }

    /// When `got` misses the printed value but equals, within `tolerance`, the value the record's
    /// documented discrepancy pins, the explanation to report; otherwise nil.
    static func knownDiscrepancy(_ record: GoldenRecord, got: Double, tolerance: Double) -> String? {
        guard let d = record.discrepancy,
              got.isApproximatelyEqual(to: d.referenceValue, absoluteTolerance: tolerance, relativeTolerance: roundingSlack) else { return nil }
        return "equals the '\(d.reading)' reading (\(d.referenceValue)); the paper printed \(record.printed)"
    }

    /// Converts a model number and its uncertainty into the record's unit.
    static func converted(_ raw: Double, _ result: ModelResult, to record: GoldenRecord) throws(ShapeError) -> (Double, Double) {
        guard let target = record.unit else { throw ShapeError(message: "the golden record is a category") }
        let value: Double, u: Double
        do throws(UnitError) {
            let unit = try PhysicalUnit(parsing: result.unit ?? "")
            value = try unit.convert(raw, to: target)
            u = try unit.convertInterval(result.uncertainty ?? 0, to: target)
        } catch {
            if case .dimensionMismatch = error {
                throw ShapeError(message: "\(error); the golden record is in '\(target.symbol)'")
            }
            throw ShapeError(message: error.description)
        }
        guard value.isFinite, u.isFinite else {
            throw ShapeError(message: "value overflows after conversion to '\(target.symbol)'")
        }
        return (value, u)
    }

    static func numeric(_ record: GoldenRecord, _ result: ModelResult, expected: Double, got: Double, modelUncertainty: Double) -> ScoredResult {
        let combined = (record.tolerance * record.tolerance + modelUncertainty * modelUncertainty).squareRoot()
        let matches = { (target: Double) in
            got.isApproximatelyEqual(to: target, absoluteTolerance: combined, relativeTolerance: roundingSlack)
        }
        var status: ScoreStatus = matches(expected) ? .pass : .fail
        var detail = ""
        if status == .fail, let known = knownDiscrepancy(record, got: got, tolerance: combined) { detail = known; status = .knownDiscrepancy }
        let delta = got - expected
        let relative: Double? = expected == 0 ? nil : delta / expected.magnitude
        let digits: Double
        if delta == 0 {
            digits = 16
        } else if expected == 0 {
            digits = min(16, -log10(delta.magnitude))
        } else {
            digits = min(16, -log10(delta.magnitude / expected.magnitude))
        }
        return ScoredResult(record: record, result: result, status: status, got: got, combinedUncertainty: combined,
                            relativeError: relative, errorInUncertainties: combined > 0 ? delta / combined : nil,
                            digitsOfAgreement: digits, detail: detail,
                            diagnoses: status == .fail ? UnitFactorDiagnosis.diagnose(got: got, expected: expected) : [])
    }

    /// Interpolates the model series linearly at the golden x values (refusing to extrapolate)
    /// and requires every point within the tolerance.
    static func series(_ record: GoldenRecord, _ result: ModelResult, goldenX: [Double], goldenY: [Double], goldenXUnit: String,
                       modelX rawX: [Double], modelY rawY: [Double]) throws(ShapeError) -> ScoredResult {
        guard let yTarget = record.unit else { throw ShapeError(message: "the golden record has no unit") }
        let mx: [Double], my: [Double]
        do {
            let xUnit = try PhysicalUnit(parsing: result.xUnit ?? "")
            let yUnit = try PhysicalUnit(parsing: result.unit ?? "")
            let gxUnit = try PhysicalUnit(parsing: goldenXUnit)
            mx = try rawX.map { (x) throws(UnitError) in try xUnit.convert(x, to: gxUnit) }
            my = try rawY.map { (y) throws(UnitError) in try yUnit.convert(y, to: yTarget) }
        } catch {
            throw ShapeError(message: "\(error.description) (a series needs 'unit' for y and 'xUnit' for x)")
        }
        var mismatched: [String] = []
        var maxAbs = 0.0, maxRel: Double? = nil
        for (x, y) in zip(goldenX, goldenY) {
            guard let first = mx.first, let last = mx.last, x >= first, x <= last else {
                return ScoredResult(record: record, result: result, status: .fail, got: nil, combinedUncertainty: record.tolerance,
                                    relativeError: nil, errorInUncertainties: nil, digitsOfAgreement: nil,
                                    detail: "golden x = \(x.formatted6) \(goldenXUnit) is outside the model's x range \((mx.first ?? .nan).formatted6)…\((mx.last ?? .nan).formatted6); not extrapolated")
            }
            let k = max(1, mx.firstIndex { $0 >= x } ?? 1)
            let t = mx[k] == mx[k - 1] ? 0 : (x - mx[k - 1]) / (mx[k] - mx[k - 1])
            let value = my[k - 1] + t * (my[k] - my[k - 1])
            let difference = (value - y).magnitude
            maxAbs = max(maxAbs, difference)
            if y != 0 { maxRel = max(maxRel ?? 0, difference / y.magnitude) }
            if !value.isApproximatelyEqual(to: y, absoluteTolerance: record.tolerance, relativeTolerance: roundingSlack) {
                mismatched.append("x=\(x.formatted6): expected \(y.formatted6), got \(value.formatted6)")
            }
        }
        let comparison = SeriesComparison(points: goldenX.count, mismatched: mismatched.count, firstMismatches: Array(mismatched.prefix(3)),
                                          maxAbsoluteDifference: maxAbs, maxRelativeDifference: maxRel, interpolated: true)
        let percent = (100 * Double(mismatched.count) / Double(goldenX.count)).formatted6
        let detail = mismatched.isEmpty
            ? "all \(goldenX.count) points within ±\(record.tolerance.formatted6) (model interpolated linearly at the golden x)"
            : "\(mismatched.count) of \(goldenX.count) points mismatched (\(percent)%), model interpolated at the golden x; max |diff| \(maxAbs.formatted6)\(maxRel.map { ", max rel \($0.formatted6)" } ?? ""); first: \(mismatched.prefix(3).joined(separator: "; "))"
        return ScoredResult(record: record, result: result, status: mismatched.isEmpty ? .pass : .fail, got: nil,
                            combinedUncertainty: record.tolerance, relativeError: nil, errorInUncertainties: nil,
                            digitsOfAgreement: nil, detail: detail, series: comparison)
    }
}

extension Double {
    /// Six significant digits, no trailing zeros (`%.6g`), for messages and reports.
    public var formatted6: String { formatted(cFormat: "%.6g") }

    /// `self` written with a C `printf` format for one double (`"%.6g"`, `"%+.3g%%"`), exactly as
    /// `String(format:)` writes it, but straight through `vsnprintf`: Foundation's formatter made
    /// the text report of 100 000 results take over a second.
    ///
    /// - Precondition: `cFormat` takes exactly one double.
    public func formatted(cFormat: StaticString) -> String {
        let format = UnsafeRawPointer(cFormat.utf8Start).assumingMemoryBound(to: CChar.self)
        let write = { (buffer: UnsafeMutableBufferPointer<CChar>) -> (written: Int, text: String) in
            let written = Int(withVaList([self]) { vsnprintf(buffer.baseAddress!, buffer.count, format, $0) })
            let count = max(0, min(written, buffer.count - 1))
            let text = UnsafeRawBufferPointer(start: buffer.baseAddress!, count: count).withMemoryRebound(to: UInt8.self) {
                String(decoding: $0, as: UTF8.self)
            }
            return (written, text)
        }
        let short = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64, write)
        guard short.written >= 64 else { return short.text }
        // Long (`%f` of 1e308): once more with room for all of it.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: short.written + 1, write).text
    }
}
