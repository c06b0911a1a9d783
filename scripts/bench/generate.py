#!/usr/bin/env python3
"""Generate a benchmark: a golden folder with one synthetic paper of N records, and a model
output with one result per record (values in other units of the same dimension; about 10 % off).
Usage: generate.py N DIR  → DIR/golden/bench2026.json, DIR/output.json"""
import json
import os
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
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
    rid = f"bench2026.quantity-{i // 1000}.value-{i % 1000}"
    records.append({
        "id": rid, "quantity": f"synthetic quantity {i}", "location": {"section": "Benchmark"},
        "quote": f"The synthetic value number {i} was {printed} in the benchmark.", "printed": printed,
        "value": {"number": float(printed)}, "unit": unit, "kind": "computed", "method": "generated",
        "uncertainty": {"basis": "printed-precision"}, "notes": ""})
    got = float(printed) * (1.02 if i % 10 == 0 else 1.0)
    got = got + 273.15 if factor is None else got * factor
    results.append({"id": rid, "value": got, "unit": out_unit})
os.makedirs(f"{out}/golden", exist_ok=True)
with open(f"{out}/golden/bench2026.json", "w", encoding="utf-8") as f:
    json.dump({"formatVersion": 1, "paper": {"key": "bench2026", "citation": "Synthetic benchmark paper (2026)", "file": "none.txt"},
               "records": records}, f, ensure_ascii=False)
with open(f"{out}/output.json", "w", encoding="utf-8") as f:
    json.dump({"formatVersion": 1, "model": {"name": "benchmark"}, "results": results}, f, ensure_ascii=False)
print(f"{n} records and results in {out}")
