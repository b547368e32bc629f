"""The digital-competence sheets of the reports: for a principal, the school's staff by
level against the targets, beside the city's, with a chart of the staff by level; in the
municipal summary, every school's staff by level with a chart. The figures are those of
:mod:`coachdesk.services.level_figures`, said on the sheet in a few lines."""

from coachdesk.domain.competence import StaffLevels
from coachdesk.domain.text import tr
from coachdesk.reports.workbook import INTEGER, PERCENT, Column, ReportBook, day_text
from coachdesk.services.level_figures import LevelReport

CHART_MAX_SCHOOLS = 40  # as the summary's other charts


def _how_counted(book: ReportBook, ws, row: int) -> int:
    for line in (
            tr("Each teacher's latest assessed level counts (self-assessment, confirmed by "
               "the principal or the coordinator, or earned with a certificate)."),
            tr("Staff: the school's active teachers in CoachDesk. A teacher never assessed "
               "is below every level."),
            tr("A target is the share of the staff at the level or above it; teachers "
               "short: how many more must reach the level to meet the target.")):
        row = book.note(ws, row, line)
    return row


def _level_rows(report: LevelReport, school: StaffLevels) -> list[tuple]:
    city = {gap.level: gap for gap in report.city.gaps}
    rows: list[tuple] = [(tr("Not assessed"), school.unassessed, None, None, None, None, None)]
    for gap in school.gaps:
        rows.append((report.scale.level_label(gap.level), school.at(gap.level), gap.reached,
                     gap.share, gap.target / 100, gap.missing, city[gap.level].share))
    return rows


def school_competence_sheet(book: ReportBook, report: LevelReport) -> None:
    """The sheet "Competence levels" of a school report: one school's staff."""
    school = report.schools[0]
    ws = book.sheet(tr("Competence levels"), one_page=True)
    row = book.heading(ws, tr("Digital competence of the staff"),
                       tr("{scale}, on {day}").format(scale=report.scale.label,
                                                      day=day_text(report.day)),
                       tr("Staff: %n teachers, {short} short of the targets", None,
                          school.staff).format(short=school.missing))
    area = book.table(ws, [
        Column(tr("Level"), width=40), Column(tr("Teachers at the level"), INTEGER, width=12),
        Column(tr("At the level or above"), INTEGER, width=12),
        Column(tr("Share at the level or above"), PERCENT, width=12),
        Column(tr("Target"), PERCENT, width=10), Column(tr("Teachers short"), INTEGER, width=10),
        Column(tr("The city's share"), PERCENT, width=12),
    ], _level_rows(report, school), start_row=row, main=False)
    book.highlight(ws, area, [n + 1 for n, gap in enumerate(school.gaps) if not gap.met])
    row = _how_counted(book, ws, area.last_row + 2)
    book.chart(ws, area, f"A{row + 1}", tr("The staff by level"), bars=[2],
               y_title=tr("Teachers"), size=(16.5, 8))


def summary_competence_sheet(book: ReportBook, report: LevelReport) -> None:
    """The sheet "Competence levels" of the municipal summary: every school's staff."""
    scale = report.scale
    ws = book.sheet(tr("Competence levels"))
    columns = [Column(tr("School")), Column(tr("Staff"), INTEGER, width=10),
               Column(tr("Not assessed"), INTEGER, width=11)]
    columns += [Column(tr("At level {n}").format(n=n), INTEGER, width=11) for n in scale.levels]
    columns += [Column(tr("Level {n} or above").format(n=n), PERCENT, width=11)
                for n in scale.levels]
    columns += [Column(tr("Teachers short"), INTEGER, width=10)]

    def line(s: StaffLevels) -> tuple:
        return (s.name, s.staff, s.unassessed, *(s.at(n) for n in scale.levels),
                *(gap.share for gap in s.gaps), s.missing)

    row = book.heading(ws, tr("Digital competence of the staff"),
                       tr("{scale}, on {day}").format(scale=scale.label,
                                                      day=day_text(report.day)),
                       tr("The city's targets: {targets}").format(targets=", ".join(
                           tr("level {n} {share} %").format(n=n, share=report.city.targets[n])
                           for n in scale.levels)))
    charted = len(report.schools) <= CHART_MAX_SCHOOLS
    # A list too long for a chart gets the frozen header and the filter; a shorter one
    # prints with its chart (a repeated header would run over the chart's page).
    area = book.table(ws, columns, (line(s) for s in report.schools), start_row=row,
                      main=not charted)
    book.highlight(ws, area, [n for n, s in enumerate(report.schools) if s.below_target])
    city = report.city
    total = book.total_row(ws, area, [tr("The city"), *line(city)[1:]],
                           [None, INTEGER, INTEGER, *(INTEGER for _ in scale.levels),
                            *(PERCENT for _ in scale.levels), INTEGER])
    row = _how_counted(book, ws, total + 2)
    book.note(ws, row, tr("Schools below a target are highlighted."))
    if charted:
        book.page_break(ws, row + 1)  # the chart on a page of its own
        book.chart(ws, area, f"A{row + 3}", tr("Each school's staff by level"),
                   bars=list(range(3, 4 + len(scale.levels))), horizontal=True,
                   stacked=True, y_title=tr("Teachers"),
                   size=(24.0, min(16.0, 4.0 + 0.6 * len(report.schools))))
