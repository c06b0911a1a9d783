import Foundation
import Testing
import GoldenRecords
@testable import ValidateModelCLI

/// `--format html`: one self-contained page (docs/verdicts.md "The HTML report").
@Suite("validate-model HTML report")
struct HTMLReportTests {
    static func html(_ arguments: [String]) -> (code: Int32, page: String) {
        let r = FixtureTests.run(arguments + ["--format", "html"])
        return (r.code, r.out.joined(separator: "\n"))
    }

    /// The tags of `page` in order: (name, closing, self-closing, the tag's text).
    static func tags(_ page: String) -> [(name: String, closing: Bool, selfClosing: Bool, text: String)] {
        var tags: [(String, Bool, Bool, String)] = []
        var rest = page[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let text = String(rest[open...close])
            rest = rest[rest.index(after: close)...]
            var body = text.dropFirst().dropLast()
            if body.first == "!" { continue }  // <!DOCTYPE html>
            let closing = body.first == "/"
            if closing { body = body.dropFirst() }
            let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            tags.append((name, closing, body.last == "/", text))
        }
        return tags
    }

    /// Every opened element is closed, in order (void elements aside).
    static func balanced(_ page: String) -> String? {
        var stack: [String] = []
        for tag in tags(page) where !["meta", "br", "hr", "col", "wbr"].contains(tag.name) && !tag.selfClosing {
            if !tag.closing { stack.append(tag.name); continue }
            guard stack.last == tag.name else { return "</\(tag.name)> closes <\(stack.last ?? "nothing")>" }
            stack.removeLast()
        }
        return stack.isEmpty ? nil : "unclosed: \(stack)"
    }

    /// No element or attribute that runs or loads anything.
    static func activeContent(_ page: String) -> [String] {
        tags(page).filter { tag in
            ["script", "img", "iframe", "object", "embed", "link", "base", "form", "a"].contains(tag.name)
                || tag.text.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) != nil
                || tag.text.lowercased().contains("javascript:")
        }.map(\.text)
    }

    @Test func wrongValuesPageHoldsSummaryRowsQuotesAndFigures() throws {
        let (code, page) = Self.html([ReportFormatTests.fixture("wrong-values.json")])
        #expect(code == 1)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
        #expect(page.contains("<h1 id=\"verdict\" class=\"fail\">validate-model: FAIL</h1>"))
        #expect(page.contains(Escape.html(ReportFormatTests.wrongValuesSummary)))
        #expect(page.contains("data-scored=\"5\" data-results=\"5\" data-failures=\"2\""))
        #expect(page.components(separatedBy: "<tr class=\"result ").count - 1 == 5)
        #expect(page.contains("<tr class=\"result fail\" data-id=\"kim2025.energy-density.model4-85wt-60c\" data-status=\"fail\">"))
        // The words of the other formats (Wording), the quote, the figures with the overlay.
        #expect(page.contains("outside the printed range 1–2 ± 0.5 µm"))
        #expect(page.contains("equals the documented reading &#39;as-printed&#39; of the paper&#39;s formula"))
        #expect(page.contains("<blockquote>“Specifically, with 85 wt% AM loading"))
        #expect(page.contains("<figure class=\"figure\" id=\"figure-kim2025-shell-thickness\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        // The plot's own clip-path id (unique per plot), prefixed with the figure id.
        #expect(page.contains("id=\"kim2025-shell-thickness-plot-area-"))
        #expect(page.contains("url(#kim2025-shell-thickness-plot-area-"))
        #expect(!page.contains("<?xml"))
        #expect(page.contains("(overlay)"), "the model's values are drawn")
        #expect(!page.contains("figure-park2022"), "only figures of ids the output touches")
        #expect(Self.balanced(page) == nil, "\(Self.balanced(page) ?? "")")
        #expect(Self.activeContent(page).isEmpty, "\(Self.activeContent(page))")
    }

    /// Every shipped fixture that is scored (hostile probes included) gives a page: the
    /// documented exit code and summary, balanced tags, no active content.
    @Test(arguments: try FixtureTests.expectations().filter { $0.exitCode != 2 })
    func everyScoredFixtureGivesAWellFormedPage(_ e: FixtureTests.Expectation) throws {
        let (code, page) = Self.html([FixtureTests.root.appendingPathComponent("Fixtures/\(e.file)").path])
        #expect(code == e.exitCode)
        if let summary = e.summary { #expect(page.contains("<p id=\"summary-line\">\(Escape.html(summary))</p>")) }
        #expect(Self.balanced(page) == nil, "\(Self.balanced(page) ?? "")")
        #expect(Self.activeContent(page).isEmpty, "\(Self.activeContent(page))")
        #expect(page.utf8.count <= HTMLReport.limit)
    }

    /// A hostile model name and category (drawn into a figure's SVG too) stay text.
    @Test func hostileTextStaysText() throws {
        let category = #""<script>alert(1)</script>\u202e<img src=x onerror=alert(2)>\u0007 ' \" &amp;""#
        let r = try HostileInputTests.run(
            HostileInputTests.output(
                HostileInputTests.good + #", {"id": "park2022.regime.cs3-60c", "value": \#(category)}"#,
                model: HostileInputTests.spoofName),
            ["--format", "html"])
        let page = r.out.joined(separator: "\n")
        #expect(r.code == 1)
        #expect(page.contains("figure-park2022-regime-map"), "the category is drawn in the regime map")
        #expect(Self.activeContent(page).isEmpty, "\(Self.activeContent(page))")
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D })
        #expect(page.contains("\\u{202E}"))
        #expect(Self.balanced(page) == nil, "\(Self.balanced(page) ?? "")")
        #expect(r.out.filter { $0.contains("<h1") }.count == 1)
    }

    @Test func escapeHTML() {
        #expect(Escape.html("a<b & \"c\" 'd'>\n\u{202E}") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;\\u{A}\\u{202E}")
        #expect(Escape.html("plain µm") == "plain µm")
        #expect(Escape.invisibleInMarkup("<text>a\u{202E}b</text>\n") == "<text>a\\u{202E}b</text>\n")
    }

    /// Over the limit, the rows that do not fail go first, then failures after the first that
    /// fit; the page says how many of each it left out and still counts them all.
    @Test func staysUnderItsLimit() throws {
        let output = try ModelOutput.read(file: ReportFormatTests.fixture("wrong-values.json"))
        let catalog = try GoldenCatalog.load()
        let report = try Scorer.score(output, against: catalog)
        let policy = RunVerdict.Policy()
        var context = ReportContext(file: "w.json", modelName: nil, goldenCount: 1,
                                    verdict: RunVerdict(report: report, policy: policy), policy: policy)
        context.figures = FigureSource(output: output, catalog: catalog)
        let full = HTMLReport.render(report, context)
        #expect(full.contains("<tr class=\"result pass\""))
        #expect(!full.contains("id=\"omitted\""))
        let withoutRows = full.utf8.count - 1500
        let small = HTMLReport.render(report, context, limit: withoutRows)
        #expect(small.utf8.count <= withoutRows)
        #expect(small.contains("<p id=\"omitted\" class=\"note\" data-omitted-others=\"3\""))
        #expect(!small.contains("<tr class=\"result pass\""))
        #expect(small.contains("<tr class=\"result fail\""))
        #expect(small.contains("data-scored=\"5\""), "the summary still counts every result")
        #expect(Self.balanced(small) == nil)
        let tiny = HTMLReport.render(report, context, limit: 1000)
        #expect(tiny.contains("data-omitted-others=\"3\" data-omitted-failures=\"2\""))
        #expect(!tiny.contains("<tr class=\"result "))
        #expect(Self.balanced(tiny) == nil)
    }

    /// Without a figure source (the fuzzer's renderings) the page has no figures and no note.
    @Test func noFigureSourceNoFigures() throws {
        let output = try ModelOutput.read(file: ReportFormatTests.fixture("wrong-values.json"))
        let report = try Scorer.score(output, against: GoldenCatalog.load())
        let policy = RunVerdict.Policy()
        let context = ReportContext(file: "w.json", modelName: nil, goldenCount: 1,
                                    verdict: RunVerdict(report: report, policy: policy), policy: policy)
        let page = HTMLReport.render(report, context)
        #expect(!page.contains("<figure"))
        #expect(!page.contains("figures-note"))
        #expect(page.components(separatedBy: "<tr class=\"result ").count - 1 == 5)
    }
}
