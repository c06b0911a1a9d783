#!/usr/bin/env python3
"""Prints, for every fixture, the answer validate-model gives now, beside the one
Fixtures/expectations.json records; with --write, records the new answers.

An answer is the exit code and either the one stderr line (exit 2) or the summary line (exit
0/1). Review every difference before writing: the expectations are the suite's promises, so a
changed answer must be a deliberate change of rule, named in the commit.

Usage: scripts/regenerate-expectations.py PATH/TO/validate-model [--write]
"""
import glob
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tool, write = sys.argv[1], "--write" in sys.argv[2:]
path = os.path.join(root, "Fixtures/expectations.json")
doc = json.load(open(path, encoding="utf-8"))
names = sorted(os.path.relpath(f, os.path.join(root, "Fixtures"))
               for pattern in ("*.json", "invalid/*.json", "hostile/*.json")
               for f in glob.glob(os.path.join(root, "Fixtures", pattern))
               if not f.endswith("expectations.json"))
answers, changed = {}, 0
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
        print(f"## {name}\n   was: {old}\n   now: {answer}")
    answers[name] = answer
print(f"{len(answers)} fixtures, {changed} answers differ")
if write:
    doc["fixtures"] = answers
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
