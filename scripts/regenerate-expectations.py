#!/usr/bin/env python3
"""Prints, for every fixture, the answer validate-model gives now, beside the one
Fixtures/expectations.json records; with --write, records the new answers.

An answer is the exit code and either the one stderr line (exit 2) or the summary line (exit
0/1). Review every difference before writing: the expectations are the suite's promises, so a
changed answer must be a deliberate change of rule, named in the commit.

Usage: scripts/regenerate-expectations.py PATH/TO/validate-model [--write | --counts | --check]

--counts writes only the answers that differ from the recorded ones in nothing but the counts of
golden records not in the output (`N not in output`, `N golden ids missing`): what adding or
removing a golden record changes (scripts/update-derived.sh uses it). Any other difference is
printed and left unwritten, and the exit code is 1: review it, then --write.
--check exits 1 when any answer differs (CI, through `scripts/update-derived.sh --check`).
"""
import glob
import json
import os
import re
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tool, mode = sys.argv[1], (sys.argv[2:] or [""])[0]
if mode not in ("", "--write", "--counts", "--check"):
    sys.exit("usage: scripts/regenerate-expectations.py PATH/TO/validate-model "
             "[--write | --counts | --check]")
COUNTS = re.compile(r"\d+(?= not in output| golden ids? missing)")


def counts_only(old, new):
    """True when `new` differs from `old` only in the not-in-output / missing counts."""
    return (old is not None and old.get("exitCode") == new.get("exitCode")
            and set(old) == set(new) and "summary" in new
            and COUNTS.sub("N", old["summary"]) == COUNTS.sub("N", new["summary"]))

path = os.path.join(root, "Fixtures/expectations.json")
doc = json.load(open(path, encoding="utf-8"))
names = sorted(os.path.relpath(f, os.path.join(root, "Fixtures"))
               for pattern in ("*.json", "invalid/*.json", "hostile/*.json")
               for f in glob.glob(os.path.join(root, "Fixtures", pattern))
               if not f.endswith("expectations.json"))
answers, changed, reviewed = {}, 0, 0
for name in names:
    file = os.path.join(root, "Fixtures", name)
    run = subprocess.run([tool, file], capture_output=True, text=True)
    if run.returncode == 2:
        lines = run.stderr.splitlines()
        assert len(lines) == 1, f"{name}: {len(lines)} stderr lines"
        answer = {"exitCode": 2, "stderr": lines[0].replace(file, "{file}")}
    else:
        answer = {"exitCode": run.returncode, "summary": run.stdout.splitlines()[-1]}
    old = doc["fixtures"].get(name)
    if old != answer:
        changed += 1
        if mode == "--counts" and counts_only(old, answer):
            answers[name] = answer
            continue
        reviewed += 1
        print(f"## {name}\n   was: {old}\n   now: {answer}")
        if mode == "--counts":
            answer = old  # left for review
    answers[name] = answer
print(f"{len(answers)} fixtures, {changed} answers differ"
      + (f", {changed - reviewed} only in golden-record counts" if mode == "--counts" else ""))
if mode == "--check" and changed:
    sys.exit("Fixtures/expectations.json is stale: run scripts/update-derived.sh")
if mode == "--counts" and reviewed:
    print("answers that changed more than a count were not written: review them, then run "
          "scripts/regenerate-expectations.py PATH/TO/validate-model --write", file=sys.stderr)
if mode in ("--write", "--counts"):
    doc["fixtures"] = {k: v for k, v in answers.items() if v is not None}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
if mode == "--counts" and reviewed:
    sys.exit(1)
