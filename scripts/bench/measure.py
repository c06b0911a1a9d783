#!/usr/bin/env python3
"""Run a command (stdout discarded) and print its wall time and peak resident memory:
measure.py LABEL REPEATS [--save FILE] -- CMD ARGS...  → median wall time over REPEATS runs, max RSS
(with --save, the median in milliseconds is also written to FILE, for run.sh's ratios)."""
import os
import resource
import statistics
import subprocess
import sys
import time

label, repeats = sys.argv[1], int(sys.argv[2])
cmd = sys.argv[sys.argv.index("--") + 1:]
walls, rss = [], 0
for _ in range(repeats):
    pid_start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    walls.append(time.perf_counter() - pid_start)
    rss = max(rss, usage.ru_maxrss)  # KiB on Linux
    code = os.waitstatus_to_exitcode(status)
if "--save" in sys.argv[:sys.argv.index("--")]:
    with open(sys.argv[sys.argv.index("--save") + 1], "w") as f:
        f.write(f"{statistics.median(walls) * 1000:.3f}\n")
print(f"{label:<34} wall {statistics.median(walls) * 1000:9.1f} ms (median of {repeats})   peak RSS {rss / 1024:8.1f} MiB   exit {code}")
