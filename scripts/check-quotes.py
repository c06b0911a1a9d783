#!/usr/bin/env python3
"""Check every golden record's `quote` against its paper's text.

    python3 scripts/check-quotes.py [--papers DIR] [--root REPO]

The texts are `paper.file` under DIR (default: `../shared/papers/` relative to the repository
root). When DIR or a paper's text is absent the script says so and exits 0 (CI runs it whenever
the texts are present). Otherwise it exits 1 when a quote is not found, printing for each: the
golden file, the record id, the first unmatched piece of the quote and the nearest passage of the
text (difflib), so that a human can fix the quote.

A quote is found when its canonical form is a substring of the text's canonical form. The
canonical form changes typography only; words and numbers are never changed:

1. whitespace is not compared (all whitespace, no-break and thin spaces included, is dropped);
2. LaTeX markup is not compared: `$`, braces, `\\text`/`\\mathrm`/`\\rm`/... and layout commands
   are dropped, so `$>210 \\text{ mAh g}^{-1}$` reads like `>210 mAh g^-1`; `\\%` is `%`; symbol
   commands become their character (`\\sim` ~, `\\approx` ≈, `\\times` ×, `\\pm` ±, `\\cdot` ·,
   `\\circ`/`\\degree` °, `\\mu` µ, `\\AA` Å, Greek letters); `\\tag{3}` reads `(3)`;
3. super/subscript markup is not compared: `^`, `_` are dropped and Unicode super/subscript
   digits and signs read as plain ones (`g^{-1}` = `g^-1` = `g⁻¹`; `Li_6PS_5Cl` = `Li₆PS₅Cl`);
4. one character per symbol: all dashes (- − – — ‐ and LaTeX `--`) read `-`; ‘ ’ read `'`,
   “ ” read `"`; µ (micro) and μ (mu) are one; ∼ reads ~;
5. markdown emphasis `*` is dropped.

Elisions and joins: a quote that leaves words out, or runs across a caption, a page break or a
footnote inserted mid-sentence, carries the marker ` […] ` at each cut. Each piece must be found,
in order, the next starting at most papertext.MAX_GAP characters of text after the previous one
ends (or, where the file holds the continuation earlier, at most MAX_GAP before it starts);
pieces are at least papertext.MIN_PIECE canonical characters; `printed` must lie within one
piece. The full rules are in papertext.py and docs/golden-format.md ("Quote check").
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import papertext  # noqa: E402


def check_record(paper, rec):
    """None when the quote is found, else a message."""
    quote = rec["quote"]
    pieces = quote.split("[…]")
    if len(pieces) > 1:
        if papertext.ELISION not in quote and not all(
                p.endswith(" ") for p in pieces[:-1]):
            return "marker must be written ' […] ' (a space on each side)"
        for p in pieces:
            if len(papertext.canonical(p)[0]) < papertext.MIN_PIECE:
                return f"piece {p.strip()!r} is shorter than {papertext.MIN_PIECE} characters"
        if not any(rec["printed"] in p for p in pieces):
            return f"printed {rec['printed']!r} is not within one piece of the quote"
    placements, failure = paper.find_quote(quote)
    if placements:
        return None
    k, piece, cfrom = failure
    if k == 0:
        near = paper.nearest(piece)
    else:
        near = paper.nearest(piece, cfrom, window=papertext.MAX_GAP + 2 * len(piece))
    where = "" if len(pieces) == 1 else f" (piece {k + 1} of {len(pieces)})"
    return (f"quote not found{where}\n    unmatched: {piece.strip()}\n"
            f"    nearest:   {' '.join(near.split())}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", help="directory of the paper texts")
    ap.add_argument("--root", default=papertext.repo_root(), help="repository root")
    args = ap.parse_args()
    papers_dir = args.papers or papertext.default_papers_dir(args.root)
    if not os.path.isdir(papers_dir):
        print(f"check-quotes: paper texts not present ({papers_dir}); nothing checked")
        return 0
    failures = 0
    total = 0
    for path, data in papertext.load_golden(args.root):
        rel = os.path.relpath(path, args.root)
        tpath = os.path.join(papers_dir, data["paper"]["file"])
        if not os.path.isfile(tpath):
            print(f"check-quotes: {rel}: text {data['paper']['file']} not present; skipped")
            continue
        paper = papertext.Paper(tpath)
        for rec in data["records"]:
            total += 1
            msg = check_record(paper, rec)
            if msg:
                failures += 1
                print(f"{rel}: {rec['id']}: {msg}")
    print(f"check-quotes: {total} records, {failures} quote(s) not found")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
