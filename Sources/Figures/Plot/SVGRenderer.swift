import Foundation

/// Draws a `Plot` as a standalone SVG document. Output is deterministic: coordinates are printed
/// with two decimals, elements in a fixed order, no timestamps. Text is 14–16 px on a 760 px wide
/// canvas, so it stays readable when the image is shown 600 px wide.
public enum SVGRenderer {
    /// Okabe–Ito colour-blind-safe palette.
    public static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
    ]

    static let width = 760.0, height = 500.0
    static let left = 86.0, right = 210.0, top = 48.0, bottom = 70.0

    public static func render(_ plot: Plot) -> String {
        var svg = SVGWriter(width: width, height: height)
        let frame = Frame(
            x: left, y: top, width: width - left - right, height: height - top - bottom)
        svg.text(
            plot.title, x: width / 2 - (right - left) / 2, y: 28, size: 17, anchor: "middle",
            weight: "bold")
        svg.rect(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: "#ffffff",
            stroke: "none")
        drawGrid(plot, frame, &svg)
        drawBands(plot, frame, &svg)
        drawTicksAndGridLines(plot, frame, &svg)
        svg.open("clipPath", ["id": "plot-area"])
        svg.rect(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: "none",
            stroke: "none")
        svg.close("clipPath")
        svg.open("g", ["clip-path": "url(#plot-area)"])
        drawSeries(plot, frame, &svg)
        drawPoints(plot, frame, &svg)
        svg.close("g")
        for a in plot.annotations {
            guard let p = frame.point(a.x, a.y, plot) else { continue }
            svg.text(a.text, x: p.x, y: p.y, size: 13, anchor: "middle")
        }
        svg.rect(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: "none",
            stroke: "#333333")
        drawLegend(plot, frame, &svg)
        return svg.document()
    }

    struct Frame {
        let x, y, width, height: Double
        func px(_ value: Double, _ axis: Axis) -> Double { x + axis.fraction(value) * width }
        func py(_ value: Double, _ axis: Axis) -> Double {
            y + height - axis.fraction(value) * height
        }
        func point(_ vx: Double, _ vy: Double, _ plot: Plot) -> (x: Double, y: Double)? {
            let p = (px(vx, plot.xAxis), py(vy, plot.yAxis))
            return p.0.isFinite && p.1.isFinite ? p : nil
        }
    }

    static func drawGrid(_ plot: Plot, _ f: Frame, _ svg: inout SVGWriter) {
        guard let grid = plot.grid else { return }
        for (j, row) in grid.cells.enumerated() {
            for (i, category) in row.enumerated() {
                let x0 = f.px(grid.xEdges[i], plot.xAxis), x1 = f.px(grid.xEdges[i + 1], plot.xAxis)
                let y0 = f.py(grid.yEdges[j + 1], plot.yAxis), y1 = f.py(grid.yEdges[j], plot.yAxis)
                svg.rect(
                    x: x0, y: y0, width: x1 - x0, height: y1 - y0,
                    fill: color(grid.colors[category]), stroke: "none", opacity: 0.28)
            }
        }
    }

    static func drawBands(_ plot: Plot, _ f: Frame, _ svg: inout SVGWriter) {
        for band in plot.bands {
            switch band.orientation {
            case .vertical:
                let a = f.px(band.from, plot.xAxis), b = f.px(band.to, plot.xAxis)
                svg.rect(
                    x: min(a, b), y: f.y, width: abs(b - a), height: f.height,
                    fill: color(band.color), stroke: "none", opacity: 0.18)
                svg.text(band.label, x: (a + b) / 2, y: f.y + 16, size: 12, anchor: "middle")
            case .horizontal:
                let a = f.py(band.from, plot.yAxis), b = f.py(band.to, plot.yAxis)
                svg.rect(
                    x: f.x, y: min(a, b), width: f.width, height: abs(b - a),
                    fill: color(band.color), stroke: "none", opacity: 0.18)
                svg.text(band.label, x: f.x + 6, y: (a + b) / 2 + 4, size: 12, anchor: "start")
            }
        }
    }

    static func drawTicksAndGridLines(_ plot: Plot, _ f: Frame, _ svg: inout SVGWriter) {
        for (value, label) in plot.xAxis.ticks() {
            let x = f.px(value, plot.xAxis)
            svg.line(x1: x, y1: f.y, x2: x, y2: f.y + f.height, stroke: "#dddddd", width: 1)
            svg.line(
                x1: x, y1: f.y + f.height, x2: x, y2: f.y + f.height + 5, stroke: "#333333",
                width: 1)
            svg.text(label, x: x, y: f.y + f.height + 22, size: 14, anchor: "middle")
        }
        for (value, label) in plot.yAxis.ticks() {
            let y = f.py(value, plot.yAxis)
            svg.line(x1: f.x, y1: y, x2: f.x + f.width, y2: y, stroke: "#dddddd", width: 1)
            svg.line(x1: f.x - 5, y1: y, x2: f.x, y2: y, stroke: "#333333", width: 1)
            svg.text(label, x: f.x - 9, y: y + 5, size: 14, anchor: "end")
        }
        svg.text(
            plot.xAxis.title, x: f.x + f.width / 2, y: f.y + f.height + 52, size: 15,
            anchor: "middle")
        svg.text(
            plot.yAxis.title, x: 22, y: f.y + f.height / 2, size: 15, anchor: "middle", rotate: -90)
    }

    static func drawSeries(_ plot: Plot, _ f: Frame, _ svg: inout SVGWriter) {
        for s in plot.series {
            let points = zip(s.x, s.y).compactMap { f.point($0, $1, plot) }
            switch s.style {
            case .line, .dashed:
                svg.polyline(points, stroke: color(s.color), width: 2.5, dashed: s.style == .dashed)
            case .markers:
                for p in points {
                    svg.marker(.circle, x: p.x, y: p.y, color: color(s.color), size: 4)
                }
            }
        }
    }

    static func drawPoints(_ plot: Plot, _ f: Frame, _ svg: inout SVGWriter) {
        for p in plot.points {
            guard let c = f.point(p.x, p.y, plot) else { continue }
            if let e = p.yError, e > 0 {
                let top = f.py(p.y + e, plot.yAxis), bottom = f.py(p.y - e, plot.yAxis)
                if top.isFinite && bottom.isFinite {
                    svg.line(
                        x1: c.x, y1: top, x2: c.x, y2: bottom, stroke: color(p.color), width: 1.5)
                    svg.line(
                        x1: c.x - 5, y1: top, x2: c.x + 5, y2: top, stroke: color(p.color),
                        width: 1.5)
                    svg.line(
                        x1: c.x - 5, y1: bottom, x2: c.x + 5, y2: bottom, stroke: color(p.color),
                        width: 1.5)
                }
            }
            svg.marker(p.shape, x: c.x, y: c.y, color: color(p.color), size: 6)
            if !p.label.isEmpty {
                let dy = (p.labelOnLeft ? -8 : 16) + 14 * Double(p.labelRow)
                svg.text(
                    p.label, x: c.x + (p.labelOnLeft ? -10 : 10), y: c.y + dy, size: 12,
                    anchor: p.labelOnLeft ? "end" : "start")
            }
        }
    }

    static func drawLegend(_ plot: Plot, _ f: Frame, _ svg: inout SVGWriter) {
        var y = f.y + 10
        let x = f.x + f.width + 16
        func entry(_ text: String, draw: (inout SVGWriter) -> Void) {
            draw(&svg)
            let lines = wrap(text, width: 22)
            for (k, line) in lines.enumerated() {
                svg.text(line, x: x + 30, y: y + 5 + Double(k) * 16, size: 13, anchor: "start")
            }
            y += 24 + 16 * Double(max(lines.count - 1, 0))
        }
        for s in plot.series {
            entry(s.name) { svg in
                if s.style == .markers {
                    svg.marker(.circle, x: x + 12, y: y, color: color(s.color), size: 4)
                } else {
                    svg.polyline(
                        [(x, y), (x + 24, y)], stroke: color(s.color), width: 2.5,
                        dashed: s.style == .dashed)
                }
            }
        }
        var seen: Set<String> = []
        for p in plot.points where seen.insert(p.group).inserted {
            entry(p.group) { svg in
                svg.marker(p.shape, x: x + 12, y: y, color: color(p.color), size: 6)
            }
        }
        if let grid = plot.grid {
            for (k, name) in grid.categories.enumerated() {
                entry(name) { svg in
                    svg.rect(
                        x: x + 2, y: y - 8, width: 20, height: 16, fill: color(grid.colors[k]),
                        stroke: "none", opacity: 0.28)
                }
            }
        }
    }

    static func color(_ index: Int) -> String {
        palette[((index % palette.count) + palette.count) % palette.count]
    }

    /// Greedy word wrap for legend text.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
