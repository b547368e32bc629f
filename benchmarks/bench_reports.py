"""The Excel reports on the large demo database (300 schools, 10,000 teachers, 100,000
visits, 300,000 enrollments), against the floor: openpyxl in write-only mode writing the
same cells.

    python benchmarks/bench_reports.py [--db PATH] [--repeat N] [--today YYYY-MM-DD]

Builds benchmarks/.cache/large.sqlite3 on first use. Prints the median and spread of the
municipal summary's SQL for the school year (in all, and pass by pass), of every school's
activity (what a school report compares the school with), of one school report's SQL,
and of each report in all (queries, workbook and atomic save) against its floor.
"""

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from common import large_demo, timed
from openpyxl import Workbook, load_workbook

from coachdesk.reports.school_report import build_school_report
from coachdesk.reports.summary_report import build_summary_report
from coachdesk.services import Desk
from coachdesk.services import figures as f


def written_cells(path: Path) -> list[tuple[str, list[list[object]]]]:
    """Every sheet's rows of values, read back from the written file."""
    book = load_workbook(path, read_only=True)
    sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)])
              for ws in book.worksheets]
    book.close()
    return sheets


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
    sheets = written_cells(path)
    count = sum(sum(1 for v in row if v is not None) for _, rows in sheets for row in rows)
    floor = timed(f"{label}: floor, write-only, {count:,} cells",
                  floor_writer(sheets, folder / f"{label}-floor.xlsx"), repeat=repeat)
    print(f"{label}: ratio {took / floor:.1f}×")
    return took, floor, count


def summary_passes(desk: Desk, first: date, last: date, today: date, repeat: int) -> None:
    """The summary's SQL pass by pass (services/figures.py, services/report_data.py)."""
    reports = desk.reports
    start, end = f.midnight(first), f.midnight(last + timedelta(days=1))
    months = f.period_months(first, last)
    with desk.db.reading() as conn:
        visits = f.visit_pass(conn, start, end, today, months, tutors=True)
        timed("  visits per month, school and tutor (one pass)",
              lambda: f.visit_pass(conn, start, end, today, months, tutors=True),
              repeat=repeat)
        timed("  schools' attendances per teacher, teachers named",
              lambda: f.school_activity(conn, start, end, today, visits), repeat=repeat)
        timed("  tutors", lambda: reports._tutor_rows(conn, first, last, start, end,
                                                      visits.by_tutor), repeat=repeat)
        lessons = reports._lesson_pass(conn, start, end, months)
        timed("  lessons per topic and month (one pass)",
              lambda: reports._lesson_pass(conn, start, end, months), repeat=repeat)
        timed("  topics", lambda: reports._topic_rows(conn, start, end, lessons),
              repeat=repeat)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    today = args.today
    with Desk.open(large_demo(args.db)) as desk:
        year_id, name = desk.school_years.years()[0]
        year = desk.school_years.get(year_id)[0]
        first, last = year.starts, year.ends
        print(f"-- school year {name}: {first} – {last}, today {today}")
        timed("municipal summary: SQL", lambda: desk.reports.municipal_summary(
            first, last, today), repeat=args.repeat)
        summary_passes(desk, first, last, today, args.repeat)
        busiest = max(desk.reports.municipal_summary(first, last, today).schools,
                      key=lambda s: s.visits_done + s.lesson_attendances)
        timed("every school's activity (desk.reports.city)",
              lambda: desk.reports.city(first, last, today), repeat=args.repeat)
        city = desk.reports.city(first, last, today)
        timed(f"school report ({busiest.name}): SQL",
              lambda: desk.reports.school_report(busiest.school_id, first, last, today),
              repeat=args.repeat)
        timed(f"school report ({busiest.name}): SQL, the city given",
              lambda: desk.reports.school_report(busiest.school_id, first, last, today,
                                                 city=city), repeat=args.repeat)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            results = [
                compare("summary", lambda: build_summary_report(
                    desk.reports.municipal_summary(first, last, today)), args.repeat, folder),
                compare("school", lambda: build_school_report(
                    desk.reports.school_report(busiest.school_id, first, last, today)),
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
