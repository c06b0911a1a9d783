import Dispatch
import Foundation

/// Work over `0..<count` split into one contiguous chunk per core, for large inputs only.
///
/// Results come back in chunk order, so a caller that merges them in that order (and reports
/// the first failure in that order) gives the same answer as a sequential loop, whatever the
/// scheduling. Below `minimum` items there is a single chunk and no thread is used.
func inOrderedChunks<T>(of count: Int, minimum: Int = 4096, _ body: @Sendable (Range<Int>) -> T) -> [T] {
    let chunks = count >= minimum ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
    guard chunks > 1 else { return [body(0..<count)] }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
    results.initialize(repeating: nil)
    defer { results.deinitialize().deallocate() }
    nonisolated(unsafe) let slots = results  // each chunk writes only its own slot
    let size = (count + chunks - 1) / chunks
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        slots[chunk] = body((chunk * size)..<min(count, (chunk + 1) * size))
    }
    return results.map { $0! }
}
