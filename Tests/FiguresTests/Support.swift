import Foundation
import GoldenRecords

/// What every suite of this target shares: the shipped golden records, loaded once.
enum Shared {
    static let catalog = Result { try GoldenCatalog.load() }
}

/// Compares a committed gallery file with what `reproduce-figures` writes today: a CSV row by row
/// and column by column, any other file line by line, so that a stale file names the file, row,
/// column, old and new value, and the model tests that pin it, instead of dumping both texts.
enum GallerySnapshot {
    static let regenerate = "swift run reproduce-figures --out docs/figures"

    /// Splits one CSV line on commas outside double quotes (the quotes kept; only for comparing).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted { fields.append(current); current = "" } else { current.append(character) }
        }
        fields.append(current)
        return fields
    }

    /// Every difference between `shipped` (nil when the file is missing) and `current`; empty only
    /// when they are byte for byte equal. At most `limit` sentences, then a count of the rest.
    static func differences(file: String, shipped: String?, current: String, limit: Int = 10) -> [String] {
        guard let shipped else { return ["\(file): missing from docs/figures (\(pinnedBy(file)))"] }
        if shipped == current { return [] }
        let old = shipped.components(separatedBy: "\n"), new = current.components(separatedBy: "\n")
        var found: [String] = []
        let isCSV = file.hasSuffix(".csv")
        let header = isCSV ? fields(new.first ?? "") : []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : nil, b = index < new.count ? new[index] : nil
            guard a != b else { continue }
            guard let a, let b else {
                found.append(a == nil ? "\(file) line \(index + 1): new line \(b ?? "")" : "\(file) line \(index + 1): line \(a ?? "") no longer written")
                continue
            }
            if isCSV, index > 0 {
                let oldFields = fields(a), newFields = fields(b)
                if oldFields.count != newFields.count {
                    found.append("\(file) line \(index + 1) (data row \(index)): \(oldFields.count) columns shipped, \(newFields.count) today: \(a) → \(b)")
                    continue
                }
                for column in oldFields.indices where oldFields[column] != newFields[column] {
                    let name = column < header.count ? header[column] : "column \(column + 1)"
                    found.append("\(file) line \(index + 1) (data row \(index), first column \(newFields.first ?? "")), column \(name): \(oldFields[column]) (shipped) → \(newFields[column]) (today)")
                }
            } else {
                found.append("\(file) line \(index + 1): \(a) (shipped) → \(b) (today)")
            }
        }
        if found.isEmpty { found.append("\(file): differs in whitespace or line endings only") }
        if found.count > limit { found = Array(found.prefix(limit)) + ["\(file): … and \(found.count - limit) more differences"] }
        return found + ["\(file): \(pinnedBy(file))"]
    }

    /// The model tests for a gallery file: `Tests/ReferenceModelsTests` files of its paper
    /// (`kim2025-shell-thickness.csv` → Kim2025ShellThicknessTests first, then the other Kim2025 ones).
    static func pinnedBy(_ file: String) -> String {
        let dir = GoldenCatalog.packageRoot.appendingPathComponent("Tests/ReferenceModelsTests")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".swift") }
            .map { String($0.dropLast(".swift".count)) }.sorted()
        let words = file.split(separator: ".").first.map { $0.split(separator: "-").map(String.init) } ?? []
        guard let paper = words.first.map({ $0.prefix(1).uppercased() + $0.dropFirst() }) else { return "regenerate with \(regenerate)" }
        let topic = words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let ofPaper = files.filter { $0.hasPrefix(paper) }
        // Files whose name continues with the figure's first topic word come first.
        let best = ofPaper.filter { name in topic.first.map { name.dropFirst(paper.count).hasPrefix($0) } ?? false }
        let names = best + ofPaper.filter { !best.contains($0) }
        let pins = names.isEmpty ? "pinned by no model test yet" : "pinned by " + names.joined(separator: ", ")
        return "\(pins) and FiguresTests; if the model changed on purpose, fix that test first, then regenerate with \(regenerate)"
    }
}
