import Foundation

/// Finds the golden id (or condition name, or category) a mistyped name most likely meant, for
/// the validator's "did you mean …?" on a name it does not know.
///
/// Two rules, tried in order:
/// 1. **Same canonical form.** Both sides are brought to a canonical form: invisible characters
///    removed (general category Cf, such as U+200D ZERO WIDTH JOINER, U+200B ZERO WIDTH SPACE,
///    U+FEFF, U+00AD SOFT HYPHEN and the bidi controls, and the other default-ignorable code
///    points, such as variation selectors), NFKC (full-width forms, ligatures, superscripts,
///    U+212A KELVIN SIGN), white space trimmed at both ends (U+00A0 included), lookalikes mapped
///    to ASCII (Cyrillic and Greek letters, dashes and the minus sign, the dotless i; see
///    `lookalikes`), lower case. A name whose canonical form is a candidate's is that candidate,
///    found in a dictionary in O(1).
/// 2. **Typo.** Otherwise the candidate nearest in optimal-string-alignment distance (Damerau–
///    Levenshtein without repeated edits of a substring: insert, delete, substitute, swap two
///    neighbours) between canonical forms, counted in Unicode scalars: at most 2 edits, at most 1
///    for a canonical form of fewer than 8 characters, and always fewer edits than the form has
///    characters. When several candidates are equally near, the one sharing the name's paper key
///    (the part before the first "."), if it is the only one, wins; any other tie gives `nil`, as
///    a wrong guess is worse than none. The paper key is not a filter: a typo in it is found too.
///
/// Edge Cases:
/// - A name equal to a candidate (as Swift strings, i.e. canonically equivalent) is not a near
///   miss: `nil`. The caller looks names up first.
/// - An empty name, or one that is nothing but white space and invisible characters: `nil`.
/// - Candidates sharing one canonical form (`"Alpha"`, `"alpha"`) are ambiguous for every name
///   that would suggest them: `nil`, unless the name is one of them exactly (also `nil`).
/// - A candidate whose canonical form is empty is never suggested.
package enum NearMiss {
    /// The candidates, prepared once for many look-ups: a dictionary from canonical form to
    /// candidate, and the canonical forms as Unicode scalar values grouped by length, sorted.
    /// About 0.3 s and 30 MB for 100 000 ids of 40 characters (release build).
    ///
    /// Edge Cases: a repeated candidate counts once; at most `Int32.max` distinct candidates.
    package struct Index: Sendable {
        /// The candidates that own a canonical form; `byCanonicalForm` and `Forms` refer to them
        /// by number.
        let candidates: [String]
        /// Canonical form → candidate number, or -1 when several candidates share the form.
        /// A name is a candidate exactly when its form maps to that very candidate (strings equal
        /// in Swift are canonically equivalent, and so have one canonical form) or to -1.
        let byCanonicalForm: [String: Int32]
        /// `byLength[n]`: the canonical forms of `n` scalars.
        let byLength: [Forms]

        /// Canonical forms of one length `n`, sorted, the scalars of form `k` at `n·k ..< n·(k+1)`.
        struct Forms: Sendable {
            var scalars: [UInt32] = []
            /// Per form, its candidate number, or -1 when several candidates share the form.
            var owners: [Int32] = []
            /// Per form, the length of the prefix it shares with the form before (0 for the first).
            var shared: [Int32] = []
        }

        package init(_ candidates: some Sequence<String>) {
            var owning: [String] = [], byForm: [String: Int32] = [:]
            byForm.reserveCapacity(candidates.underestimatedCount)
            for candidate in candidates {
                let form = NearMiss.canonicalForm(candidate)
                guard !form.isEmpty else { continue }
                if let owner = byForm[form] {
                    if owner >= 0, owning[Int(owner)] != candidate { byForm[form] = -1 }
                } else {
                    precondition(owning.count < Int(Int32.max), "too many candidates")
                    byForm[form] = Int32(owning.count)
                    owning.append(candidate)
                }
            }
            var grouped: [[(form: String, owner: Int32)]] = []
            for (form, owner) in byForm {
                let length = form.unicodeScalars.count
                if grouped.count <= length {
                    grouped += repeatElement([], count: length + 1 - grouped.count)
                }
                grouped[length].append((form, owner))
            }
            // Sorted, neighbours share prefixes (any order would do; this one is fast).
            self.byLength = grouped.map { group in
                var forms = Forms(), last: [UInt32] = []
                for (form, owner) in group.sorted(by: { $0.form < $1.form }) {
                    let scalars = form.unicodeScalars.map(\.value)
                    forms.scalars += scalars
                    forms.owners.append(owner)
                    forms.shared.append(Int32(zip(scalars, last).prefix { $0 == $1 }.count))
                    last = scalars
                }
                return forms
            }
            self.candidates = owning
            self.byCanonicalForm = byForm
        }
    }

    /// A candidate the name most likely meant, and what sets the two apart.
    package struct Suggestion: Sendable, Equatable, CustomStringConvertible {
        package let candidate: String
        package let reason: Reason

        package init(candidate: String, reason: Reason) {
            self.candidate = candidate
            self.reason = reason
        }

        /// E.g. "did you mean 'kim2025.shell-thickness.eq1-75-25'? (Cyrillic small letter a 'а'
        /// U+0430 where 'a' is expected)".
        ///
        /// Edge Cases: no character one cannot see (invisible, control, white space other than
        /// U+0020) is printed as itself: a reason names it ("U+200D ZERO WIDTH JOINER"), and in
        /// the candidate it is written `<U+200D>`.
        package var description: String {
            "did you mean '\(NearMiss.visible(candidate))'? (\(reason))"
        }
    }

    /// What sets a name apart from the candidate suggested for it. Where the canonical forms agree
    /// (rule 1), the first of invisible characters, lookalikes and compatibility characters found
    /// in the name, else in the candidate; else case or surrounding white space.
    package enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// Only letter case or white space at either end differ.
        case caseOrWhitespace
        /// Invisible characters, e.g. "U+200D ZERO WIDTH JOINER in the name".
        case invisibleCharacters(String)
        /// Lookalike characters, e.g. "Cyrillic small letter a 'а' U+0430 where 'a' is expected".
        case lookalikeCharacters(String)
        /// Characters NFKC replaces, e.g. "'ﬁ' U+FB01 where 'fi' is expected".
        case unicodeNormalization(String)
        /// The canonical forms are `distance` edits apart (rule 2).
        case typo(distance: Int)

        package var description: String {
            switch self {
            case .caseOrWhitespace: "differs only in letter case or white space at either end"
            case .invisibleCharacters(let detail): "invisible \(detail)"
            case .lookalikeCharacters(let detail): detail
            case .unicodeNormalization(let detail): "compatibility character \(detail)"
            case .typo(let distance): distance == 1 ? "1 edit away" : "\(distance) edits away"
            }
        }
    }

    /// The single best suggestion for `name`, or `nil` when nothing is close or the nearest
    /// candidates tie; see `NearMiss` for the rules. O(1) for rule 1; rule 2 walks the candidates
    /// of a length within the allowed distance (see `nearest`). About 0.1 ms a call against
    /// 100 000 ids of 40 characters (release build, 2026-11-27).
    ///
    /// Edge Cases: `nil` for a name that is a candidate, an empty name, a tie (see `NearMiss`).
    package static func suggestion(for name: String, in index: Index) -> Suggestion? {
        let form = canonicalForm(name)
        guard !form.isEmpty else { return nil }
        if let owner = index.byCanonicalForm[form] {
            // -1: the name is one of several candidates of this form, or would suggest them all.
            guard owner >= 0 else { return nil }
            let candidate = index.candidates[Int(owner)]
            guard candidate != name else { return nil }
            return Suggestion(
                candidate: candidate, reason: reason(name: name, candidate: candidate))
        }
        guard let (owner, distance) = nearest(form.unicodeScalars.map(\.value), in: index)
        else { return nil }
        return Suggestion(
            candidate: index.candidates[Int(owner)], reason: .typo(distance: distance))
    }

    // MARK: Canonical form

    /// Lookalike → the ASCII character it imitates, as pairs: Cyrillic, Greek, Latin, dashes, dots.
    /// Applied after NFKC (which maps full-width forms and U+2024 ONE DOT LEADER to ASCII, and
    /// U+2011 NON-BREAKING HYPHEN to U+2010 HYPHEN) and before lower-casing, so upper-case
    /// lookalikes map to upper-case ASCII.
    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = Array((
            "аaеeоoрpсcуyхxіiјjѕsԁdһhԛqԝwӏlѵvАAВBЕEКKМMНHОOРPСCТTХXЅSІIЈJ"
                + "οoαaνvιiκkρpυuχxϲcϳjΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϹC"
                + "ıiȷjɑaɡgİIǀl"
                + "\u{2010}-\u{2011}-\u{2012}-\u{2013}-\u{2014}-\u{2015}-\u{2212}-\u{2043}-"
                + "\u{02D7}-"
                + "\u{00B7}.\u{3002}."
        ).unicodeScalars)
        return Dictionary(uniqueKeysWithValues: stride(from: 0, to: pairs.count, by: 2).map {
            (pairs[$0], pairs[$0 + 1])
        })
    }()

    /// Not seen when printed: general category Cf, or a default-ignorable code point.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
            || scalar.properties.isDefaultIgnorableCodePoint
    }

    /// `text` without white space (Unicode White_Space, U+00A0 included) at either end.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Invisible characters removed, NFKC, trimmed, lookalikes mapped to ASCII, lower case, NFC.
    ///
    /// Edge Cases: ASCII text takes a shortcut with the same result (trimmed, lower case).
    static func canonicalForm(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }),
           let first = text.utf8.first, let last = text.utf8.last,
           ![0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(first),
           ![0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(last) {
            return text
        }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return trimmed(text).lowercased() }
        var visible = String.UnicodeScalarView()
        visible += text.unicodeScalars.lazy.filter { !isInvisible($0) }
        var mapped = String.UnicodeScalarView()
        mapped += trimmed(String(visible).precomposedStringWithCompatibilityMapping)
            .unicodeScalars.lazy.map { lookalikes[$0] ?? $0 }
        return String(mapped).lowercased().precomposedStringWithCanonicalMapping
    }

    // MARK: Reasons

    /// Which side of a pair a reason's detail speaks of.
    enum Side: String { case name, candidate }

    /// Why `name` and `candidate`, of one canonical form, differ: the first oddity in the name,
    /// else in the candidate, else case or white space.
    static func reason(name: String, candidate: String) -> Reason {
        oddity(in: name, side: .name) ?? oddity(in: candidate, side: .candidate)
            ?? .caseOrWhitespace
    }

    /// Invisible characters in `text`, else its lookalikes, else its compatibility characters.
    static func oddity(in text: String, side: Side) -> Reason? {
        let invisible = text.unicodeScalars.filter(isInvisible)
        if !invisible.isEmpty {
            var seen = Set<Unicode.Scalar>()
            let listed = invisible.filter { seen.insert($0).inserted }.map(spelled)
            return .invisibleCharacters(listed.joined(separator: ", ") + " in the \(side.rawValue)")
        }
        let visible = trimmed(text).unicodeScalars
        var found: [(scalar: Unicode.Scalar, expected: String)] = []
        for scalar in visible where !scalar.isASCII {
            if let ascii = lookalikes[scalar] {
                found.append((scalar, String(ascii)))
            } else if let ascii = String(scalar).precomposedStringWithCompatibilityMapping
                .unicodeScalars.first.flatMap({ lookalikes[$0] }) {
                found.append((scalar, String(ascii)))
            }
        }
        if let first = found.first {
            let more = found.count == 1 ? "" : ", and \(found.count - 1) more"
            return .lookalikeCharacters(detail(first.scalar, first.expected, side) + more)
        }
        for scalar in visible where !scalar.isASCII {
            let normal = String(scalar).precomposedStringWithCompatibilityMapping
            // By scalars: Swift's `==` would call U+212A KELVIN SIGN and "K" equal.
            if !normal.unicodeScalars.elementsEqual(String(scalar).unicodeScalars) {
                return .unicodeNormalization(detail(scalar, normal, side))
            }
        }
        return nil
    }

    /// "X where 'y' is expected" for the name, "'y' where the candidate has X" for the candidate.
    static func detail(_ odd: Unicode.Scalar, _ plain: String, _ side: Side) -> String {
        switch side {
        case .name: "\(spelled(odd)) where '\(visible(plain))' is expected"
        case .candidate: "'\(visible(plain))' where the candidate has \(spelled(odd))"
        }
    }

    /// "Cyrillic small letter a 'а' U+0430", "en dash '–' U+2013"; for a character one cannot
    /// see, or a combining mark, no quoted copy: "U+200D ZERO WIDTH JOINER".
    static func spelled(_ scalar: Unicode.Scalar) -> String {
        let code = code(scalar)
        let name = scalar.properties.name ?? "unnamed character"
        if isHidden(scalar) || scalar.properties.canonicalCombiningClass != .notReordered
            || [.nonspacingMark, .spacingMark, .enclosingMark]
                .contains(scalar.properties.generalCategory) {
            return "\(code) \(name)"
        }
        let said = name.lowercased().split(separator: " ").map { word in
            ["latin", "cyrillic", "greek"].contains(word) ? word.capitalized : String(word)
        }.joined(separator: " ")
        return "\(said) '\(scalar)' \(code)"
    }

    /// Invisible, a control or unassigned, or white space other than U+0020.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        isInvisible(scalar) || (scalar.properties.isWhitespace && scalar != " ")
            || [.control, .surrogate, .unassigned, .privateUse, .lineSeparator, .paragraphSeparator]
                .contains(scalar.properties.generalCategory)
    }

    /// "U+0430", "U+1F600": at least four upper-case hex digits.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every character `isHidden` holds for written as `<U+XXXX>`.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                result += "<\(code(scalar))>"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: Typos

    /// The candidate nearest to the canonical form `name` under rule 2, and its distance.
    ///
    /// The forms of one length are sorted, so neighbours share prefixes: the rows of the distance
    /// table for a shared prefix are kept from the form before, and when a prefix alone already
    /// exceeds the bound, every following form with that prefix is skipped (a walk of the trie of
    /// the forms, without building one).
    static func nearest(_ scalars: [UInt32], in index: Index) -> (owner: Int32, distance: Int)? {
        let n = scalars.count
        let allowed = min(n < 8 ? 1 : 2, n - 1)
        guard allowed >= 1, n - allowed < index.byLength.count else { return nil }
        // The paper key: the name's scalars before its first ".", when there is one.
        let keyLength = scalars.firstIndex(of: 0x2E) ?? 0
        var best = allowed + 1
        var winners: [(owner: Int32, samePaper: Bool)] = []
        let name = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: n)
        defer { name.deallocate() }
        _ = name.initialize(from: scalars)
        // The band of the table, row by row (see `fill`); row 0, from the empty prefix, is fixed.
        let width = 2 * allowed + 3
        let table = UnsafeMutableBufferPointer<Int32>.allocate(capacity: (n + allowed + 1) * width)
        defer { table.deallocate() }
        table.initialize(repeating: Int32(allowed + 1))
        for j in 0...min(n, allowed) { table[j + allowed + 1] = Int32(j) }
        for length in max(1, n - allowed)...min(n + allowed, index.byLength.count - 1) {
            let forms = index.byLength[length]
            forms.scalars.withUnsafeBufferPointer { scalars in
                guard let base = scalars.baseAddress else { return }
                // Rows 1...valid hold the last form filled, which was cut at row `cut`.
                var valid = 0, cut = Int.max
                for k in forms.owners.indices {
                    let bound = min(best, allowed)
                    guard abs(length - n) <= bound else { return }
                    valid = min(valid, Int(forms.shared[k]))
                    if cut <= valid { continue }  // shares the prefix that was too far already
                    let form = base + k * length
                    let (rows, d) = fill(
                        UnsafeBufferPointer(name), form, length, from: valid + 1, bound: bound,
                        widest: allowed, table: table)
                    valid = rows
                    cut = d == nil ? rows : Int.max
                    guard let d else { continue }
                    if d < best { best = d; winners.removeAll(keepingCapacity: true) }
                    let samePaper = keyLength > 0 && length > keyLength && form[keyLength] == 0x2E
                        && (0..<keyLength).allSatisfy { form[$0] == name[$0] }
                    winners.append((forms.owners[k], samePaper))
                }
            }
        }
        let chosen = winners.count == 1 ? winners : winners.filter(\.samePaper)
        guard chosen.count == 1, chosen[0].owner >= 0 else { return nil }
        return (chosen[0].owner, best)
    }

    /// Fills rows `first...count` of the optimal-string-alignment table d[i][j] of the `count`
    /// scalars at `form` (rows i) against `name` (columns j); rows before `first` are this form's
    /// already. Only the band |i − j| ≤ bound is filled, values above the bound held at
    /// bound + 1, and the fill stops at the first row whose every cell exceeds the bound.
    ///
    /// The table holds the band only: d[i][j] at i·(2·widest + 3) + (j − i + widest + 1), so that
    /// d[i − 1][j − 1] and d[i − 2][j − 2] are at the same place in their rows as d[i][j].
    ///
    /// Returns the rows filled and the distance, or `nil` for the distance when it exceeds
    /// `bound`.
    ///
    /// Edge Cases: needs |count − name.count| ≤ bound ≤ widest, a non-empty `name`, `first` ≥ 1,
    /// and a bound no larger than the one rows before `first` were filled with.
    @inline(__always)
    static func fill(
        _ name: UnsafeBufferPointer<UInt32>, _ form: UnsafePointer<UInt32>, _ count: Int,
        from first: Int, bound: Int, widest: Int, table: UnsafeMutableBufferPointer<Int32>
    ) -> (rows: Int, distance: Int?) {
        let n = name.count, width = 2 * widest + 3, over = Int32(bound + 1)
        guard let start = table.baseAddress else { return (0, nil) }
        var i = first
        while i <= count {
            // Rows i, i − 1 and i − 2, each shifted so that column j is at `j - i`.
            let current = start + i * width + widest + 1 - i
            let previous = current - width + 1
            let before = i > 1 ? previous - width + 1 : previous
            let low = max(1, i - bound), high = min(n, i + bound), c = form[i - 1]
            current[low - 1] = low == 1 ? min(Int32(i), over) : over
            var minimum = current[low - 1]
            for j in low...high {
                let a = name[j - 1]
                var value = min(previous[j - 1] + (a == c ? 0 : 1), previous[j] + 1,
                                current[j - 1] + 1)
                if i > 1, j > 1, a == form[i - 2], name[j - 2] == c {
                    value = min(value, before[j - 2] + 1)
                }
                value = min(value, over)
                current[j] = value
                minimum = min(minimum, value)
            }
            if high < n { current[high + 1] = over }
            // No later row goes below this row's minimum: its cells come from this row, or by a
            // swap from the row before at a cost of 1, and this row's minimum is at most the row
            // before's + 1 (a substitution or a deletion).
            if minimum > bound { return (i, nil) }
            i += 1
        }
        let distance = Int(start[count * width + widest + 1 + n - count])
        return (count, distance <= bound ? distance : nil)
    }
}
