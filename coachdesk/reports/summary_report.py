"""The municipal summary: hours per tutor, activity per school and per topic. It is
written in the coordinator's language (the window's, or the one asked for)."""

from datetime import date
from pathlib import Path

from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.school_report import month_section
from coachdesk.reports.workbook import (
    HOURS,
    INTEGER,
    PERCENT,
    Column,
    ReportBook,
    period_text,
)
from coachdesk.services.desk import Desk
from coachdesk.services.report_data import MunicipalSummary

CHART_MAX_ROWS = 40  # a chart of more bars than this helps no one


def write_summary_report(desk: Desk, first: date, last: date, path: Path | str,
                         language: str | None = None) -> Path:
    """Build the municipal summary for the period and save it atomically to ``path``."""
    return build_summary_report(desk.reports.municipal_summary(first, last),
                                language).save(path)


def build_summary_report(data: MunicipalSummary, language: str | None = None) -> ReportBook:
    """The workbook in ``language``, by default the one spoken (the coordinator's)."""
    with speaking(language):
        period = period_text(data.first, data.last)
        book = ReportBook(tr("Tutoring in the municipality {period}").format(period=period),
                          subject=tr("Municipal summary"),
                          description=tr("Hours per tutor, visits and lessons per school "
                                         "and topic"))
        _summary(book, data, period)
        _tutors(book, data)
        _schools(book, data)
        _topics(book, data)
    return book


def totals(data: MunicipalSummary) -> list[tuple[str, float | int, str]]:
    """(label, value, kind) of the totals on the summary sheet."""
    schools, tutors = data.schools, data.tutors
    active = sum(s.active_teachers for s in schools)
    attending = sum(s.teachers_attending for s in schools)
    return [
        (tr("Tutors"), len(tutors), INTEGER),
        (tr("Tutor hours used"), sum(t.hours_used for t in tutors), HOURS),
        (tr("Tutor hours allotted"), sum(t.allotted_hours or 0 for t in tutors), HOURS),
        (tr("Visits done"), sum(s.visits_done for s in schools), INTEGER),
        (tr("Visit hours"), sum(s.visit_hours for s in schools), HOURS),
        (tr("Teachers reached in visits"), sum(s.teachers_reached for s in schools), INTEGER),
        (tr("Lessons"), sum(t.lessons for t in data.topics), INTEGER),
        (tr("Lesson attendances"), sum(s.lessons_attended for s in schools), INTEGER),
        (tr("Hours of lessons attended"), sum(s.lesson_hours for s in schools), HOURS),
        (tr("Active teachers"), active, INTEGER),
        (tr("Teachers who attended a lesson"), attending, INTEGER),
        (tr("Share of teachers who attended"), attending / active if active else 0, PERCENT),
    ]


def _summary(book: ReportBook, data: MunicipalSummary, period: str) -> None:
    ws = book.sheet(tr("Summary"))
    row = book.heading(ws, tr("Tutoring in the municipality"),
                       tr("Period {period}").format(period=period))
    rows = totals(data)
    area = book.table(ws, [Column(tr("Figure")), Column(tr("Value"), width=12)],
                      [(label, value) for label, value, _ in rows], start_row=row)
    book.figure_formats(ws, area, [kind for _, _, kind in rows])
    month_section(book, ws, area, data.months, tr("Lesson attendances"))


def _tutors(book: ReportBook, data: MunicipalSummary) -> None:
    ws = book.sheet(tr("Tutors"))
    area = book.table(ws, [
        Column(tr("Tutor")), Column(tr("Home school")), Column(tr("Kind")),
        Column(tr("Visit hours"), HOURS), Column(tr("Lesson hours"), HOURS),
        Column(tr("Hours used"), HOURS), Column(tr("Hours allotted"), HOURS),
        Column(tr("Share used"), PERCENT),
    ], ((t.name, t.home_school, t.kind, t.visit_hours, t.lesson_hours, t.hours_used,
         t.allotted_hours, t.share_used) for t in data.tutors))
    if len(data.tutors) <= CHART_MAX_ROWS:
        book.chart(ws, area, "J2", tr("Hours used and allotted"), bars=[6, 7],
                   y_title=tr("Hours"), horizontal=True)


def _schools(book: ReportBook, data: MunicipalSummary) -> None:
    ws = book.sheet(tr("Schools"))
    area = book.table(ws, [
        Column(tr("School")), Column(tr("Visits done"), INTEGER),
        Column(tr("Visit hours"), HOURS), Column(tr("Teachers reached"), INTEGER),
        Column(tr("Lesson attendances"), INTEGER), Column(tr("Lesson hours"), HOURS),
        Column(tr("Active teachers"), INTEGER),
        Column(tr("Teachers who attended a lesson"), INTEGER),
        Column(tr("Share who attended"), PERCENT),
    ], ((s.name, s.visits_done, s.visit_hours, s.teachers_reached, s.lessons_attended,
         s.lesson_hours, s.active_teachers, s.teachers_attending, s.share_attending)
        for s in data.schools))
    if len(data.schools) <= CHART_MAX_ROWS:
        book.chart(ws, area, "K2", tr("Visit and lesson hours per school"), bars=[3, 6],
                   y_title=tr("Hours"), horizontal=True)


def _topics(book: ReportBook, data: MunicipalSummary) -> None:
    ws = book.sheet(tr("Topics"))
    area = book.table(ws, [
        Column(tr("Topic")), Column(tr("Lessons"), INTEGER), Column(tr("Held"), INTEGER),
        Column(tr("Enrolled"), INTEGER), Column(tr("Attended"), INTEGER),
        Column(tr("Attendance %"), PERCENT), Column(tr("Hours attended"), HOURS),
        Column(tr("Visits done"), INTEGER),
    ], ((t.name, t.lessons, t.lessons_held, t.enrolled, t.attended, t.attendance_share,
         t.attended_hours, t.visits_done) for t in data.topics))
    if len(data.topics) <= CHART_MAX_ROWS:
        book.chart(ws, area, "J2", tr("Attendances and visits per topic"), bars=[5, 8],
                   horizontal=True)
