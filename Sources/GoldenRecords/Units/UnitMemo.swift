import Foundation

/// Units remembered by the bytes of their spelling, the first 16: a file or a chunk of results
/// in a few units parses each spelling once and then finds it by comparing bytes, without a
/// `String` or a hash. Used by one reader or one scoring chunk at a time (not shared between
/// threads): the golden fast path (`GoldenFileReader`) and the scorer's chunks.
final class UnitMemo {
    private var spellings: [[UInt8]] = []
    private var units: [PhysicalUnit] = []

    /// The unit remembered for the spelling `bytes`, else what `parse` gives (remembered
    /// unless nil).
    @inline(__always)
    func unit<E: Error>(
        spelt bytes: UnsafeBufferPointer<UInt8>, orParse parse: () throws(E) -> PhysicalUnit?
    ) throws(E) -> PhysicalUnit? {
        if let found = position(of: bytes) { return units[found] }
        let unit = try parse()
        if let unit, units.count < 16 {
            spellings.append(Array(bytes))
            units.append(unit)
        }
        return unit
    }

    private func position(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let wanted = bytes.baseAddress else { return spellings.firstIndex(of: []) }
        for k in spellings.indices where spellings[k].count == bytes.count {
            if spellings[k].withUnsafeBufferPointer({ memcmp($0.baseAddress!, wanted, bytes.count) })
                == 0
            {
                return k
            }
        }
        return nil
    }

    /// `PhysicalUnit(parsing: text)`, remembered.
    func unit(_ text: String) throws(UnitError) -> PhysicalUnit {
        var spelling = text
        let found = spelling.withUTF8 { bytes in
            Result { () throws(UnitError) in
                try unit(spelt: bytes) { () throws(UnitError) in try PhysicalUnit(parsing: text) }
            }
        }
        return try found.get()!  // `parse` never gives nil, so neither does the memo
    }
}
