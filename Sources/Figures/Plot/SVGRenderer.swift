import Foundation

/// Draws a `Plot` as a standalone SVG document. Output is deterministic: coordinates are printed
/// with two decimals, elements in a fixed order, no timestamps. Text is 14–16 px on a 760 px wide
/// canvas, so it stays readable when the image is shown 600 px wide.
public enum SVGRenderer {
    /// Okabe–Ito colour-blind-safe palette, then a grey (index 8, e.g. "not comparable").
    public static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
        "#777777",
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
        let clip = clipID(plot.title)
        svg.open("clipPath", ["id": clip])
        svg.rect(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: "none",
            stroke: "none")
        svg.close("clipPath")
        svg.open("g", ["clip-path": "url(#\(clip))"])
        drawSeries(plot, frame, &svg)
        let marks = layOut(plot, frame)
        drawArrows(plot, frame, &svg)
        drawPoints(marks, &svg)
        svg.close("g")
        var notes = plot.notes
        if marks.contains(where: \.enlargedBar) { notes.append(ErrorBar.legendNote) }
        if marks.contains(where: { $0.dodge != 0 }) {
            notes.append("marks at one place are spread sideways so none hides another")
        }
        drawLabels(plot, frame, marks, &svg)
        svg.rect(
            x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: "none",
            stroke: "#333333")
        drawLegend(plot, frame, notes: notes, &svg)
        return svg.document()
    }

    /// A clip-path id unique to the plot's title, so several SVGs can be inlined in one HTML page.
    static func clipID(_ title: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in title.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return "plot-area-" + String(hash, radix: 16)
    }

    /// A point as drawn: its pixel centre after dodging, and its error bar in pixels.
    struct Mark {
        let point: MarkedPoint
        let x: Double, y: Double
        let dodge: Double
        /// Top and bottom of the drawn error bar, px; nil without one.
        let bar: (top: Double, bottom: Double)?
        let enlargedBar: Bool
        static let size = 6.0
        /// Size of a badge, and how far above its mark it sits, px (clear of a 1.3 × `size` diamond).
        static let badgeSize = 4.0, badgeLift = 14.0
    }

    /// Pixel positions of every drawable point, coincident ones spread apart, with their bars.
    static func layOut(_ plot: Plot, _ f: Frame) -> [Mark] {
        let drawable = plot.points.compactMap { p in f.point(p.x, p.y, plot).map { (p, $0) } }
        let solid = drawable.filter { !$0.0.badge }
        let solidOffsets = MarkerDodge.offsets(solid.map(\.1))
        var offsets: [Double] = [], k = 0
        for (p, c) in drawable {
            if p.badge {
                // Follows the mark it tags.
                let under = solid.indices.first { solid[$0].1.x == c.x && solid[$0].1.y == c.y }
                offsets.append(under.map { solidOffsets[$0] } ?? 0)
            } else {
                offsets.append(solidOffsets[k])
                k += 1
            }
        }
        return zip(drawable, offsets).map { item, dodge in
            let (p, c) = item
            var bar: (Double, Double)?
            var enlarged = false
            if let e = p.yError, e > 0 {
                let t = f.py(p.y + e, plot.yAxis), b = f.py(p.y - e, plot.yAxis)
                if t.isFinite && b.isFinite {
                    let half = abs(b - t) / 2
                    enlarged = ErrorBar.isEnlarged(half, markSize: Mark.size)
                    let drawn = ErrorBar.drawnHalfHeight(half, markSize: Mark.size)
                    bar = enlarged ? (c.y - drawn, c.y + drawn) : (min(t, b), max(t, b))
                }
            }
            return Mark(
                point: p, x: c.x + dodge, y: c.y - (p.badge ? Mark.badgeLift : 0), dodge: dodge,
                bar: bar, enlargedBar: enlarged)
        }
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
            case .horizontal:
                let a = f.py(band.from, plot.yAxis), b = f.py(band.to, plot.yAxis)
                svg.rect(
                    x: f.x, y: min(a, b), width: f.width, height: abs(b - a),
                    fill: color(band.color), stroke: "none", opacity: 0.18)
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
            case .line, .dashed, .dotted:
                svg.polyline(
                    points, stroke: color(s.color), width: s.style == .dotted ? 3 : 2.5,
                    dashed: s.style == .dashed, dotted: s.style == .dotted)
            case .markers:
                for p in points {
                    svg.marker(.circle, x: p.x, y: p.y, color: color(s.color), size: 4)
                }
            }
        }
    }

    /// Error bars (dashed when enlarged to stay visible), then the marks.
    static func drawPoints(_ marks: [Mark], _ svg: inout SVGWriter) {
        for m in marks {
            guard let bar = m.bar else { continue }
            let c = color(m.point.color), dash = m.enlargedBar ? "3 2" : nil
            svg.line(x1: m.x, y1: bar.top, x2: m.x, y2: bar.bottom, stroke: c, width: 1.5, dash: dash)
            for y in [bar.top, bar.bottom] {
                svg.line(x1: m.x - 5, y1: y, x2: m.x + 5, y2: y, stroke: c, width: 1.5)
            }
        }
        for m in marks {
            svg.marker(
                m.point.shape, x: m.x, y: m.y, color: color(m.point.color),
                size: m.point.badge ? Mark.badgeSize : Mark.size)
        }
    }

    static func drawArrows(_ plot: Plot, _ f: Frame, _ svg: inout SVGWriter) {
        for a in plot.arrows {
            guard let (p, c, q) = arc(a, plot, f) else { continue }
            svg.arrow(x1: p.x, y1: p.y, cx: c.x, cy: c.y, x2: q.x, y2: q.y, stroke: color(a.color))
        }
    }

    /// Start, control point and end of an arrow, px.
    static func arc(
        _ a: Arrow, _ plot: Plot, _ f: Frame
    ) -> ((x: Double, y: Double), (x: Double, y: Double), (x: Double, y: Double))? {
        guard let p = f.point(a.fromX, a.fromY, plot), let q = f.point(a.toX, a.toY, plot) else {
            return nil
        }
        let len = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
        return (p, ((p.x + q.x) / 2, (p.y + q.y) / 2 - a.bulge * len), q)
    }

    /// What no label may cover: marks, error bars, series lines (sampled every 4 px), arrows.
    static func obstacles(_ plot: Plot, _ f: Frame, _ marks: [Mark]) -> [Box] {
        var boxes = marks.map {
            Box(around: $0.x, $0.y, radius: $0.point.badge ? Mark.badgeSize + 2 : Mark.size * 1.3 + 1)
        }
        for m in marks { if let b = m.bar { boxes.append(Box(x0: m.x - 5, y0: b.top, x1: m.x + 5, y1: b.bottom)) } }
        func sample(_ points: [(x: Double, y: Double)]) {
            for (a, b) in zip(points, points.dropFirst()) {
                let len = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                let steps = max(1, Int(len / 4))
                for k in 0...steps {
                    let t = Double(k) / Double(steps)
                    boxes.append(Box(around: a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, radius: 2))
                }
            }
        }
        for s in plot.series where s.style != .markers {
            sample(zip(s.x, s.y).compactMap { f.point($0, $1, plot) })
        }
        for a in plot.arrows {
            guard let (p, c, q) = arc(a, plot, f) else { continue }
            // The quadratic Bézier curve at 16 parameter steps.
            sample((0...16).map { k in
                let t = Double(k) / 16, u = 1 - t
                return (u * u * p.x + 2 * u * t * c.x + t * t * q.x, u * u * p.y + 2 * u * t * c.y + t * t * q.y)
            })
        }
        return boxes
    }

    /// Band names, point labels and annotations, each placed where it overprints nothing.
    static func labelPlacements(_ plot: Plot, _ f: Frame, _ marks: [Mark]) -> [LabelPlacer.Placement] {
        let bounds = Box(x0: f.x + 2, y0: f.y + 2, x1: f.x + f.width - 2, y1: f.y + f.height - 2)
        var placer = LabelPlacer(size: 12, bounds: bounds, obstacles: obstacles(plot, f, marks))
        var placed: [LabelPlacer.Placement] = []
        for band in plot.bands { placed.append(placeBand(band, plot, f, &placer)) }
        for m in marks where !m.point.label.isEmpty {
            let radius = m.point.badge ? Mark.badgeSize + 2 : Mark.size + 2
            placed.append(placer.place(m.point.label, x: m.x, y: m.y, radius: radius))
        }
        for a in plot.annotations {
            guard let p = f.point(a.x, a.y, plot) else { continue }
            placed.append(placer.place(a.text, x: p.x, y: p.y, radius: 0))
        }
        return placed
    }

    /// The standard frame, the marks as drawn and the labels as placed: what `render` lays out.
    static func layout(_ plot: Plot) -> (marks: [Mark], labels: [LabelPlacer.Placement]) {
        let f = Frame(x: left, y: top, width: width - left - right, height: height - top - bottom)
        let marks = layOut(plot, f)
        return (marks, labelPlacements(plot, f, marks))
    }

    static func drawLabels(_ plot: Plot, _ f: Frame, _ marks: [Mark], _ svg: inout SVGWriter) {
        for p in labelPlacements(plot, f, marks) {
            if let l = p.leader {
                svg.line(x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, stroke: "#555555", width: 1)
            }
            svg.text(p.text, x: p.box.centerX, y: p.box.centerY + 4.2, size: 12, anchor: "middle")
        }
    }

    /// A band's name: at the top of a vertical band; at the left or right end of a horizontal one,
    /// whichever overprints no mark.
    static func placeBand(
        _ band: Band, _ plot: Plot, _ f: Frame, _ placer: inout LabelPlacer
    ) -> LabelPlacer.Placement {
        let w = LabelPlacer.width(band.label, size: 12)
        switch band.orientation {
        case .vertical:
            let mid = (f.px(band.from, plot.xAxis) + f.px(band.to, plot.xAxis)) / 2
            return placer.placeInFirstFree(
                band.label,
                boxes: [16, 32, f.height - 12].map { placer.box(band.label, left: mid - w / 2, middle: f.y + $0) })
        case .horizontal:
            let mid = (f.py(band.from, plot.yAxis) + f.py(band.to, plot.yAxis)) / 2
            let lefts = stride(from: f.x + 6, through: f.x + f.width - 6 - w, by: 8)
            let boxes = lefts.map { placer.box(band.label, left: $0, middle: mid) }
            if let free = boxes.first(where: { b in !placer.obstacles.contains { $0.intersects(b) } }) {
                return placer.placeInFirstFree(band.label, boxes: [free])
            }
            // No room inside the band: next to its right end, with a leader line.
            return placer.place(band.label, x: f.x + f.width - 24, y: mid, radius: 0)
        }
    }

    /// One entry per series name, per point group and per grid category (never two alike), then
    /// the notes in smaller type; the canvas grows downwards when the legend needs it.
    static func drawLegend(
        _ plot: Plot, _ f: Frame, notes: [String], _ svg: inout SVGWriter
    ) {
        var y = f.y + 10
        let x = f.x + f.width + 16
        var seen: Set<String> = []
        func entry(_ text: String, draw: (inout SVGWriter) -> Void) {
            guard seen.insert(text).inserted else { return }
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
                        dashed: s.style == .dashed, dotted: s.style == .dotted)
                }
            }
        }
        for p in plot.points {
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
        for note in notes {
            let lines = wrap(note, width: 30)
            for (k, line) in lines.enumerated() {
                svg.text(line, x: x, y: y + 5 + Double(k) * 14, size: 11, anchor: "start")
            }
            y += 10 + 14 * Double(lines.count)
        }
        svg.height = max(svg.height, y + 10)
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
