#!/usr/bin/env python3
"""Run several commands in turn, round after round, and print each one's median CPU time
(user + system), median wall time and peak memory, and CPU ratios to the first: on a shared,
noisy machine only ratios within one interleaved run mean anything.

    interleave.py ROUNDS NAME -- CMD ARGS... ';;' NAME -- CMD ARGS... [';;' …]
"""
import os
import statistics
import subprocess
import sys
import time

rounds = int(sys.argv[1])
specs, current = [], []
for arg in sys.argv[2:] + [";;"]:
    if arg == ";;":
        if current:
            name, cmd = current[0], current[current.index("--") + 1:]
            specs.append((name, cmd))
        current = []
    else:
        current.append(arg)
cpu = {name: [] for name, _ in specs}
wall = {name: [] for name, _ in specs}
rss = {name: 0 for name, _ in specs}
for _ in range(rounds):
    for name, cmd in specs:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        wall[name].append(time.perf_counter() - start)
        cpu[name].append(usage.ru_utime + usage.ru_stime)
        rss[name] = max(rss[name], usage.ru_maxrss)
first = statistics.median(cpu[specs[0][0]])
print(f"{'command':<44} {'CPU ms':>9} {'wall ms':>9} {'peak MiB':>9} {'CPU ratio':>10}   "
      f"(medians of {rounds} interleaved rounds; load {os.getloadavg()[0]:.2f})")
for name, _ in specs:
    c, w = statistics.median(cpu[name]) * 1000, statistics.median(wall[name]) * 1000
    print(f"{name:<44} {c:9.1f} {w:9.1f} {rss[name] / 1024:9.1f} {c / (first * 1000):9.2f}×")
