"""A person's data for a data-access request (GDPR article 15): one workbook holding
everything CoachDesk knows about one teacher or tutor, section by section, in the
language of the person's school (a tutor's home school)."""

from datetime import date
from pathlib import Path

from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.workbook import (
    DATE,
    DATETIME,
    INTEGER,
    NUMBER,
    Column,
    ReportBook,
    day_text,
)
from coachdesk.services.desk import Desk
from coachdesk.services.privacy import TEACHER, PersonData


def write_person_export(desk: Desk, kind: str, person_id: int, path: Path | str,
                        today: date | None = None, language: str | None = None) -> Path:
    """Gather the person's data and save the workbook atomically to ``path``, in
    ``language`` or else in that of the person's school."""
    with speaking(language or desk.reports.language_of(kind, person_id)):
        # The field names are the service's: gathered in the language too.
        book = build_person_export(desk.privacy.person_data(kind, person_id, today))
    return book.save(path)


def _notes(title: str) -> Column:
    return Column(title, width=50, wrap=True)


def build_person_export(data: PersonData) -> ReportBook:
    what = tr("Teacher") if data.kind == TEACHER else tr("Tutor")
    book = ReportBook(tr("Personal data: {name}").format(name=data.name),
                      subject=tr("Personal data export"),
                      description=tr("Everything CoachDesk holds about one person"))

    ws = book.sheet(tr("Person"))
    row = book.heading(ws, tr("Personal data: {name}").format(name=data.name),
                       tr("{what} #{id}, exported on {day}").format(
                           what=what, id=data.id, day=day_text(data.exported_on)))
    area = book.table(ws, [Column(tr("Field")), _notes(tr("Value"))], data.record,
                      start_row=row)
    row = book.section(ws, area.last_row + 2, tr("Schools"))
    book.table(ws, [Column(tr("School")), Column(tr("Role"))], data.schools, start_row=row,
               main=False)

    if data.kind == TEACHER:
        book.table(book.sheet(tr("Enrollments")), [
            Column(tr("Lesson")), Column(tr("Starts"), DATETIME), Column(tr("Status")),
            Column(tr("Attendance")), Column(tr("Feedback score"), INTEGER),
            _notes(tr("Feedback comment")), Column(tr("Enrolled"), DATETIME),
        ], data.enrollments)
        # The training record: what was completed, certified and done elsewhere.
        book.table(book.sheet(tr("Trainings completed")), [
            Column(tr("Training")), Column(tr("First day"), DATE),
            Column(tr("Last day"), DATE), Column(tr("Hours"), NUMBER)], data.completed)
        book.table(book.sheet(tr("Certificates")), [
            Column(tr("Code")), Column(tr("Training")), Column(tr("Issued"), DATE),
            Column(tr("Revoked"), DATE)], data.certificates)
        book.table(book.sheet(tr("Training done elsewhere")), [
            Column(tr("Course")), Column(tr("Provider")), Column(tr("Date"), DATE),
            Column(tr("Hours"), NUMBER), _notes(tr("Notes"))], data.elsewhere)
    else:
        book.table(book.sheet(tr("Lessons taught")), [
            Column(tr("Lesson")), Column(tr("Starts"), DATETIME), Column(tr("Ends"), DATETIME),
            Column(tr("Status")),
        ], data.lessons)
    book.table(book.sheet(tr("Visits")), [
        Column(tr("Starts"), DATETIME), Column(tr("Ends"), DATETIME), Column(tr("School")),
        Column(tr("Tutor")), Column(tr("Purpose")), Column(tr("Status")), _notes(tr("Notes")),
    ], data.visits)
    book.table(book.sheet(tr("Loans")), [
        Column(tr("Asset tag")), Column(tr("Category")), Column(tr("Model")),
        Column(tr("Lent on"), DATE), Column(tr("Due"), DATE), Column(tr("Returned"), DATE),
        Column(tr("Lost"), DATE), _notes(tr("Notes")),
    ], data.loans)
    book.table(book.sheet(tr("Reservations")), [
        Column(tr("Asset tag")), Column(tr("Category")), Column(tr("From"), DATE),
        Column(tr("Until"), DATE), Column(tr("Status")), _notes(tr("Notes")),
    ], data.reservations)

    ws = book.sheet(tr("Recruitment"))
    area = book.table(ws, [
        Column(tr("Round")), Column(tr("Name")), Column(tr("E-mail")), Column(tr("Home school")),
        Column(tr("Step")), Column(tr("Principal's consent")), _notes(tr("Motivation")),
        _notes(tr("Notes")), _notes(tr("Reason declined")),
    ], data.applications)
    row = book.section(ws, area.last_row + 2, tr("Steps"))
    book.table(ws, [Column(tr("Round")), Column(tr("From")), Column(tr("To")),
                    Column(tr("On"), DATE), _notes(tr("Note"))], data.steps,
               start_row=row, main=False)
    if data.levels:
        book.table(book.sheet(tr("Competence levels")), [
            Column(tr("Date"), DATE), Column(tr("Level")), Column(tr("Source")),
            _notes(tr("Note"))], data.levels)
    return book
