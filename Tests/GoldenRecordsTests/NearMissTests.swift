import Testing
import GoldenRecords

/// `NearMiss` against the shipped golden ids, with the names a person or a PDF would produce.
/// The ids below are copied from `Golden/*.json`; `theIdsUsedHereAreShipped` keeps them honest.
@Suite("Near-miss id suggestions")
struct NearMissTests {
    typealias Reason = NearMiss.Reason

    /// Every shipped id.
    static let shippedIds: [String] = (try? GoldenCatalog.load().records.map(\.id)) ?? []
    static let shipped = NearMiss.Index(shippedIds)

    // MARK: Rule 1: one canonical form

    static let sameCanonicalForm: [(String, String, Reason)] = [
        ("kim2025.shell-thickness.eq1-75-25 ", "kim2025.shell-thickness.eq1-75-25", .caseOrWhitespace),
        ("KIM2025.SHELL-THICKNESS.EQ1-75-25", "kim2025.shell-thickness.eq1-75-25", .caseOrWhitespace),
        ("\tpark2022.regime.cs3-60c\u{00A0}\n", "park2022.regime.cs3-60c", .caseOrWhitespace),
        ("\u{3000}Park2022.Regime.CS3-60C", "park2022.regime.cs3-60c", .caseOrWhitespace),
        ("kim2025.shell\u{200D}-thickness.eq1-75-25", "kim2025.shell-thickness.eq1-75-25",
         .invisibleCharacters("U+200D ZERO WIDTH JOINER in the name")),
        ("\u{FEFF}park2022.regime.cs3-60c", "park2022.regime.cs3-60c",
         .invisibleCharacters("U+FEFF ZERO WIDTH NO-BREAK SPACE in the name")),
        ("park2022.regime.\u{200B}cs3-60c\u{200C}\u{200B}", "park2022.regime.cs3-60c",
         .invisibleCharacters("U+200B ZERO WIDTH SPACE, U+200C ZERO WIDTH NON-JOINER in the name")),
        ("kim2025.shell-thick\u{00AD}ness.eq1-75-25", "kim2025.shell-thickness.eq1-75-25",
         .invisibleCharacters("U+00AD SOFT HYPHEN in the name")),
        ("\u{202E}kim2025.xrd.wavelength\u{202C}", "kim2025.xrd.wavelength",
         .invisibleCharacters(
             "U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING in the name")),
        ("p\u{0430}rk2022.regime.cs3-60c", "park2022.regime.cs3-60c",
         .lookalikeCharacters("Cyrillic small letter a 'а' U+0430 where 'a' is expected")),
        ("kim2025.sh\u{0435}ll-thickn\u{0435}ss.eq1-75-25", "kim2025.shell-thickness.eq1-75-25",
         .lookalikeCharacters("Cyrillic small letter ie 'е' U+0435 where 'e' is expected, and 1 more")),
        ("jun2024.pressure.low-\u{03BF}perating", "jun2024.pressure.low-operating",
         .lookalikeCharacters("Greek small letter omicron 'ο' U+03BF where 'o' is expected")),
        ("kim2025.shell\u{2011}thickness.eq1-75-25", "kim2025.shell-thickness.eq1-75-25",
         .lookalikeCharacters("non-breaking hyphen '\u{2011}' U+2011 where '-' is expected")),
        ("park2022.regime.cs3\u{2013}60c", "park2022.regime.cs3-60c",
         .lookalikeCharacters("en dash '\u{2013}' U+2013 where '-' is expected")),
        ("park2022.regime.cs3\u{2212}60c", "park2022.regime.cs3-60c",
         .lookalikeCharacters("minus sign '\u{2212}' U+2212 where '-' is expected")),
        ("kim2025.shell-th\u{0131}ckness.eq1-75-25", "kim2025.shell-thickness.eq1-75-25",
         .lookalikeCharacters("Latin small letter dotless i 'ı' U+0131 where 'i' is expected")),
        ("PARK2022.REGIME.\u{0421}S3-60C", "park2022.regime.cs3-60c",
         .lookalikeCharacters("Cyrillic capital letter es 'С' U+0421 where 'C' is expected")),
        ("\u{FF4B}\u{FF49}\u{FF4D}2025.shell-thickness.eq1-75-25", "kim2025.shell-thickness.eq1-75-25",
         .unicodeNormalization("fullwidth Latin small letter k 'ｋ' U+FF4B where 'k' is expected")),
        ("kim2025.shell-thickness.\u{FB01}b-sem-75-25", "kim2025.shell-thickness.fib-sem-75-25",
         .unicodeNormalization("Latin small ligature fi 'ﬁ' U+FB01 where 'fi' is expected")),
        ("\u{212A}im2025.xrd.wavelength", "kim2025.xrd.wavelength",
         .unicodeNormalization("kelvin sign '\u{212A}' U+212A where 'K' is expected")),
        ("kim2025.shell-thickness.eq\u{00B9}-75-25", "kim2025.shell-thickness.eq1-75-25",
         .unicodeNormalization("superscript one '¹' U+00B9 where '1' is expected")),
    ]

    @Test(arguments: sameCanonicalForm)
    func sameCanonicalFormIsFound(_ name: String, _ candidate: String, _ reason: Reason) {
        #expect(NearMiss.suggestion(for: name, in: Self.shipped)
            == NearMiss.Suggestion(candidate: candidate, reason: reason))
    }

    // MARK: Rule 2: a typo

    static let typos: [(String, String, Int)] = [
        ("kim2025.shell-thickness.eq1-75-26", "kim2025.shell-thickness.eq1-75-25", 1),
        ("park2022.regime.cs3-06c", "park2022.regime.cs3-60c", 1),
        ("park2022.regime.cs3-60", "park2022.regime.cs3-60c", 1),
        ("jun2024.loading.sj", "jun2024.loading.si", 1),
        ("wu2023.cycling.cycle-coutn", "wu2023.cycling.cycle-count", 1),
        ("lee2020.xrd.wavelenght", "lee2020.xrd.wavelength", 1),
        ("kim2025.shell-thicknes.eq1-75-2", "kim2025.shell-thickness.eq1-75-25", 2),
        // A typo in the paper key is found too.
        ("kim2052.shell-thickness.eq1-75-25", "kim2025.shell-thickness.eq1-75-25", 1),
        ("kin2025.xrd.wavelength", "kim2025.xrd.wavelength", 1),
        ("lee2021.xrd.wavelength", "lee2020.xrd.wavelength", 1),
        // Counted on the canonical form: case, white space and lookalikes cost nothing.
        ("KIM2025.SHELL-THICKNESS.EQ1-75-26 ", "kim2025.shell-thickness.eq1-75-25", 1),
        ("p\u{0430}rk2022.regime.cs3-06c", "park2022.regime.cs3-60c", 1),
    ]

    @Test(arguments: typos)
    func typoIsFound(_ name: String, _ candidate: String, _ distance: Int) {
        #expect(NearMiss.suggestion(for: name, in: Self.shipped)
            == NearMiss.Suggestion(candidate: candidate, reason: .typo(distance: distance)))
    }

    // MARK: Nothing to suggest

    static let nothingClose: [String] = [
        "", "   ", "\u{200B}\u{FEFF}",
        "battery", "kim2025.nothing-like-this", "kim2025.xrd",
        // 3 edits from kim2025.shell-thickness.eq1-75-25.
        "kim2025.shell-thicknes.eq1-75-",
        // Ties at distance 1: eq1-75-25 and eq1-95-5; fib-sem-75-25 and fib-sem-95-5;
        // cs3-30c and cs3-60c; cs1-, cs2- and cs3-60c.
        "kim2025.shell-thickness.eq1-95-25", "kim2025.shell-thickness.fib-sem-75-5",
        "park2022.regime.cs3-50c", "park2022.regime.cs4-60c",
        // A known id is not a near miss.
        "kim2025.shell-thickness.eq1-75-25", "park2022.regime.cs3-60c",
    ]

    @Test(arguments: nothingClose)
    func nothingIsSuggested(_ name: String) {
        #expect(NearMiss.suggestion(for: name, in: Self.shipped) == nil)
    }

    // MARK: Short names, paper keys, shared forms

    static let conditions = NearMiss.Index([
        "temperature", "c-rate", "stack-pressure", "30c", "45c", "60c", "lto", "cu", "ni",
    ])

    /// Under 8 characters, 1 edit at most; never as many edits as the name has characters.
    static let shortNames: [(String, String?)] = [
        ("C-Rate", "c-rate"), ("c-rat", "c-rate"), ("c-ra", nil), ("ltp", "lto"), ("61c", "60c"),
        ("50c", nil), ("n", nil), ("temprature", "temperature"), ("tmprature", "temperature"),
        ("tmpratre", nil),
    ]

    @Test(arguments: shortNames)
    func shortNamesAllowOneEdit(_ name: String, _ candidate: String?) {
        #expect(NearMiss.suggestion(for: name, in: Self.conditions)?.candidate == candidate)
    }

    @Test func aTieIsBrokenByThePaperKeyOnly() {
        let index = NearMiss.Index(["abc2020.x.item-a", "abd2020.x.item-b"])
        #expect(NearMiss.suggestion(for: "abc2020.x.item-b", in: index)
            == NearMiss.Suggestion(candidate: "abc2020.x.item-a", reason: .typo(distance: 1)))
        #expect(NearMiss.suggestion(for: "abd2020.x.item-a", in: index)?.candidate
            == "abd2020.x.item-b")
        // Neither shares the paper key "abe2020".
        #expect(NearMiss.suggestion(for: "abe2020.x.item-c", in: index) == nil)
        // No paper key at all.
        let plain = NearMiss.Index(["item-a", "item-b"])
        #expect(NearMiss.suggestion(for: "item-c", in: plain) == nil)
    }

    @Test func candidatesSharingACanonicalFormAreNeverSuggested() {
        let index = NearMiss.Index(["Alpha", "alpha", "beta", "beta", "Gamma"])
        for name in ["ALPHA", "alpha", "Alpha", "Alpha ", "alpah", "alph"] {
            #expect(NearMiss.suggestion(for: name, in: index) == nil, "\(name)")
        }
        // A repeated candidate is one candidate, not a tie.
        #expect(NearMiss.suggestion(for: "Beta", in: index)?.candidate == "beta")
        #expect(NearMiss.suggestion(for: "gamma", in: index)
            == NearMiss.Suggestion(candidate: "Gamma", reason: .caseOrWhitespace))
    }

    @Test func anOddCandidateIsDescribedFromTheCandidateSide() {
        let index = NearMiss.Index(["li\u{2082}s", "w\u{200D}x"])
        #expect(NearMiss.suggestion(for: "li2s", in: index)
            == NearMiss.Suggestion(candidate: "li\u{2082}s", reason: .unicodeNormalization(
                "'2' where the candidate has subscript two '₂' U+2082")))
        #expect(NearMiss.suggestion(for: "wx", in: index)
            == NearMiss.Suggestion(candidate: "w\u{200D}x", reason: .invisibleCharacters(
                "U+200D ZERO WIDTH JOINER in the candidate")))
    }

    @Test func anEmptyIndexSuggestsNothing() {
        let index = NearMiss.Index([String]())
        #expect(NearMiss.suggestion(for: "kim2025.shell-thickness.eq1-75-25", in: index) == nil)
        #expect(NearMiss.suggestion(for: "", in: index) == nil)
    }

    // MARK: Descriptions

    static let descriptions: [(Reason, String)] = [
        (.caseOrWhitespace, "differs only in letter case or white space at either end"),
        (.invisibleCharacters("U+200D ZERO WIDTH JOINER in the name"),
         "invisible U+200D ZERO WIDTH JOINER in the name"),
        (.lookalikeCharacters("Cyrillic small letter a 'а' U+0430 where 'a' is expected"),
         "Cyrillic small letter a 'а' U+0430 where 'a' is expected"),
        (.unicodeNormalization("Latin small ligature fi 'ﬁ' U+FB01 where 'fi' is expected"),
         "compatibility character Latin small ligature fi 'ﬁ' U+FB01 where 'fi' is expected"),
        (.typo(distance: 1), "1 edit away"),
        (.typo(distance: 2), "2 edits away"),
    ]

    @Test(arguments: descriptions)
    func describesTheReason(_ reason: Reason, _ text: String) {
        #expect(NearMiss.Suggestion(candidate: "kim2025.shell-thickness.eq1-75-25", reason: reason)
            .description == "did you mean 'kim2025.shell-thickness.eq1-75-25'? (\(text))")
    }

    /// Not in the text a person reads: invisible, control, white space other than U+0020.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.generalCategory == .format || properties.isDefaultIgnorableCodePoint
            || properties.generalCategory == .control || (properties.isWhitespace && scalar != " ")
    }

    @Test(arguments: sameCanonicalForm.map(\.0) + typos.map(\.0))
    func descriptionsShowNoHiddenCharacter(_ name: String) throws {
        let suggestion = try #require(NearMiss.suggestion(for: name, in: Self.shipped))
        #expect(!suggestion.description.unicodeScalars.contains(where: Self.isHidden))
    }

    @Test func hiddenCharactersInACandidateAreSpelledOut() {
        let suggestion = NearMiss.Suggestion(candidate: "a\u{200D}b\u{00A0}c", reason: .typo(distance: 1))
        #expect(suggestion.description == "did you mean 'a<U+200D>b<U+00A0>c'? (1 edit away)")
    }

    // MARK: The pruned search agrees with a plain one

    /// Optimal string alignment distance, the whole table, on scalars.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        let width = b.count + 1
        var d = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in 0...a.count { d[i * width] = i }
        for j in 0...b.count { d[j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1,
                                d[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, d[(i - 2) * width + j - 2] + 1)
                }
                d[i * width + j] = value
            }
        }
        return d[a.count * width + b.count]
    }

    /// Rule 2 by brute force, for a name already in canonical form that is not a candidate.
    static func plainSuggestion(for name: String, in candidates: [String]) -> String? {
        let scalars = Array(name.unicodeScalars), n = scalars.count
        let allowed = min(n < 8 ? 1 : 2, n - 1)
        guard allowed >= 1 else { return nil }
        let near = candidates.compactMap { candidate -> (String, Int)? in
            let other = Array(candidate.unicodeScalars)
            guard abs(other.count - n) <= allowed else { return nil }
            let d = distance(scalars, other)
            return d <= allowed ? (candidate, d) : nil
        }
        guard let best = near.map(\.1).min() else { return nil }
        let winners = near.filter { $0.1 == best }.map(\.0)
        if winners.count == 1 { return winners[0] }
        func key(_ id: String) -> Substring? { id.firstIndex(of: ".").map { id[..<$0] } }
        guard let own = key(name), !own.isEmpty else { return nil }
        let samePaper = winners.filter { key($0) == own }
        return samePaper.count == 1 ? samePaper[0] : nil
    }

    typealias SeededGenerator = SplitMix64

    /// 1 to 3 random edits (insert, delete, substitute, swap) of `text` over `alphabet`.
    static func mutated(_ text: String, _ alphabet: [Character], _ generator: inout SeededGenerator)
        -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let at = Int.random(in: 0..<max(1, characters.count), using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !characters.isEmpty: characters.remove(at: at)
            case 1 where !characters.isEmpty:
                characters[at] = alphabet.randomElement(using: &generator) ?? "a"
            case 2 where at + 1 < characters.count: characters.swapAt(at, at + 1)
            default: characters.insert(alphabet.randomElement(using: &generator) ?? "a", at: at)
            }
        }
        return String(characters)
    }

    @Test func agreesWithBruteForceOnMutatedShippedIds() {
        var generator = SeededGenerator(seed: 20261127)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789-.")
        var suggested = 0
        for _ in 0..<150 {
            let id = Self.shippedIds.randomElement(using: &generator) ?? ""
            let name = Self.mutated(id, alphabet, &generator)
            guard !Self.shippedIds.contains(name) else { continue }
            let found = NearMiss.suggestion(for: name, in: Self.shipped)?.candidate
            #expect(found == Self.plainSuggestion(for: name, in: Self.shippedIds), "\(name)")
            if found != nil { suggested += 1 }
        }
        // Most names 1 or 2 edits away find their id; make sure the comparison was not vacuous.
        #expect(suggested > 50)
    }

    /// A random third of the strings over {a, b} of 6 to 9 letters: dense, so that the search
    /// shares long prefixes, skips whole subtrees, lowers its bound and meets ties.
    @Test func agreesWithBruteForceOnADenseSet() {
        var generator = SeededGenerator(seed: 7)
        let candidates = (6...9).flatMap { length in
            (0..<(1 << length)).map { bits in
                String((0..<length).map { bits >> $0 & 1 == 0 ? "a" : "b" })
            }
        }.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
        let index = NearMiss.Index(candidates)
        var suggested = 0, notSuggested = 0
        for _ in 0..<400 {
            let candidate = candidates.randomElement(using: &generator) ?? ""
            let name = Self.mutated(candidate, ["a", "b", "c"], &generator)
            guard !candidates.contains(name) else { continue }
            let found = NearMiss.suggestion(for: name, in: index)?.candidate
            #expect(found == Self.plainSuggestion(for: name, in: candidates), "\(name)")
            if found == nil { notSuggested += 1 } else { suggested += 1 }
        }
        #expect(suggested > 50 && notSuggested > 50)
    }

    // MARK: The cases are all there

    @Test func theCaseListsHaveTheirLengths() {
        #expect(Self.sameCanonicalForm.count == 21)
        #expect(Self.typos.count == 12)
        #expect(Self.nothingClose.count == 13)
        #expect(Self.shortNames.count == 10)
        #expect(Self.descriptions.count == 6)
    }

    @Test func theIdsUsedHereAreShipped() {
        #expect(Self.shippedIds.count == RawGoldenCounts.total)
        let used = Self.sameCanonicalForm.map(\.1) + Self.typos.map(\.1) + [
            "kim2025.shell-thickness.eq1-95-5", "kim2025.shell-thickness.fib-sem-95-5",
            "park2022.regime.cs3-30c", "park2022.regime.cs1-60c", "park2022.regime.cs2-60c",
        ]
        let shipped = Set(Self.shippedIds)
        #expect(used.filter { !shipped.contains($0) } == [])
    }
}
