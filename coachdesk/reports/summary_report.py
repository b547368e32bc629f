"""The municipal summary: the city's totals on one page with a chart per month, then the
months, hours per tutor, activity per school and per topic, and what each figure counts.
It is written in the coordinator's language (the window's, or the one asked for)."""

from datetime import date
from pathlib import Path

from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.competence_sheets import summary_competence_sheet
from coachdesk.reports.figure_texts import definitions_sheet, figure_names
from coachdesk.reports.school_report import month_sheet
from coachdesk.reports.situation_sheets import city_situations_sheet
from coachdesk.reports.workbook import (
    HOURS,
    INTEGER,
    PERCENT,
    Column,
    ReportBook,
    TableArea,
    day_text,
    period_text,
)
from coachdesk.services.desk import Desk
from coachdesk.services.report_data import MunicipalSummary

CHART_MAX_ROWS = 40  # a chart of more bars than this helps no one
DEFINED = ["period", "hours_used", "hours_allotted", "visits_done", "visits_planned",
           "visit_hours_all", "contacts", "visited", "lessons", "attendances", "lesson_hours",
           "attending", "reached", "active", "share_reached", "share_attending"]


def write_summary_report(desk: Desk, first: date, last: date, path: Path | str,
                         language: str | None = None, today: date | None = None) -> Path:
    """Build the municipal summary for the period and save it atomically to ``path``."""
    return build_summary_report(desk.reports.municipal_summary(first, last, today),
                                language).save(path)


def build_summary_report(data: MunicipalSummary, language: str | None = None) -> ReportBook:
    """The workbook in ``language``, by default the one spoken (the coordinator's)."""
    with speaking(language):
        period = period_text(data.first, data.last)
        book = ReportBook(tr("Tutoring in the municipality {period}").format(period=period),
                          subject=tr("Municipal summary"),
                          description=tr("Hours per tutor, visits and lessons per school "
                                         "and topic"))
        first_page = book.sheet(tr("Summary"), one_page=True)
        months = month_sheet(book, data.months)
        _summary(book, first_page, data, period, months)
        _tutors(book, data)
        _schools(book, data)
        _topics(book, data)
        if data.situations is not None:
            city_situations_sheet(book, data.situations)
        if data.levels is not None and data.levels.shown:
            summary_competence_sheet(book, data.levels)
        definitions_sheet(book, DEFINED)
    return book


def totals(data: MunicipalSummary) -> list[tuple[str, str, object]]:
    """(label, kind, value) of the totals on the first sheet. Each teacher is at one
    school, so the different teachers of the schools add up to the city's."""
    schools, tutors, names = data.schools, data.tutors, figure_names()
    active = sum(s.active_teachers for s in schools)
    reached = sum(s.teachers_reached for s in schools)
    attending = sum(s.teachers_attending for s in schools)
    used = sum(t.minutes_used for t in tutors)
    allotted = sum(t.allotted_minutes or 0 for t in tutors)
    return [
        (names["tutors"], INTEGER, len(tutors)),
        (names["hours_used"], HOURS, used),
        (names["hours_allotted"], HOURS, allotted),
        (names["share_used"], PERCENT, used / allotted if allotted else None),
        (names["visits_done"], INTEGER, sum(s.visits_done for s in schools)),
        (names["visits_planned"], INTEGER, sum(s.visits_planned for s in schools)),
        (names["visit_hours_all"], HOURS, sum(s.visit_minutes for s in schools)),
        (names["contacts"], INTEGER, sum(s.teacher_contacts for s in schools)),
        (names["visited"], INTEGER, sum(s.teachers_visited for s in schools)),
        (names["lessons"], INTEGER, data.lessons),
        (names["lessons_held"], INTEGER, data.lessons_held),
        (names["attendances"], INTEGER, sum(s.lesson_attendances for s in schools)),
        (names["lesson_hours"], HOURS, sum(s.lesson_minutes for s in schools)),
        (names["attending"], INTEGER, attending),
        (names["reached"], INTEGER, reached),
        (names["active"], INTEGER, active),
        (names["share_reached"], PERCENT, reached / active if active else None),
        (names["share_attending"], PERCENT, attending / active if active else None),
    ]


def _summary(book: ReportBook, ws, data: MunicipalSummary, period: str, months) -> None:
    row = book.heading(ws, tr("Tutoring in the municipality"),
                       tr("Period {period}").format(period=period),
                       tr("Made on {day}").format(day=day_text(data.today)))
    book.section(ws, row, tr("Key figures"))
    area = book.figures(ws, [tr("Figure"), tr("Value")], totals(data), start_row=row + 1,
                        widths=(50, 14))
    month_ws, month_area = months
    book.chart(ws, month_area, f"D{row}", tr("Visits and lessons per month"),
               bars=[2, 3, 5], y_title=tr("Number"), data_ws=month_ws, size=(16, 10))
    book.note(ws, area.last_row + 2, tr("How each figure is counted: the last sheet."))


def below(book: ReportBook, ws, area: TableArea) -> str:
    """Where a chart goes: under its table, so that the table keeps the page's width, and
    on a page of its own (LibreOffice cuts a chart at a page's end)."""
    book.page_break(ws, area.last_row + 1)
    return f"A{area.last_row + 3}"


def _tutors(book: ReportBook, data: MunicipalSummary) -> None:
    ws = book.sheet(tr("Tutors"))
    area = book.table(ws, [
        Column(tr("Tutor")), Column(tr("Home school")), Column(tr("Kind")),
        Column(tr("Visit hours"), HOURS), Column(tr("Lesson hours"), HOURS),
        Column(tr("Hours used"), HOURS), Column(tr("Hours allotted"), HOURS),
        Column(tr("Share used"), PERCENT),
    ], ((t.name, t.home_school, t.kind, t.visit_minutes, t.lesson_minutes, t.minutes_used,
         t.allotted_minutes, t.share_used) for t in data.tutors))
    if len(data.tutors) <= CHART_MAX_ROWS:
        book.chart(ws, area, below(book, ws, area), tr("Share of allotted hours used"), bars=[8],
                   horizontal=True, percent=True)


def _schools(book: ReportBook, data: MunicipalSummary) -> None:
    ws = book.sheet(tr("Schools"))
    names = figure_names()
    area = book.table(ws, [
        Column(tr("School")), Column(names["visits_done"], INTEGER, width=13),
        Column(names["visits_planned"], INTEGER, width=13),
        Column(tr("Visit hours"), HOURS, width=13),
        Column(names["contacts"], INTEGER, width=13),
        Column(names["visited"], INTEGER, width=13),
        Column(names["attendances"], INTEGER, width=13),
        Column(names["lesson_hours"], HOURS, width=13),
        Column(names["attending"], INTEGER, width=13),
        Column(names["reached"], INTEGER, width=13),
        Column(names["active"], INTEGER, width=13),
        Column(names["share_reached"], PERCENT, width=13),
        Column(names["share_attending"], PERCENT, width=13),
    ], ((s.name, s.visits_done, s.visits_planned, s.visit_minutes, s.teacher_contacts,
         s.teachers_visited, s.lesson_attendances, s.lesson_minutes, s.teachers_attending,
         s.teachers_reached, s.active_teachers, s.share_reached, s.share_attending)
        for s in data.schools))
    if len(data.schools) <= CHART_MAX_ROWS:
        book.chart(ws, area, below(book, ws, area), tr("Visits and lesson attendances per school"),
                   bars=[2, 7], horizontal=True)


def _topics(book: ReportBook, data: MunicipalSummary) -> None:
    ws = book.sheet(tr("Topics"))
    area = book.table(ws, [
        Column(tr("Topic")), Column(tr("Lessons"), INTEGER), Column(tr("Held"), INTEGER),
        Column(tr("Enrolled"), INTEGER), Column(tr("Attended"), INTEGER),
        Column(tr("Attendance %"), PERCENT), Column(tr("Hours attended"), HOURS),
        Column(tr("Visits done"), INTEGER),
    ], ((tr("(no topic)") if t.name is None else t.name, t.lessons, t.lessons_held,
         t.enrolled, t.attended, t.attendance_share, t.attended_minutes, t.visits_done)
        for t in data.topics))
    if len(data.topics) <= CHART_MAX_ROWS:
        book.chart(ws, area, below(book, ws, area), tr("Attendances and visits per topic"),
                   bars=[5, 8], horizontal=True)
