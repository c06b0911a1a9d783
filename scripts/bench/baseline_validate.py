#!/usr/bin/env python3
"""The Python baseline for the benchmark: the same scoring as validate-model, with the same
rules, in plain Python 3 (standard library only): strict loading of golden files and model output,
the unit grammar (prefixes, symbols, exponents, '/', °C), tolerance from printed precision,
pass iff |got - expected| <= sqrt(u_golden^2 + u_model^2) (or 1e-12 relative), and the same
summary line. Usage: baseline_validate.py OUTPUT.json --golden DIR"""
import glob
import json
import math
import re
import sys

PREFIX = {"G": 1e9, "M": 1e6, "k": 1e3, "c": 1e-2, "m": 1e-3, "µ": 1e-6, "μ": 1e-6, "u": 1e-6, "n": 1e-9, "p": 1e-12}
# symbol: (factor, (m, kg, s, A, K, mol), prefixable)
SYMBOLS = {
    "m": (1, (1, 0, 0, 0, 0, 0), True), "Å": (1e-10, (1, 0, 0, 0, 0, 0), False), "g": (1e-3, (0, 1, 0, 0, 0, 0), True),
    "s": (1, (0, 0, 1, 0, 0, 0), True), "min": (60, (0, 0, 1, 0, 0, 0), False), "h": (3600, (0, 0, 1, 0, 0, 0), False),
    "A": (1, (0, 0, 0, 1, 0, 0), True), "K": (1, (0, 0, 0, 0, 1, 0), True), "mol": (1, (0, 0, 0, 0, 0, 1), True),
    "L": (1e-3, (3, 0, 0, 0, 0, 0), True), "Pa": (1, (-1, 1, -2, 0, 0, 0), True), "N": (1, (1, 1, -2, 0, 0, 0), True),
    "J": (1, (2, 1, -2, 0, 0, 0), True), "W": (1, (2, 1, -3, 0, 0, 0), True), "Wh": (3600, (2, 1, -2, 0, 0, 0), True),
    "C": (1, (0, 0, 1, 1, 0, 0), True), "Ah": (3600, (0, 0, 1, 1, 0, 0), True), "V": (1, (2, 1, -3, -1, 0, 0), True),
    "Ω": (1, (2, 1, -3, -2, 0, 0), True), "S": (1, (-2, -1, 3, 2, 0, 0), True), "Hz": (1, (0, 0, -1, 0, 0, 0), True),
}
SPECIAL = {"1": (1, (0,) * 6, None, 0), "%": (0.01, (0,) * 6, None, 0), "wt%": (0.01, (0,) * 6, "mass", 0),
           "vol%": (0.01, (0,) * 6, "volume", 0), "°C": (1, (0, 0, 0, 0, 1, 0), None, 273.15)}
_unit_cache = {}


def parse_unit(text):
    if text in _unit_cache:
        return _unit_cache[text]
    t = text.strip()
    if not t:
        raise ValueError("empty unit; write '1' for a dimensionless number")
    if t in SPECIAL:
        unit = SPECIAL[t]
    else:
        halves = t.split("/")
        if len(halves) > 2:
            raise ValueError(f"unknown unit symbol '/' in '{text}'")
        factor, dim = 1.0, [0] * 6
        for k, half in enumerate(halves):
            sign = 1 if k == 0 else -1
            for token in re.split(r"[ ·⋅*]+", half.strip()):
                base, _, exp = token.partition("^")
                e = int(exp) if exp else 1
                if base in SYMBOLS:
                    f, d, _ = SYMBOLS[base]
                elif base[:1] in PREFIX and base[1:] in SYMBOLS and SYMBOLS[base[1:]][2]:
                    f, d, _ = SYMBOLS[base[1:]]
                    f *= PREFIX[base[:1]]
                else:
                    raise ValueError(f"unknown unit symbol '{token}' in '{text}'")
                factor *= f ** (e * sign)
                dim = [a + b * e * sign for a, b in zip(dim, d)]
        unit = (factor, tuple(dim), None, 0)
    _unit_cache[text] = unit
    return unit


def convert(value, src, dst):
    if src[1] != dst[1] or (src[2] and dst[2] and src[2] != dst[2]):
        raise ValueError("dimension mismatch")
    return (value * src[0] + src[3] - dst[3]) / dst[0]


def printed_tolerance(printed):
    m = re.search(r"-?\d+(?:\.(\d+))?", printed)
    decimals = len(m.group(1) or "") if m else 0
    return 0.5 * 10 ** -decimals


def no_duplicates(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise ValueError(f"duplicate key {k!r}")
        d[k] = v
    return d


def main():
    path = sys.argv[1]
    golden_dir = sys.argv[sys.argv.index("--golden") + 1]
    records = {}
    for f in sorted(glob.glob(f"{golden_dir}/*.json")):
        with open(f, encoding="utf-8") as fh:
            doc = json.load(fh, object_pairs_hook=no_duplicates)
        for r in doc["records"]:
            if r["id"] in records:
                raise SystemExit(f"Error: {f}: duplicate id {r['id']}")
            basis = r["uncertainty"]["basis"]
            tol = {"printed-precision": printed_tolerance(r["printed"]), "approximate": 2 * printed_tolerance(r["printed"]),
                   "exact": 0.0}.get(basis, r["uncertainty"].get("plusMinus", 0.0))
            records[r["id"]] = (r["value"]["number"], parse_unit(r["unit"]), tol, r["kind"])
    with open(path, encoding="utf-8") as fh:
        out = json.load(fh, object_pairs_hook=no_duplicates, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    seen, passed, failed, unknown, papers = set(), 0, 0, 0, set()
    for i, res in enumerate(out["results"]):
        rid = res["id"]
        if rid in seen:
            raise SystemExit(f"Error: {path}: $.results[{i}].id: duplicate id")
        seen.add(rid)
        if rid not in records:
            unknown += 1
            continue
        expected, unit, tol, _ = records[rid]
        papers.add(rid.split(".")[0])
        got = convert(float(res["value"]), parse_unit(res["unit"]), unit)
        u_model = float(res.get("uncertainty", 0.0)) * parse_unit(res["unit"])[0] / unit[0]
        combined = math.hypot(tol, u_model)
        ok = got == expected or abs(got - expected) <= combined or abs(got - expected) <= 1e-12 * max(abs(got), abs(expected))
        passed += ok
        failed += not ok
    missing = sum(1 for rid, rec in records.items() if rid.split(".")[0] in papers and rid not in seen and rec[3] != "parameter")
    scored = passed + failed
    verdict = "PASS" if scored and not failed else "FAIL"
    print(f"Summary: {scored} scored: {passed} pass, {failed} fail, 0 known discrepancy; {missing} not in output; {unknown} unknown → {verdict}")
    sys.exit(0 if verdict == "PASS" else 1)


if __name__ == "__main__":
    main()
