import Foundation

/// Builds SVG text element by element, escaping text and printing coordinates with two decimals.
struct SVGWriter {
    private var body: [String] = []
    private var depth = 1
    let width: Double, height: Double

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    func document() -> String {
        let head = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
              <rect x="0" y="0" width="\(n(width))" height="\(n(height))" fill="#fafafa"/>
            """
        return head + "\n" + body.joined(separator: "\n") + "\n</svg>\n"
    }

    mutating func emit(_ line: String) { body.append(String(repeating: "  ", count: depth) + line) }

    mutating func open(_ tag: String, _ attributes: [String: String]) {
        emit("<\(tag)\(attrs(attributes))>")
        depth += 1
    }

    mutating func close(_ tag: String) {
        depth -= 1
        emit("</\(tag)>")
    }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String,
        opacity: Double = 1
    ) {
        let o = opacity < 1 ? " fill-opacity=\"\(n(opacity))\"" : ""
        emit(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\""
                + " fill=\"\(fill)\" stroke=\"\(stroke)\"\(o)/>"
        )
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double
    ) {
        emit(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\""
                + " stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>"
        )
    }

    mutating func polyline(
        _ points: [(x: Double, y: Double)], stroke: String, width: Double, dashed: Bool
    ) {
        guard points.count >= 2 else { return }
        let coords = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        let dash = dashed ? " stroke-dasharray=\"8 5\"" : ""
        emit(
            "<polyline points=\"\(coords)\" fill=\"none\" stroke=\"\(stroke)\""
                + " stroke-width=\"\(n(width))\"\(dash) stroke-linejoin=\"round\"/>"
        )
    }

    mutating func marker(
        _ shape: MarkedPoint.Shape, x: Double, y: Double, color: String, size s: Double
    ) {
        switch shape {
        case .circle:
            emit(
                "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(s))\" fill=\"\(color)\""
                    + " stroke=\"#ffffff\" stroke-width=\"1\"/>"
            )
        case .square:
            emit(
                "<rect x=\"\(n(x - s))\" y=\"\(n(y - s))\" width=\"\(n(2 * s))\" height=\"\(n(2 * s))\""
                    + " fill=\"\(color)\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            )
        case .diamond:
            emit(
                "<polygon points=\"\(n(x)),\(n(y - 1.3 * s)) \(n(x + 1.3 * s)),\(n(y))"
                    + " \(n(x)),\(n(y + 1.3 * s)) \(n(x - 1.3 * s)),\(n(y))\""
                    + " fill=\"\(color)\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            )
        case .triangle:
            emit(
                "<polygon points=\"\(n(x)),\(n(y - 1.3 * s)) \(n(x + 1.2 * s)),\(n(y + s))"
                    + " \(n(x - 1.2 * s)),\(n(y + s))\""
                    + " fill=\"\(color)\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            )
        case .cross:
            emit(
                "<path d=\"M\(n(x - s)),\(n(y - s)) L\(n(x + s)),\(n(y + s))"
                    + " M\(n(x - s)),\(n(y + s)) L\(n(x + s)),\(n(y - s))\""
                    + " stroke=\"\(color)\" stroke-width=\"2.5\"/>"
            )
        }
    }

    mutating func text(
        _ content: String, x: Double, y: Double, size: Double, anchor: String,
        weight: String = "normal", rotate: Double? = nil
    ) {
        let transform = rotate.map { " transform=\"rotate(\(n($0)) \(n(x)) \(n(y)))\"" } ?? ""
        let bold = weight == "normal" ? "" : " font-weight=\"\(weight)\""
        emit(
            "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor)\"\(bold)\(transform)"
                + " fill=\"#222222\">\(escape(content))</text>"
        )
    }

    private func attrs(_ a: [String: String]) -> String {
        a.keys.sorted().map { " \($0)=\"\(escape(a[$0]!))\"" }.joined()
    }

    /// Two decimals, no trailing zeros, no "-0".
    func n(_ v: Double) -> String {
        var s = String(format: "%.2f", v)
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(
                of: "\"", with: "&quot;")
    }
}
