"""Every figure of issue 10 on the large demo database, against its target, in one table;
with ``--years N`` (by default 5) each figure also on the large demo with N school years
of history behind it (issue 25), side by side with the ratio.

    python benchmarks/bench_all.py [--db PATH] [--runs N] [--years N] [--out docs/performance.md]
                                   [--no-write]

Builds benchmarks/.cache/large.sqlite3 (and large-5y.sqlite3) once (large_demo()), then
measures, each over several runs (median and half the spread between the fastest and the
slowest), the two files in turn run by run:

- cold start on the large database, as `coachdesk` starts (start_window: the window
  first, the database opening beside it): when the window has painted, when the database
  is open and Today has painted its figures, and the longest pause of the window's event
  loop in between; the same on the first open of a day (the daily backup is taken);
  each as the time inside (time.perf_counter from the script's very
  first line) and the wall time seen by the parent as it reads the line (interpreter start
  included); and the floor, a bare PySide6 QMainWindow started the same way;
- opening each list page (schools, teachers, tutors, lessons, visits, devices, topics,
  attendance) and the calendar: build the page, show it, start() and process events;
  the Calendar's move to the next week until it shows the new week, and the Attendance
  page's opening, period change and sort, each until the list shows its new rows, with
  the longest the window went unanswered meanwhile (part ``attendance``; issue 23);
- Today's attention list and term at a glance (desk.dashboard);
- one filter keystroke and one column sort on the largest list, lessons (20,000);
- a conflict check for one visit booking (desk.visits.conflicts) and a free-slot search
  for one request (desk.requests.propose: every tutor who can serve the school, each
  with the earliest free slots);
- the municipal summary and one school report for the school year (queries, workbook and
  save), each against its floor: openpyxl write-only writing the same cells;
- peak memory (ru_maxrss) of a fresh process with the large database open and every page
  of the main window visited.

It prints the table and writes it into ``--out`` between the markers
``<!-- bench_all:begin -->`` and ``<!-- bench_all:end -->`` (the rest of the file, such
as an earlier table kept for comparison, is left as it is).
"""

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from common import large_demo

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- bench_all:begin -->", "<!-- bench_all:end -->"


@dataclass
class Row:
    label: str
    samples: list[float]  # milliseconds, or MB for memory
    target: str = ""
    unit: str = "ms"
    note: str = ""
    history: list[float] | None = None  # the same measure on the file with history

    @property
    def ratio(self) -> float:
        return statistics.median(self.history) / self.median

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        return (max(self.samples) - min(self.samples)) / 2

    def cells(self) -> list[str]:
        digits = 0 if self.unit == "MB" else 1
        if self.history is not None:
            history = Row(self.label, self.history, unit=self.unit)
            return [self.label, f"{self.median:,.{digits}f} {self.unit} ±{self.spread:,.{digits}f}",
                    f"{history.median:,.{digits}f} {self.unit} ±{history.spread:,.{digits}f}",
                    f"{self.ratio:.2f}", str(len(self.samples)), self.target, self.note]
        return [self.label, f"{self.median:,.{digits}f} {self.unit}",
                f"±{self.spread:,.{digits}f}", str(len(self.samples)), self.target, self.note]


def side_by_side(section, first, second, runs: int) -> list[Row]:
    """``section(subject, runs)`` on ``first`` and ``second`` in turn, one run at a time
    (so that a busy moment of the machine hits both alike); each row of ``first`` with
    the same row's samples on ``second`` as its history."""
    rows: dict[str, Row] = {}
    for _ in range(runs):
        for which, subject in (("first", first), ("second", second)):
            for row in section(subject, 1):
                kept = rows.setdefault(row.label, Row(row.label, [], row.target, row.unit,
                                                      row.note, []))
                (kept.samples if which == "first" else kept.history).extend(row.samples)
    return list(rows.values())


def measure(work, runs: int, setup=None) -> list[float]:
    samples = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


# -- fresh processes ----------------------------------------------------------------------
# The scripts run with ``python -c``; the first line starts the clock.
PAINTED = """
from PySide6.QtCore import QEvent, QObject
class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Painted.seen = True
        return False
def wait_painted(app, widget):
    Painted.seen = False
    watcher = Painted()
    widget.installEventFilter(watcher)
    deadline = time.perf_counter() + 30
    while not Painted.seen and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watcher)
"""

BARE = """import time; _t0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
""" + PAINTED + """
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("CoachDesk"))
window.resize(1200, 760)
window.show()
wait_painted(app, window.centralWidget())
print("READY", (time.perf_counter() - _t0) * 1000, flush=True)
"""

# As `coachdesk` starts: the window first, the database opening beside it (open_desk).
# WINDOW: the window has painted; READY: the database is open and Today has painted its
# figures (read on a worker thread too); STALL: the longest the window's event loop went
# unanswered between the two (a 5 ms timer).
APP = """import time; _t0 = time.perf_counter()
import sys
from pathlib import Path
from coachdesk.ui.app import make_application, start_window
""" + PAINTED + """
from PySide6.QtCore import QTimer
app = make_application()
window = start_window(Path(sys.argv[1]))
wait_painted(app, window.centralWidget())
print("WINDOW", (time.perf_counter() - _t0) * 1000, flush=True)
ticks = [time.perf_counter()]
timer = QTimer(interval=5)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start()
while window.desk is None and time.perf_counter() - _t0 < 60:
    app.processEvents()
today = window.current_page()
while today.is_reading() and time.perf_counter() - _t0 < 60:  # its figures, read beside
    app.processEvents()
wait_painted(app, today)
ticks.append(time.perf_counter())
print("READY", (time.perf_counter() - _t0) * 1000, flush=True)
print("STALL", max(b - a for a, b in zip(ticks, ticks[1:])) * 1000, flush=True)
window.close()
window.desk.close()
window.lock.release()
"""

MEMORY = """import resource, sys
from pathlib import Path
from coachdesk.ui.app import make_application
from coachdesk.services import Desk
from coachdesk.ui.main_window import MainWindow
app = make_application()
desk = Desk.open(Path(sys.argv[1]))
window = MainWindow(desk)
window.show()
app.processEvents()
for row in range(window.nav.count()):
    window.nav.setCurrentRow(row)
    for _ in range(3):
        app.processEvents()
print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
window.close()
desk.close()
"""


def fresh_env(settings_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Qt's settings (geometry, last page, recent files) go to a throw-away folder.
    env["XDG_CONFIG_HOME"] = str(settings_dir)
    env["HOME"] = str(settings_dir)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_script(script: str, args: list[str], env: dict[str, str]
               ) -> dict[str, tuple[float, float]]:
    """Per line a fresh process prints ("READY 123.4"): (the figure it printed, the
    parent's wall time from starting the process to reading that line)."""
    start = time.perf_counter()
    seen = {}
    with subprocess.Popen([sys.executable, "-c", script, *args], env=env, cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        for line in child.stdout:
            key, _, value = line.partition(" ")
            seen[key] = (float(value), (time.perf_counter() - start) * 1000)
        errors = child.stderr.read()
    if child.returncode != 0:
        raise RuntimeError(f"the process failed:\n{errors}")
    return seen


def drop_daily_backups(db: Path) -> None:
    """As on the first open of a day: no daily copy of the file yet."""
    from coachdesk.storage.backup import list_backups

    for backup in list_backups(db):
        if backup.label == "daily":
            backup.path.unlink()


def start_rows(db: Path, runs: int, env: dict[str, str], warm: bool = True) -> list[Row]:
    if warm:
        run_script(APP, [str(db)], env)  # the first open of a file may upgrade it: not timed
    samples: dict[str, list[float]] = {}
    for _ in range(runs):  # interleaved, so that a busy moment hits both alike
        bare = run_script(BARE, [], env)
        app = run_script(APP, [str(db)], env)
        drop_daily_backups(db)
        first = run_script(APP, [str(db)], env)
        samples.setdefault("first of day", []).append(first["READY"][1])
        samples.setdefault("first stall", []).append(first["STALL"][0])
        for key, value in (("bare in", bare["READY"][0]), ("bare wall", bare["READY"][1]),
                           ("window in", app["WINDOW"][0]), ("window wall", app["WINDOW"][1]),
                           ("ready in", app["READY"][0]), ("ready wall", app["READY"][1]),
                           ("stall", app["STALL"][0])):
            samples.setdefault(key, []).append(value)
    floor = statistics.median(samples["bare wall"])
    return [
        Row("start: bare PySide6 window (inside)", samples["bare in"]),
        Row("start: bare PySide6 window (wall)", samples["bare wall"], note="the floor"),
        Row("start: CoachDesk window painted (inside)", samples["window in"]),
        Row("start: CoachDesk window painted (wall)", samples["window wall"],
            "< 1.5 s, ≤ 3× bare",
            note=f"{statistics.median(samples['window wall']) / floor:.1f}× bare; "
                 "responsive, the database opening beside it"),
        Row("start: database open, Today painted (inside)", samples["ready in"]),
        Row("start: database open, Today painted (wall)", samples["ready wall"],
            note=f"{statistics.median(samples['ready wall']) / floor:.1f}× bare"),
        Row("start: longest the window went unanswered meanwhile", samples["stall"],
            note="5 ms timer, from the paint to Today"),
        Row("start, first of the day (daily backup): Today painted (wall)",
            samples["first of day"], note="no daily copy of the file yet"),
        Row("start, first of the day: longest the window went unanswered",
            samples["first stall"], "< 100 ms"),
    ]


def memory_row(db: Path, runs: int, env: dict[str, str]) -> Row:
    samples = [run_script(MEMORY, [str(db)], env)["RSS"][0] for _ in range(runs)]
    return Row("peak memory, every page visited (ru_maxrss)", samples, "< 300 MB", "MB")


# -- in this process ----------------------------------------------------------------------
def page_rows(desk, runs: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from coachdesk.ui.pages.attendance_page import AttendancePage
    from coachdesk.ui.pages.calendar_page import CalendarPage
    from coachdesk.ui.pages.devices_page import DevicesPage
    from coachdesk.ui.pages.lessons_page import LessonsPage
    from coachdesk.ui.pages.schools_page import SchoolsPage
    from coachdesk.ui.pages.teachers_page import TeachersPage
    from coachdesk.ui.pages.topics_page import TopicsPage
    from coachdesk.ui.pages.tutors_page import TutorsPage
    from coachdesk.ui.pages.visits_page import VisitsPage

    app = QApplication.instance()
    rows = []
    titles: dict[type, str] = {}
    for cls in (SchoolsPage, TeachersPage, TutorsPage, LessonsPage, VisitsPage, DevicesPage,
                TopicsPage, AttendancePage, CalendarPage):
        pages = []

        def open_page(cls=cls, pages=pages):
            page = cls(desk)
            page.resize(1000, 700)
            page.show()
            page.start()
            app.processEvents()
            pages.append(page)
            titles[cls] = page.title

        def close_pages(pages=pages):
            while pages:
                page = pages.pop()
                page.close()
                page.deleteLater()
            app.processEvents()

        samples = []
        for _ in range(runs):
            close_pages()
            samples += measure(open_page, 1)
        close_pages()
        rows.append(Row(f"open page: {titles[cls]}", samples, "< 150 ms",
                        note="build, show, start()"))
    return rows + calendar_rows(desk, runs)


def settle(page) -> None:
    """Process events until ``page`` has read what it reads beside the window."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    app.processEvents()
    reading = getattr(page, "is_reading", lambda: False)
    deadline = time.perf_counter() + 30
    while reading() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)  # idle as the window would be, not racing the worker for the GIL


def longest_pause(work) -> float:
    """Run ``work``; the longest the window's event loop went unanswered meanwhile (ms):
    the largest gap between the ticks of a 5 ms timer."""
    from PySide6.QtCore import QTimer

    ticks = [time.perf_counter()]
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    work()
    ticks.append(time.perf_counter())
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


def timed_with_pauses(work, runs: int, setup=None) -> tuple[list[float], list[float]]:
    """Each run of ``work``: how long it took, and the longest pause of the window."""
    took, paused = [], []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        paused.append(longest_pause(work))
        took.append((time.perf_counter() - start) * 1000)
    return took, paused


def attendance_rows(desk, runs: int) -> list[Row]:
    """Issue 23: the Attendance page's opening, period change and sort, each until the
    list shows its new rows (the page reads them beside the window), and the longest the
    window went unanswered meanwhile; on the teachers' list of the school year."""
    from PySide6.QtCore import Qt

    from coachdesk.ui.pages.attendance_page import AttendancePage

    pages = []

    def open_page():
        page = AttendancePage(desk)
        page.resize(1000, 700)
        page.show()
        page.start()
        settle(page)
        pages.append(page)

    def close_pages():
        while pages:
            page = pages.pop()
            page.close()
            page.deleteLater()

    opened, open_paused = timed_with_pauses(open_page, runs, setup=close_pages)
    close_pages()
    open_page()
    page = pages[0]
    picker = page.term_picker
    # this school year and its two terms (the first three choices on either file; the
    # earlier years and "All years" follow them)
    count = min(3, picker.count())
    column = page.teachers.model.columnCount() - 1

    def change_period():
        picker.setCurrentIndex((picker.currentIndex() + 1) % count)
        settle(page)

    def sort():
        page.teachers.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        settle(page)

    changed, change_paused = timed_with_pauses(change_period, runs * 2)
    sorted_, sort_paused = timed_with_pauses(sort, runs * 2, setup=lambda: (
        page.teachers.view.sortByColumn(column, Qt.SortOrder.AscendingOrder), settle(page)))
    close_pages()
    return [Row("Attendance: open until the totals show", opened,
                note="build, show, start(), until the teachers' totals are in"),
            Row("Attendance: open, longest the window went unanswered", open_paused,
                "< 100 ms", note="5 ms timer"),
            Row("Attendance: change the period", changed,
                note=f"{count} periods in turn, until the list shows them"),
            Row("Attendance: change the period, longest the window went unanswered",
                change_paused, "< 100 ms", note="5 ms timer"),
            Row("Attendance: sort the teachers by a total", sorted_,
                note="until the list shows them"),
            Row("Attendance: sort, longest the window went unanswered", sort_paused,
                "< 100 ms", note="5 ms timer")]


def calendar_rows(desk, runs: int) -> list[Row]:
    """Issue 23: the Calendar moving a week on, all tutors."""
    from coachdesk.ui.pages.calendar_page import CalendarPage

    page = CalendarPage(desk)
    page.resize(1000, 700)
    page.show()
    page.start()
    settle(page)
    steps = iter(range(10_000))

    def move():
        page.move(1 if next(steps) % 8 < 4 else -1)
        settle(page)

    rows = [Row("Calendar: move a week", measure(move, runs * 2), "< 100 ms",
                note="all tutors")]
    page.close()
    page.deleteLater()
    return rows


def today_rows(desk, runs: int) -> list[Row]:
    """Issue 25: what Today reads (beside the window), on the real today."""
    today = date.today()
    return [Row("Today: attention list (desk.dashboard.attention)",
                measure(lambda: desk.dashboard.attention(today), runs)),
            Row("Today: the term at a glance (desk.dashboard.glance)",
                measure(lambda: desk.dashboard.glance(today), runs))]


def list_rows(desk, runs: int) -> list[Row]:
    """The Lessons list as it opens (the current school year, issue 25) and over all
    years (one click away)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from coachdesk.ui.table_model import LazyTableModel

    app = QApplication.instance()
    today = date.today()
    year = next((span for span in desk.school_years.spans()
                 if span[2] <= today <= span[3]), None)
    rows = []
    for label, period in (("this school year, as the page opens", year), ("all years", None)):
        model = LazyTableModel(desk.lessons.list_source())
        if period is not None:
            model.set_filter("from", period[2])
            model.set_filter("until", period[3])
        model.refresh()
        title = next(c for c in range(model.columnCount()) if model.column_key(c) == "title")

        def keystroke(model=model):
            model.set_text("scr")
            app.processEvents()

        def sort(model=model, title=title):
            model.sort(title, Qt.SortOrder.DescendingOrder)
            app.processEvents()

        rows.append(Row(f"lessons ({label}): filter keystroke 'sc' → 'scr'",
                        measure(keystroke, runs * 2, setup=lambda m=model: m.set_text("sc")),
                        "< 50 ms"))
        model.set_text("")
        rows.append(Row(f"lessons ({label}): sort by title", measure(
            sort, runs * 2,
            setup=lambda m=model, c=title: m.sort(c, Qt.SortOrder.AscendingOrder)),
            "< 50 ms", note="each click really sorts"))
    return rows


def booking_rows(desk, runs: int) -> list[Row]:
    from coachdesk.domain.visits import VisitDraft
    from coachdesk.storage import tables as t

    tutor_id, _name = desk.tutors.choices()[0]
    school_id = desk.schools.choices()[0][0]
    day = date.today() + timedelta(days=14)
    while day.isoweekday() != 3:
        day += timedelta(days=1)
    starts, ends = datetime.combine(day, datetime.min.time().replace(hour=9)), None
    ends = starts + timedelta(minutes=90)
    rows = [Row("conflict check, one visit (desk.visits.conflicts)", measure(
        lambda: desk.visits.conflicts(VisitDraft(school_id, tutor_id, starts, ends)), runs * 4),
        "< 10 ms")]
    with desk.db.reading() as conn:
        from sqlalchemy import select
        r = t.visit_requests.c
        request_id = conn.execute(select(r.id).where(r.status == "new").order_by(r.id)
                                  .limit(1)).scalar()
    if request_id is None:
        rows.append(Row("free-slot search: no open request in the database", [0.0]))
    else:
        found = desk.requests.propose(request_id)
        rows.append(Row("free-slot search, one request (desk.requests.propose)",
                        measure(lambda: desk.requests.propose(request_id), runs * 2),
                        "< 100 ms", note=f"{len(found)} tutors ranked, 4 slots each"))
    return rows


def report_rows(desk, runs: int) -> list[Row]:
    from openpyxl import Workbook, load_workbook

    from coachdesk.reports.school_report import build_school_report
    from coachdesk.reports.summary_report import build_summary_report

    year_id, _ = desk.school_years.years()[0]
    year = desk.school_years.get(year_id)[0]
    first, last = year.starts, year.ends
    busiest = max(desk.reports.municipal_summary(first, last).schools,
                  key=lambda s: s.visits_done + s.lesson_attendances)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, build in (
            ("municipal summary", lambda: build_summary_report(
                desk.reports.municipal_summary(first, last))),
            (f"school report ({busiest.name})", lambda: build_school_report(
                desk.reports.school_report(busiest.school_id, first, last))),
        ):
            path = folder / "report.xlsx"
            took = measure(lambda build=build, path=path: build().save(path), runs)
            written = load_workbook(path, read_only=True)
            sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)])
                      for ws in written.worksheets]
            written.close()
            cells = sum(1 for _, rs in sheets for row in rs for v in row if v is not None)

            def floor(sheets=sheets, path=folder / "floor.xlsx"):
                wb = Workbook(write_only=True)
                for title, rs in sheets:
                    ws = wb.create_sheet(title)
                    for row in rs:
                        ws.append(row)
                wb.save(path)

            floor_samples = measure(floor, runs)
            ratio = statistics.median(took) / statistics.median(floor_samples)
            rows.append(Row(f"{label}: floor, openpyxl write-only", floor_samples,
                            note=f"{cells:,} cells"))
            rows.append(Row(f"{label}: SQL + workbook + save", took, "≤ 1.5× floor",
                            note=f"{ratio:.2f}× floor"))
    return rows


# -- the report ---------------------------------------------------------------------------
def machine() -> list[tuple[str, str]]:
    import PySide6

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        ram = f"{pages / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        pass
    return [("date", datetime.now().strftime("%Y-%m-%d %H:%M")), ("CPU", cpu),
            ("cores", str(os.cpu_count())), ("RAM", ram),
            ("OS", f"{platform.system()} {platform.release()}"),
            ("Python", platform.python_version()), ("PySide6", PySide6.__version__),
            ("SQLite", sqlite3.sqlite_version)]


def table(rows: list[Row], side_by_side: bool = False, years: int = 1) -> str:
    head = (["measure", "one year", f"{years} years", "×", "runs", "target", "note"]
            if side_by_side else ["measure", "median", "spread", "runs", "target", "note"])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def write_out(out: Path, text: str) -> None:
    block = f"{BEGIN}\n{text}\n{END}"
    if out.exists():
        old = out.read_text(encoding="utf-8")
        if BEGIN in old and END in old:
            before, rest = old.split(BEGIN, 1)
            after = rest.split(END, 1)[1]
            out.write_text(before + block + after, encoding="utf-8")
            return
        out.write_text(old.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("# Performance\n\n" + block + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--only", help="comma-separated: start,pages,attendance,lists,bookings,"
                                       "today,reports,memory")
    parser.add_argument("--years", type=int, default=5,
                        help="also measure the large demo with this many school years of "
                             "history, side by side (1: the one-year file only)")
    args = parser.parse_args()
    db = large_demo(args.db)
    history = large_demo(years=args.years) if args.years > 1 else None
    only = set(args.only.split(",")) if args.only else None

    def wanted(part: str) -> bool:
        return only is None or part in only

    def each(section, first, second, runs):
        if second is None:
            return section(first, runs)
        return side_by_side(section, first, second, runs)

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as settings_dir:
        env = fresh_env(Path(settings_dir))
        if wanted("start"):
            for path in filter(None, (db, history)):
                run_script(APP, [str(path)], env)  # may upgrade the file: not timed
            rows += each(lambda path, n: start_rows(path, n, env, warm=False), db, history,
                         args.runs)
        if wanted("memory"):
            memory = each(lambda path, n: [memory_row(path, n, env)], db, history,
                          max(2, args.runs // 2))
        os.environ["XDG_CONFIG_HOME"] = settings_dir
        from PySide6.QtWidgets import QApplication

        from coachdesk.services import Desk

        QApplication.instance() or QApplication([])
        with Desk.open(db) as desk, Desk.open(history or db) as older:
            second = older if history else None
            for part, section in (("pages", page_rows), ("attendance", attendance_rows),
                                  ("lists", list_rows),
                                  ("bookings", booking_rows), ("today", today_rows),
                                  ("reports", report_rows)):
                if wanted(part):
                    rows += each(section, desk, second, args.runs)
        if wanted("memory"):
            rows += memory
    text = ("Machine: " + "; ".join(f"{k} {v}" for k, v in machine()) + ".\n\n"
            + table(rows, history is not None, args.years))
    print(text)
    if not args.no_write:
        write_out(args.out, text)
        print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
