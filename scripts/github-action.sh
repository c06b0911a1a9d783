#!/usr/bin/env bash
# The shell part of action.yml: score $INPUT_OUTPUT with validate-model, write JUnit (and JSON)
# reports, append the Markdown report to $GITHUB_STEP_SUMMARY, set the step's outputs.
# Inputs come as INPUT_* variables (action.yml passes them), so it also runs outside GitHub:
#   INPUT_OUTPUT=out.json INPUT_WHEEL=dist/assb_reference_suite-….whl \
#   GITHUB_STEP_SUMMARY=summary.md scripts/github-action.sh
# Exit code: validate-model's (0 pass, 1 fail, 2 input or usage error).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"  # the action's (or the suite's) own checkout
is_true() { case "${1:-}" in true|True|TRUE|1|yes) return 0 ;; *) return 1 ;; esac; }
annotate() {  # a GitHub annotation when running there, a plain line otherwise
  if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::$1::$2"; else echo "$1: $2" >&2; fi
}
set_output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"; fi
}

output="${INPUT_OUTPUT:-}"
if [ -z "$output" ]; then
  annotate error "validate-model action: the 'output' input (the model output file) is required"
  exit 2
fi

# Where validate-model comes from, first match wins: binary, wheel, PATH, a Swift build.
if [ -n "${INPUT_BINARY:-}" ]; then
  vm="$INPUT_BINARY"
elif [ -n "${INPUT_WHEEL:-}" ]; then
  venv="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/assb-validate-model-venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$INPUT_WHEEL"
  vm="$venv/bin/validate-model"
elif command -v validate-model >/dev/null; then
  vm="$(command -v validate-model)"
elif command -v swift >/dev/null; then
  echo "validate-model action: building validate-model with $(swift --version 2>&1 | head -1)"
  swift build --package-path "$root" -c release --product validate-model >&2
  vm="$(swift build --package-path "$root" -c release --show-bin-path)/validate-model"
else
  annotate error "validate-model action: no validate-model: give the 'wheel' input (built by \
scripts/package.sh), the 'binary' input, put validate-model on PATH, or install Swift 6.2+"
  exit 2
fi
echo "validate-model action: $vm ($("$vm" --version))"

args=()
[ -n "${INPUT_GOLDEN_DIR:-}" ] && args+=(--golden "$INPUT_GOLDEN_DIR")
[ -n "${INPUT_PAPER:-}" ] && args+=(--paper "$INPUT_PAPER")
[ -n "${INPUT_ID:-}" ] && args+=(--id "$INPUT_ID")
is_true "${INPUT_REQUIRE_ALL:-}" && args+=(--require-all)
[ -n "${INPUT_MIN_PASS_FRACTION:-}" ] && args+=(--min-pass-fraction "$INPUT_MIN_PASS_FRACTION")
is_true "${INPUT_ALLOW_UNKNOWN_IDS:-}" && args+=(--allow-unknown-ids)

# The readable report goes to the log; its exit code is the step's verdict.
status=0
"$vm" "$output" "${args[@]}" || status=$?
if [ "$status" -eq 2 ]; then
  annotate error "validate-model refused $output (exit 2); the Error: line above says why"
  set_output exit-code 2
  set_output summary ""
  set_output junit ""
  exit 2
fi

junit="${INPUT_JUNIT:-}"
if [ -n "$junit" ]; then
  mkdir -p "$(dirname "$junit")"
  "$vm" "$output" "${args[@]}" --format junit --output "$junit" >/dev/null || true
  echo "validate-model action: JUnit report in $junit"
fi
if [ -n "${INPUT_JSON_REPORT:-}" ]; then
  mkdir -p "$(dirname "$INPUT_JSON_REPORT")"
  "$vm" "$output" "${args[@]}" --format json --output "$INPUT_JSON_REPORT" >/dev/null || true
  echo "validate-model action: JSON report in $INPUT_JSON_REPORT"
fi
if is_true "${INPUT_STEP_SUMMARY:-true}" && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  # Appended through stdout: --output would replace the summary file, not add to it.
  "$vm" "$output" "${args[@]}" --format markdown >> "$GITHUB_STEP_SUMMARY" || true
fi

summary="$("$vm" "$output" "${args[@]}" --quiet || true)"
set_output exit-code "$status"
set_output summary "$summary"
set_output junit "$junit"
if [ "$status" -ne 0 ]; then annotate error "$summary"; fi
exit "$status"
