#!/usr/bin/env python3
"""The Python peer for the benchmark: validate-model's scoring rules for what the benchmark's
data holds, in Python 3, with the same summary line.

    baseline_validate.py OUTPUT.json --golden DIR            # standard library json
    baseline_validate.py OUTPUT.json --golden DIR --orjson   # orjson, garbage collector off

Implemented (docs/verdicts.md): strict loading of golden files and model output (duplicate keys,
NaN/Infinity refused; with --orjson duplicate keys are not detected, orjson has no hook for
them), the unit grammar (prefixes, symbols, exponents, '/', °C), u_golden from the printed
precision, number, range, bound and category values; pass within u_golden, within-uncertainty
within u_val = hypot(u_golden, u_model) when u_model <= max(u_golden, 0.1 |printed|), else
uninformative; parameter records answered with a value that does not fail are input-echoed and
not counted; missing ids of touched papers; the exit rule without documented readings, conflict
groups or conditions (the benchmark's data has none of them, and the peer says so by not
implementing them)."""
import gc
import glob
import json
import math
import re
import sys

ORJSON = "--orjson" in sys.argv
if ORJSON:
    import orjson  # installed by scripts/bench/run.sh into its own virtual environment
    gc.disable()

PREFIX = {"G": 1e9, "M": 1e6, "k": 1e3, "c": 1e-2, "m": 1e-3, "µ": 1e-6, "μ": 1e-6, "u": 1e-6, "n": 1e-9, "p": 1e-12}
# symbol: (factor, (m, kg, s, A, K, mol), prefixable)
SYMBOLS = {
    "bar": (1e5, (-1, 1, -2, 0, 0, 0), False), "Torr": (101325 / 760, (-1, 1, -2, 0, 0, 0), False),
    "eV": (1.602176634e-19, (2, 1, -2, 0, 0, 0), True), "rpm": (1 / 60, (0, 0, -1, 0, 0, 0), False),
    "ohm": (1, (2, 1, -3, -2, 0, 0), True),
    "m": (1, (1, 0, 0, 0, 0, 0), True), "Å": (1e-10, (1, 0, 0, 0, 0, 0), False), "g": (1e-3, (0, 1, 0, 0, 0, 0), True),
    "s": (1, (0, 0, 1, 0, 0, 0), True), "min": (60, (0, 0, 1, 0, 0, 0), False), "h": (3600, (0, 0, 1, 0, 0, 0), False),
    "A": (1, (0, 0, 0, 1, 0, 0), True), "K": (1, (0, 0, 0, 0, 1, 0), True), "mol": (1, (0, 0, 0, 0, 0, 1), True),
    "L": (1e-3, (3, 0, 0, 0, 0, 0), True), "Pa": (1, (-1, 1, -2, 0, 0, 0), True), "N": (1, (1, 1, -2, 0, 0, 0), True),
    "J": (1, (2, 1, -2, 0, 0, 0), True), "W": (1, (2, 1, -3, 0, 0, 0), True), "Wh": (3600, (2, 1, -2, 0, 0, 0), True),
    "C": (1, (0, 0, 1, 1, 0, 0), True), "Ah": (3600, (0, 0, 1, 1, 0, 0), True), "V": (1, (2, 1, -3, -1, 0, 0), True),
    "Ω": (1, (2, 1, -3, -2, 0, 0), True), "S": (1, (-2, -1, 3, 2, 0, 0), True), "Hz": (1, (0, 0, -1, 0, 0, 0), True),
}
SPECIAL = {"1": (1, (0,) * 6, None, 0), "%": (0.01, (0,) * 6, None, 0), "wt%": (0.01, (0,) * 6, "mass", 0),
           "vol%": (0.01, (0,) * 6, "volume", 0), "at%": (0.01, (0,) * 6, "atomic", 0),
           "ppm": (1e-6, (0,) * 6, None, 0), "°": (math.pi / 180, (0,) * 6, None, 0),
           "°C": (1, (0, 0, 0, 0, 1, 0), None, 273.15)}
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
    """Half a unit in the last printed digit (of the last number, for a range)."""
    numbers = re.findall(r"\d[\d,]*(?:\.(\d+))?", printed)
    decimals = len(numbers[-1]) if numbers else 0
    return 0.5 * 10 ** -decimals


def load_json(fh):
    if ORJSON:
        return orjson.loads(fh.read())
    return json.load(fh, object_pairs_hook=no_duplicates,
                     parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))


def status(record, got, u_model):
    """pass / within / uninformative / fail for a number against a number, range or bound."""
    value, unit, tol, kind = record
    if "number" in value:
        lo = hi = value["number"]
    elif "range" in value:
        lo, hi = value["range"]
    else:
        rel, limit = value["bound"]["relation"], value["bound"]["number"]
        lo, hi = (limit, math.inf) if rel.startswith(">") else (-math.inf, limit)
    scale = max(abs(lo) if math.isfinite(lo) else 0, abs(hi) if math.isfinite(hi) else 0)
    slack = 1e-12 * max(abs(got), scale)
    miss = lambda t: got < lo - t - slack or got > hi + t + slack
    if not miss(tol):
        return "pass"
    combined = math.hypot(tol, u_model)
    if u_model > 0 and not miss(combined):
        return "uninformative" if u_model > max(tol, 0.1 * scale) else "within"
    return "fail"


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
        with open(f, "rb" if ORJSON else "r", **({} if ORJSON else {"encoding": "utf-8"})) as fh:
            doc = load_json(fh)
        for r in doc["records"]:
            if r["id"] in records:
                raise SystemExit(f"Error: {f}: duplicate id {r['id']}")
            basis = r["uncertainty"]["basis"]
            tol = {"printed-precision": printed_tolerance(r["printed"]),
                   "approximate": 2 * printed_tolerance(r["printed"]),
                   "exact": 0.0}.get(basis, r["uncertainty"].get("plusMinus", 0.0))
            unit = None if r["unit"] == "-" else parse_unit(r["unit"])
            records[r["id"]] = (r["value"], unit, tol, r["kind"])
    with open(path, "rb" if ORJSON else "r", **({} if ORJSON else {"encoding": "utf-8"})) as fh:
        out = load_json(fh)
    counts = {"pass": 0, "within": 0, "fail": 0, "uninformative": 0, "echoed": 0}
    seen, unknown, papers = set(), 0, set()
    for i, res in enumerate(out["results"]):
        rid = res["id"]
        if rid in seen:
            raise SystemExit(f"Error: {path}: $.results[{i}].id: duplicate id")
        seen.add(rid)
        if rid not in records:
            unknown += 1
            continue
        record = records[rid]
        value, unit, tol, kind = record
        papers.add(rid.split(".")[0])
        if "category" in value:
            result = "pass" if res["value"] == value["category"] else "fail"
        else:
            src = parse_unit(res["unit"])
            got = convert(float(res["value"]), src, unit)
            u_model = float(res.get("uncertainty", 0.0)) * src[0] / unit[0]
            result = status(record, got, u_model)
        if kind == "parameter" and result != "fail":
            result = "echoed"
        counts[result] += 1
    missing = sum(1 for rid, rec in records.items()
                  if rid.split(".")[0] in papers and rid not in seen and rec[3] != "parameter")
    scored = counts["pass"] + counts["within"] + counts["fail"] + counts["uninformative"]
    parts = [f"{counts['pass']} pass"]
    if counts["within"]:
        parts.append(f"{counts['within']} within model uncertainty")
    parts.append(f"{counts['fail']} fail")
    if counts["uninformative"]:
        parts.append(f"{counts['uninformative']} uninformative uncertainty")
    echoed = f"{counts['echoed']} inputs echoed (not validation); " if counts["echoed"] else ""
    failures = counts["fail"] + counts["uninformative"]
    verdict = "PASS" if counts["pass"] and not failures and not unknown else "FAIL"
    print(f"Summary: {scored} scored: {', '.join(parts)}; {echoed}{missing} not in output; "
          f"{unknown} unknown → {verdict}")
    sys.exit(0 if verdict == "PASS" else 1)


if __name__ == "__main__":
    main()
