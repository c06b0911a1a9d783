import Dispatch
import Foundation

/// Below this many items, work runs as one chunk on the calling thread. Fuzz builds split from
/// two items on, so that the fuzzer's small inputs also run the chunked paths (under ASan).
#if FUZZING
let chunkingThreshold = 2
#else
let chunkingThreshold = 4096
#endif

/// Work over `0..<count` split into one contiguous chunk per core, for large inputs only.
///
/// Results come back in chunk order, so a caller that merges them in that order (and reports
/// the first failure in that order) gives the same answer as a sequential loop, whatever the
/// scheduling. Below `minimum` items there is a single chunk and no thread is used.
func inOrderedChunks<T>(of count: Int, minimum: Int = chunkingThreshold, _ body: @Sendable (Range<Int>) -> T) -> [T] {
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

/// `inOrderedChunks` for work that yields at most one element per index (a `compactMap` with
/// side results): each chunk writes its elements straight into the final array, and the
/// chunks' runs are then moved together, so merging copies no element (and retains nothing).
///
/// - Returns: the elements in index order, and each chunk's `Summary` in chunk order.
/// - Precondition: `body` calls `yield` at most once per index of its range.
func inOrderedChunks<Element, Summary>(
    of count: Int, minimum: Int = chunkingThreshold,
    yielding _: Element.Type, _ body: @Sendable (Range<Int>, _ yield: (Element) -> Void) -> Summary
) -> (elements: [Element], summaries: [Summary]) {
    var summaries: [Summary] = []
    let elements = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
        // Nil only for an empty buffer, where no chunk yields (count 0) and nothing moves.
        nonisolated(unsafe) let base = buffer.baseAddress  // each chunk writes only inside its own range
        let parts = inOrderedChunks(of: count, minimum: minimum) { range in
            var written = 0
            let summary = body(range) { element in
                precondition(written < range.count, "at most one element per index")
                (base! + range.lowerBound + written).initialize(to: element)
                written += 1
            }
            return (range.lowerBound, written, summary)
        }
        var total = 0
        for (from, written, summary) in parts {
            if from != total, written > 0 { (base! + total).moveInitialize(from: base! + from, count: written) }
            total += written
            summaries.append(summary)
        }
        initialized = total
    }
    return (elements, summaries)
}
