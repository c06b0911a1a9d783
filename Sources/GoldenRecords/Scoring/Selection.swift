/// Which golden records a run scores (`--paper`, `--id`); the others are left out and counted.
public struct Selection: Sendable, Equatable {
    /// A paper key, e.g. `kim2025`.
    public var paper: String?
    /// A glob over ids: `*` any run of characters, `?` one character.
    public var idPattern: String?

    public init(paper: String? = nil, idPattern: String? = nil) {
        self.paper = paper
        self.idPattern = idPattern
    }

    /// Every record.
    public static let all = Selection()

    public var selectsAll: Bool { paper == nil && idPattern == nil }

    /// Whether the selection keeps `record` (two nil checks when it selects all).
    public func includes(_ record: GoldenRecord) -> Bool {
        (paper.map { record.paper.key == $0 } ?? true)
            && (idPattern.map { Self.matches(record.id, pattern: $0) } ?? true)
    }

    /// Whether `id` matches the glob `pattern` (`*` any run of characters, `?` one character).
    public static func matches(_ id: String, pattern: String) -> Bool {
        let s = Array(id), p = Array(pattern)
        var si = 0, pi = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == "?" || p[pi] == s[si] {
                si += 1; pi += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi; mark = si; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}

extension GoldenCatalog {
    /// The records `selection` keeps, in catalog order.
    public func records(selectedBy selection: Selection) -> [GoldenRecord] {
        selection.selectsAll ? records : records.filter(selection.includes)
    }
}
