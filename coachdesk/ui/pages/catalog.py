"""The window's pages in navigation order: where each lives, what it is called, and which
kinds of records it is the home of (a click on Today names a kind, never a page title).

Only this small module is imported to build the navigation; a page's own module is
imported the first time the page is shown.
"""

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr

if TYPE_CHECKING:
    from coachdesk.ui.pages.base import Page

K = RecordKind


@dataclass(frozen=True)
class PageEntry:
    slug: str  # in file names (screenshots) and settings: never translated
    module: str  # in coachdesk.ui.pages
    class_name: str
    title: Callable[[], str]  # in the window's language
    home_of: frozenset[RecordKind] = frozenset()


PAGES: tuple[PageEntry, ...] = (
    PageEntry("today", "dashboard_page", "DashboardPage", lambda: tr("Today")),
    PageEntry("schools", "schools_page", "SchoolsPage", lambda: tr("Schools"),
              frozenset({K.SCHOOL, K.SITUATION})),
    PageEntry("teachers", "teachers_page", "TeachersPage", lambda: tr("Teachers"),
              frozenset({K.TEACHER, K.EXTERNAL_TRAINING})),  # the latter in Training record…
    PageEntry("tutors", "tutors_page", "TutorsPage", lambda: tr("Tutors"),
              frozenset({K.TUTOR})),
    PageEntry("recruitment", "recruitment_page", "RecruitmentPage",
              lambda: tr("Recruitment"), frozenset({K.ROUND, K.CANDIDATE})),
    PageEntry("training-topics", "topics_page", "TopicsPage", lambda: tr("Training topics"),
              frozenset({K.TOPIC})),
    PageEntry("lessons", "lessons_page", "LessonsPage", lambda: tr("Lessons"),
              frozenset({K.LESSON, K.ENROLLMENT})),
    PageEntry("visits", "visits_page", "VisitsPage", lambda: tr("Visits"),
              frozenset({K.VISIT, K.REQUEST})),
    PageEntry("calendar", "calendar_page", "CalendarPage", lambda: tr("Calendar")),
    PageEntry("attendance", "attendance_page", "AttendancePage",
              lambda: tr("Attendance and competence"),
              frozenset({K.TRAINING, K.CERTIFICATE, K.ASSIGNMENT, K.COMPETENCE})),
    PageEntry("devices", "devices_page", "DevicesPage", lambda: tr("Devices"),
              frozenset({K.DEVICE, K.CATEGORY, K.LOAN, K.RESERVATION})),
    PageEntry("scan-desk", "scan_desk_page", "ScanDeskPage", lambda: tr("Scan desk")),
    PageEntry("stock-take", "stocktake_page", "StocktakePage", lambda: tr("Stock-take"),
              frozenset({K.STOCKTAKE})),
    PageEntry("grants", "grants_page", "GrantsPage", lambda: tr("Grants"),
              frozenset({K.GRANT, K.COST})),
    PageEntry("reports", "reports_page", "ReportsPage", lambda: tr("Reports")),
    PageEntry("school-calendar", "school_calendar_page", "SchoolCalendarPage",
              lambda: tr("School calendar"), frozenset({K.SCHOOL_YEAR, K.TERM, K.BREAK})),
)
REPORTS = next(row for row, entry in enumerate(PAGES) if entry.slug == "reports")


def page_class(row: int) -> "type[Page]":
    entry = PAGES[row]
    return getattr(import_module(f"coachdesk.ui.pages.{entry.module}"), entry.class_name)


def row_of(cls: type) -> int:
    return next(row for row, entry in enumerate(PAGES) if entry.class_name == cls.__name__)


def home_of(kind: RecordKind) -> int | None:
    """The row of the page where records of ``kind`` are looked after."""
    return next((row for row, entry in enumerate(PAGES) if kind in entry.home_of), None)


def title_of(cls: type) -> str:
    return PAGES[row_of(cls)].title()
