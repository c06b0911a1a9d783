import Foundation

/// Builds SVG text element by element, escaping text and printing coordinates with two decimals.
struct SVGWriter {
    private var body: [String] = []
    private var depth = 1
    let width: Double
    /// The canvas height; the renderer may grow it to fit a long legend.
    var height: Double

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
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double,
        dash: String? = nil
    ) {
        let d = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        emit(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\""
                + " stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(d)/>"
        )
    }

    /// A quadratic arc from (`x1`, `y1`) through control point (`cx`, `cy`) to (`x2`, `y2`) with
    /// a filled head of 8 px at the end (a straight arrow when the control point is the midpoint).
    mutating func arrow(
        x1: Double, y1: Double, cx: Double, cy: Double, x2: Double, y2: Double, stroke: String
    ) {
        let len = ((x2 - cx) * (x2 - cx) + (y2 - cy) * (y2 - cy)).squareRoot()
        guard len > 1 else { return }
        let ux = (x2 - cx) / len, uy = (y2 - cy) / len
        let bx = x2 - 8 * ux, by = y2 - 8 * uy
        emit(
            "<path d=\"M\(n(x1)),\(n(y1)) Q\(n(cx)),\(n(cy)) \(n(bx)),\(n(by))\" fill=\"none\""
                + " stroke=\"\(stroke)\" stroke-width=\"1.5\"/>")
        emit(
            "<polygon points=\"\(n(x2)),\(n(y2)) \(n(bx - 4 * uy)),\(n(by + 4 * ux))"
                + " \(n(bx + 4 * uy)),\(n(by - 4 * ux))\" fill=\"\(stroke)\"/>")
    }

    mutating func polyline(
        _ points: [(x: Double, y: Double)], stroke: String, width: Double, dashed: Bool,
        dotted: Bool = false
    ) {
        guard points.count >= 2 else { return }
        let coords = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        let dash =
            dotted
            ? " stroke-dasharray=\"2 4\" stroke-linecap=\"round\""
            : dashed ? " stroke-dasharray=\"8 5\"" : ""
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
        case .ring, .openSquare, .openDiamond, .openTriangle:
            openMarker(shape, x: x, y: y, color: color, size: s)
        case .cross:
            emit(
                "<path d=\"M\(n(x - s)),\(n(y - s)) L\(n(x + s)),\(n(y + s))"
                    + " M\(n(x - s)),\(n(y + s)) L\(n(x + s)),\(n(y - s))\""
                    + " stroke=\"\(color)\" stroke-width=\"2.5\"/>"
            )
        }
    }

    /// The open shapes: a 2.5 px outline on a translucent white fill, so the mark under it shows.
    private mutating func openMarker(
        _ shape: MarkedPoint.Shape, x: Double, y: Double, color: String, size s: Double
    ) {
        let style = " fill=\"#ffffff\" fill-opacity=\"0.35\" stroke=\"\(color)\" stroke-width=\"2.5\"/>"
        switch shape {
        case .openSquare:
            emit(
                "<rect x=\"\(n(x - s))\" y=\"\(n(y - s))\" width=\"\(n(2 * s))\""
                    + " height=\"\(n(2 * s))\"" + style)
        case .openDiamond:
            emit(
                "<polygon points=\"\(n(x)),\(n(y - 1.3 * s)) \(n(x + 1.3 * s)),\(n(y))"
                    + " \(n(x)),\(n(y + 1.3 * s)) \(n(x - 1.3 * s)),\(n(y))\"" + style)
        case .openTriangle:
            emit(
                "<polygon points=\"\(n(x)),\(n(y - 1.3 * s)) \(n(x + 1.2 * s)),\(n(y + s))"
                    + " \(n(x - 1.2 * s)),\(n(y + s))\"" + style)
        default:
            emit("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(s))\"" + style)
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
