"""The grant report: the figures a funder asks of a tutor project, in the coordinator's
language — the tutors, schools and teachers reached, the lessons, visits and hours, the
costs by budget line, by language unit and by month, the own share and what is left —
and a sheet of every underlying row, so that any figure can be traced."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.workbook import (
    DATE,
    HOURS,
    INTEGER,
    MONEY,
    MONTH,
    PERCENT,
    TEXT,
    Column,
    ReportBook,
    day_text,
    period_text,
)
from coachdesk.services.desk import Desk
from coachdesk.services.grant_report import GrantReport


def write_grant_report(desk: Desk, grant_id: int, path: Path | str,
                       today: date | None = None, language: str | None = None) -> Path:
    """Build the grant's report as of ``today`` and save it atomically to ``path``."""
    return build_grant_report(desk.grant_report.of_grant(grant_id, today), language).save(path)


def build_grant_report(data: GrantReport, language: str | None = None) -> ReportBook:
    """The workbook in ``language``, by default the one spoken (the coordinator's)."""
    with speaking(language):
        grant = data.follow.grant
        book = ReportBook(tr("Grant report: {name}").format(name=grant.name),
                          subject=tr("Grant report"),
                          description=tr("Tutoring paid by the grant: figures and costs"))
        _summary(book, data)
        _lines(book, data)
        _months(book, data)
        _rows(book, data)
    return book


def what_label(what: str) -> str:
    return {"cost": tr("Entered cost"), "visit": tr("Visit"), "lesson": tr("Lesson"),
            "network_meeting": tr("Tutor network meeting")}[what]


def figures(data: GrantReport) -> list[tuple[str, str, object]]:
    """(label, kind, value) of the first sheet, in order."""
    follow, grant = data.follow, data.follow.grant
    return [
        (tr("School tutors"), INTEGER, data.school_tutors),
        (tr("Roaming tutors"), INTEGER, data.roaming_tutors),
        (tr("Schools served"), INTEGER, data.schools_served),
        (tr("Teachers reached (different)"), INTEGER, data.teachers_reached),
        (tr("Lessons held"), INTEGER, data.lessons_held),
        (tr("Visits done"), INTEGER, data.visits_done),
        (tr("Tutors' hours on the grant"), HOURS, data.tutor_minutes),
        (tr("Grant"), MONEY, grant.amount),
        (tr("Share of the costs the grant covers"), PERCENT, float(grant.share) / 100),
        (tr("Costs spent"), MONEY, follow.costs.spent),
        (tr("Of which the grant pays"), MONEY, follow.grant_spent),
        (tr("Own share so far"), MONEY, follow.own_share_spent),
        (tr("Own share budgeted"), MONEY, grant.own_share),
        (tr("Costs committed (booked)"), MONEY, follow.costs.committed),
        (tr("Grant left"), MONEY, follow.left),
        (tr("Forecast of the grant used by the end"), MONEY, follow.grant_forecast),
    ]


def _summary(book: ReportBook, data: GrantReport) -> None:
    grant = data.follow.grant
    assert grant.starts is not None and grant.ends is not None  # a saved grant has both
    ws = book.sheet(tr("Summary"), one_page=True)
    lines = [tr("Period {period}").format(period=period_text(grant.starts, grant.ends)),
             tr("As of {day}").format(day=day_text(data.follow.today))]
    if grant.funder or grant.decision_number:
        lines.insert(0, " · ".join(part for part in (
            grant.funder, grant.decision_number and tr("decision {number}").format(
                number=grant.decision_number)) if part))
    row = book.heading(ws, grant.name, *lines)
    area = book.figures(ws, [tr("Figure"), tr("Value")], figures(data), start_row=row,
                        widths=(40, 18))
    row = area.last_row + 2
    row = book.section(ws, row, tr("Costs by language unit"))
    units = book.table(ws, [
        Column(tr("Language unit")), Column(tr("Budget"), MONEY),
        Column(tr("Costs spent"), MONEY), Column(tr("Of which the grant pays"), MONEY),
        Column(tr("Costs committed (booked)"), MONEY),
    ], [(u.language.label if u.language else tr("Every unit"), u.budget, u.costs.spent,
         u.grant_spent, u.costs.committed) for u in data.units], start_row=row, main=False)
    book.total_row(ws, units, [
        tr("Total"), _sum(u.budget for u in data.units),
        _sum(u.costs.spent for u in data.units), _sum(u.grant_spent for u in data.units),
        _sum(u.costs.committed for u in data.units)], [None, MONEY, MONEY, MONEY, MONEY])


def _lines(book: ReportBook, data: GrantReport) -> None:
    follow = data.follow
    ws = book.sheet(tr("Budget lines"))
    area = book.table(ws, [
        Column(tr("Budget line")), Column(tr("Budget"), MONEY), Column(tr("Costs spent"), MONEY),
        Column(tr("Grant's part spent"), MONEY), Column(tr("Costs committed (booked)"), MONEY),
        Column(tr("Grant's part committed"), MONEY), Column(tr("Left"), MONEY),
        Column(tr("Forecast at the end"), MONEY), Column(tr("Used"), PERCENT),
    ], [(line.name, line.budget, line.costs.spent, line.grant_spent, line.costs.committed,
         line.grant_committed, line.left, line.grant_forecast, line.used)
        for line in follow.lines])
    book.total_row(ws, area, [
        tr("Total"), _sum(line.budget for line in follow.lines), follow.costs.spent,
        follow.grant_spent, follow.costs.committed, follow.grant_committed,
        _sum(line.left for line in follow.lines), follow.grant_forecast, None],
        [None, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY, None])
    book.highlight(ws, area, [n for n, line in enumerate(follow.lines) if line.runs_over])


def _months(book: ReportBook, data: GrantReport) -> None:
    follow = data.follow
    ws = book.sheet(tr("Per month"))
    columns = [Column(tr("Month"), MONTH)]
    for line in follow.lines:
        columns.append(Column(line.name, MONEY))
    columns += [Column(tr("Costs spent"), MONEY), Column(tr("Costs committed (booked)"), MONEY)]
    rows = []
    for year, month in follow.months:
        costs = follow.per_month.get((year, month), {})
        total = follow.month_total((year, month))
        rows.append((date(year, month, 1),
                     *(_money(costs.get(line.line_id)) for line in follow.lines),
                     total.spent, total.committed))
    area = book.table(ws, columns, rows)
    book.total_row(ws, area, [tr("Total"), *(line.costs.spent + line.costs.committed
                                             for line in follow.lines),
                              follow.costs.spent, follow.costs.committed],
                   [None, *([MONEY] * (len(follow.lines) + 2))])


def _rows(book: ReportBook, data: GrantReport) -> None:
    ws = book.sheet(tr("Rows"))
    book.table(ws, [
        Column(tr("Date"), DATE), Column(tr("Budget line")), Column(tr("What")),
        Column(tr("Description or tutor"), width=30, wrap=True), Column(tr("School")),
        Column(tr("Hours"), HOURS), Column(tr("Hourly cost"), MONEY),
        Column(tr("Amount"), MONEY), Column(tr("Spent or committed"), TEXT),
        Column(tr("Voucher")),
    ], [(row.day, row.line, what_label(row.what), row.description, row.school, row.minutes,
         row.hourly_cost, row.amount, tr("spent") if row.done else tr("committed"),
         row.reference) for row in data.rows])


def _money(value) -> Decimal | None:
    """A month's costs of a line: spent and committed together, blank when none."""
    if value is None:
        return None
    return value.spent + value.committed


def _sum(values) -> Decimal:
    return sum(values, Decimal(0))
