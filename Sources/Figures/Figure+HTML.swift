public import GoldenRecords
import ReferenceModels

/// A figure ready to be inlined in an HTML page (`validate-model --format html`).
public struct InlineFigure: Sendable {
    /// The figure's id (`kim2025-shell-thickness`), also the stem of its gallery files.
    public let id: String
    public let paper: String
    /// The figure, table or equation of the paper it reproduces, as the paper names it.
    public let paperFigure: String
    /// One sentence: what it shows.
    public let summary: String
    /// The golden ids it draws, sorted.
    public let goldenIDs: [String]
    /// The `<svg>` element, without the XML declaration; element ids are prefixed with the
    /// figure's id, so several figures can share one page.
    public let svg: String
}

extension FigureCatalog {
    /// The figures that draw at least one of `ids` (in catalogue order; only the papers of `ids`
    /// are drawn), with `output`'s values
    /// overlaid (``Figure/overlay(_:catalog:file:)``), as SVG elements for an HTML page.
    ///
    /// The SVG text escapes `&`, `<`, `>` and `"`; the caller still owns what text from
    /// `output` (the model name, categories) may contain otherwise (clip it, drop invisible
    /// characters) before calling.
    public static func inline(
        touching ids: Set<String>, output: ModelOutput, catalog: GoldenCatalog, file: String
    ) throws(InputError) -> [InlineFigure] {
        // Only the papers of `ids` are drawn (the others' records may not be in `catalog`).
        let papers = Set(ids.map { $0.prefix { $0 != "." } })
        var drawn: [Figure] = []
        for paper in ModelledPapers.all where papers.contains(Substring(paper.key)) {
            guard let paper = paper as? any PaperFigures.Type else { continue }
            drawn += try paper.figures(catalog: catalog)
        }
        var figures: [InlineFigure] = []
        for var figure in drawn where figure.goldenPositions.keys.contains(where: ids.contains) {
            _ = try figure.overlay(output, catalog: catalog, file: file)
            figures.append(
                InlineFigure(
                    id: figure.id, paper: figure.paper, paperFigure: figure.paperFigure,
                    summary: figure.summary, goldenIDs: figure.goldenPositions.keys.sorted(),
                    svg: inlineSVG(SVGRenderer.render(figure.plot), prefix: figure.id)))
        }
        return figures
    }

    /// Whether the paper with key `paper` has figures to draw (a modelled paper with
    /// `PaperFigures`): a report can skip collecting what to overlay when none of its papers has.
    public static func drawsFigures(ofPaper paper: String) -> Bool {
        ModelledPapers.all.contains { $0.key == paper && $0 is any PaperFigures.Type }
    }

    /// `document` without its `<?xml …?>` line, its `id="x"` and `url(#x)` references renamed
    /// `prefix-x`.
    static func inlineSVG(_ document: String, prefix: String) -> String {
        var text = Substring(document)
        if text.hasPrefix("<?xml"), let end = text.firstIndex(of: "\n") {
            text = text[text.index(after: end)...]
        }
        var out = String(text)
        var names: [String] = []
        var rest = out[...]
        while let range = rest.range(of: " id=\"") {
            let tail = rest[range.upperBound...]
            guard let close = tail.firstIndex(of: "\"") else { break }
            names.append(String(tail[..<close]))
            rest = tail[close...]
        }
        for name in Set(names).sorted() {
            out = out.replacingOccurrences(of: " id=\"\(name)\"", with: " id=\"\(prefix)-\(name)\"")
                .replacingOccurrences(of: "url(#\(name))", with: "url(#\(prefix)-\(name))")
        }
        return out
    }
}
