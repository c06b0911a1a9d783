import Foundation

extension Double {
    /// Six significant digits, no trailing zeros (`%.6g`), for messages and reports.
    package var formatted6: String { formatted(cFormat: "%.6g") }

    /// `self` written with a C `printf` format for one double (`"%.6g"`, `"%+.3g%%"`), exactly as
    /// `String(format:)` writes it, but straight through `vsnprintf`: Foundation's formatter made
    /// the text report of 100 000 results take over a second.
    ///
    /// - Precondition: `cFormat` takes exactly one double.
    package func formatted(cFormat: StaticString) -> String {
        let format = UnsafeRawPointer(cFormat.utf8Start).assumingMemoryBound(to: CChar.self)
        let write = { (buffer: UnsafeMutableBufferPointer<CChar>) -> (written: Int, text: String) in
            guard let base = buffer.baseAddress else { return (0, "") }
            let written = Int(withVaList([self]) { vsnprintf(base, buffer.count, format, $0) })
            let count = max(0, min(written, buffer.count - 1))
            let text = UnsafeRawBufferPointer(start: base, count: count).withMemoryRebound(to: UInt8.self) {
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
