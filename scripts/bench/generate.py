#!/usr/bin/env python3
"""Generate a benchmark: a golden folder of N synthetic records, and a model output with one result
per record (values in other units of the same dimension; about 10 % off).

    generate.py N DIR            → DIR/golden/bench2026.json, DIR/output.json
    generate.py N DIR --papers P → the N records split over P papers (DIR/golden/bench2026.json,
                                   benchb2026.json, …), plus the locality case: DIR/one-paper.json
                                   (100 results of the first paper) and DIR/golden-one/ (that
                                   paper's file alone)"""
import json
import os
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
papers = int(sys.argv[sys.argv.index("--papers") + 1]) if "--papers" in sys.argv else 1
keys = ["bench2026"] + [f"bench{chr(ord('b') + k)}2026" for k in range(papers - 1)]
per_paper = -(-n // papers)
random.seed(20261125)
# (golden unit, output unit, factor output/golden, printed decimals)
kinds = [("nm", "µm", 1e-3, 0), ("MPa", "GPa", 1e-3, 1), ("mAh g^-1", "Ah kg^-1", 1.0, 2),
         ("mS cm^-1", "S m^-1", 0.1, 3), ("Wh L^-1", "Wh cm^-3", 1e-3, 0), ("°C", "K", None, 0),
         ("wt%", "1", 0.01, 2), ("mA cm^-2", "A m^-2", 10.0, 2)]
records, results = [], []
for i in range(n):
    unit, out_unit, factor, decimals = kinds[i % len(kinds)]
    value = round(random.uniform(1, 1000), decimals)
    printed = f"{value:.{decimals}f}"
    rid = f"{keys[i // per_paper]}.quantity-{i // 1000}.value-{i % 1000}"
    records.append({
        "id": rid, "quantity": f"synthetic quantity {i}", "location": {"section": "Benchmark"},
        "quote": f"The synthetic value number {i} was {printed} in the benchmark.", "printed": printed,
        "value": {"number": float(printed)}, "unit": unit, "kind": "computed", "method": "generated",
        "uncertainty": {"basis": "printed-precision"}, "notes": ""})
    got = float(printed) * (1.02 if i % 10 == 0 else 1.0)
    got = got + 273.15 if factor is None else got * factor
    results.append({"id": rid, "value": got, "unit": out_unit})
os.makedirs(f"{out}/golden", exist_ok=True)
for k, key in enumerate(keys):
    mine = records[k * per_paper:(k + 1) * per_paper]
    doc = {"formatVersion": 1,
           "paper": {"key": key, "citation": f"Synthetic benchmark paper {k + 1} (2026)", "file": "none.txt"},
           "records": mine}
    with open(f"{out}/golden/{key}.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    if k == 0 and papers > 1:
        os.makedirs(f"{out}/golden-one", exist_ok=True)
        with open(f"{out}/golden-one/{key}.json", "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        with open(f"{out}/one-paper.json", "w", encoding="utf-8") as f:
            json.dump({"formatVersion": 1, "model": {"name": "benchmark"}, "results": results[:100]},
                      f, ensure_ascii=False)
with open(f"{out}/output.json", "w", encoding="utf-8") as f:
    json.dump({"formatVersion": 1, "model": {"name": "benchmark"}, "results": results}, f, ensure_ascii=False)
print(f"{n} records and results over {papers} paper(s) in {out}")
