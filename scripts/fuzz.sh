#!/usr/bin/env bash
# Fuzz validate-model's parse + score + report path with libFuzzer for N seconds (default 60).
#   scripts/fuzz.sh 1800          # 30 minutes
# Builds Sources/fuzz-validate-model with -sanitize=fuzzer,address into .build-fuzz/, seeds the
# corpus from Fixtures/ (and the golden files), keeps the grown corpus in .build-fuzz/corpus/.
# A crash leaves crash-* files in .build-fuzz/; reproduce with
#   swift run fuzz-validate-model .build-fuzz/crash-…
# then fix it and add the input to Fixtures/invalid/ with its expected answer.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scratch=.build-fuzz
swift build --scratch-path "$scratch" --product fuzz-validate-model \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | grep -vE "^\[|Compiling|Build complete" || true
binary="$(swift build --scratch-path "$scratch" --show-bin-path)/fuzz-validate-model"
mkdir -p "$scratch/corpus" "$scratch/seeds"
for f in Fixtures/*.json Fixtures/invalid/*.json Fixtures/hostile/*.json; do
  cp "$f" "$scratch/seeds/$(echo "${f#Fixtures/}" | tr / -)" 2>/dev/null || true
done
cp Golden/*.json "$scratch/seeds/"
cd "$scratch"
# -rss_limit_mb bounds memory; -timeout flags hangs; -max_len keeps inputs at fixture scale.
"$binary" corpus seeds -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -close_fd_mask=1 -artifact_prefix=./ 2>&1 | tail -25
