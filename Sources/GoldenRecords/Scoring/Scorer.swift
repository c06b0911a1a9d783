/// Why a result could not be compared with its record at all (a shape or unit the record cannot
/// take): an input error, not a verdict. The caller names the file.
public struct ScoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Position of the result in the output's `results`.
    public let index: Int
    public let id: String
    public let message: String

    /// `$.results[3] (id '…')`, the place for a one-line error.
    public var place: String { "$.results[\(index)] (id '\(id)')" }
    public var description: String { "\(place): \(message)" }
}

/// Scores model outputs against golden records with the rules of `docs/verdicts.md`.
///
/// For a number: the model value, converted into the record's unit, `pass`es within u_golden
/// of the printed value (the uncertainty policy of `docs/golden-format.md`); outside it, it is
/// `within-uncertainty` inside u_val = √(u_golden² + u_model²) when u_model is informative
/// (at most `maxRelativeModelUncertainty` of the printed magnitude, or u_golden if larger),
/// `uninformative` when it is not; then a documented reading, another printing of the same
/// quantity, or `fail`. A relative slack of `roundingSlack` absorbs floating-point rounding.
public enum Scorer {
    /// Relative slack for rounding in unit conversion.
    public static let roundingSlack = 1e-12

    /// The largest model standard uncertainty, relative to the printed magnitude, that can make
    /// a result `within-uncertainty`. Above it the band admits values that differ from the
    /// printed one in their leading digit, so agreement within it says nothing about whether
    /// the model reproduces a number printed to two or more significant figures.
    public static let maxRelativeModelUncertainty = 0.1

    /// How many unknown ids get a "did you mean" search (the search is the costly part).
    public static let suggestionLimit = 50

    /// Scores every result of `output` that `selection` keeps.
    /// - Throws: `ScoreError` for the first result (in output order) whose shape or unit cannot
    ///   be compared with its record.
    public static func score(
        _ output: ModelOutput, against catalog: GoldenCatalog,
        selection: Selection = .all
    ) throws(ScoreError) -> ScoreReport {
        let results = output.results
        let reported = UnsafeMutableBufferPointer<Bool>.allocate(capacity: catalog.records.count)
        reported.initialize(repeating: false)
        defer { reported.deallocate() }
        nonisolated(unsafe) let marks = reported  // result ids are unique, so each position is marked by one chunk
        // Results are scored in chunks on all cores; merged in order, so the report (and the
        // first shape error) is the one a single loop would give.
        let (scored, chunks) = inOrderedChunks(of: results.count, yielding: ScoredResult.self) {
            range, yield in
            var chunk = ScoredChunk(papers: catalog.papers.count)
            var vocabulary: [String: Set<String>]? = nil  // built once per chunk, on the first failed category
            let units = UnitMemo()
            for result in results[range] {
                guard let position = catalog.position(of: result.id, hash: result.idHash) else {
                    chunk.unknown.append((result.id, result.index))
                    continue
                }
                let record = catalog.records[position]
                if !selection.includes(record) { chunk.deselected += 1; continue }
                marks[position] = true
                do throws(ShapeError) {
                    var row = try score(
                        result, against: record, catalog: catalog, units: units)
                    if row.status == .fail, case let .category(got) = result.value {
                        if vocabulary == nil { vocabulary = catalog.categoryVocabulary() }
                        row.diagnoses += categoryDiagnosis(
                            got, for: record, vocabulary: vocabulary ?? [:])
                    }
                    chunk.count(row, paper: catalog.summaries[position].paper)
                    yield(row)
                } catch {
                    chunk.error = ScoreError(
                        index: result.index, id: result.id, message: error.message)
                    break
                }
            }
            return chunk
        }
        var unknown: [(String, Int)] = []
        var deselected = 0
        var totals = ScoredChunk(papers: catalog.papers.count)
        for chunk in chunks {
            if let error = chunk.error { throw error }
            unknown += chunk.unknown
            deselected += chunk.deselected
            totals.add(chunk)
        }
        for (id, index) in output.unreported {
            if let position = catalog.position(of: id) {
                if !selection.includes(catalog.records[position]) {
                    deselected += 1; continue
                }
                totals.rows[catalog.summaries[position].paper] += 1  // a known id not reported: its paper is touched
            } else {
                unknown.append((id, index))
            }
        }
        unknown.sort { $0.1 < $1.1 }
        let (missing, coverage) = coverage(
            catalog: catalog, selection: selection, totals: totals, reported: reported)
        return ScoreReport(
            scored: scored, unknownIDs: unknownIDs(unknown, catalog: catalog), missingIDs: missing,
            notReported: output.unreported.count, coverage: coverage, deselected: deselected)
    }

    /// The unknown ids, the first `suggestionLimit` with a "did you mean".
    private static func unknownIDs(
        _ unknown: [(String, Int)], catalog: GoldenCatalog
    ) -> [UnknownID] {
        guard !unknown.isEmpty else { return [] }
        let index = NearMiss.Index(catalog.records.lazy.map(\.id))
        return unknown.enumerated().map { k, entry in
            let suggestion =
                k < suggestionLimit ? NearMiss.suggestion(for: entry.0, in: index) : nil
            return UnknownID(
                id: entry.0, index: entry.1, suggestion: suggestion?.candidate,
                suggestionReason: suggestion.map { "\($0.reason)" })
        }
    }

    /// Missing ids and per-paper coverage. A paper is touched when a result scored one of its
    /// records, or when the selection names it. Parameters (a paper's inputs) are never
    /// missing nor available; a conflict-group member is not missing when another member is
    /// reported.
    private static func coverage(
        catalog: GoldenCatalog, selection: Selection, totals: ScoredChunk,
        reported: UnsafeMutableBufferPointer<Bool>
    ) -> ([String], [PaperCoverage]) {
        var touched = totals.rows.map { $0 > 0 }
        if let key = selection.paper, let k = catalog.papers.firstIndex(where: { $0.key == key }) {
            touched[k] = true
        }
        var missing: [String] = []
        var available = [Int](repeating: 0, count: catalog.papers.count),
            missingPerPaper = available, covered = available
        for (position, summary) in catalog.summaries.enumerated()
        where touched[summary.paper] && !summary.isParameter {
            let record = catalog.records[position]
            if !selection.includes(record) { continue }
            available[summary.paper] += 1
            guard !reported[position] else { continue }
            if let group = record.conflictGroup,
                group.members.contains(where: {
                    catalog.position(of: $0).map { reported[$0] } ?? false
                })
            {
                covered[summary.paper] += 1
                continue
            }
            missing.append(record.id)
            missingPerPaper[summary.paper] += 1
        }
        let coverage = catalog.papers.indices.filter { touched[$0] }
            .sorted { catalog.papers[$0].key < catalog.papers[$1].key }
            .map { k in
                PaperCoverage(
                    paper: catalog.papers[k].key, available: available[k],
                    scored: totals.validation[k],
                    reproduced: totals.reproduced[k], documentedReading: totals.documented[k],
                    failed: totals.failed[k], missing: missingPerPaper[k],
                    coveredByOtherPrinting: covered[k])
            }
        return (missing, coverage)
    }

    /// What one chunk of results gives besides its rows.
    private struct ScoredChunk {
        var unknown: [(String, Int)] = []
        var deselected = 0
        var error: ScoreError? = nil
        /// Per catalog paper: rows of any status, non-parameter rows, and of those the
        /// reproduced, documented-reading and failed ones.
        var rows: [Int], validation: [Int], reproduced: [Int], documented: [Int], failed: [Int]

        init(papers: Int) {
            rows = [Int](repeating: 0, count: papers)
            (validation, reproduced, documented, failed) = (rows, rows, rows, rows)
        }

        mutating func count(_ row: ScoredResult, paper: Int) {
            rows[paper] += 1
            guard row.record.kind != .parameter else { return }
            validation[paper] += 1
            switch row.status {
            case .pass, .otherPrinting: reproduced[paper] += 1
            case .documentedReading: documented[paper] += 1
            case .fail, .notComparable, .uninformative: failed[paper] += 1
            case .withinUncertainty, .inputEchoed: break
            }
        }

        mutating func add(_ other: ScoredChunk) {
            for k in rows.indices {
                rows[k] += other.rows[k]
                validation[k] += other.validation[k]
                reproduced[k] += other.reproduced[k]
                documented[k] += other.documented[k]
                failed[k] += other.failed[k]
            }
        }
    }

    /// A diagnosis when `category` is not one that records of the same topic ever use.
    static func categoryDiagnosis(
        _ category: String, for record: GoldenRecord,
        vocabulary: [String: Set<String>]
    ) -> [Diagnosis] {
        guard let dot = record.id.lastIndex(of: ".") else { return [] }
        let topic = String(record.id[..<dot])
        guard let known = vocabulary[topic], !known.contains(category) else { return [] }
        return [.unknownCategory(category: category, topic: topic, known: known.sorted())]
    }

    struct ShapeError: Error { let message: String }

    /// One result against its record, then conditions, conflict groups and the parameter rule.
    static func score(
        _ result: ModelResult, against record: GoldenRecord,
        catalog: GoldenCatalog? = nil, units: UnitMemo? = nil
    ) throws(ShapeError) -> ScoredResult {
        var row = try compare(result, against: record, units: units)
        if let d = result.conditions.firstDifference(from: record.conditions) {
            row.status = .notComparable
            row.reason = .conditionsDiffer(name: d.name, model: d.mine, paper: d.theirs)
            row.diagnoses = []
            return row
        }
        if row.status == .fail, let group = record.conflictGroup, let catalog {
            for id in group.members where id != record.id {
                guard let other = catalog[id],
                    let alternative = try? compare(result, against: other, units: units),
                    alternative.status == .pass
                else { continue }
                row.status = .otherPrinting
                row.reason = .otherPrinting(memberID: id, printed: other.printed, group: group.name)
                row.diagnoses = []
                break
            }
        }
        if record.kind == .parameter, !row.status.isFailure { row.status = .inputEchoed }
        return row
    }
}
