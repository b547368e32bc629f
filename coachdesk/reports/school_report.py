"""The school report a principal receives. Its first sheet is the school's year at a glance
on one printed page: the key figures beside the city's median school, a chart of visits
and lessons per month, the topics covered and what is planned next. Then the months, the
visits, the lessons, the devices, the open requests, and what each figure counts.

It is written in the school's teaching language (Finnish or Swedish), whatever the window
speaks, unless another language is asked for.
"""

from datetime import date
from pathlib import Path

from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.competence_sheets import school_competence_sheet
from coachdesk.reports.figure_texts import definitions_sheet, figure_names
from coachdesk.reports.situation_sheets import school_situation_sheet
from coachdesk.reports.workbook import (
    DATE,
    HOURS,
    INTEGER,
    MONEY,
    MONTH,
    PERCENT,
    TIME,
    Column,
    ReportBook,
    TableArea,
    day_text,
    period_text,
)
from coachdesk.services.desk import Desk
from coachdesk.services.report_data import MonthRow, SchoolReport

# The first page's columns: figures and topics in A–C, the chart and the plans in E–H.
FIGURE_WIDTHS = (54, 12, 14)
GAP_WIDTH = 3  # column D, between the two
PLAN_WIDTHS = (10, 6, 40, 28)
CHART_SIZE = (16.5, 9.5)  # cm: as wide as E–H, as tall as the key figures
DEFINED = ["period", "visits_done", "visits_planned", "visit_hours", "contacts", "visited",
           "attendances", "lesson_hours", "attending", "upcoming", "reached", "active",
           "share_reached", "median", "open_requests", "devices"]


def write_school_report(desk: Desk, school_id: int, first: date, last: date,
                        path: Path | str, today: date | None = None,
                        language: str | None = None, costs: bool = False) -> Path:
    """Build the report of one school for the period and save it atomically to ``path``:
    in ``language`` if given, else in the school's; ``costs``: with what the grants paid
    for the school (the coordinator chooses)."""
    data = desk.reports.school_report(school_id, first, last, today=today, costs=costs)
    return build_school_report(data, language).save(path)


def build_school_report(data: SchoolReport, language: str | None = None) -> ReportBook:
    """The workbook in ``language``, or else in the school's (a school of another
    language gets the window's)."""
    with speaking(language or data.language):
        title = tr("{school}: tutoring {period}").format(
            school=data.school, period=period_text(data.first, data.last))
        book = ReportBook(title, subject=tr("School report"),
                          description=tr("Tutor visits, lessons, devices and requests"))
        first_page = book.sheet(tr("Summary"), one_page=True)
        months = month_sheet(book, data.months)
        _first_page(book, first_page, data, months)
        _visits(book, data)
        _lessons(book, data)
        _devices(book, data)
        _requests(book, data)
        if data.situation is not None:
            school_situation_sheet(book, data.situation)
        if data.levels is not None and data.levels.shown:
            school_competence_sheet(book, data.levels)
        if data.costs is not None:
            _costs(book, data)
        definitions_sheet(book, DEFINED)
    return book


def figures(data: SchoolReport) -> list[tuple[str, str, object, object]]:
    """(label, kind, this school, the city's median school) of the key figures, in the
    order of the first page."""
    f, names = data.figures, figure_names()
    a, m = f.activity, f.median
    return [
        (names["visits_done"], INTEGER, a.visits_done, m.visits_done),
        (names["visits_planned"], INTEGER, a.visits_planned, None),
        (names["visit_hours"], HOURS, a.visit_minutes, m.visit_minutes),
        (names["contacts"], INTEGER, a.teacher_contacts, None),
        (names["visited"], INTEGER, a.teachers_visited, None),
        (names["attendances"], INTEGER, a.lesson_attendances, m.lesson_attendances),
        (names["lesson_hours"], HOURS, a.lesson_minutes, None),
        (names["attending"], INTEGER, a.teachers_attending, None),
        (names["upcoming"], INTEGER, f.upcoming_lessons, None),
        (names["reached"], INTEGER, a.teachers_reached, m.teachers_reached),
        (names["active"], INTEGER, a.active_teachers, m.active_teachers),
        (names["share_reached"], PERCENT, a.share_reached, m.share_reached),
        (names["open_requests"], INTEGER, f.open_requests, None),
        (names["longest_wait"], INTEGER, f.longest_wait_days, None),
        (tr("Devices on loan on {day}").format(day=day_text(data.as_of)), INTEGER,
         f.devices_on_loan, None),
        *([] if data.costs is None else [
            (tr("Costs of the school on the grants"), MONEY,
             sum(cost.total for cost in data.costs), None)]),
    ]


def _first_page(book: ReportBook, ws, data: SchoolReport, months: tuple) -> None:
    lines = [tr("Period {period}").format(period=period_text(data.first, data.last))]
    if data.principal:
        lines.append(tr("Principal: {name}").format(name=data.principal))
    lines.append(tr("Made on {day}").format(day=day_text(data.today)))
    row = book.heading(ws, data.school, *lines)
    ws.column_dimensions["D"].width = GAP_WIDTH
    book.section(ws, row, tr("Key figures"))
    area = book.figures(ws, [tr("Key figure"), tr("This school"), figure_names()["median"]],
                        figures(data), start_row=row + 1, widths=FIGURE_WIDTHS)
    month_ws, month_area = months
    book.chart(ws, month_area, f"E{row}", tr("Visits and lessons per month"),
               bars=[2, 3, 5], y_title=tr("Number"), data_ws=month_ws, size=CHART_SIZE)
    row = book.note(ws, area.last_row + 2, tr(
        "The median school: half of the city's {n} schools have as much or less. How each "
        "figure is counted: the last sheet.").format(n=data.figures.median.schools))
    _topics(book, ws, data, row + 1)
    _planned(book, ws, data, row + 1)


def _topics(book: ReportBook, ws, data: SchoolReport, row: int) -> None:
    book.section(ws, row, tr("Topics covered"))
    if not data.topics:
        book.note(ws, row + 1, tr("No topic was logged in a visit or a lesson attended."))
        return
    rows = [(tr("(no topic)") if t.name is None else t.name
             or tr("{n} other topics").format(n=t.others), t.visits, t.attendances)
            for t in data.topics]
    book.table(ws, [Column(tr("Topic"), width=FIGURE_WIDTHS[0], wrap=True),
                    Column(tr("Visits"), INTEGER, width=FIGURE_WIDTHS[1]),
                    Column(figure_names()["attendances"], INTEGER, width=FIGURE_WIDTHS[2])],
               rows, start_row=row + 1, main=False)


def _planned(book: ReportBook, ws, data: SchoolReport, row: int) -> None:
    book.section(ws, row, tr("Planned next"), column=5)
    if not data.planned:
        book.note(ws, row + 1, tr("Nothing is planned in the rest of the period."), column=5)
        return
    rows = []
    for p in data.planned:
        if p.purpose is not None:
            what = tr("Visit: {purpose}").format(purpose=p.purpose.label)
            who = p.tutor
        else:
            what = tr("Lesson: {title}").format(title=p.lesson)
            who = tr("{n} enrolled from the school").format(n=p.enrolled)
        rows.append((p.starts_at.date(), p.starts_at.time(), what, who))
    widths = PLAN_WIDTHS
    book.table(ws, [Column(tr("Date"), DATE, width=widths[0]),
                    Column(tr("Starts"), TIME, width=widths[1]),
                    Column(tr("Planned"), width=widths[2], wrap=True),
                    Column(tr("Who"), width=widths[3], wrap=True)],
               rows, start_row=row + 1, main=False, start_col=5)


def month_sheet(book: ReportBook, months: list[MonthRow]) -> tuple[object, TableArea]:
    """The sheet "Per month": visits and lessons of every month of the period and their
    total; returns the sheet and the months' table, for the charts."""
    ws = book.sheet(tr("Per month"))
    names = figure_names()
    area = book.table(ws, [
        Column(tr("Month"), MONTH), Column(names["visits_done"], INTEGER),
        Column(names["visits_planned"], INTEGER), Column(tr("Visit hours"), HOURS),
        Column(names["attendances"], INTEGER), Column(names["lesson_hours"], HOURS),
    ], [(m.month, m.visits_done, m.visits_planned, m.visit_minutes, m.lesson_attendances,
         m.lesson_minutes) for m in months], main=False)
    book.total_row(ws, area, [
        tr("Total"), sum(m.visits_done for m in months),
        sum(m.visits_planned for m in months), sum(m.visit_minutes for m in months),
        sum(m.lesson_attendances for m in months), sum(m.lesson_minutes for m in months),
    ], [None, INTEGER, INTEGER, HOURS, INTEGER, HOURS])
    return ws, area


def _visits(book: ReportBook, data: SchoolReport) -> None:
    ws = book.sheet(tr("Visits"))
    book.table(ws, [
        Column(tr("Date"), DATE), Column(tr("Starts"), TIME), Column(tr("Ends"), TIME),
        Column(tr("Tutor")), Column(tr("Purpose")), Column(tr("Status")),
        Column(tr("Hours"), HOURS), Column(tr("Teacher contacts"), INTEGER),
        Column(tr("Teachers named"), width=30, wrap=True),
        Column(tr("Topics"), width=30, wrap=True), Column(tr("Notes"), width=50, wrap=True),
    ], ((v.starts_at.date(), v.starts_at.time(), v.ends_at.time(), v.tutor, v.purpose,
         v.status, v.minutes, v.teacher_contacts, v.teachers_named, v.topics, v.notes)
        for v in data.visits))


def _lessons(book: ReportBook, data: SchoolReport) -> None:
    ws = book.sheet(tr("Lessons"))
    book.table(ws, [
        Column(tr("Date"), DATE), Column(tr("Starts"), TIME), Column(tr("Lesson")),
        Column(tr("Topic")), Column(tr("Teacher")), Column(tr("Lesson status")),
        Column(tr("Attendance")), Column(tr("Attended")), Column(tr("Hours attended"), HOURS),
    ], ((a.starts_at.date(), a.starts_at.time(), a.lesson, a.topic, a.teacher,
         a.lesson_status, a.attendance, a.presence, a.minutes if a.attended else None)
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
        Column(tr("Received"), DATE), Column(tr("Days waiting"), INTEGER),
        Column(tr("Asked by")), Column(tr("Name")),
        Column(tr("Purpose")), Column(tr("Hours asked"), HOURS),
        Column(tr("Teachers"), INTEGER), Column(tr("Urgency")), Column(tr("Status")),
        Column(tr("Topics"), width=30, wrap=True),
        Column(tr("Description"), width=60, wrap=True),
    ], ((r.received_on, r.waited_days, r.asked_by, r.asked_by_name, r.purpose, r.minutes,
         r.teachers_count, r.urgency, r.status, r.topics, r.description)
        for r in data.requests))


def _costs(book: ReportBook, data: SchoolReport) -> None:
    """What each budget line of the grants paid for the school, up to the report's day."""
    ws = book.sheet(tr("Costs"))
    row = book.heading(ws, tr("Costs of the school on the grants"), tr(
        "{first}–{last}: the costs entered for the school and the tutors' done visits and "
        "lessons there valued at their hourly cost, before the grant's share.").format(
        first=day_text(data.first), last=day_text(min(data.last, data.today))))
    if not data.costs:
        book.note(ws, row, tr("No cost on a grant's budget line is for this school in the "
                              "period."))
        return
    area = book.table(ws, [
        Column(tr("Grant"), width=34), Column(tr("Budget line"), width=34),
        Column(tr("Costs entered"), MONEY), Column(tr("Tutors' time valued"), MONEY),
        Column(tr("Total"), MONEY),
    ], ((c.grant, c.line, c.entered, c.hours, c.total) for c in data.costs),
        start_row=row, main=False)
    book.total_row(ws, area, [
        tr("Total"), None, sum(c.entered for c in data.costs),
        sum(c.hours for c in data.costs), sum(c.total for c in data.costs),
    ], [None, None, MONEY, MONEY, MONEY])
