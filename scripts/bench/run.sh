#!/usr/bin/env bash
# Benchmark validate-model (release build) against the Python baseline on a generated file of
# N results (default 100000), and the cold start on a shipped fixture.
#   scripts/bench/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product validate-model 2>&1 | tail -1
tool="$(swift build -c release --show-bin-path)/validate-model"
python3 scripts/bench/generate.py "$n" "$work"
size=$(stat -c %s "$work/output.json"); gsize=$(stat -c %s "$work/golden/bench2026.json")
echo "output file: $((size / 1024)) KiB; golden file: $((gsize / 1024)) KiB; $(nproc) cores"
echo "summary lines (must be equal):"
echo "  swift : $("$tool" "$work/output.json" --golden "$work/golden" --quiet || true)"
echo "  python: $(python3 scripts/bench/baseline_validate.py "$work/output.json" --golden "$work/golden" || true)"
python3 scripts/bench/measure.py "validate-model --quiet (Swift)" 5 --save "$work/swift.ms" -- "$tool" "$work/output.json" --golden "$work/golden" --quiet
python3 scripts/bench/measure.py "validate-model, full text report" 3 -- "$tool" "$work/output.json" --golden "$work/golden"
python3 scripts/bench/measure.py "validate-model, JSON report" 3 -- "$tool" "$work/output.json" --golden "$work/golden" --format json
python3 scripts/bench/measure.py "baseline_validate.py (Python 3)" 5 --save "$work/python.ms" -- python3 scripts/bench/baseline_validate.py "$work/output.json" --golden "$work/golden"
python3 scripts/bench/measure.py "cold start: reference fixture" 20 -- "$tool" Fixtures/reference-output.json
echo "(the Python baseline prints only the summary line, as --quiet does)"
ratio=$(awk -v p="$(cat "$work/python.ms")" -v s="$(cat "$work/swift.ms")" 'BEGIN { printf "%.2f", p / s }')
echo "speed-up, Python / Swift (--quiet, median wall times): ${ratio}×"
echo "targets: Swift ≥ 3× faster than Python on the large file; cold start < 100 ms; peak RSS < 10× the input ($(( (size + gsize) * 10 / 1048576 )) MiB)"
