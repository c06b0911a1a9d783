import Foundation
import GoldenRecords

/// Compares the shipped `Fixtures/reference-output.json` with what `--reference-output` writes
/// today result by result, so that a stale snapshot names the id and value that changed and the
/// model test that pins it instead of dumping both files.
enum ReferenceSnapshot {
    static let regenerate = "swift run validate-model --reference-output > Fixtures/reference-output.json"

    /// One `{"id": …, "value": …, "unit": …}` line of the results array.
    struct Line: Equatable {
        let id: String
        let text: String
        /// The text between `"value": ` and `, "unit"` (or the closing brace).
        var value: String {
            guard let start = text.range(of: "\"value\": ") else { return text }
            let rest = text[start.upperBound...]
            let end = rest.range(of: ", \"unit\"")?.lowerBound ?? rest.lastIndex(of: "}") ?? rest.endIndex
            return String(rest[..<end])
        }
    }

    static func line(_ text: String) -> Line? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let prefix = "{\"id\": \""
        guard trimmed.hasPrefix(prefix) else { return nil }
        let afterPrefix = trimmed.dropFirst(prefix.count)
        guard let quote = afterPrefix.firstIndex(of: "\"") else { return nil }
        return Line(id: String(afterPrefix[..<quote]), text: trimmed.hasSuffix(",") ? String(trimmed.dropLast()) : trimmed)
    }

    /// Every difference between the shipped snapshot and today's output, one sentence each; empty
    /// only when the two texts are byte for byte equal.
    static func differences(shipped: String, current: String) -> [String] {
        if shipped == current { return [] }
        let old = shipped.components(separatedBy: "\n"), new = current.components(separatedBy: "\n")
        let oldResults = old.compactMap(line), newResults = new.compactMap(line)
        let oldByID = Dictionary(oldResults.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newByID = Dictionary(newResults.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var found: [String] = []
        for result in newResults {
            guard let was = oldByID[result.id] else {
                found.append("\(result.id): new result, value \(result.value) (\(pinnedBy(result.id)))")
                continue
            }
            if was.value != result.value {
                found.append("\(result.id): value changed from \(was.value) (shipped) to \(result.value) (today) (\(pinnedBy(result.id)))")
            } else if was.text != result.text {
                found.append("\(result.id): line changed from \(was.text) (shipped) to \(result.text) (today) (\(pinnedBy(result.id)))")
            }
        }
        for result in oldResults where newByID[result.id] == nil {
            found.append("\(result.id): no longer written (shipped value \(result.value); \(pinnedBy(result.id)))")
        }
        if found.isEmpty, oldResults.map(\.id) != newResults.map(\.id) {
            found.append("the same results in another order: shipped \(oldResults.map(\.id)), today \(newResults.map(\.id))")
        }
        // Lines outside the results (header, model name, closing brackets).
        let oldOther = old.filter { line($0) == nil }, newOther = new.filter { line($0) == nil }
        if oldOther != newOther {
            for index in 0..<max(oldOther.count, newOther.count) {
                let a = index < oldOther.count ? oldOther[index] : "(none)", b = index < newOther.count ? newOther[index] : "(none)"
                if a != b { found.append("non-result line \(index + 1) changed from \(a) to \(b)") }
            }
        }
        if found.isEmpty { found.append("the texts differ in whitespace or line endings only") }
        return found
    }

    /// The model tests that pin an id: that paper's `ReferenceModelsTests` files that check its
    /// `referenceResults`, and any other file of that target naming the id.
    static func pinnedBy(_ id: String) -> String {
        let dir = GoldenCatalog.packageRoot.appendingPathComponent("Tests/ReferenceModelsTests")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        func text(_ file: String) -> String { (try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)) ?? "" }
        let paper = id.split(separator: ".").first.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
        // The paper's suites that check `referenceResults` first, then any other file naming the id.
        var names = files.filter { $0.hasPrefix(paper) && text($0).contains("referenceResults") }
        names += files.filter { !names.contains($0) && text($0).contains("\"\(id)\"") }
        if names.isEmpty { names = files.filter { $0.hasPrefix(paper) } }
        let pins = names.isEmpty ? "pinned by no model test yet" : "pinned by " + names.map { String($0.dropLast(".swift".count)) }.joined(separator: ", ")
        return "\(pins); if the model changed on purpose, fix that test first, then regenerate with \(regenerate)"
    }
}

/// The "N not in output" counts a run prints, from the shipped records rather than typed in, so
/// that adding a golden record leaves these tests green: a paper's reportable records (every kind
/// but `parameter`) less those the output reports.
enum NotInOutput {
    static let catalog = Result { try GoldenCatalog.load() }

    /// The reportable records of `paper` (of every paper when nil).
    static func reportable(_ paper: String? = nil) -> Int {
        let records = (try? catalog.get().records) ?? []
        return records.filter { ($0.paper.key == paper || paper == nil) && $0.kind != .parameter }.count
    }

    /// Not in output when `reported` reportable records of `paper` are in the output and
    /// `covered` more are covered by another printing of a conflict group.
    static func count(_ paper: String?, reported: Int, covered: Int = 0) -> Int {
        reportable(paper) - reported - covered
    }
}
