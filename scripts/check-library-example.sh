#!/usr/bin/env bash
# The README's "Use as a Swift library" example, in a separate package that depends on a copy of
# this one: it must build and pass, and pass again after the copy's Golden/ folder is deleted
# (the records are compiled into the library; nothing is read from the dependency's checkout).
#   scripts/check-library-example.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
dependency="$scratch/assb-reference-suite"
mkdir -p "$dependency" "$scratch/client/Tests/MyModelTests"
# The files git tracks or would track, as they are in the working tree (no build folders).
git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$dependency"

cat > "$scratch/client/Package.swift" <<'MANIFEST'
// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "MyModel",
    dependencies: [.package(path: "../assb-reference-suite")],
    targets: [
        .testTarget(name: "MyModelTests", dependencies: [
            .product(name: "GoldenRecords", package: "assb-reference-suite"),
            .product(name: "ReferenceModels", package: "assb-reference-suite"),
        ]),
    ]
)
MANIFEST
# The first swift block after the heading: the example, exactly as the README prints it.
python3 - "$root/README.md" "$scratch/client/Tests/MyModelTests/LibraryExampleTests.swift" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
section = text.index("## Use as a Swift library")
start = text.index("```swift\n", section) + len("```swift\n")
open(sys.argv[2], "w", encoding="utf-8").write(text[start:text.index("```\n", start)])
PY

cd "$scratch/client"
swift test 2>&1 | tail -3 | tee "$scratch/first.log"
grep -qE "Test run with [0-9]+ tests? .*passed" "$scratch/first.log" || {
  echo "check-library-example: the README example does not pass in a dependent package" >&2; exit 1; }
rm -rf "$dependency/Golden"
swift test 2>&1 | tail -3 | tee "$scratch/second.log"
grep -qE "Test run with [0-9]+ tests? .*passed" "$scratch/second.log" || {
  echo "check-library-example: the example fails once the dependency's Golden/ is deleted" >&2; exit 1; }
echo "check-library-example: the README example passes in a dependent package, with and without Golden/"
