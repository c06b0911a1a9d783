#!/usr/bin/env python3
"""Check validate-model's machine-readable reports with real third-party consumers:
the JSON report of every scorable fixture against Fixtures/schema/report.schema.json
(`jsonschema`), and the JUnit XML through `junitparser`, whose counts must equal the JSON
report's. Usage: check-reports.py path/to/validate-model [repo root]. Exit 1 on any problem."""
import glob
import json
import os
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator
from junitparser import JUnitXml

tool = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else "."
with open(f"{root}/Fixtures/schema/report.schema.json", encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
with open(f"{root}/Fixtures/expectations.json", encoding="utf-8") as f:
    expectations = json.load(f)["fixtures"]

problems = 0
checked = 0
for name, expected in sorted(expectations.items()):
    if expected["exitCode"] == 2:
        continue
    path = f"{root}/Fixtures/{name}"
    with tempfile.TemporaryDirectory() as tmp:
        report_json = os.path.join(tmp, "report.json")
        report_xml = os.path.join(tmp, "report.xml")
        for fmt, out in (("json", report_json), ("junit", report_xml)):
            p = subprocess.run([tool, path, "--format", fmt, "--output", out], capture_output=True, text=True)
            if p.returncode != expected["exitCode"]:
                print(f"{name} --format {fmt}: exit {p.returncode}, expected {expected['exitCode']}"); problems += 1
            if p.stdout.strip() != expected["summary"]:
                print(f"{name} --format {fmt}: summary line differs: {p.stdout.strip()!r}"); problems += 1
        with open(report_json, encoding="utf-8") as f:
            report = json.load(f)
        errors = list(validator.iter_errors(report))
        for e in errors[:3]:
            print(f"{name}: JSON report: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        problems += len(errors)
        xml = JUnitXml.fromfile(report_xml)
        tests = failures = skipped = 0
        for suite in xml:
            for case in suite:
                tests += 1
                kinds = {type(r).__name__ for r in case.result}
                failures += "Failure" in kinds
                skipped += "Skipped" in kinds
        s = report["summary"]
        want = (s["scored"] + s["missing"], s["fail"], s["missing"])
        if (tests, failures, skipped) != want:
            print(f"{name}: JUnit counts (tests, failures, skipped) = {(tests, failures, skipped)}, JSON report says {want}"); problems += 1
        checked += 1
print(f"reports checked: {checked} fixtures x (json, junit); problems: {problems}")
sys.exit(1 if problems else 0)
