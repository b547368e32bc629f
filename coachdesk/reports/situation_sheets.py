"""The ICT situation in the reports: "The situation at your school" in a school's report
(its devices, platforms, network and the needs the tutors noticed, for the principal)
and, in the municipal summary, the needs most often noted and the schools nobody looked
at in the last months. Written in the language the workbook speaks."""

from coachdesk.domain.situations import RECENT_MONTHS
from coachdesk.domain.text import tr
from coachdesk.domain.validation import checked
from coachdesk.reports.workbook import DATE, INTEGER, Column, ReportBook, day_text
from coachdesk.services.situations import CitySituations, Need, Situation

# The tables of a sheet share its columns: one width per column for all of them, so that
# text wrapped in one is never measured for a width another table changes.
WIDTHS = (50, 30, 20, 12, 18, 12)


def noted_by(name: str) -> str:
    return name or tr("Coordinator")


def made_into(need: Need) -> str:
    """What was made of a need: a visit request, a lesson, or both."""
    made = ([tr("Visit request")] if need.request_id is not None else []) + (
        [tr("Lesson")] if need.lesson_id is not None else [])
    return ", ".join(made)


def school_situation_sheet(book: ReportBook, situation: Situation) -> None:
    """The sheet "The situation at your school"."""
    ws = book.sheet(tr("The situation at your school"))
    draft = situation.draft
    if situation.recorded:
        looked = tr("Devices, platforms and network as seen on {day} by {who}.").format(
            day=day_text(checked(draft.looked_on)), who=noted_by(situation.looked_by))
    else:
        looked = tr("The devices, platforms and network have not been recorded yet.")
    row = book.heading(ws, tr("The situation at your school"), situation.school, looked)
    row = book.section(ws, row, tr("Devices"))
    if draft.devices:
        area = book.table(ws, [
            Column(tr("Used by"), width=WIDTHS[0]), Column(tr("Device"), width=WIDTHS[1]),
            Column(tr("Age"), width=WIDTHS[2]), Column(tr("Number"), INTEGER, width=WIDTHS[3])],
            ((d.user, d.kind, d.age, d.count) for d in draft.devices),
            start_row=row, main=False)
        row = area.last_row + 2
    else:
        row = book.note(ws, row, tr("No devices recorded.")) + 1
    row = book.section(ws, row, tr("Platforms and network"))
    area = book.table(ws, [Column(tr("Platforms and tools"), width=WIDTHS[0], wrap=True),
                           Column(tr("Network"), width=WIDTHS[1], wrap=True),
                           Column(tr("Notes"), width=WIDTHS[2], wrap=True)],
                      [(", ".join(draft.platforms) or "—", draft.network or "—",
                        draft.notes or "—")], start_row=row, main=False)
    row = book.section(ws, area.last_row + 2, tr("Needs noticed"))
    needs = situation.needs
    if not needs:
        book.note(ws, row, tr("No needs have been noted at the school."))
        return
    book.table(ws, [
        Column(tr("Need"), width=WIDTHS[0], wrap=True),
        Column(tr("Noted by"), width=WIDTHS[1]), Column(tr("Status"), width=WIDTHS[2]),
        Column(tr("Noted on"), DATE, width=WIDTHS[3]),
        Column(tr("Planned as"), width=WIDTHS[4]),
        Column(tr("Resolved on"), DATE, width=WIDTHS[5])],
        ((n.description, noted_by(n.noted_by), n.status, n.noted_on, made_into(n),
          n.resolved_on) for n in needs), start_row=row, main=False)


def city_situations_sheet(book: ReportBook, city: CitySituations) -> None:
    """The sheet "ICT situations" of the municipal summary."""
    ws = book.sheet(tr("ICT situations"))
    row = book.heading(ws, tr("ICT situations at the schools"), tr(
        "{open} needs open at {schools} schools.").format(open=city.open_needs,
                                                          schools=city.schools))
    row = book.section(ws, row, tr("Needs most often noted"))
    if city.most_noted:
        area = book.table(ws, [
            Column(tr("Need"), width=WIDTHS[0], wrap=True), Column(tr("Times noted"), INTEGER),
            Column(tr("Schools"), INTEGER), Column(tr("Still open"), INTEGER)],
            ((n.description, n.times, n.schools, n.open) for n in city.most_noted),
            start_row=row, main=False)
        row = area.last_row + 2
    else:
        row = book.note(ws, row, tr("No needs have been noted.")) + 1
    row = book.section(ws, row, tr("Schools without a recent look"))
    row = book.note(ws, row, tr(
        "Nobody has recorded the situation or noted a need in the last {months} months.")
        .format(months=RECENT_MONTHS))
    if not city.not_looked:
        book.note(ws, row, tr("Every school was looked at."))
        return
    book.table(ws, [Column(tr("School"), width=WIDTHS[0]), Column(tr("Last look"), DATE)],
               ((s.school, s.last_look if s.last_look else tr("never"))
                for s in city.not_looked), start_row=row, main=False)
