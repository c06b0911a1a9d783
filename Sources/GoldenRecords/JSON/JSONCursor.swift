/// The cursor of a fast-path reader (`GoldenFileReader`, `ModelOutputReader`): the tokens of
/// a document whose shape the reader knows, each checked by `JSONScanner` as the strict parser
/// checks it. At anything else it throws `Stop`, and the reader gives up: the strict reader
/// then reads the whole file again and accepts it or writes the message.
struct JSONCursor {
    /// Why reading stopped (never reported: the strict reader reads the file again).
    struct Stop: Error {}

    private(set) var scanner: JSONScanner

    init(_ bytes: UnsafeBufferPointer<UInt8>) { scanner = JSONScanner(bytes) }

    /// Whether `bytes` pass the strict parser's checks of the whole file (not empty, no
    /// byte-order mark, within `InputLimits.maxFileBytes`); a fast path reads nothing else.
    static func mayBeRead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.count <= InputLimits.maxFileBytes
            && !bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    var bytes: UnsafeBufferPointer<UInt8> { scanner.bytes }
    var offset: Int {
        get { scanner.i }
        set { scanner.i = newValue }
    }

    mutating func skipWhitespace() { scanner.skipWhitespace() }

    /// The byte after whitespace, if any (the cursor moves past the whitespace only).
    mutating func peek() -> UInt8? {
        scanner.skipWhitespace()
        return scanner.next
    }

    /// Whether `b` can start a JSON number.
    func startsNumber(_ b: UInt8) -> Bool { b == UInt8(ascii: "-") || scanner.isDigit(b) }

    /// Whitespace, then the end of the input.
    mutating func atEnd() -> Bool {
        scanner.skipWhitespace()
        return scanner.i == scanner.bytes.count
    }

    func text(of token: JSONScanner.StringToken) -> String { scanner.text(of: token) }

    /// Whitespace, then `bracket` (`{` or `[`).
    mutating func open(_ bracket: Unicode.Scalar) throws(Stop) {
        scanner.skipWhitespace()
        guard scanner.next == UInt8(ascii: bracket) else { throw Stop() }
        scanner.i += 1
    }

    /// Whether whitespace and then `close` follow (consumed if so): an empty container.
    mutating func closes(_ close: Unicode.Scalar) -> Bool {
        scanner.skipWhitespace()
        guard scanner.next == UInt8(ascii: close) else { return false }
        scanner.i += 1
        return true
    }

    /// After a member or element: true for a comma (another follows), false for `close`.
    mutating func more(_ close: Unicode.Scalar) throws(Stop) -> Bool {
        scanner.skipWhitespace()
        switch scanner.next {
        case UInt8(ascii: ","): scanner.i += 1; return true
        case UInt8(ascii: close): scanner.i += 1; return false
        default: throw Stop()
        }
    }

    /// The position in `names` of a plain key seen for the first time in this object, read with
    /// its colon. The first name not yet seen is tried first (files write them in their order),
    /// with the colon right after it (as writers lay out a member).
    mutating func key(_ names: FieldNames, seen: inout UInt32) throws(Stop) -> Int {
        scanner.skipWhitespace()
        let guess = (~seen).trailingZeroBitCount
        if let n = names.lookup.memberStart(of: guess, in: scanner.bytes, at: scanner.i) {
            seen |= 1 << guess
            scanner.i += n
            return guess
        }
        guard scanner.next == UInt8(ascii: "\"") else { throw Stop() }
        let token: JSONScanner.StringToken
        do { token = try scanner.string() } catch { throw Stop() }
        guard !token.escaped,
            let j = names.index(
                ofKey: UnsafeBufferPointer(rebasing: scanner.bytes[token.start..<token.end])),
            seen & (1 << j) == 0
        else { throw Stop() }
        seen |= 1 << j
        scanner.skipWhitespace()
        guard scanner.next == UInt8(ascii: ":") else { throw Stop() }
        scanner.i += 1
        return j
    }

    /// Whether whitespace and `null` follow (consumed if so).
    mutating func null() throws(Stop) -> Bool {
        scanner.skipWhitespace()
        guard scanner.next == UInt8(ascii: "n") else { return false }
        do { try scanner.literal("null") } catch { throw Stop() }
        return true
    }

    mutating func string() throws(Stop) -> String {
        scanner.text(of: try stringToken())
    }

    /// A string (an id) and its `IDIndex.hash`, taken from the bytes while they are read.
    mutating func stringAndHash() throws(Stop) -> (String, UInt64) {
        let token = try stringToken()
        let text = scanner.text(of: token)
        // An escaped string's bytes are not its text: hash the text.
        guard !token.escaped else { return (text, IDIndex.hash(text)) }
        return (text, IDIndex.hash(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])))
    }

    mutating func stringToken() throws(Stop) -> JSONScanner.StringToken {
        scanner.skipWhitespace()
        guard scanner.next == UInt8(ascii: "\"") else { throw Stop() }
        do { return try scanner.string() } catch { throw Stop() }
    }

    /// A string naming a case of `E` (matched on its bytes when it has no escapes).
    mutating func oneOf<E>(_ cases: RawCases<E>) throws(Stop) -> E {
        let token = try stringToken()
        let found =
            token.escaped
            ? E(rawValue: scanner.text(of: token))
            : cases.named(UnsafeBufferPointer(rebasing: scanner.bytes[token.start..<token.end]))
        guard let found else { throw Stop() }
        return found
    }

    mutating func number() throws(Stop) -> Double {
        scanner.skipWhitespace()
        guard let b = scanner.next, startsNumber(b) else { throw Stop() }
        do { return try scanner.number() } catch { throw Stop() }
    }

    /// The value at the cursor read by `body` from a tape of it alone, with `depth` containers
    /// around it; the cursor moves past it.
    mutating func strict<R>(
        depth: Int, _ body: (JSON) throws(StrictJSONError) -> R
    ) throws(Stop) -> R {
        scanner.skipWhitespace()
        do {
            let (result, end) = try JSONParser.withValue(
                in: scanner.bytes, at: scanner.i, depth: depth, body)
            scanner.i = end
            return try result.get()
        } catch {
            throw Stop()
        }
    }
}
