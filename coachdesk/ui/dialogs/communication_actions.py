"""What the pages' communication actions do: announce lessons, confirm a visit, save a
visit or a tutor's period as an .ics file. Kept here so that each page adds only an
action and a line."""

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from coachdesk.domain.file_names import safe_file_name
from coachdesk.domain.text import tr
from coachdesk.reports import ical
from coachdesk.reports.messages import SCHOOL, TUTOR, message_language, visit_confirmation
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.dialogs.announcement_dialog import AnnouncementDialog
from coachdesk.ui.dialogs.mail_dialog import MailDialog
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import run_op


def announce(parent: QWidget | None, desk: Desk, lesson_id: int | None = None,
             today: date | None = None) -> None:
    """The announcement dialog, with the selected lesson ticked when it is published."""
    AnnouncementDialog(parent, desk, [lesson_id] if lesson_id is not None else None,
                       today).exec()


def send_visit_confirmation(parent: QWidget | None, desk: Desk, visit_id: int) -> None:
    """Ask whether the school or the tutor gets it, then show the draft."""
    found = run_op(parent, lambda: desk.outbox.visit(visit_id))
    if not found:
        return
    visit = found.value
    choice = messages.choose(
        parent, tr("Send confirmation"),
        tr("Confirm the visit of {tutor} to {school} on {day} to whom?").format(
            tutor=visit.tutor, school=visit.school.name,
            day=format_date(visit.starts_at.date())),
        [tr("The school (principal and ICT contact)"), tr("The tutor")])
    if choice is None:
        return
    to = SCHOOL if choice == 0 else TUTOR
    title = (tr("Visit confirmation to {school}").format(school=visit.school.name)
             if to == SCHOOL else
             tr("Visit confirmation to {tutor}").format(tutor=visit.tutor))
    MailDialog(parent, desk, title, lambda language: visit_confirmation(
        desk, visit_id, to, language), message_language(visit.school, None)).exec()


def _save(parent: QWidget | None, data_of, suggested: str, title: str) -> Path | None:
    folder = mail_dialog.documents_folder()
    name = mail_dialog.ask_save_path(parent, title,
                                     str(folder / f"{safe_file_name(suggested)}.ics"),
                                     tr("Calendar files (*.ics)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    written = run_op(parent, lambda: ical.write_ics(data_of(), path))
    return written.value if written else None


def save_visit_ics(parent: QWidget | None, desk: Desk, visit_id: int) -> Path | None:
    found = run_op(parent, lambda: desk.outbox.visit(visit_id))
    if not found:
        return None
    visit = found.value  # the file is named with the ISO date, which sorts
    return _save(parent, lambda: ical.visit_invitation(desk, visit_id),
                 f"{visit.school.name} {visit.starts_at.date().isoformat()}",
                 tr("Add to calendar (.ics)"))


def export_tutor_calendar(parent: QWidget | None, desk: Desk, tutor_id: int, first: date,
                          last: date) -> Path | None:
    found = run_op(parent, lambda: desk.tutors.get(tutor_id))
    if not found:
        return None
    return _save(parent, lambda: ical.tutor_calendar(desk, tutor_id, first, last),
                 f"{found.value.name} {first.isoformat()}", tr("Export calendar (.ics)"))
