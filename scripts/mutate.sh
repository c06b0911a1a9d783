#!/usr/bin/env bash
# Mutation testing of the scorer and the unit code (docs/mutation-testing.md): applies each
# mutant of scripts/mutants.txt to a copy of the package, builds the tests and runs the mutant's
# filter; every mutant must be killed (its tests fail).
#   scripts/mutate.sh                 # every mutant
#   scripts/mutate.sh ID...           # only these mutants
#   scripts/mutate.sh --check         # only check that every mutant still applies
#   MUTATE_FILTER=GoldenRecordsTests scripts/mutate.sh   # one filter for every mutant
# The copy lives in .build-mutate/pkg (git-ignored) and keeps its .build between runs, so a
# second run builds incrementally; the working tree is never modified. Logs: .build-mutate/logs/.
# Exit 0 when every mutant is killed; 1 when one survives, does not compile or no longer applies.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true  # `&` in a replacement is literal text
cd "$(dirname "$0")/.."
root=$PWD
list=${MUTANTS_FILE:-scripts/mutants.txt}  # another list, for trying new mutants
work=.build-mutate
copy=$work/pkg
logs=$work/logs
timeout_seconds=${MUTATE_TIMEOUT:-300}  # per test run: a mutant that hangs counts as killed
start=$SECONDS

die() { echo "mutate.sh: error: $*" >&2; exit 1; }

# --- Read the mutants -------------------------------------------------------------------------
ids=() files=() filters=() olds=() news=() whys=()
declare -A block=()
flush() {
  [[ ${#block[@]} -eq 0 ]] && return 0
  local key
  for key in id file filter old new why; do
    [[ -n ${block[$key]:-} ]] || die "$list: mutant '${block[id]:-?}' (ending line $lineno) lacks '$key:'"
  done
  local id=${block[id]}
  for key in "${ids[@]}"; do [[ $key == "$id" ]] && die "$list: mutant id '$id' is used twice"; done
  [[ ${block[old]} != "${block[new]}" ]] || die "$list: mutant '$id': old and new are equal"
  ids+=("$id") files+=("${block[file]}") filters+=("${block[filter]}")
  olds+=("${block[old]}") news+=("${block[new]}") whys+=("${block[why]}")
  block=()
}
lineno=0
while IFS= read -r line || [[ -n $line ]]; do
  lineno=$((lineno + 1))
  case $line in
    '#'*) ;;
    '') flush ;;
    *': '*)
      key=${line%%: *}
      case $key in id|file|filter|old|new|why) ;; *) die "$list:$lineno: unknown key '$key'";; esac
      [[ -z ${block[$key]:-} ]] || die "$list:$lineno: '$key:' given twice in one mutant"
      block[$key]=${line#*: } ;;
    *) die "$list:$lineno: not 'key: value': $line" ;;
  esac
done < "$list"
flush

# Which mutants to run.
check_only=0 selected=()
for arg in "$@"; do
  case $arg in
    --check) check_only=1 ;;
    -*) die "unknown option '$arg'" ;;
    *) found=0
       for k in "${!ids[@]}"; do [[ ${ids[$k]} == "$arg" ]] && selected+=("$k") && found=1; done
       [[ $found -eq 1 ]] || die "no mutant '$arg' in $list" ;;
  esac
done
[[ ${#selected[@]} -gt 0 ]] || selected=("${!ids[@]}")

# occurrences FILE TEXT: how many times TEXT occurs in FILE.
occurrences() {
  local content rest
  content=$(<"$1")
  rest=${content//"$2"/}
  echo $(( (${#content} - ${#rest}) / ${#2} ))
}

# --- Every mutant must still apply to the working tree ------------------------------------------
rotten=0
for k in "${selected[@]}"; do
  f=${files[$k]}
  if [[ ! -f $f ]]; then
    echo "mutate.sh: error: mutant '${ids[$k]}': no file $f" >&2; rotten=1; continue
  fi
  n=$(occurrences "$f" "${olds[$k]}")
  if [[ $n -ne 1 ]]; then
    echo "mutate.sh: error: mutant '${ids[$k]}': '${olds[$k]}' occurs $n times in $f (must be once);" \
      "update $list" >&2
    rotten=1
  fi
done
[[ $rotten -eq 0 ]] || exit 1
if [[ $check_only -eq 1 ]]; then
  echo "mutate.sh: ${#selected[@]} mutants apply"
  exit 0
fi

# --- The copy: the working tree's files (tracked and untracked, not ignored), no .build ----------
mkdir -p "$copy" "$logs"
git ls-files -co --exclude-standard > "$work/files.txt"
while IFS= read -r f; do
  [[ -f $f ]] || continue  # deleted in the working tree, not yet in the index
  if ! cmp -s "$f" "$copy/$f"; then mkdir -p "$copy/$(dirname "$f")"; cp "$f" "$copy/$f"; fi
done < "$work/files.txt"
# Files gone from the working tree are removed from the copy.
(cd "$copy" && find . -path ./.build -prune -o -type f -print | sed 's|^\./||') \
  | LC_ALL=C sort > "$work/copied.txt"
LC_ALL=C sort "$work/files.txt" | LC_ALL=C comm -23 "$work/copied.txt" - \
  | while IFS= read -r f; do rm -f "$copy/$f"; done

build() { (cd "$copy" && swift build --build-tests) > "$1" 2>&1; }
# run_tests FILTER LOG: the exit status of the filtered tests.
run_tests() {
  local rc=0
  (cd "$copy" && timeout "$timeout_seconds" swift test --skip-build --filter "$1") > "$2" 2>&1 || rc=$?
  return $rc
}
filter_of() { echo "${MUTATE_FILTER:-${filters[$1]}}"; }

# --- Baseline: the unmutated copy builds and every filter passes and runs some test ---------------
echo "mutate.sh: building the unmutated copy in $copy …"
build "$logs/baseline-build.log" || die "the unmutated package does not build; see $logs/baseline-build.log"
declare -A baseline_done=()
for k in "${selected[@]}"; do
  filter=$(filter_of "$k")
  [[ -n ${baseline_done[$filter]:-} ]] && continue
  baseline_done[$filter]=1
  log="$logs/baseline-tests-${#baseline_done[@]}.log"
  run_tests "$filter" "$log" || die "the tests of filter '$filter' fail without a mutant; see $log"
  if grep -q "Test run with 0 tests" "$log"; then die "filter '$filter' matches no test"; fi
done
baseline_seconds=$((SECONDS - start))

# --- The mutants -------------------------------------------------------------------------------
results=() killers=() times=()
original="$work/original.swift"
restore() { [[ -n ${mutated:-} ]] && cat "$original" > "$copy/$mutated"; mutated=; }
trap restore EXIT
for k in "${selected[@]}"; do
  t0=$SECONDS
  id=${ids[$k]} f=${files[$k]}
  cp "$copy/$f" "$original"
  content=$(<"$original")
  printf '%s\n' "${content/"${olds[$k]}"/"${news[$k]}"}" > "$copy/$f"
  mutated=$f
  killer=-
  if ! build "$logs/$id.log"; then
    result=build-broken
    killer=$(grep -m1 -oE 'error: .*' "$logs/$id.log" | cut -c1-60 || true)
  elif run_tests "$(filter_of "$k")" "$logs/$id.log"; then
    result=survived
  else
    rc=$?
    result=killed
    killer=$(grep -m1 -oE '✘ Test [^ ]+' "$logs/$id.log" | sed 's/^✘ Test //' || true)
    [[ $rc -eq 124 ]] && killer="timeout after ${timeout_seconds} s"
    [[ -n $killer ]] || killer="exit $rc (see $logs/$id.log)"
  fi
  # Restored with new content and a new modification time, so the next build recompiles it.
  restore
  results+=("$result") killers+=("$killer") times+=($((SECONDS - t0)))
  printf '  %-44s %-12s %3d s  %s\n' "$id" "$result" "${times[-1]}" "$killer"
done
trap - EXIT

# --- Report ------------------------------------------------------------------------------------
killed=0 survived=0 broken=0
echo
printf '%-44s %-28s %-12s %s\n' "mutant" "file" "result" "killed by"
for i in "${!results[@]}"; do
  k=${selected[$i]}
  printf '%-44s %-28s %-12s %s\n' "${ids[$k]}" "${files[$k]#Sources/GoldenRecords/}" "${results[$i]}" \
    "${killers[$i]}"
  case ${results[$i]} in
    killed) killed=$((killed + 1)) ;;
    survived) survived=$((survived + 1))
      echo "    survived: ${whys[$k]}" ;;
    build-broken) broken=$((broken + 1))
      echo "    error: the mutant does not compile; fix it in $list (log: $logs/${ids[$k]}.log)" ;;
  esac
done
total=$((SECONDS - start))
echo
echo "time: ${total} s in all: ${baseline_seconds} s to sync, build and test the unmutated copy," \
  "$((total - baseline_seconds)) s for ${#results[@]} mutants"
line="mutate.sh: ${#results[@]} mutants, $killed killed, $survived survived"
[[ $broken -eq 0 ]] || line+=", $broken build-broken"
echo "$line"
[[ $survived -eq 0 && $broken -eq 0 ]]
