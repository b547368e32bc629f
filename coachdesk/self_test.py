"""``coachdesk self-test`` (or ``coachdesk --self-test``): is this installation whole?

Opens a new database in a temporary CoachDesk home, runs a quick round of the services
(demo data, a school, a teacher, a tutor, a lesson, a loan, a school calendar with public
holidays, an Excel report and an .ics calendar), renders the main window offscreen when
there is no screen and saves it as a PNG. Prints one line per check and exits 0 when all
pass, 1 (naming what failed) otherwise. Made for a frozen build: it loads the migrations,
the dynamically imported packages and the Qt plugins the application needs.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    LoanRequest,
    ReturnRequest,
)
from coachdesk.domain.lessons import LessonDraft, PlaceKind
from coachdesk.domain.schools import Language, SchoolDraft, SchoolKind, TeacherDraft

if TYPE_CHECKING:  # imported when a step runs: the self-test starts fast
    from coachdesk.services import Desk

YEAR = 2040  # a school year of its own, far from the demo's
DAY = date(YEAR, 9, 12)  # a Wednesday in the autumn term


def add_self_test(parser: argparse.ArgumentParser, subparsers) -> None:
    """``--self-test`` on the ``coachdesk`` command and the ``self-test`` sub-command."""
    parser.add_argument("--self-test", dest="run", action="store_const", const=run_self_test,
                        help="check this installation without a screen and exit")
    command = subparsers.add_parser("self-test", help="check this installation: a quick "
                                    "round of the services and the window, offscreen")
    command.add_argument("--out", type=Path, dest="self_test_out", metavar="DIR",
                         help="keep the database, report, calendar and picture in DIR "
                         "(default: a temporary folder, removed afterwards)")
    command.set_defaults(run=run_self_test)


def run_self_test(args: argparse.Namespace | None = None) -> int:
    keep = getattr(args, "self_test_out", None)
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="coachdesk-self-test-"))
    folder.mkdir(parents=True, exist_ok=True)
    saved_home = os.environ.get("COACHDESK_HOME")
    os.environ["COACHDESK_HOME"] = str(folder / "home")
    if _no_screen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coachdesk import __version__

    print(f"CoachDesk {__version__} self-test in {folder}")
    print(f"  Python {sys.version.split()[0]}, frozen: {bool(getattr(sys, 'frozen', False))}, "
          f"Qt platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}")
    check = SelfTest(folder)
    started = time.perf_counter()
    try:
        failed = check.run()
    finally:
        if saved_home is None:
            os.environ.pop("COACHDESK_HOME", None)
        else:
            os.environ["COACHDESK_HOME"] = saved_home
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    took = time.perf_counter() - started
    if failed:
        print(f"Self-test FAILED: {', '.join(failed)} ({took:.1f} s)")
        return 1
    print(f"Self-test passed: {len(check.steps)} checks in {took:.1f} s")
    return 0


def _no_screen() -> bool:
    if not sys.platform.startswith("linux"):
        return False  # Windows and macOS always have a screen to draw on
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class SelfTest:
    """The checks in order; each one is a method, and a failure stops the round."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._desk: Desk | None = None
        self.ids: dict[str, int] = {}
        self.steps: list[tuple[str, Callable[[], str]]] = [
            ("open a new database", self.open_database),
            ("demo data (small)", self.demo_data),
            ("school calendar with public holidays", self.school_calendar),
            ("a school and a teacher", self.school_and_teacher),
            ("a tutor and a lesson", self.tutor_and_lesson),
            ("a device on loan", self.loan),
            ("an Excel report", self.excel_report),
            ("an .ics calendar", self.calendar),
            ("the main window", self.main_window),
        ]

    def run(self) -> list[str]:
        try:
            for name, step in self.steps:
                started = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # the report names every kind of failure
                    print(f"  FAILED  {name}: {type(exc).__name__}: {exc}")
                    traceback.print_exc(file=sys.stdout)
                    return [name]
                took = time.perf_counter() - started
                print(f"  ok      {name} ({took:.2f} s){': ' + detail if detail else ''}")
            return []
        finally:
            if self._desk is not None:
                self._desk.close()

    def open_database(self) -> str:
        from coachdesk.services import Desk

        path = self.folder / "self-test.sqlite3"
        if path.exists():
            path.unlink()  # a kept folder from an earlier run
        self._desk = Desk.open(path)
        return path.name

    @property
    def desk(self) -> "Desk":
        """The database the first step opened."""
        if self._desk is None:
            raise RuntimeError("the database is not open: the first step did not run")
        return self._desk

    def demo_data(self) -> str:
        from coachdesk.services.demo import fill_demo_data

        counts = fill_demo_data(self.desk, "small")
        return ", ".join(f"{count} {name}" for name, count in list(counts.items())[:4])

    def school_calendar(self) -> str:
        from coachdesk.domain.calendar import BreakKind, SchoolYearDraft
        from coachdesk.services.school_calendar import finnish_school_year

        _year, _terms, breaks = finnish_school_year(YEAR)
        holidays = [b for b in breaks if b.kind is BreakKind.PUBLIC_HOLIDAY]
        if not holidays:
            raise RuntimeError("no public holidays: the holidays package did not load")
        self.ids["year"] = self.desk.school_years.create(SchoolYearDraft(YEAR))
        return f"{len(holidays)} public holidays, e.g. {holidays[0].name}"

    def school_and_teacher(self) -> str:
        school = self.desk.schools.add(SchoolDraft(
            name="Self-test school", kind=SchoolKind.COMPREHENSIVE, language=Language.FINNISH))
        self.ids["school"] = school
        self.ids["teacher"] = self.desk.teachers.add(TeacherDraft(name="Self-test teacher",
                                                                  school_id=school,
                                                                  email="teacher@example.org"))
        return ""

    def tutor_and_lesson(self) -> str:
        from datetime import time as clock

        from coachdesk.domain.tutors import TutorDraft

        self.ids["tutor"] = self.desk.tutors.add(TutorDraft(
            name="Self-test tutor", email="tutor@example.org",
            home_school_id=self.ids["school"], agreement_start=date(YEAR, 8, 1),
            agreement_end=date(YEAR + 1, 7, 31),
            released_rule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", released_from=clock(8),
            released_until=clock(17)))
        self.ids["lesson"] = self.desk.lessons.add(LessonDraft(
            title="Self-test lesson", tutor_ids=(self.ids["tutor"],),
            place_kind=PlaceKind.SCHOOL, school_id=self.ids["school"], room="A1",
            starts_at=datetime(YEAR, 9, 12, 14), ends_at=datetime(YEAR, 9, 12, 15, 30),
            capacity=12))
        return ""

    def loan(self) -> str:
        devices, loans = self.desk.devices, self.desk.loans
        devices.add_category(CategoryDraft(name="Self-test kit", loan_days=14))
        device = devices.add(DeviceDraft(asset_tag="SELFTEST-1", category="Self-test kit"))
        loans.check_out(LoanRequest(device, BorrowerKind.TEACHER, self.ids["teacher"]),
                        today=DAY)
        loans.check_in(ReturnRequest(device), today=DAY)
        return ""

    def excel_report(self) -> str:
        from openpyxl import load_workbook

        from coachdesk.reports.school_report import write_school_report

        path = write_school_report(self.desk, self.ids["school"], date(YEAR, 8, 1),
                                   date(YEAR + 1, 7, 31), self.folder / "school-report.xlsx",
                                   today=DAY)
        sheets = load_workbook(path, read_only=True).sheetnames
        return f"{path.name}: {len(sheets)} sheets"

    def calendar(self) -> str:
        from coachdesk.reports.ical import tutor_calendar, write_ics

        data = tutor_calendar(self.desk, self.ids["tutor"], date(YEAR, 8, 1),
                              date(YEAR + 1, 7, 31))
        if data.count(b"BEGIN:VEVENT") != 1:
            raise RuntimeError("the calendar does not hold the lesson")
        return write_ics(data, self.folder / "tutor.ics").name

    def main_window(self) -> str:
        """The window as `coachdesk` starts it (the file opening beside it), then every
        page: each is imported only when first shown, so a bundle missing one shows here."""
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from coachdesk.ui.app import make_application, start_window

        app = make_application()
        if app.windowIcon().isNull():
            raise RuntimeError("the application icon was not found")
        window = start_window(self.desk.path)
        try:
            window.resize(1280, 800)
            if window.desk is None:
                wait = QEventLoop()
                window.ready.connect(wait.quit)
                QTimer.singleShot(60_000, wait.quit)
                wait.exec()
            if window.desk is None:
                raise RuntimeError("the database did not open in the window")
            for row in range(len(window.pages)):
                window.pages[row]  # built here, so that a page that cannot be fails the step
                window.nav.setCurrentRow(row)
                QApplication.processEvents()
            window.nav.setCurrentRow(0)
            for _ in range(3):
                QApplication.processEvents()
            path = self.folder / "main-window.png"
            picture = window.grab()
            if picture.isNull() or not picture.save(str(path)):
                raise RuntimeError(f"could not save a picture of the window to {path}")
        finally:
            window.close()
            if window.desk is not None:
                window.desk.close()
            if window.lock is not None:
                window.lock.release()
            QApplication.processEvents()
        return f"{path.name} {picture.width()}×{picture.height()}, " \
               f"{len(list(window.pages.built()))} pages, platform {QApplication.platformName()}"
