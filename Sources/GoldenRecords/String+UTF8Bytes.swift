extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for native and small strings, as
    /// `withUTF8` would, but without the copy of the string `withUTF8` needs (it is mutating);
    /// other strings are made contiguous first. Inlinable: a generic call across modules
    /// would not be specialised (the reports append strings by the hundred thousand).
    @inlinable
    package func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
