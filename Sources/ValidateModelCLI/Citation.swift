import GoldenRecords

/// `--cite`: BibTeX for the papers whose golden records were used, so users cite the data they
/// validate against. A paper's `bibtex` field is printed as is; without one, an `@misc` entry is
/// built from the citation and DOI.
enum Citation {
    static func bibtex(_ papers: [Paper]) -> String {
        papers.map { paper in
            if let entry = paper.bibtex { return entry }
            var fields = ["  note = {\(paper.citation)}"]
            if let doi = paper.doi { fields.append("  doi = {\(doi)}") }
            return "@misc{\(paper.key),\n" + fields.joined(separator: ",\n") + "\n}"
        }.joined(separator: "\n\n")
    }
}
