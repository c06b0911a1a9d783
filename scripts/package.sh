#!/usr/bin/env bash
# scripts/package.sh OUT: build the things a modeller can use without Swift, into OUT/:
#   OUT/validate-model, OUT/reproduce-figures   single relocatable executables
#                                               (swift build -c release --static-swift-stdlib)
#   OUT/assb_reference_suite-*.whl              the Python wheel (python/), bundling validate-model
#   OUT/measurements.txt                        sizes and start-up times, also printed
# Checks on the way: no Swift library in `ldd`, the stripped binaries score the reference output
# and write the figures exactly like the unstripped ones, the wheel's version is the binary's.
set -euo pipefail
if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: scripts/package.sh OUT" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
cd "$root"
export PATH="$PATH:/opt/swift/usr/bin"

say() { printf '\n== package: %s\n' "$*"; }

say "release build, Swift runtime linked statically (a few minutes on 2 cores)"
swift build -c release --static-swift-stdlib --product validate-model
swift build -c release --static-swift-stdlib --product reproduce-figures
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)"

# Stripping drops the symbol table and debug sections only (-s keeps everything the loader and
# the Swift runtime read: dynamic symbols, the swift5_* metadata sections); it saves ~16 MB.
# Without binutils' strip the files stay unstripped. Checked below by scoring with both.
for tool in validate-model reproduce-figures; do
  cp "$bin/$tool" "$out/$tool.tmp"
  if command -v strip >/dev/null; then strip -s "$out/$tool.tmp"; fi
  chmod 755 "$out/$tool.tmp"
  mv "$out/$tool.tmp" "$out/$tool"
done

say "checks"
for tool in validate-model reproduce-figures; do
  if ldd "$out/$tool" | grep -iE 'libswift|libFoundation|libdispatch|libBlocksRuntime|not found'; then
    echo "package: $tool links a Swift library dynamically (above); it is not relocatable" >&2
    exit 1
  fi
done
ldd "$out/validate-model"
fixture="$root/Fixtures/reference-output.json"
want="$("$bin/validate-model" "$fixture" --quiet)" || true
got="$("$out/validate-model" "$fixture" --quiet)" || true
if [ "$want" != "$got" ] || [ -z "$got" ]; then
  printf 'package: the stripped binary scores differently:\n  built:    %s\n  stripped: %s\n' \
    "$want" "$got" >&2
  exit 1
fi
figures="$(mktemp -d)"
"$bin/reproduce-figures" --out "$figures/built" >/dev/null
"$out/reproduce-figures" --out "$figures/stripped" >/dev/null
if ! diff -r "$figures/built" "$figures/stripped" >/dev/null; then
  echo "package: the stripped reproduce-figures writes different figures" >&2
  exit 1
fi
rm -rf "$figures"
binary_version="$("$out/validate-model" --version)"
wheel_version="$(python3 -c 'import sys, tomllib
print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' python/pyproject.toml)"
if [ "$binary_version" != "$wheel_version" ]; then
  echo "package: validate-model --version is $binary_version, python/pyproject.toml says" \
    "$wheel_version; make them equal" >&2
  exit 1
fi

say "wheel"
rm -f "$out"/assb_reference_suite-*.whl
python3 python/build_wheel.py --binary "$out/validate-model" --out "$out" | tee "$out/measurements.txt"
wheel="$(ls "$out"/assb_reference_suite-*.whl)"

say "sizes and start-up (median of 20 runs each, page cache warm; first run shown apart)"
python3 - "$out" "$fixture" "$bin/validate-model" "$wheel" <<'EOF' | tee -a "$out/measurements.txt"
import os, statistics, subprocess, sys, tempfile, time
out, fixture, unstripped, wheel = sys.argv[1:]
def mib(n): return f"{n} bytes ({n / 2**20:.1f} MiB)"
print(f"validate-model     {mib(os.path.getsize(f'{out}/validate-model'))}"
      f"; unstripped {mib(os.path.getsize(unstripped))}")
print(f"reproduce-figures  {mib(os.path.getsize(f'{out}/reproduce-figures'))}")
print(f"wheel              {mib(os.path.getsize(wheel))}  {os.path.basename(wheel)}")
empty = tempfile.mkdtemp()  # run from a folder without the checkout
def times(args, n=20):
    runs = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(args, cwd=empty, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append((time.perf_counter() - start) * 1000)
    return runs
for label, args in (("--version", [f"{out}/validate-model", "--version"]),
                    ("reference-output.json", [f"{out}/validate-model", fixture])):
    runs = times(args)
    print(f"validate-model {label:22} first {runs[0]:6.1f} ms, median {statistics.median(runs):6.1f}"
          f" ms, min {min(runs):6.1f} ms, max {max(runs):6.1f} ms (n={len(runs)})")
os.rmdir(empty)
EOF
echo
echo "package: wrote $out/validate-model, $out/reproduce-figures, $wheel"
