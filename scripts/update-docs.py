#!/usr/bin/env python3
"""Rewrites the numbers in the README and the paper guides that follow from Golden/*.json, and
the README's sample output, which follows from the tool: scripts/update-derived.sh runs it.

    scripts/update-docs.py PATH/TO/validate-model           # rewrite
    scripts/update-docs.py PATH/TO/validate-model --check   # exit 1 naming the stale files

What it owns (nothing else in those files is touched):
- README.md: "Papers covered (N golden records)", the records column of the papers table (the row
  whose guide is docs/<key>-….md), and the text between "$ swift run validate-model
  Fixtures/other-units.json" and the end of that code block (the command's output, run now);
- docs/<key>-*.md: the parenthesis after the link to Golden/<key>.json, on a line of its own,
  "(N records: a parameter, b measured, …; k carry a discrepancy)".
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND_WORDS = [("parameter", "parameter"), ("measured", "measured"), ("computed", "computed"),
              ("claim", "claim"), ("observation", "observation")]


def papers():
    """{key: records} for every golden file."""
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "Golden", "*.json"))):
        doc = json.load(open(path, encoding="utf-8"))
        out[doc["paper"]["key"]] = doc["records"]
    return out


def breakdown(records):
    kinds = collections.Counter(r["kind"] for r in records)
    parts = [f"{kinds[k]} {word}" for k, word in KIND_WORDS if kinds[k]]
    discrepancies = sum(1 for r in records if "discrepancy" in r)
    text = f"{len(records)} records: " + ", ".join(parts)
    if discrepancies:
        text += f"; {discrepancies} {'carries' if discrepancies == 1 else 'carry'} a discrepancy"
    return f"({text})"


def sample_output(tool):
    run = subprocess.run([tool, "Fixtures/other-units.json"], cwd=ROOT, capture_output=True,
                         text=True)
    assert run.returncode == 0, f"the README's sample run exits {run.returncode}: {run.stderr}"
    return run.stdout


def rewrite_readme(text, golden, tool):
    total = sum(len(r) for r in golden.values())
    text = re.sub(r"Papers covered \(\d[\d,]* golden records\)",
                  f"Papers covered ({total} golden records)", text)

    def row(m):
        key = m.group(3)
        if key not in golden:
            return m.group(0)
        return f"{m.group(1)}{len(golden[key])}{m.group(2)}"
    text = re.sub(r"(\| )\d+( \| \[[^\]]+\]\(docs/([a-z]+\d{4})-[^)]*\.md\) \|)", row, text)
    command = "$ swift run validate-model Fixtures/other-units.json\n"
    start = text.index(command) + len(command)
    end = text.index("```", start)
    return text[:start] + sample_output(tool) + text[end:]


def rewrite_guide(text, key, records):
    link = rf"(\[`Golden/{key}\.json`\]\(\.\./Golden/{key}\.json\))\s*\(\d+ records[^)]*\)"
    new, n = re.subn(link, lambda m: f"{m.group(1)}\n{breakdown(records)}", text)
    return new if n else text


def main():
    if len(sys.argv) < 2 or sys.argv[2:] not in ([], ["--check"]):
        sys.exit("usage: scripts/update-docs.py PATH/TO/validate-model [--check]")
    tool, check = sys.argv[1], sys.argv[2:] == ["--check"]
    golden = papers()
    targets = {"README.md": lambda t: rewrite_readme(t, golden, tool)}
    for key, records in golden.items():
        for guide in glob.glob(os.path.join(ROOT, "docs", f"{key}-*.md")):
            targets[os.path.relpath(guide, ROOT)] = (
                lambda t, key=key, records=records: rewrite_guide(t, key, records))
    stale = []
    for name, rewrite in targets.items():
        path = os.path.join(ROOT, name)
        old = open(path, encoding="utf-8").read()
        new = rewrite(old)
        if new != old:
            stale.append(name)
            if not check:
                open(path, "w", encoding="utf-8").write(new)
    if check and stale:
        sys.exit(f"stale: {', '.join(stale)}; run scripts/update-derived.sh")
    for name in stale:
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
