#!/usr/bin/env bash
# Benchmark validate-model (release build) against two Python peers with the same rules
# (scripts/bench/baseline_validate.py: the standard library's json, and orjson with the garbage
# collector off, installed here in a scratch virtual environment, not a dependency of the
# product), interleaved in one run so that the ratios hold on a noisy machine:
#   scripts/bench/run.sh [N] [ROUNDS]   (default 100000 results and records, 5 rounds)
# Cases: --quiet, the default text report and --format json on N results, with Markdown, JUnit
# and HTML for reference; the locality case (100 results of one paper against a 10-paper corpus
# of N records vs that paper's file alone); cold start on a shipped fixture, of the release build
# and of the packaged binary (the Swift runtime linked statically, as scripts/package.sh builds it).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/opt/swift/usr/bin"
n="${1:-100000}"; rounds="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product validate-model 2>&1 | tail -1
tool="$(swift build -c release --show-bin-path)/validate-model"
echo "building the packaged (static) binary in a scratch folder (a few minutes)"
swift build -c release --static-swift-stdlib --product validate-model --scratch-path "$work/static" 2>&1 | tail -1
packaged="$(swift build -c release --static-swift-stdlib --scratch-path "$work/static" --show-bin-path)/validate-model"
python3 -m venv "$work/venv" && "$work/venv/bin/pip" install --quiet --disable-pip-version-check orjson
py="$work/venv/bin/python3"
python3 scripts/bench/generate.py "$n" "$work/one" >/dev/null
python3 scripts/bench/generate.py "$n" "$work/ten" --papers 10 >/dev/null
out="$work/one/output.json" golden="$work/one/golden"
echo "output $(( $(stat -c %s "$out") / 1024 )) KiB, golden $(( $(stat -c %s "$golden/bench2026.json") / 1024 )) KiB, $(nproc) cores"
echo "summary lines (must be equal):"
echo "  swift : $("$tool" "$out" --golden "$golden" --quiet || true)"
echo "  json  : $(python3 scripts/bench/baseline_validate.py "$out" --golden "$golden" || true)"
echo "  orjson: $("$py" scripts/bench/baseline_validate.py "$out" --golden "$golden" --orjson || true)"
python3 scripts/bench/interleave.py "$rounds" \
  "validate-model --quiet" -- "$tool" "$out" --golden "$golden" --quiet ";;" \
  "validate-model (text report)" -- "$tool" "$out" --golden "$golden" ";;" \
  "validate-model --format json" -- "$tool" "$out" --golden "$golden" --format json ";;" \
  "validate-model --format markdown" -- "$tool" "$out" --golden "$golden" --format markdown ";;" \
  "validate-model --format junit" -- "$tool" "$out" --golden "$golden" --format junit ";;" \
  "validate-model --format html" -- "$tool" "$out" --golden "$golden" --format html ";;" \
  "Python peer, json" -- python3 scripts/bench/baseline_validate.py "$out" --golden "$golden" ";;" \
  "Python peer, orjson, GC off" -- "$py" scripts/bench/baseline_validate.py "$out" --golden "$golden" --orjson
echo
echo "locality: 100 results of one paper"
python3 scripts/bench/interleave.py "$rounds" \
  "against that paper's file alone" -- "$tool" "$work/ten/one-paper.json" --golden "$work/ten/golden-one" --quiet ";;" \
  "against the 10-paper corpus" -- "$tool" "$work/ten/one-paper.json" --golden "$work/ten/golden" --quiet
echo
python3 scripts/bench/interleave.py 20 \
  "cold start: reference fixture, release build" -- "$tool" Fixtures/reference-output.json ";;" \
  "cold start: the same, packaged binary" -- "$packaged" Fixtures/reference-output.json
echo "targets: locality ≤ 1.5×; --quiet ≥ 4× less CPU than the orjson peer; text and JSON ≤ 1.5× the CPU of --quiet"
