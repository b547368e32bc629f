"""A teacher's training record as a workbook and as a page for print (the PDF is laid out
by Qt: :mod:`coachdesk.ui.training_record_pdf`), in the teaching language of the
teacher's school unless another is asked for.

    write_record_workbook(desk, teacher_id, "record.xlsx")
    page = record_html(desk.training_record.record(teacher_id))
"""

import html
from datetime import date
from pathlib import Path

from coachdesk.domain.formats import format_amount as number
from coachdesk.domain.formats import format_date, format_date_range, format_datetime
from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.domain.training_record import TrainingRecord, YearTotals
from coachdesk.reports.workbook import DATE, DATETIME, INTEGER, NUMBER, Column, ReportBook
from coachdesk.reports.workbook import day_text as _day
from coachdesk.services.desk import Desk


def record_language(desk: Desk, teacher_id: int, language: str | None = None) -> str:
    return language or desk.reports.language_of("teacher", teacher_id)


def record_title(record: TrainingRecord) -> str:
    return tr("Training record: {name}").format(name=record.name)


def write_record_workbook(desk: Desk, teacher_id: int, path: Path | str,
                          language: str | None = None, today: date | None = None) -> Path:
    """The teacher's record saved atomically to ``path`` (.xlsx)."""
    record = desk.training_record.record(teacher_id)
    with speaking(record_language(desk, teacher_id, language)):
        book = build_record_book(record, today or date.today())
    return book.save(path)


def _year_columns() -> list[Column]:
    return [Column(tr("School year")), Column(tr("Lessons attended"), INTEGER),
            Column(tr("Hours in lessons"), NUMBER), Column(tr("Trainings completed"), INTEGER),
            Column(tr("Certificates"), INTEGER), Column(tr("Courses elsewhere"), INTEGER),
            Column(tr("Hours elsewhere"), NUMBER), Column(tr("Hours in all"), NUMBER)]


def _year_row(year: YearTotals, name: str) -> tuple:
    return (name, year.lessons, round(year.lesson_hours, 2), year.completed, year.certificates,
            year.elsewhere, round(year.elsewhere_hours, 2), round(year.hours, 2))


def record_page(desk: Desk, teacher_id: int, language: str | None = None,
                today: date | None = None) -> tuple[str, str]:
    """(the record as an HTML page, its title) in ``language`` or else in that of the
    teacher's school: what the PDF lays out."""
    record = desk.training_record.record(teacher_id)
    with speaking(record_language(desk, teacher_id, language)):
        return record_html(record, today), record_title(record)


def build_record_book(record: TrainingRecord, today: date) -> ReportBook:
    book = ReportBook(record_title(record), subject=tr("Training record"),
                      description=tr("A teacher's training: lessons, trainings completed, "
                                     "certificates and training done elsewhere"))
    ws = book.sheet(tr("Per school year"), one_page=True)
    row = book.heading(ws, record_title(record), tr("{school} · made on {day}").format(
        school=record.school, day=_day(today)))
    rows = [_year_row(y, y.name) for y in record.years]
    if rows:
        rows.append(_year_row(record.total, tr("In all")))
    area = book.table(ws, _year_columns(), rows, start_row=row)
    if not rows:
        book.note(ws, area.last_row + 2, tr("Nothing recorded yet."))

    book.table(book.sheet(tr("Lessons attended")), [
        Column(tr("Starts"), DATETIME), Column(tr("Lesson")), Column(tr("Topic")),
        Column(tr("Hours"), NUMBER), Column(tr("Late"))],
        [(x.starts_at, x.title, x.topic, round(x.hours, 2), x.late) for x in record.lessons])
    book.table(book.sheet(tr("Trainings completed")), [
        Column(tr("Training")), Column(tr("First day"), DATE), Column(tr("Last day"), DATE),
        Column(tr("Hours"), NUMBER)],
        [(x.name, x.first_day, x.last_day, round(x.hours, 2)) for x in record.completed])
    book.table(book.sheet(tr("Certificates")), [
        Column(tr("Code")), Column(tr("Training")), Column(tr("Issued"), DATE),
        Column(tr("Revoked"), DATE)],
        [(x.code, x.training, x.issued_on, x.revoked_on) for x in record.certificates])
    book.table(book.sheet(tr("Training done elsewhere")), [
        Column(tr("Date"), DATE), Column(tr("Course")), Column(tr("Provider")),
        Column(tr("Hours"), NUMBER), Column(tr("Notes"), width=50, wrap=True)],
        [(x.held_on, x.course, x.provider, x.hours, x.notes) for x in record.elsewhere])
    return book


# -- the page for print --------------------------------------------------------------------
STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 17pt; color: #1f4e79; margin-bottom: 2pt; }
h2 { font-size: 12pt; color: #1f4e79; margin-top: 14pt; margin-bottom: 4pt; }
p.sub { color: #595959; margin-top: 0; }
table { border-collapse: collapse; }
th { background: #1f4e79; color: white; text-align: left; padding: 3pt 6pt; }
td { padding: 2pt 6pt; border-bottom: 1px solid #d0d0d0; }
td.n { text-align: right; }
tr.total td { font-weight: bold; border-top: 1px solid #1a1a1a; }
p.none { color: #595959; font-style: italic; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int],
           total: bool = False) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        cls = ' class="total"' if total and i == len(rows) - 1 else ""
        body.append(f"<tr{cls}>" + "".join(
            f'<td class="n">{_e(v)}</td>' if n in numeric else f"<td>{_e(v)}</td>"
            for n, v in enumerate(row)) + "</tr>")
    return (f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def _shown(value: object) -> str:
    return number(value) if isinstance(value, float) else str(value)


def record_html(record: TrainingRecord, today: date | None = None) -> str:
    """The record as one HTML page, in the language spoken (see :func:`speaking`)."""
    today = today or date.today()
    title = record_title(record)
    none = tr("None.")
    parts = [f"<h1>{_e(title)}</h1>",
             '<p class="sub">' + _e(tr("{school} · made on {day}").format(
                 school=record.school, day=format_date(today))) + "</p>"]

    def section(heading: str, headers: list[str], rows: list[list[str]],
                numeric: set[int], total: bool = False) -> None:
        parts.append(f"<h2>{_e(heading)}</h2>")
        parts.append(_table(headers, rows, numeric, total) if rows and headers
                     else f'<p class="none">{_e(none)}</p>')

    # One column per school year (the latest first) and one for all of them: the measures
    # read down the side, so that the names fit however many years there are.
    years = [*record.years, record.total] if record.years else []
    measures = _year_columns()[1:]
    table = [[m.title] + [_shown(_year_row(y, "")[n + 1]) for y in years]
             for n, m in enumerate(measures)]
    section(tr("Per school year"), [tr("School year"), *(y.name for y in record.years),
                                    tr("In all")] if years else [], table,
            set(range(1, len(years) + 1)), total=True)
    section(tr("Trainings completed"), [tr("Training"), tr("Dates"), tr("Hours")],
            [[x.name, format_date_range(x.first_day, x.last_day), number(x.hours)]
             for x in record.completed], {2})
    section(tr("Certificates"), [tr("Code"), tr("Training"), tr("Issued"), tr("Revoked")],
            [[x.code, x.training, format_date(x.issued_on),
              format_date(x.revoked_on) if x.revoked_on else ""]
             for x in record.certificates], set())
    section(tr("Training done elsewhere"),
            [tr("Date"), tr("Course"), tr("Provider"), tr("Hours")],
            [[format_date(x.held_on), x.course, x.provider, number(x.hours)]
             for x in record.elsewhere], {3})
    section(tr("Lessons attended"), [tr("Starts"), tr("Lesson"), tr("Topic"), tr("Hours")],
            [[format_datetime(x.starts_at), x.title, x.topic, number(x.hours)]
             for x in record.lessons], {3})
    return (f'<!DOCTYPE html>\n<html lang="{_e(record.language)}">\n<head>\n'
            f'<meta charset="utf-8">\n<title>{_e(title)}</title>\n<style>{STYLE}</style>\n'
            "</head>\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n")
