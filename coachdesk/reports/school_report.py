"""The school report a principal receives: key figures, a chart per month, the details.

It is written in the school's teaching language (Finnish or Swedish), whatever the window
speaks, unless another language is asked for.
"""

from datetime import date
from pathlib import Path

from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.workbook import (
    DATE,
    HOURS,
    INTEGER,
    MONTH,
    TIME,
    Column,
    ReportBook,
    day_text,
    period_text,
)
from coachdesk.services.desk import Desk
from coachdesk.services.report_data import SchoolReport


def write_school_report(desk: Desk, school_id: int, first: date, last: date,
                        path: Path | str, today: date | None = None,
                        language: str | None = None) -> Path:
    """Build the report of one school for the period and save it atomically to ``path``:
    in ``language`` if given, else in the school's."""
    data = desk.reports.school_report(school_id, first, last, today=today)
    return build_school_report(data, language).save(path)


def build_school_report(data: SchoolReport, language: str | None = None) -> ReportBook:
    """The workbook in ``language``, or else in the school's (a school of another
    language gets the window's)."""
    with speaking(language or data.language):
        title = tr("{school}: tutoring {period}").format(
            school=data.school, period=period_text(data.first, data.last))
        book = ReportBook(title, subject=tr("School report"),
                          description=tr("Tutor visits, lessons, devices and requests"))
        _summary(book, data)
        _visits(book, data)
        _lessons(book, data)
        _devices(book, data)
        _requests(book, data)
    return book


def figures(data: SchoolReport) -> list[tuple[str, float | int, str]]:
    """(label, value, kind) of the key figures, in the order of the summary sheet."""
    f = data.figures
    return [
        (tr("Visits done"), f.visits_done, INTEGER),
        (tr("Tutor hours at the school"), f.tutor_hours, HOURS),
        (tr("Teachers reached in visits"), f.teachers_reached, INTEGER),
        (tr("Lessons attended by the school's teachers"), f.lessons_attended, INTEGER),
        (tr("Hours of lessons attended"), f.lesson_hours, HOURS),
        (tr("Teachers who attended a lesson"), f.teachers_attending, INTEGER),
        (tr("Active teachers"), f.active_teachers, INTEGER),
        (tr("Devices on loan on {day}").format(day=day_text(data.as_of)), f.devices_on_loan,
         INTEGER),
        (tr("Open requests"), f.open_requests, INTEGER),
    ]


def _summary(book: ReportBook, data: SchoolReport) -> None:
    ws = book.sheet(tr("Summary"))
    lines = [tr("Period {period}").format(period=period_text(data.first, data.last))]
    if data.principal:
        lines.append(tr("Principal: {name}").format(name=data.principal))
    row = book.heading(ws, data.school, *lines)
    rows = figures(data)
    area = book.table(ws, [Column(tr("Key figure")), Column(tr("Value"), width=12)],
                      [(label, value) for label, value, _ in rows], start_row=row)
    book.figure_formats(ws, area, [kind for _, _, kind in rows])
    month_section(book, ws, area, data.months, tr("Lessons attended"))


def month_section(book: ReportBook, ws, area, months, attended: str) -> None:
    """Under the key figures: visits, lessons and hours per month, and their chart."""
    row = book.section(ws, area.last_row + 2, tr("Per month"))
    table = book.table(ws, [
        Column(tr("Month"), MONTH), Column(tr("Visits done"), INTEGER),
        Column(tr("Visit hours"), HOURS), Column(attended, INTEGER),
        Column(tr("Lesson hours"), HOURS),
    ], [(m.month, m.visits_done, m.visit_hours, m.lessons_attended, m.lesson_hours)
        for m in months], start_row=row, main=False)
    book.chart(ws, table, f"G{area.header_row}", tr("Visits and hours per month"),
               bars=[2], lines=[3], y_title=tr("Visits"), y2_title=tr("Hours"))


def _visits(book: ReportBook, data: SchoolReport) -> None:
    ws = book.sheet(tr("Visits"))
    book.table(ws, [
        Column(tr("Date"), DATE), Column(tr("Starts"), TIME), Column(tr("Ends"), TIME),
        Column(tr("Tutor")), Column(tr("Purpose")), Column(tr("Status")),
        Column(tr("Hours"), HOURS), Column(tr("Teachers reached"), INTEGER),
        Column(tr("Topics"), width=40, wrap=True), Column(tr("Notes"), width=50, wrap=True),
    ], ((v.starts_at.date(), v.starts_at.time(), v.ends_at.time(), v.tutor, v.purpose,
         v.status, v.hours, v.teachers_reached, v.topics, v.notes) for v in data.visits))


def _lessons(book: ReportBook, data: SchoolReport) -> None:
    ws = book.sheet(tr("Lessons"))
    book.table(ws, [
        Column(tr("Date"), DATE), Column(tr("Starts"), TIME), Column(tr("Lesson")),
        Column(tr("Topic")), Column(tr("Teacher")), Column(tr("Lesson status")),
        Column(tr("Attendance")), Column(tr("Attended")), Column(tr("Hours attended"), HOURS),
    ], ((a.starts_at.date(), a.starts_at.time(), a.lesson, a.topic, a.teacher,
         a.lesson_status, a.attendance, a.attended, a.hours if a.attended else None)
        for a in data.attendance))


def _devices(book: ReportBook, data: SchoolReport) -> None:
    ws = book.sheet(tr("Devices on loan"))
    area = book.table(ws, [
        Column(tr("Asset tag")), Column(tr("Category")), Column(tr("Model")),
        Column(tr("Borrower")), Column(tr("Borrower is")), Column(tr("Lent on"), DATE),
        Column(tr("Due"), DATE), Column(tr("Days overdue"), INTEGER),
    ], ((d.asset_tag, d.category, d.model, d.borrower, d.borrower_kind, d.out_on, d.due_on,
         d.days_overdue or None) for d in data.devices))
    book.highlight(ws, area, [n for n, d in enumerate(data.devices) if d.overdue])


def _requests(book: ReportBook, data: SchoolReport) -> None:
    ws = book.sheet(tr("Open requests"))
    book.table(ws, [
        Column(tr("Received"), DATE), Column(tr("Asked by")), Column(tr("Name")),
        Column(tr("Purpose")), Column(tr("Hours asked"), HOURS),
        Column(tr("Teachers"), INTEGER), Column(tr("Urgency")), Column(tr("Status")),
        Column(tr("Topics"), width=40, wrap=True),
        Column(tr("Description"), width=60, wrap=True),
    ], ((r.received_on, r.asked_by, r.asked_by_name, r.purpose, r.minutes / 60,
         r.teachers_count, r.urgency, r.status, r.topics, r.description)
        for r in data.requests))
