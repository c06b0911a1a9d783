#!/usr/bin/env python3
"""Census of the quantitative statements of each paper that no golden record holds.

    python3 scripts/census.py [--papers DIR] [--paper KEY] [--json] [--summary]

For each paper (Golden/<key>.json, text `paper.file` under DIR, default `../shared/papers/`
relative to the repository root) the script lists every number occurrence of the text that is
neither *recorded* nor *excluded*. Exit 1 when anything is unrecorded or an exclusion file is
wrong (the CI mode), 0 otherwise; when the texts are absent it says so and exits 0.

Number occurrences. The text is read in its display form (papertext.canonical(display=True):
LaTeX markup dropped, dashes, quotes and mu unified, whitespace runs one space, super/subscripts
kept as `^`/`_`). An occurrence is a run NUM (SEP NUM)*, where NUM is digits with optional
thousands commas and decimals (`1,000`, `0.35`, `.5`) and SEP is `-` (any dash), `:`, `±`, `~`
or `×`, with optional spaces around `±` and `×`: so `85:15:3:1.5`, `1-2`, `3.5-4.25`, `5 ± 0.2`
and `2 × 2` are one occurrence each. A run does not count when
  - it is part of an identifier: glued to a letter, digit, `_` or `.` before it (`Li6PS5Cl`,
    `NCM811`, `LiNi0.90Co0.05Mn0.05O2`, `S12a`), or after a letter and a hyphen (`AR-100`,
    `SU-8030`, `F-43m`), or followed by letters and a digit (`450F1`), by `D` (`3D`) or by an
    orbital letter or θ (`Ag 3d`, `C 1s`, `2θ`), or it continues a run glued to something
    before it (the `11` of `failure.9-11`); a run is read whole
    (`2022M3J1A1085397` is one identifier, not `202`);
  - it is a super/subscript or a citation mark: `^`/`_` followed by a signed integer or a list
    of integers, daggers allowed (`g^-1`, `Li_2S`, `ASSBs^1`, `^{3-5}`, `^{10,11}`, `^{†,1}`),
    `^[…]`, and bracketed lists of integers (`[12]`, `[3-5, 9]`); a decimal in an exponent
    (`e^{-6.54 T_m/T}`) counts;
  - it is a label: the numbers after Fig./Figs./Figure(s)/Table(s)/Scheme(s)/Ref(s)./Eq(s)./
    eqn(s)/Equation(s)/Note(s)/Section(s)/Movie(s)/Video(s)/Model(s) (optionally
    "Supplementary"; `Model 4` names an electrode design), with their panel
    letters and lists (`Fig. 3b,c`, `Figs. 6 and 7`, `Supplementary Table 1`), or an integer
    alone in parentheses (an equation or list number, `(3)`);
  - it is part of a URL, DOI or ORCID, or of a heading's number (`3.1 Design …` at the start of a
    heading line).
Everything else counts: values with units, percentages, ratios, temperatures, pressures, times,
cycle counts, and also bare counts and years in running text (exclude those by hand).

Recorded: a record's quote is found in the text (the check-quotes matcher, every placement) and
its `printed` (every place it stands in the quote) overlaps the occurrence in the text.

Excluded: Golden/census/<key>.exclusions.json (see docs/golden-format.md, "Census exclusions"):
    {"formatVersion": 1, "paper": "<key>", "exclusions": [ENTRY, ...]}
an ENTRY is either {"context": "<snippet of the text>", "reason": R, "note": "…"} (the snippet,
compared in canonical form, must occur exactly once; it excludes the occurrences inside it) or
{"fromHeading": "<heading as the census prints it>" | null, "toHeading": … | null, "reason": R,
"note": "…"} (from the fromHeading line, or the start of the text, up to the toHeading line,
or the end). A `repeat-of` entry also has "recordId" (a record of this paper). R is one of REASONS.
Every entry must match the text and exclude at least one occurrence (a stale entry is an error).
"""
import argparse
import bisect
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import papertext  # noqa: E402

REASONS = {
    "reference-list": "the reference list (titles, volumes, pages, years)",
    "affiliation": "author list, affiliations, addresses, e-mail, ORCID",
    "citation-metadata": "received/accepted/published dates, DOI, journal page numbers, licence",
    "acknowledgements": "acknowledgements, funding and grant numbers, author contributions",
    "figure-panel-label": "a label of a figure panel or axis, not a statement",
    "citation-mark": "a reference number printed in the running text (`Si, 23,24 Ge 25`)",
    "identifier": "a sample name, formula or model number",
    "repeat-of": "repeats the value of a record (recordId) in other words",
    "not-quantitative": "a number that states no quantity (an ordinal, a list index)",
    "outside-scope": "a quantity the suite does not record; the note says why",
}
ENTRY_KEYS = {"context", "fromHeading", "toHeading", "reason", "note", "recordId"}

NUM = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)"
OCC = re.compile(r"(?<![\w.])(?<![A-Za-z]-)(?<!\d[-:~,])" + NUM + r"(?:(?:[-:~]|\s?[±×]\s?)" + NUM + r")*"
                 r"(?![\d])(?![.,]\d)(?![A-Za-z]+\d)(?!D\b)(?![spdfθ](?![A-Za-z]))")
LABEL_WORDS = (r"(?:Supplementary\s+)?(?:Figs?\.|Figures?|Tables?|Schemes?|Refs?\.|refs?\.|"
               r"Eqs?\.|Eqns?\.?|eqns?\.?|Equations?|Notes?|Sections?|Movies?|Videos?|Models?)")
LABEL_ITEM = r"S?\d+(?:\.\d+)?[a-zA-Z]?(?:\s?[-,]\s?[a-zA-Z](?![a-zA-Z]))*"
SCRIPT_ITEM = r"(?:[-+]?\d+(?:-\d+)?|[†‡§*]+)"
MASKS = [
    re.compile(r"\b" + LABEL_WORDS + r"\s?\(?\s?" + LABEL_ITEM
               + r"(?:\s?(?:,|-|and|&)\s?" + LABEL_ITEM + r")*"),
    re.compile(r"[\^_]\s?\[[^\]]*\]"),
    re.compile(r"[\^_]\s?" + SCRIPT_ITEM + r"(?:," + SCRIPT_ITEM + r")*(?!\.?\d)"),
    re.compile(r"\[\d+(?:\s?[,-]\s?\d+)*\]"),
    re.compile(r"\(\d+\)"),
    re.compile(r"\S*(?:doi|https?:|www\.|orcid|10\.\d{4,}/)\S*", re.I),
]


def heading_lines(text):
    """[(offset, line)] of the lines that read as headings: a paragraph of one line (a blank line,
    or the start or end of the text, on both sides) of at most 90 characters in display form,
    with no final period, comma or colon, not a display equation ($$…$$), caption, DOI or e-mail
    line, starting with a capital letter or a digit, and standing only once in the text. The
    heading is named by its display form (LaTeX markup dropped)."""
    out = []
    lines = text.split("\n")
    pos = 0
    for k, line in enumerate(lines):
        st = line.strip()
        shown = papertext.canonical(st, display=True)[0].strip()
        alone = (k == 0 or not lines[k - 1].strip()) and (k + 1 == len(lines) or not lines[k + 1].strip())
        if (shown and alone and len(shown) <= 90 and not shown.endswith((".", ",", ":"))
                and not st.startswith("$$")
                and not re.match(r"(Fig\.|Figure|Table|Scheme)\s|(DOI|E-mail)\b", shown)
                and re.match(r"[A-Z0-9]", shown)):
            out.append((pos + line.find(st), shown))
        pos += len(line) + 1
    # a line that stands more than once is a running head ("Paper"), not a heading
    return [(o, h) for o, h in out if sum(1 for _, g in out if g == h) == 1]


class Census:
    def __init__(self, paper, data, exclusions, exclusions_path):
        self.paper = paper
        self.data = data
        self.errors = []
        self.display, self.dorigin = papertext.canonical(paper.text, display=True)
        self.headings = heading_lines(paper.text)
        self.occurrences = self._tokenise()
        self.covered = self._covered_spans()
        self.exclusions = exclusions
        self.exclusions_path = exclusions_path

    # -- occurrences ---------------------------------------------------------------------
    def _tokenise(self):
        d = self.display
        masked = list(d)
        for rx in MASKS:
            for m in rx.finditer(d):
                for k in range(m.start(), m.end()):
                    masked[k] = "\x00"
        heading_starts = {o for o, _ in self.headings}
        mtext = "".join(masked)
        occ = []
        for m in OCC.finditer(mtext):
            a = self.dorigin[m.start()]
            b = self.dorigin[m.end() - 1] + 1
            if a in heading_starts:  # a heading's own number ("3.1 Design …")
                continue
            occ.append({"start": a, "end": b, "text": m.group(0)})
        return occ

    def _covered_spans(self):
        spans = []  # (start, end, record id) in original text
        for rec in self.data["records"]:
            placements, _ = self.paper.find_quote(rec["quote"])
            pieces = rec["quote"].split(papertext.ELISION.strip())
            for placement in placements:
                for piece, (cs, ce) in zip(pieces, placement):
                    pc, porigin = papertext.canonical(piece)
                    i = piece.find(rec["printed"])
                    while i >= 0:
                        idx = [k for k, o in enumerate(porigin) if i <= o < i + len(rec["printed"])]
                        if idx:
                            a, b = self.paper.orig_span(cs + idx[0], cs + idx[-1] + 1)
                            spans.append((a, b, rec["id"]))
                        i = piece.find(rec["printed"], i + 1)
        return spans

    # -- exclusions ----------------------------------------------------------------------
    def _exclusion_spans(self):
        spans = []
        ex = self.exclusions
        where = self.exclusions_path
        if ex is None:
            return spans
        if not isinstance(ex, dict) or set(ex) != {"formatVersion", "paper", "exclusions"}:
            self.errors.append(f"{where}: must be an object with exactly formatVersion, paper, exclusions")
            return spans
        if ex["formatVersion"] != 1:
            self.errors.append(f"{where}: formatVersion must be 1")
        if ex["paper"] != self.data["paper"]["key"]:
            self.errors.append(f"{where}: paper is {ex['paper']!r}, expected {self.data['paper']['key']!r}")
        ids = {r["id"] for r in self.data["records"]}
        heads = [h for _, h in self.headings]
        for n, e in enumerate(ex["exclusions"], 1):
            tag = f"{where}: exclusion {n}"
            if not isinstance(e, dict):
                self.errors.append(f"{tag}: not an object")
                continue
            unknown = set(e) - ENTRY_KEYS
            if unknown:
                self.errors.append(f"{tag}: unknown field(s) {sorted(unknown)}")
            reason = e.get("reason")
            if reason not in REASONS:
                self.errors.append(f"{tag}: reason {reason!r} is not one of {sorted(REASONS)}")
            if not isinstance(e.get("note"), str) or (reason == "outside-scope" and not e["note"].strip()):
                self.errors.append(f"{tag}: note must be a string (non-empty for outside-scope)")
            if reason == "repeat-of":
                if e.get("recordId") not in ids:
                    self.errors.append(f"{tag}: recordId {e.get('recordId')!r} is not a record of this paper")
            elif "recordId" in e:
                self.errors.append(f"{tag}: recordId only goes with repeat-of")
            if "context" in e:
                if "fromHeading" in e or "toHeading" in e:
                    self.errors.append(f"{tag}: context and fromHeading/toHeading exclude each other")
                    continue
                c = papertext.canonical(e["context"])[0]
                if not c:
                    self.errors.append(f"{tag}: empty context")
                    continue
                first = self.paper.canon.find(c)
                if first < 0:
                    self.errors.append(f"{tag}: context not found in the text (stale): {e['context']!r}")
                    continue
                if self.paper.canon.find(c, first + 1) >= 0:
                    self.errors.append(f"{tag}: context occurs more than once; make it longer: {e['context']!r}")
                    continue
                a, b = self.paper.orig_span(first, first + len(c))
            elif "fromHeading" in e and "toHeading" in e:
                a, b = 0, len(self.paper.text)
                fh, th = e["fromHeading"], e["toHeading"]
                if fh is not None:
                    if heads.count(fh) != 1:
                        self.errors.append(f"{tag}: fromHeading {fh!r} is not exactly one heading line")
                        continue
                    a = self.headings[heads.index(fh)][0]
                if th is not None:
                    if heads.count(th) != 1:
                        self.errors.append(f"{tag}: toHeading {th!r} is not exactly one heading line")
                        continue
                    b = self.headings[heads.index(th)][0]
                if b <= a:
                    self.errors.append(f"{tag}: toHeading comes before fromHeading")
                    continue
            else:
                self.errors.append(f"{tag}: needs context, or both fromHeading and toHeading")
                continue
            spans.append((a, b, n))
        return spans

    def run(self):
        ex_spans = self._exclusion_spans()
        used = set()
        rows = []
        for o in self.occurrences:
            rec = [r for a, b, r in self.covered if a < o["end"] and o["start"] < b]
            exc = [n for a, b, n in ex_spans if a <= o["start"] and o["end"] <= b]
            used.update(exc)
            status = "recorded" if rec else "excluded" if exc else "unrecorded"
            rows.append(dict(o, status=status, records=sorted(set(rec)), section=self.section(o["start"])))
        for a, b, n in ex_spans:
            if n not in used:
                self.errors.append(f"{self.exclusions_path}: exclusion {n} excludes no number occurrence (stale)")
        return rows

    def section(self, offset):
        starts = [o for o, _ in self.headings]
        k = bisect.bisect_right(starts, offset) - 1
        return self.headings[k][1] if k >= 0 else "(opening, before the first heading)"

    def context(self, o, width=60):
        t = self.paper.text
        a = max(0, o["start"] - width)
        b = min(len(t), o["end"] + width)
        s = " ".join(t[a:b].split())
        return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", help="directory of the paper texts")
    ap.add_argument("--root", default=papertext.repo_root(), help="repository root")
    ap.add_argument("--paper", help="only this paper key")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--summary", action="store_true", help="only the counts table")
    args = ap.parse_args()
    papers_dir = args.papers or papertext.default_papers_dir(args.root)
    if not os.path.isdir(papers_dir):
        print(f"census: paper texts not present ({papers_dir}); nothing checked")
        return 0
    results = []
    errors = []
    golden = papertext.load_golden(args.root)
    if args.paper and args.paper not in [d["paper"]["key"] for _, d in golden]:
        print(f"census: no golden file for paper {args.paper!r}")
        return 2
    for path, data in golden:
        key = data["paper"]["key"]
        if args.paper and key != args.paper:
            continue
        tpath = os.path.join(papers_dir, data["paper"]["file"])
        if not os.path.isfile(tpath):
            print(f"census: text of {key} ({data['paper']['file']}) not present; skipped")
            continue
        expath = os.path.join(args.root, "Golden", "census", f"{key}.exclusions.json")
        exrel = os.path.relpath(expath, args.root)
        exclusions = None
        if os.path.isfile(expath):
            try:
                with open(expath, encoding="utf-8") as f:
                    exclusions = json.load(f)
            except ValueError as err:
                errors.append(f"{exrel}: not JSON: {err}")
        c = Census(papertext.Paper(tpath), data, exclusions, exrel)
        rows = c.run()
        errors.extend(c.errors)
        for r in rows:
            r["context"] = c.context(r)
        counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("recorded", "excluded", "unrecorded")}
        results.append({"paper": key, "counts": {"occurrences": len(rows), **counts},
                        "unrecorded": [dict(section=r["section"], text=r["text"], offset=r["start"],
                                            context=r["context"]) for r in rows if r["status"] == "unrecorded"]})
    if args.json:
        print(json.dumps({"papers": results, "errors": errors}, ensure_ascii=False, indent=2))
    else:
        if not args.summary:
            for res in results:
                print(f"== {res['paper']}: {res['counts']['unrecorded']} unrecorded")
                section = None
                for u in res["unrecorded"]:
                    if u["section"] != section:
                        section = u["section"]
                        print(f"  -- {section}")
                    print(f"     {u['text']:<14} …{u['context']}…")
        print(f"{'paper':<10} {'occurrences':>11} {'recorded':>9} {'excluded':>9} {'unrecorded':>10}")
        for res in results:
            c = res["counts"]
            print(f"{res['paper']:<10} {c['occurrences']:>11} {c['recorded']:>9} "
                  f"{c['excluded']:>9} {c['unrecorded']:>10}")
        for e in errors:
            print(f"error: {e}")
    return 1 if errors or any(r["counts"]["unrecorded"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
