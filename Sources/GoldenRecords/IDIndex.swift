/// Where each id is in an array the caller keeps (the catalog's records, an output's entries):
/// a table of slots, each holding the 64-bit hash of an id's UTF-8 bytes and the id's position,
/// probed linearly.
///
/// The ids are not stored here: a probe compares hashes, and only where a hash matches asks
/// `isID(position)` whether the id at that position is the one sought. So a slot is 16 bytes
/// with no reference in it, the table is built without retaining a string, and a lookup in a
/// large catalog touches one slot's cache line instead of the key strings of a `Dictionary`'s
/// probe sequence (at 100 000 records that was 14 % of a `--quiet` run).
///
/// The hash is SipHash-1-3 with a per-process random key (`SipHash`, the function `Dictionary`'s
/// `Hasher` computes): no file can be written whose ids fall into one probe chain, so lookups
/// stay constant-time on hostile input.
///
/// Edge Cases:
/// - The table is at most half full (it doubles before), so every probe ends at an empty slot.
/// - Positions are the caller's; the index does not check that `isID` is consistent with them.
struct IDIndex: Sendable {
    private struct Slot {
        var hash: UInt64
        /// −1 for an empty slot.
        var position: Int
    }

    private var slots: [Slot]
    /// How many ids the index holds.
    private(set) var count = 0

    /// An empty index with room for `capacity` ids before it grows.
    init(capacity: Int = 0) {
        slots = Self.emptySlots(for: capacity)
    }

    private static func emptySlots(for capacity: Int) -> [Slot] {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        return Array(repeating: Slot(hash: 0, position: -1), count: size)
    }

    /// The hash of `id`'s UTF-8 bytes (its length included).
    static func hash(_ id: String) -> UInt64 { id.withUTF8Bytes(hash(_:)) }

    /// The hash of `utf8`: SipHash-1-3 under this process's key (`SipHash.perProcess`).
    static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        SipHash.perProcess.hash(UnsafeRawBufferPointer(utf8))
    }

    /// The position of the id with `hash` for which `isID` holds, if the index has it.
    @inline(__always)
    func position(hash: UInt64, where isID: (Int) -> Bool) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var k = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[k]
                if slot.position < 0 { return nil }
                if slot.hash == hash, isID(slot.position) { return slot.position }
                k = (k + 1) & mask
            }
        }
    }

    /// Stores `position` for the id with `hash`; if the index had that id (`isID` holds for its
    /// stored position), the new position replaces it and the old one is returned, as
    /// `Dictionary.updateValue(_:forKey:)` does.
    @inline(__always)
    mutating func updatePosition(
        _ position: Int, hash: UInt64, where isID: (Int) -> Bool
    ) -> Int? {
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: hash) & mask
        while slots[k].position >= 0 {
            if slots[k].hash == hash, isID(slots[k].position) {
                defer { slots[k].position = position }
                return slots[k].position
            }
            k = (k + 1) & mask
        }
        slots[k] = Slot(hash: hash, position: position)
        count += 1
        return nil
    }

    /// Makes room for at least `capacity` ids without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        if 2 * capacity > slots.count { rehash(into: Self.emptySlots(for: capacity)) }
    }

    /// Twice the slots (`emptySlots(for: n)` has 2n for a power of two n ≥ 16).
    private mutating func grow() { rehash(into: Self.emptySlots(for: slots.count)) }

    private mutating func rehash(into larger: [Slot]) {
        var larger = larger
        let mask = larger.count - 1
        for slot in slots where slot.position >= 0 {
            var k = Int(truncatingIfNeeded: slot.hash) & mask
            while larger[k].position >= 0 { k = (k + 1) & mask }
            larger[k] = slot
        }
        slots = larger
    }
}
