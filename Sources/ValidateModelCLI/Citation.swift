import GoldenRecords

/// `--cite`: BibTeX for the papers whose golden records were used, so users cite the data they
/// validate against. A paper's `bibtex` field is printed as is; every shipped golden file has a
/// complete `@article` there.
///
/// A golden folder of the user's own (`--golden`) may leave `bibtex` out. Such a paper gets an
/// `@misc` entry that claims no more than its file holds: the `citation` text as `note` and the
/// `doi`, under a `%` line (a comment to BibTeX) saying that it is incomplete and needs finishing
/// by hand. Braces in the citation are kept when they balance and dropped otherwise, so one stray
/// brace cannot swallow the entries after it.
enum Citation {
    static func bibtex(_ papers: [Paper]) -> String {
        papers.map { $0.bibtex ?? misc($0) }.joined(separator: "\n\n")
    }

    static func misc(_ paper: Paper) -> String {
        var fields = ["  note = {\(balanced(paper.citation))}"]
        if let doi = paper.doi { fields.append("  doi = {\(balanced(doi))}") }
        return "% \(paper.key): no bibtex in the golden file; made from its citation, complete by hand\n"
            + "@misc{\(paper.key),\n" + fields.joined(separator: ",\n") + "\n}"
    }

    /// `text` if its braces nest properly, else `text` without braces.
    static func balanced(_ text: String) -> String {
        var depth = 0
        for c in text {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            if depth < 0 { break }
        }
        return depth == 0 ? text : text.filter { $0 != "{" && $0 != "}" }
    }
}
