"""Run every benchmark in ``bench/`` and print their figures.

Usage: ``python bench/run_all.py [--quick]``. Each ``bench_*.py`` measures its
own baseline in the same run and prints the ratio, the goal and PASS/MISS.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    extra = sys.argv[1:]
    scripts = sorted(Path(__file__).parent.glob("bench_*.py"))
    failed = []
    for script in scripts:
        print(f"\n### {script.name} {' '.join(extra)}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(script), *extra])
        print(f"### {script.name}: exit {code} after {time.perf_counter() - started:.1f} s")
        if code:
            failed.append(script.name)
    if failed:
        print(f"\nBenchmarks that failed to run: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
