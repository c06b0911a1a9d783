/// One value (or object key) of a parsed document, in document order.
///
/// An object's node is followed by its members, each a key node then the value's nodes; an
/// array's node by its elements' nodes. So the node after a scalar is `index + 1`, and the node
/// after a container is stored in `b`: readers step over a whole subtree in one move.
struct JSONNode {
    enum Kind: UInt8 {
        case null, `false`, `true`, number, string, escapedString, array, object
    }

    var kind: Kind
    /// string: offset of the first byte after the opening quote; number: index into the numbers;
    /// array: element count; object: member count.
    var a: UInt32 = 0
    /// string: offset of the closing quote; container: index of the node after its subtree.
    var b: UInt32 = 0
}

/// A parsed document: the input bytes, the nodes and the numbers. It borrows its storage from
/// `JSONParser.withDocument` and is valid only inside that call; `JSON` values point to it.
struct JSONTape {
    let bytes: UnsafeBufferPointer<UInt8>
    let nodes: UnsafeBufferPointer<JSONNode>
    let numbers: UnsafeBufferPointer<Double>

    static func text(of node: JSONNode, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if node.kind == .escapedString { return JSONParser.decodeChecked(node, in: bytes) }
        return String(
            decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.a)..<Int(node.b)]), as: UTF8.self
        )
    }
}

/// A value in a parsed document (a position on its tape). Copying one copies two words and
/// touches no reference count, so record parsers on several threads can share a document.
///
/// Valid only inside the `JSONParser.withDocument` call that produced it (see `withJSON`).
struct JSON: @unchecked Sendable {
    let tape: UnsafePointer<JSONTape>
    let index: Int

    private var node: JSONNode { tape.pointee.nodes[index] }
    var kind: JSONNode.Kind { node.kind }

    /// The node after this value's subtree.
    fileprivate var next: Int {
        let n = node
        return n.kind == .array || n.kind == .object ? Int(n.b) : index + 1
    }

    var isNull: Bool { node.kind == .null }

    var string: String? {
        let n = node
        guard n.kind == .string || n.kind == .escapedString else { return nil }
        return JSONTape.text(of: n, in: tape.pointee.bytes)
    }

    /// The bytes of a string without escapes (nil for other values and escaped strings).
    var plainBytes: UnsafeBufferPointer<UInt8>? {
        let n = node
        guard n.kind == .string else { return nil }
        return UnsafeBufferPointer(rebasing: tape.pointee.bytes[Int(n.a)..<Int(n.b)])
    }

    var number: Double? {
        let n = node
        return n.kind == .number ? tape.pointee.numbers[Int(n.a)] : nil
    }

    /// The elements of an array (nil for other kinds).
    var elements: [JSON]? {
        let n = node
        guard n.kind == .array else { return nil }
        var result: [JSON] = []
        result.reserveCapacity(Int(n.a))
        var k = index + 1
        for _ in 0..<Int(n.a) {
            let element = JSON(tape: tape, index: k)
            result.append(element)
            k = element.next
        }
        return result
    }

    /// The members of an object (nil for other kinds).
    var object: JSONObject? { node.kind == .object ? JSONObject(value: self) : nil }

    var typeName: String {
        switch node.kind {
        case .null: "null"
        case .false, .true: "a boolean"
        case .number: "a number"
        case .string, .escapedString: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// The members of a JSON object, in file order; keys are unique (the parser refuses duplicates).
/// Objects in these formats are small, so a lookup scans the keys, comparing bytes.
struct JSONObject {
    let value: JSON

    var count: Int { Int(value.tape.pointee.nodes[value.index].a) }

    /// Calls `body` with each key and value, in file order, until it returns false; returns
    /// whether it went through all members.
    @discardableResult
    func forEachMember(_ body: (_ key: JSON, _ value: JSON) -> Bool) -> Bool {
        var k = value.index + 1
        for _ in 0..<count {
            let member = JSON(tape: value.tape, index: k + 1)
            guard body(JSON(tape: value.tape, index: k), member) else { return false }
            k = member.next
        }
        return true
    }

    subscript(key: String) -> JSON? {
        var found: JSON? = nil
        var key = key
        key.withUTF8 { wanted in
            _ = forEachMember { name, member in
                let same =
                    name.plainBytes.map { $0.elementsEqual(wanted) }
                    ?? (name.string.map { $0.utf8.elementsEqual(wanted) } ?? false)
                if same { found = member }
                return !same
            }
        }
        return found
    }

    var keys: [String] {
        var keys: [String] = []
        forEachMember { name, _ in
            keys.append(name.string ?? ""); return true
        }
        return keys
    }
}
