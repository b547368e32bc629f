"""What the benchmark scripts share: timing with median and spread, the large demo file."""

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CACHE = Path(__file__).resolve().parent / ".cache"


def timed(label: str, work: Callable[[], object], repeat: int = 5,
          setup: Callable[[], object] | None = None) -> float:
    """Run ``work`` ``repeat`` times, each after an untimed ``setup``; print and return the
    median in milliseconds."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    median = statistics.median(samples)
    spread = max(samples) - min(samples)
    print(f"{label:<50} {median:8.1f} ms  (±{spread / 2:.1f}, n={repeat})")
    return median


def large_demo(path: Path | None = None, years: int = 1) -> Path:
    """The large demo database with ``years`` school years of records, built once and
    kept in benchmarks/.cache."""
    from coachdesk.services import Desk
    from coachdesk.services.demo import fill_demo_data

    path = path or CACHE / ("large.sqlite3" if years == 1 else f"large-{years}y.sqlite3")
    if not path.exists():
        print(f"building the large demo database in {path} …", flush=True)
        start = time.perf_counter()
        partial = path.with_name(path.name + ".partial")  # renamed only once complete
        partial.unlink(missing_ok=True)
        with Desk.open(partial) as desk:
            fill_demo_data(desk, "large", years=years)
        partial.rename(path)
        print(f"built in {time.perf_counter() - start:.1f} s")
    return path
