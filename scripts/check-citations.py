#!/usr/bin/env python3
"""Check the citations with real third-party parsers: `validate-model --cite` (no output file, so
every shipped paper) must print BibTeX that `bibtexparser` (v2) reads without a failed block, with
exactly one `@article` per golden file, keyed by its paper key, carrying author, title, journal,
year, volume, pages (a range or an article number) and the golden file's `doi`; every author must
split into a last and a first name. CITATION.cff, read with PyYAML, must list the same papers under
`references` (type article, same DOIs) with the same authors, title, journal, volume, year and
pages as the BibTeX entries, so the two citation routes cannot drift apart.
Usage: check-citations.py path/to/validate-model [repo root]. Exit 1 on any problem."""
import glob
import json
import re
import subprocess
import sys

import bibtexparser
import yaml
from bibtexparser import middlewares

tool = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else "."
problems = 0

REQUIRED = ("author", "title", "journal", "year", "volume", "pages", "doi")


def problem(message):
    global problems
    print(message)
    problems += 1


def plain(text):
    """A title as a reader sees it: no protecting braces, TeX dashes and quotes as characters."""
    text = text.replace("{", "").replace("}", "").replace("---", "—").replace("--", "–")
    return re.sub(r"[`‘’]", "'", " ".join(text.split()))


golden = {}
for path in sorted(glob.glob(f"{root}/Golden/*.json")):
    with open(path, encoding="utf-8") as f:
        paper = json.load(f)["paper"]
    golden[paper["key"]] = paper
    if "bibtex" not in paper:
        problem(f"{path}: the paper block has no bibtex field")
    if "doi" not in paper:
        problem(f"{path}: the paper block has no doi field")

run = subprocess.run([tool, "--cite"], capture_output=True, text=True, cwd=root)
if run.returncode != 0 or run.stderr:
    problem(f"validate-model --cite: exit {run.returncode}, stderr {run.stderr!r}")
library = bibtexparser.parse_string(
    run.stdout, append_middleware=[middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()])
for block in library.failed_blocks:
    problem(f"--cite: bibtexparser could not read a block ({type(block).__name__}): "
            f"{block.raw[:80]!r}")
if library.comments:
    problem(f"--cite: {len(library.comments)} comment(s), such as the @misc fallback's note")
entries = {entry.key: entry for entry in library.entries}
if len(library.entries) != 5 or len(entries) != 5:
    problem(f"--cite: {len(library.entries)} entries ({len(entries)} keys), expected 5")
if set(entries) != set(golden):
    problem(f"--cite: entry keys {sorted(entries)}, golden paper keys {sorted(golden)}")

bibtex = {}  # doi -> (key, fields) for the CITATION.cff comparison
for key, entry in sorted(entries.items()):
    fields = {name: field.value for name, field in entry.fields_dict.items()}
    if entry.entry_type.lower() != "article":
        problem(f"{key}: @{entry.entry_type}, expected @article")
    for name in REQUIRED:
        if not fields.get(name):
            problem(f"{key}: no {name}")
    if not all(isinstance(fields.get(name, ""), str) for name in REQUIRED if name != "author"):
        problem(f"{key}: a field did not parse as text")
        continue
    if key in golden and fields.get("doi") != golden[key].get("doi"):
        problem(f"{key}: doi {fields.get('doi')!r}, the golden file's is {golden[key].get('doi')!r}")
    for name, pattern, expected in [("year", r"(19|20)[0-9]{2}", "a year"),
                                    ("volume", r"[0-9]+", "a number"),
                                    ("pages", r"[0-9]+(--[0-9]+)?", "a range a--b or an article number")]:
        if fields.get(name) and not re.fullmatch(pattern, fields[name]):
            problem(f"{key}: {name} {fields[name]!r}, expected {expected}")
    fields["author"] = fields.get("author") or []
    for name in fields["author"]:
        if not name.last or not name.first:
            problem(f"{key}: author {name!r} lacks a last or a first name ('Last, First' form)")
    bibtex[fields.get("doi")] = (key, fields)

with open(f"{root}/CITATION.cff", encoding="utf-8") as f:
    cff = yaml.safe_load(f)
if cff.get("type") != "software" or not cff.get("title") or not cff.get("authors"):
    problem("CITATION.cff: the software metadata (type, title, authors) are missing")
references = cff.get("references") or []
dois = [str(r.get("doi")) for r in references]
if sorted(dois) != sorted(p.get("doi") for p in golden.values()) or len(set(dois)) != len(dois):
    problem(f"CITATION.cff: reference DOIs {sorted(dois)}, "
            f"golden DOIs {sorted(p.get('doi') for p in golden.values())}")
for reference in references:
    doi = str(reference.get("doi"))
    if reference.get("type") != "article":
        problem(f"CITATION.cff {doi}: type {reference.get('type')!r}, expected article")
    if doi not in bibtex:
        continue
    key, fields = bibtex[doi]
    pages = str(reference.get("start", ""))
    if "end" in reference:
        pages += f"--{reference['end']}"
    names = [(" ".join(n.last), " ".join(n.first)) for n in fields["author"]]
    cff_names = [(a.get("family-names"), a.get("given-names")) for a in reference.get("authors") or []]
    pairs = [
        ("title", plain(str(reference.get("title"))), plain(fields.get("title", ""))),
        ("journal", reference.get("journal"), fields.get("journal", "")),
        ("volume", str(reference.get("volume")), fields.get("volume", "")),
        ("issue", str(reference.get("issue", "")), fields.get("number", "")),
        ("year", str(reference.get("year")), fields.get("year", "")),
        ("pages", pages, fields.get("pages", "")),
        ("authors", cff_names, names),
    ]
    for name, cff_value, bib_value in pairs:
        if cff_value != bib_value:
            problem(f"CITATION.cff {doi}: {name} {cff_value!r}, --cite ({key}) has {bib_value!r}")

print(f"--cite: {len(entries)} entries parsed by bibtexparser {bibtexparser.__version__}; "
      f"CITATION.cff: {len(references)} references; problems: {problems}")
sys.exit(1 if problems else 0)
