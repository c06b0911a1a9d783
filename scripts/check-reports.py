#!/usr/bin/env python3
"""Check validate-model's machine-readable reports with real third-party consumers:
the JSON report of every scorable fixture (exit 0 or 1 in Fixtures/expectations.json) against
Fixtures/schema/report.schema.json (`jsonschema`), and the JUnit XML through `junitparser`, whose
counts must equal the JSON report's. For each fixture also: the exit code and summary line of
every run (text, json, junit) are the expected ones, the report's `summary.exitCode` is the
process exit code, `summary.line` is the last stdout line of the text run, and the counts the
schema cannot relate agree (statuses against results, coverage identity). The HTML report
(`--format html`) is parsed with the standard library's html.parser: its tags must balance, it
must hold no active content (script, img, link, on* attributes, …) and no element id twice,
and the counts in its `#summary` element, its result rows and its summary line must be the JSON
report's.
Usage: check-reports.py path/to/validate-model [repo root]. Exit 1 on any problem."""
import json
import os
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

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

FAILURES = ("fail", "not-comparable", "uninformative")
EVIDENCE = ("pass", "other-printing", "documented-reading")

problems = 0
checked = 0


def problem(message):
    global problems
    print(message)
    problems += 1


def counts_agree(name, report):
    """Relations between the report's numbers that a JSON Schema cannot state."""
    s, results = report["summary"], report["results"]
    by_status = {}
    for r in results:
        by_status[r["status"]] = by_status.get(r["status"], 0) + 1
    if any(s["statuses"][k] != by_status.get(k, 0) for k in s["statuses"]):
        problem(f"{name}: summary.statuses {s['statuses']} do not count the results ({by_status})")
    want = {
        "scored": len(results) - s["statuses"]["input-echoed"],
        "failures": sum(s["statuses"][k] for k in FAILURES),
        # A satisfied bound is not evidence (docs/verdicts.md): it says only which side.
        "evidence": sum(1 for r in results
                        if r["status"] in EVIDENCE and "bound" not in r["expected"]),
        "missing": len(report["missing"]),
        "unknown": len(report["unknown"]),
    }
    for key, value in want.items():
        if s[key] != value:
            problem(f"{name}: summary.{key} = {s[key]}, the report's rows give {value}")
    for c in report["coverage"]:
        if c["scored"] + c["missing"] + c["coveredByOtherPrinting"] != c["available"]:
            problem(f"{name}: coverage of {c['paper']}: scored + missing + coveredByOtherPrinting != available ({c})")


VOID = {"meta", "img", "br", "hr", "col", "wbr", "input", "source", "area"}
ACTIVE = {"script", "img", "iframe", "object", "embed", "link", "base", "form", "a", "audio", "video"}


class Page(HTMLParser):
    """Tag balance, active content, and what a check of the HTML report reads."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.active = [], [], []
        self.summary, self.rows, self.line, self._in_line = None, [], "", False
        self.ids = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ACTIVE or any(k.startswith("on") for k, _ in attrs):
            self.active.append(self.get_starttag_text())
        if tag not in VOID:
            self.stack.append(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if a.get("id") == "summary":
            self.summary = a
        if tag == "tr" and "result" in (a.get("class") or "").split():
            self.rows.append((a.get("data-id"), a.get("data-status")))
        self._in_line = a.get("id") == "summary-line"

    def handle_startendtag(self, tag, attrs):
        if tag in ACTIVE or any(k.startswith("on") for k, _ in attrs):
            self.active.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()
        if tag == "p":
            self._in_line = False

    def handle_data(self, data):
        if self._in_line:
            self.line += data


def check_html(name, path, report):
    with open(path, encoding="utf-8") as f:
        page = Page()
        page.feed(f.read())
        page.close()
    if page.stack:
        page.errors.append(f"unclosed elements {page.stack}")
    for e in page.errors[:3]:
        problem(f"{name} --format html: {e}")
    duplicates = sorted({i for i in page.ids if page.ids.count(i) > 1})
    if duplicates:
        problem(f"{name} --format html: element ids used twice: {duplicates[:5]}")
    for t in page.active[:3]:
        problem(f"{name} --format html: active content {t!r}")
    s = report["summary"]
    if page.summary is None:
        problem(f"{name} --format html: no #summary element")
        return
    want = {"data-scored": s["scored"], "data-failures": s["failures"], "data-missing": s["missing"],
            "data-unknown": s["unknown"], "data-exit-code": s["exitCode"], "data-results": len(report["results"]),
            "data-verdict": s["verdict"]}
    want.update({f"data-{k}": v for k, v in s["statuses"].items()})
    for key, value in want.items():
        if page.summary.get(key) != str(value):
            problem(f"{name} --format html: #summary {key}={page.summary.get(key)!r}, the JSON report says {value}")
    if sorted(page.rows) != sorted((r["id"], r["status"]) for r in report["results"]):
        problem(f"{name} --format html: {len(page.rows)} result rows that are not the JSON report's {len(report['results'])}")
    if page.line != s["line"]:
        problem(f"{name} --format html: summary line {page.line!r} is not the JSON report's {s['line']!r}")


for name, expected in sorted(expectations.items()):
    if expected["exitCode"] == 2:
        continue
    path = f"{root}/Fixtures/{name}"
    with tempfile.TemporaryDirectory() as tmp:
        report_json = os.path.join(tmp, "report.json")
        report_xml = os.path.join(tmp, "report.xml")
        report_html = os.path.join(tmp, "report.html")
        codes = {}
        for fmt, out in (("json", report_json), ("junit", report_xml), ("html", report_html)):
            p = subprocess.run([tool, path, "--format", fmt, "--output", out], capture_output=True, text=True)
            codes[fmt] = p.returncode
            if p.returncode != expected["exitCode"]:
                problem(f"{name} --format {fmt}: exit {p.returncode}, expected {expected['exitCode']}")
            if p.stdout.strip() != expected["summary"]:
                problem(f"{name} --format {fmt}: summary line differs: {p.stdout.strip()!r}")
        text = subprocess.run([tool, path], capture_output=True, text=True)
        if text.returncode != expected["exitCode"]:
            problem(f"{name} (text): exit {text.returncode}, expected {expected['exitCode']}")
        text_lines = text.stdout.rstrip("\n").split("\n")
        with open(report_json, encoding="utf-8") as f:
            report = json.load(f)
        errors = list(validator.iter_errors(report))
        for e in errors[:3]:
            print(f"{name}: JSON report: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        problems += len(errors)
        if errors:
            checked += 1
            continue
        s = report["summary"]
        if s["exitCode"] != codes["json"]:
            problem(f"{name}: summary.exitCode = {s['exitCode']}, the process exited {codes['json']}")
        if s["line"] != text_lines[-1]:
            problem(f"{name}: summary.line {s['line']!r} is not the text report's last line {text_lines[-1]!r}")
        counts_agree(name, report)
        check_html(name, report_html, report)
        xml = JUnitXml.fromfile(report_xml)
        tests = failures = skipped = 0
        for suite in xml:
            for case in suite:
                tests += 1
                kinds = {type(r).__name__ for r in case.result}
                failures += "Failure" in kinds
                skipped += "Skipped" in kinds
        # One case per scored row (echoed inputs included), per missing id and per unknown id
        # (a failure, as these runs do not pass --allow-unknown-ids).
        want = (len(report["results"]) + s["missing"] + s["unknown"], s["failures"] + s["unknown"], s["missing"])
        if (tests, failures, skipped) != want:
            problem(f"{name}: JUnit counts (tests, failures, skipped) = {(tests, failures, skipped)}, JSON report says {want}")
        checked += 1
print(f"reports checked: {checked} fixtures x (text, json, junit, html); problems: {problems}")
sys.exit(1 if problems else 0)
