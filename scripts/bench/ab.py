#!/usr/bin/env python3
"""Compare two builds of a command on the same input, runs interleaved (A B, B A, A B, …) so that
a machine that drifts (other load, thermal, a noisy neighbour) affects both alike.
Usage: ab.py BINARY_A BINARY_B RUNS -- ARGS...   e.g.
  cp .build/release/validate-model /tmp/before; (change, swift build -c release)
  scripts/bench/ab.py /tmp/before .build/release/validate-model 21 -- out.json --golden g --quiet"""
import statistics
import subprocess
import sys
import time

a, b, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
args = sys.argv[sys.argv.index("--") + 1:]
walls = {a: [], b: []}
for i in range(runs):
    for binary in ((a, b) if i % 2 == 0 else (b, a)):
        start = time.perf_counter()
        subprocess.run([binary, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls[binary].append(time.perf_counter() - start)
for binary in (a, b):
    print(f"{binary}: median {statistics.median(walls[binary]) * 1000:.1f} ms, min {min(walls[binary]) * 1000:.1f} ms ({runs} runs)")
