#!/usr/bin/env bash
# The HTML report (`validate-model --format html`) in a real browser: Debian's `chromium`,
# headless. For Fixtures/reference-output.json and Fixtures/wrong-values.json it
#   1. writes the report (and the JSON report, for the expected numbers);
#   2. loads the page with --dump-dom: the DOM Chromium built must hold the summary counts of the
#      JSON report (data-* attributes of #summary), one tr.result per JSON result with the same
#      golden ids, one section.paper per paper, at least one inline <svg> figure, the verdict in
#      h1#verdict, and no <script>, <img>, <iframe>, <object>, <embed>, <link> or on* attribute;
#   3. fails on any console message (Chromium's --enable-logging=stderr prints them as
#      ":CONSOLE" lines: a script error, or the page's Content-Security-Policy refusing a script
#      or a fetch); a control page with a failing script is loaded first, so the check is known to
#      catch one;
#   4. takes a screenshot at a desktop width (1280 px) and a phone width (390 px), and prints the
#      page to PDF, kept in the artifact folder with the reports and DOMs.
# Usage: scripts/check-html-report.sh path/to/validate-model [artifact folder]
# (default .build/html-report-check). Installs chromium with apt-get when it is missing (as root,
# else with sudo). Exit 1 on any problem.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:?usage: scripts/check-html-report.sh path/to/validate-model [artifact folder]}
out=${2:-.build/html-report-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi
fi
chromium --version 2>/dev/null || true

# One headless run; stderr (the log) goes to $2.
browse() {
  local log=$1; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --no-first-run --disable-extensions --enable-logging=stderr --v=0 "$@" 2>"$log"
}

problems=0
problem() { echo "check-html-report: $*" >&2; problems=$((problems + 1)); }

# The console check must catch a script error: a control page with one.
printf '<!DOCTYPE html><html><body><script>undefinedFunction()</script></body></html>\n' >"$out/control.html"
browse "$out/control.log" --dump-dom "file://$out/control.html" >/dev/null || true
if ! grep -q ":CONSOLE" "$out/control.log"; then
  problem "the console check saw no message from the control page's script error (see $out/control.log)"
fi

for fixture in reference-output wrong-values; do
  html="$out/$fixture.html"
  json="$out/$fixture.json"
  "$tool" "Fixtures/$fixture.json" --format html --output "$html" >/dev/null || true
  "$tool" "Fixtures/$fixture.json" --format json --output "$json" >/dev/null || true
  [ -s "$html" ] || { problem "$fixture: no HTML report written"; continue; }
  browse "$out/$fixture.dom.log" --dump-dom "file://$html" >"$out/$fixture.dom.html" \
    || problem "$fixture: chromium --dump-dom failed (see $out/$fixture.dom.log)"
  if grep ":CONSOLE" "$out/$fixture.dom.log" >&2; then
    problem "$fixture: the page raised console messages (above)"
  fi
  for size in 1280,2000:desktop 390,2400:phone; do
    png="$out/$fixture-${size#*:}.png"
    browse "$out/$fixture-${size#*:}.log" --screenshot="$png" --window-size="${size%:*}" "file://$html" >/dev/null \
      || problem "$fixture: screenshot failed (see $out/$fixture-${size#*:}.log)"
    [ -s "$png" ] || problem "$fixture: no screenshot $png"
    if grep ":CONSOLE" "$out/$fixture-${size#*:}.log" >&2; then
      problem "$fixture: console messages while taking the ${size#*:} screenshot (above)"
    fi
  done
  # Printable: Chromium prints it to PDF (kept beside the screenshots).
  browse "$out/$fixture-print.log" --no-pdf-header-footer --print-to-pdf="$out/$fixture.pdf" "file://$html" >/dev/null \
    || problem "$fixture: printing to PDF failed (see $out/$fixture-print.log)"
  [ "$(head -c 5 "$out/$fixture.pdf" 2>/dev/null)" = "%PDF-" ] || problem "$fixture: no PDF printed"
  python3 - "$fixture" "$out/$fixture.dom.html" "$json" <<'EOF' || problems=$((problems + 1))
import json, sys
from html.parser import HTMLParser

name, dom_file, json_file = sys.argv[1:4]
report = json.load(open(json_file, encoding="utf-8"))
FORBIDDEN = {"script", "img", "iframe", "object", "embed", "link", "base", "form"}

class DOM(HTMLParser):
    def __init__(self):
        super().__init__()
        self.summary, self.ids, self.papers, self.svgs, self.figures = None, [], [], 0, 0
        self.forbidden, self.handlers, self.verdict, self._in_h1 = [], [], "", False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in FORBIDDEN:
            self.forbidden.append(tag)
        self.handlers += [k for k, _ in attrs if k.startswith("on")]
        if a.get("id") == "summary":
            self.summary = a
        if tag == "tr" and "result" in a.get("class", "").split():
            self.ids.append(a.get("data-id"))
        if tag == "section" and "paper" in a.get("class", "").split():
            self.papers.append(a.get("id"))
        self.svgs += tag == "svg"
        self.figures += tag == "figure"
        self._in_h1 = tag == "h1" and a.get("id") == "verdict"
    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
    def handle_data(self, data):
        if self._in_h1:
            self.verdict += data

d = DOM()
d.feed(open(dom_file, encoding="utf-8").read())
s = report["summary"]
bad = []
if d.summary is None:
    bad.append("no #summary element")
else:
    want = {"data-scored": s["scored"], "data-failures": s["failures"], "data-missing": s["missing"],
            "data-unknown": s["unknown"], "data-exit-code": s["exitCode"], "data-results": len(report["results"])}
    want.update({f"data-{k}": v for k, v in s["statuses"].items()})
    for k, v in want.items():
        if d.summary.get(k) != str(v):
            bad.append(f"#summary {k}={d.summary.get(k)!r}, the JSON report says {v}")
if sorted(d.ids) != sorted(r["id"] for r in report["results"]):
    bad.append(f"{len(d.ids)} result rows whose ids differ from the JSON report's {len(report['results'])} results")
papers = sorted({r["id"].split(".")[0] for r in report["results"]})
if d.papers != [f"paper-{p}" for p in papers]:
    bad.append(f"paper sections {d.papers}, expected {papers}")
if d.figures < 1 or d.svgs < d.figures:
    bad.append(f"{d.figures} figures with {d.svgs} inline SVGs")
verdict = "PASS" if s["verdict"] == "pass" else "FAIL"
if verdict not in d.verdict:
    bad.append(f"h1#verdict says {d.verdict!r}, expected {verdict}")
if d.forbidden or d.handlers:
    bad.append(f"active content in the DOM: {d.forbidden + d.handlers}")
for b in bad:
    print(f"check-html-report: {name}: {b}", file=sys.stderr)
print(f"{name}: DOM holds {len(d.ids)} result rows, {len(d.papers)} papers, {d.figures} figures; "
      f"summary {s['scored']} scored, {s['failures']} failures, verdict {verdict}")
sys.exit(1 if bad else 0)
EOF
done

echo "check-html-report: artifacts (reports, DOMs, screenshots, PDFs) in $out"
ls "$out"/*.png
if [ "$problems" -gt 0 ]; then
  echo "check-html-report: $problems problems" >&2
  exit 1
fi
echo "check-html-report: 2 fixtures rendered by Chromium, DOM and console checked; 0 problems"
