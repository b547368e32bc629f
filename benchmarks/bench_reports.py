"""The Excel reports on the large demo database (300 schools, 10,000 teachers, 100,000
visits, 300,000 enrollments), against the floor: openpyxl in write-only mode writing the
same cells.

    python benchmarks/bench_reports.py [--db PATH]

Builds benchmarks/.cache/large.sqlite3 on first use. Prints the median and spread of the
municipal summary for the school year and of one school report (queries, workbook and
atomic save), the floor for each, and the ratio.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from common import large_demo, timed
from openpyxl import Workbook

from coachdesk.reports.school_report import build_school_report
from coachdesk.reports.summary_report import build_summary_report
from coachdesk.services import Desk


def cells_of(book) -> list[tuple[str, list[list[object]]]]:
    """Every sheet's rows of values, as the report wrote them."""
    return [(ws.title, [[c.value for c in row] for row in ws.iter_rows()])
            for ws in book.wb.worksheets]


def floor_writer(sheets: list[tuple[str, list[list[object]]]], path: Path):
    def write() -> None:
        wb = Workbook(write_only=True)
        for title, rows in sheets:
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        wb.save(path)
    return write


def compare(label: str, report, repeat: int, folder: Path) -> tuple[float, float, int]:
    path = folder / f"{label}.xlsx"
    took = timed(f"{label}: report (SQL + workbook + save)", lambda: report().save(path),
                 repeat=repeat)
    sheets = cells_of(report())
    count = sum(sum(1 for v in row if v is not None) for _, rows in sheets for row in rows)
    floor = timed(f"{label}: floor, write-only, {count:,} cells",
                  floor_writer(sheets, folder / f"{label}-floor.xlsx"), repeat=repeat)
    print(f"{label}: ratio {took / floor:.1f}×")
    return took, floor, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with Desk.open(large_demo(args.db)) as desk:
        year_id, name = desk.school_years.years()[0]
        year = desk.school_years.get(year_id)[0]
        first, last = year.starts, year.ends
        print(f"-- school year {name}: {first} – {last}")
        timed("municipal summary: queries only",
              lambda: desk.reports.municipal_summary(first, last), repeat=args.repeat)
        busiest = max(desk.reports.municipal_summary(first, last).schools,
                      key=lambda s: s.visits_done + s.lessons_attended)
        timed(f"school report ({busiest.name}): queries only",
              lambda: desk.reports.school_report(busiest.school_id, first, last),
              repeat=args.repeat)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            results = [
                compare("summary", lambda: build_summary_report(
                    desk.reports.municipal_summary(first, last)), args.repeat, folder),
                compare("school", lambda: build_school_report(
                    desk.reports.school_report(busiest.school_id, first, last)),
                    args.repeat, folder),
            ]
    print("-- summary")
    for label, (took, floor, count) in zip(("municipal summary", "school report"), results,
                                           strict=True):
        print(f"{label:<20} {took:8.1f} ms  floor {floor:7.1f} ms  ({count:,} cells)  "
              f"ratio {took / floor:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
