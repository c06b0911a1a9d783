#!/usr/bin/env python3
"""Write the assb-reference-suite wheel: the Python package plus the native validate-model binary.

    python3 python/build_wheel.py --binary OUT/validate-model --out OUT

Also a PEP 517 build backend (pyproject.toml: backend-path ["."]), so `pip install ./python` and
`pip wheel ./python` work when ASSB_VALIDATE_MODEL_BINARY (or `-C binary=PATH`) names the binary.

Why self-written: the wheel is a zip with three small text files (PEP 427/491: WHEEL, METADATA,
RECORD), and the only non-standard part, a platform binary in `<name>.data/scripts/` with a
manylinux tag measured from that binary, is exactly what hatchling and setuptools make awkward
(both need plugins or hooks to tag a "py3-none-<platform>" wheel and to place a prebuilt file in
scripts). Standard library only; no network at build time.

The platform tag is measured, not assumed: the highest GLIBC_, GLIBCXX_, CXXABI_ and GCC_ symbol
versions the binary imports (`objdump -T`) and its NEEDED libraries (`objdump -p`) are compared
with the manylinux policies (the limits below are auditwheel's manylinux-policy.json, x86_64);
the lowest policy that allows all of them is the tag. If none does, the wheel is tagged
`linux_<arch>` (installable, but not claimed portable).
"""
from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "assb_reference"

# policy → (GLIBC, GLIBCXX, CXXABI, GCC) maxima for x86_64, from auditwheel 6.8's
# manylinux-policy.json. Older policies are left out: a Swift 6 binary never fits them.
MANYLINUX_X86_64 = {
    "manylinux_2_17": ("2.17", "3.4.19", "1.3.7", "4.8.0"),
    "manylinux_2_28": ("2.28", "3.4.24", "1.3.11", "7.0.0"),
    "manylinux_2_31": ("2.31", "3.4.28", "1.3.12", "7.0.0"),
    "manylinux_2_34": ("2.34", "3.4.29", "1.3.13", "7.0.0"),
    "manylinux_2_35": ("2.35", "3.4.30", "1.3.13", "12.0.0"),
    "manylinux_2_36": ("2.36", "3.4.30", "1.3.13", "12.0.0"),
    "manylinux_2_38": ("2.38", "3.4.30", "1.3.13", "12.0.0"),
    "manylinux_2_39": ("2.39", "3.4.33", "1.3.15", "14.0.0"),
}
# Libraries a manylinux wheel may link against without bundling them (the ones this binary
# could need; the full list is in the policy) plus the dynamic loader itself.
ALLOWED_LIBS = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libdl.so.2",
                "libpthread.so.0", "librt.so.1", "libutil.so.1", "libz.so.1",
                "ld-linux-x86-64.so.2"}


class BuildError(Exception):
    pass


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def elf_needs(binary: Path) -> tuple[dict[str, str], list[str]]:
    """Highest imported symbol version per family (GLIBC, GLIBCXX, CXXABI, GCC) and the NEEDED
    libraries, read with binutils' objdump."""
    if shutil.which("objdump") is None:
        raise BuildError("objdump (binutils) is needed to measure the platform tag")
    dyn = subprocess.run(["objdump", "-T", str(binary)], capture_output=True, text=True,
                         check=True).stdout
    highest: dict[str, str] = {}
    for family, version in re.findall(r"\b(GLIBC|GLIBCXX|CXXABI|GCC)_([0-9]+(?:\.[0-9]+)*)\b",
                                      dyn):
        if family not in highest or _version_key(version) > _version_key(highest[family]):
            highest[family] = version
    headers = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True,
                             check=True).stdout
    needed = re.findall(r"^\s*NEEDED\s+(\S+)", headers, flags=re.M)
    return highest, needed


def platform_tag(binary: Path) -> tuple[str, str]:
    """(tag, one-line reason)."""
    import platform
    arch = platform.machine()
    highest, needed = elf_needs(binary)
    measured = ", ".join(f"{k}_{v}" for k, v in sorted(highest.items()))
    extra = sorted(set(needed) - ALLOWED_LIBS)
    if arch != "x86_64" or extra or not sys.platform.startswith("linux"):
        why = f"links {', '.join(extra)}" if extra else f"no policy table for {arch}"
        return f"linux_{arch}", f"not manylinux: {why}; needs {measured}"
    for name, limits in MANYLINUX_X86_64.items():
        if all(_version_key(highest.get(fam, "0")) <= _version_key(lim)
               for fam, lim in zip(("GLIBC", "GLIBCXX", "CXXABI", "GCC"), limits)):
            return f"{name}_x86_64", (f"highest imported versions {measured}; NEEDED "
                                      f"{', '.join(needed)}; {name} allows GLIBC_{limits[0]}, "
                                      f"GLIBCXX_{limits[1]}, CXXABI_{limits[2]}, GCC_{limits[3]}")
    return f"linux_{arch}", f"not manylinux: needs {measured}, newer than every known policy"


def _metadata(project: dict) -> str:
    lines = ["Metadata-Version: 2.1", f"Name: {project['name']}",
             f"Version: {project['version']}", f"Summary: {project['description']}"]
    if "requires-python" in project:
        lines.append(f"Requires-Python: {project['requires-python']}")
    if project.get("keywords"):
        lines.append(f"Keywords: {','.join(project['keywords'])}")
    lines += [f"Classifier: {c}" for c in project.get("classifiers", [])]
    for extra, reqs in project.get("optional-dependencies", {}).items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {r}; extra == "{extra}"' for r in reqs]
    readme = (HERE / project["readme"]).read_text(encoding="utf-8")
    lines.append("Description-Content-Type: text/markdown")
    return "\n".join(lines) + "\n\n" + readme


def _entry_points(project: dict) -> str:
    out = []
    for group, entries in project.get("entry-points", {}).items():
        out.append(f"[{group}]")
        out += [f"{k} = {v}" for k, v in entries.items()]
        out.append("")
    for group, key in (("console_scripts", "scripts"), ("gui_scripts", "gui-scripts")):
        if project.get(key):
            out.append(f"[{group}]")
            out += [f"{k} = {v}" for k, v in project[key].items()]
            out.append("")
    return "\n".join(out)


def build(binary: Path, out_dir: Path, tag: str | None = None) -> tuple[Path, str, str]:
    """Write the wheel into out_dir; returns (path, tag, reason)."""
    binary = Path(binary)
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        raise BuildError(f"{binary} is not an executable file (build it first: "
                         "scripts/package.sh OUT)")
    project = tomllib.loads((HERE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name = project["name"].replace("-", "_")
    version = project["version"]
    if tag is None:
        tag, reason = platform_tag(binary)
    else:
        reason = "given on the command line"
    dist_info = f"{name}-{version}.dist-info"
    data = f"{name}-{version}.data"
    wheel_name = f"{name}-{version}-py3-none-{tag}.whl"
    # Reproducible: fixed timestamps (SOURCE_DATE_EPOCH if set), sorted entries.
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    import time
    stamp = time.gmtime(max(epoch, 315532800))[:6]

    files: list[tuple[str, bytes, int]] = []
    for path in sorted((HERE / PACKAGE).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            files.append((path.relative_to(HERE).as_posix(), path.read_bytes(), 0o644))
    files.append((f"{data}/scripts/validate-model", binary.read_bytes(), 0o755))
    wheel_txt = ("Wheel-Version: 1.0\nGenerator: assb-reference-suite python/build_wheel.py\n"
                 f"Root-Is-Purelib: false\nTag: py3-none-{tag}\n")
    files.append((f"{dist_info}/METADATA", _metadata(project).encode("utf-8"), 0o644))
    files.append((f"{dist_info}/WHEEL", wheel_txt.encode("utf-8"), 0o644))
    files.append((f"{dist_info}/entry_points.txt", _entry_points(project).encode("utf-8"),
                  0o644))
    files.append((f"{dist_info}/top_level.txt", f"{PACKAGE}\n".encode(), 0o644))

    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for arcname, content, _ in files:
        digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=")
        writer.writerow([arcname, f"sha256={digest.decode()}", len(content)])
    writer.writerow([f"{dist_info}/RECORD", "", ""])
    files.append((f"{dist_info}/RECORD", record.getvalue().encode("utf-8"), 0o644))

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / wheel_name
    partial = target.with_suffix(".whl.part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for arcname, content, mode in files:
            info = zipfile.ZipInfo(arcname, date_time=stamp)
            info.external_attr = (stat.S_IFREG | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content)
    partial.replace(target)
    return target, tag, reason


# PEP 517 hooks (pip install ./python). The binary is not built here: building Swift is
# scripts/package.sh's job; this backend only packages a binary that already exists.
def _binary_from(config_settings: dict | None) -> Path:
    given = (config_settings or {}).get("binary") or os.environ.get("ASSB_VALIDATE_MODEL_BINARY")
    if not given:
        raise BuildError("set ASSB_VALIDATE_MODEL_BINARY (or pip -C binary=PATH) to a relocatable "
                         "validate-model, or run scripts/package.sh OUT, which builds it and "
                         "the wheel")
    return Path(given)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    path, _, _ = build(_binary_from(config_settings), Path(wheel_directory))
    return path.name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, type=Path, help="relocatable validate-model")
    parser.add_argument("--out", required=True, type=Path, help="folder for the .whl")
    parser.add_argument("--tag", help="platform tag to use instead of the measured one")
    args = parser.parse_args()
    try:
        path, tag, reason = build(args.binary, args.out, args.tag)
    except (BuildError, subprocess.CalledProcessError, OSError) as error:
        print(f"build_wheel.py: {error}", file=sys.stderr)
        return 1
    print(f"wheel: {path} ({path.stat().st_size} bytes)")
    print(f"platform tag: {tag} ({reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
