import Testing
@testable import GoldenRecords

/// `IDIndex` finds every id it was given, no other, keeps `Dictionary.updateValue`'s answer for a
/// repeated id, and keeps them through growth.
@Suite("Id index")
struct IDIndexTests {
    /// `ids` indexed by position, as the catalog and the output reader index them; for each,
    /// the earlier position `updatePosition` returned.
    static func indexed(_ ids: [String], capacity: Int = 0) -> (IDIndex, [Int?]) {
        var index = IDIndex(capacity: capacity)
        var earlier: [Int?] = []
        for (k, id) in ids.enumerated() {
            earlier.append(index.updatePosition(k, hash: IDIndex.hash(id)) { ids[$0] == id })
        }
        return (index, earlier)
    }

    @Test("every id is found at its position, through growth from the smallest table")
    func findsEveryID() {
        let ids = (0..<10_000).map { "bench2026.quantity-\($0 % 97).value-\($0)" }
        for capacity in [0, ids.count] {
            let (index, earlier) = Self.indexed(ids, capacity: capacity)
            #expect(index.count == ids.count)
            #expect(earlier.allSatisfy { $0 == nil })
            let wrong = ids.indices.filter { k in
                index.position(hash: IDIndex.hash(ids[k])) { ids[$0] == ids[k] } != k
            }
            #expect(wrong.isEmpty, "\(wrong.count) ids not found at their position")
        }
    }

    @Test("an id not given is not found, even when a slot's hash matches but the id does not")
    func findsNothingElse() {
        let ids = ["a.b", "a.c", "kim2025.x.y"]
        let (index, _) = Self.indexed(ids)
        for other in ["a.d", "", "a.b ", "A.b", "kim2025.x.y\u{0}"] {
            #expect(index.position(hash: IDIndex.hash(other)) { ids[$0] == other } == nil)
        }
        // The hash of a given id, but no position holds it: not found.
        #expect(index.position(hash: IDIndex.hash("a.b")) { _ in false } == nil)
    }

    @Test("a repeated id answers its earlier position and takes the new one")
    func repeatedIDs() {
        let ids = ["p.a.x", "p.b.x", "p.a.x", "p.a.x"]
        let (index, earlier) = Self.indexed(ids)
        #expect(earlier == [nil, nil, 0, 2])
        #expect(index.count == 2)
        #expect(index.position(hash: IDIndex.hash("p.a.x")) { ids[$0] == "p.a.x" } == 3)
    }

    @Test("the hash depends on every byte and on the length")
    func hashOfBytes() {
        // Equal texts hash alike whether native, bridged from bytes or built piece by piece.
        let built = String(decoding: Array("lee2020.stage.e1".utf8), as: UTF8.self)
        #expect(IDIndex.hash(built) == IDIndex.hash("lee2020.stage.e1"))
        // Texts that differ only in a trailing zero byte or a byte past eight: different hashes
        // (a collision among these would be a 2⁻⁶⁴ accident, not a property).
        let texts = ["", "\u{0}", "a", "a\u{0}", "abcdefgh", "abcdefgh\u{0}", "abcdefghi",
                     "abcdefgi", String(repeating: "x", count: 64)]
        #expect(Set(texts.map(IDIndex.hash)).count == texts.count)
    }
}
