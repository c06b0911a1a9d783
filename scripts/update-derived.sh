#!/usr/bin/env bash
# Regenerates every file derived from the golden data and the models, in one step:
#   scripts/update-derived.sh           # after editing Golden/*.json or a model
#   scripts/update-derived.sh --check   # CI: exit 1, naming this command, when any is stale
#
# In order (each step needs the one before):
#   1. Sources/GoldenRecords/ShippedGolden+Files.swift  the golden files compiled into the build
#                                                       (scripts/embed-golden.py)
#   2. a debug build of validate-model and reproduce-figures
#   3. Fixtures/reference-output.json                   validate-model --reference-output
#   4. Fixtures/expectations.json                       only the golden-record counts in the
#                                                       summaries (scripts/regenerate-expectations.py
#                                                       --counts); a changed verdict or exit code
#                                                       is printed for review and not written
#   5. README.md and docs/<paper>-*.md record counts,   scripts/update-docs.py
#      and the README's sample output
#   6. docs/figures/                                    reproduce-figures --out docs/figures
#   7. docs/paper-audit-results.md                      audit-papers --format markdown
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
check=""
case "${1:-}" in
  "") ;;
  --check) check="--check" ;;
  *) echo "usage: scripts/update-derived.sh [--check]" >&2; exit 2 ;;
esac
stale=()

python3 scripts/embed-golden.py $check || stale+=("Sources/GoldenRecords/ShippedGolden+Files.swift")
if [ -n "$check" ] && [ ${#stale[@]} -gt 0 ]; then
  # Everything after this step would be computed from stale compiled-in data.
  echo "update-derived: stale: ${stale[*]}; run scripts/update-derived.sh" >&2
  exit 1
fi

swift build --product validate-model 2>&1 | grep -E "error|warning: " >&2 || true
swift build --product reproduce-figures 2>&1 | grep -E "error|warning: " >&2 || true
swift build --product audit-papers 2>&1 | grep -E "error|warning: " >&2 || true
bin="$(swift build --show-bin-path)"
[ -x "$bin/validate-model" ] && [ -x "$bin/reproduce-figures" ] && [ -x "$bin/audit-papers" ] || {
  echo "update-derived: the build failed (above)" >&2; exit 1; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$bin/validate-model" --reference-output > "$scratch/reference-output.json"
if ! cmp -s "$scratch/reference-output.json" Fixtures/reference-output.json; then
  if [ -n "$check" ]; then stale+=("Fixtures/reference-output.json")
  else cp "$scratch/reference-output.json" Fixtures/reference-output.json
       echo "wrote Fixtures/reference-output.json"; fi
fi

if [ -n "$check" ]; then
  python3 scripts/regenerate-expectations.py "$bin/validate-model" --check >/dev/null \
    || stale+=("Fixtures/expectations.json")
else
  python3 scripts/regenerate-expectations.py "$bin/validate-model" --counts
fi

python3 scripts/update-docs.py "$bin/validate-model" $check || stale+=("README.md or docs/*.md")

"$bin/reproduce-figures" --out "$scratch/figures" > /dev/null
if ! diff -rq --exclude='*.png' "$scratch/figures" docs/figures > /dev/null; then
  if [ -n "$check" ]; then stale+=("docs/figures/")
  else
    find docs/figures -maxdepth 1 -type f ! -name '*.png' -delete
    cp "$scratch/figures"/* docs/figures/
    echo "wrote docs/figures/"
  fi
fi

"$bin/audit-papers" --format markdown > "$scratch/paper-audit-results.md"
if ! cmp -s "$scratch/paper-audit-results.md" docs/paper-audit-results.md; then
  if [ -n "$check" ]; then stale+=("docs/paper-audit-results.md")
  else cp "$scratch/paper-audit-results.md" docs/paper-audit-results.md
       echo "wrote docs/paper-audit-results.md"; fi
fi

if [ ${#stale[@]} -gt 0 ]; then
  echo "update-derived: stale: ${stale[*]}; run scripts/update-derived.sh" >&2
  exit 1
fi
[ -n "$check" ] && echo "update-derived: every derived file is current"
exit 0
