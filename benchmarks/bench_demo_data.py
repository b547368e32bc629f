"""How long `coachdesk demo-data` takes, step by step.

    python benchmarks/bench_demo_data.py [--scale large] [--runs 1]

Each run writes a fresh temporary file; prints each step's time, the total and the size.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import common  # noqa: F401  (sets up the import path)

from coachdesk.services import Desk
from coachdesk.services.demo import fill_demo_data


def one_run(scale: str) -> tuple[float, dict[str, float], dict[str, int], int]:
    steps: dict[str, float] = {}
    marks: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        start = time.perf_counter()
        with Desk.open(path) as desk:
            counts = fill_demo_data(
                desk, scale, progress=lambda m, _f: marks.append((m, time.perf_counter())))
        total = time.perf_counter() - start
        size = path.stat().st_size
    for (label, at), (_, following) in zip(marks, marks[1:], strict=False):
        steps[label] = following - at
    return total, steps, counts, size


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    totals = []
    for run in range(args.runs):
        total, steps, counts, size = one_run(args.scale)
        totals.append(total)
        print(f"run {run + 1}: {total:.1f} s, {size / 1e6:.0f} MB")
        for label, seconds in steps.items():
            print(f"    {label:<28} {seconds:6.2f} s")
    print("made: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    print(f"median total: {statistics.median(totals):.1f} s over {args.runs} run(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
