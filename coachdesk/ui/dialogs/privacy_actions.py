"""The personal-data actions of the Teachers and Tutors pages: export everything held
about a person (a data-access request) and erase it. Kept here so that each page adds only
two actions and two lines."""

from pathlib import Path

from PySide6.QtWidgets import QWidget

from coachdesk.domain.file_names import safe_file_name
from coachdesk.domain.text import tr
from coachdesk.reports.person_export import write_person_export
from coachdesk.services import Desk
from coachdesk.services.backups import backups_folder
from coachdesk.services.privacy import TEACHER, erased_name
from coachdesk.ui import messages
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.operations import run_op


def export_person(parent: QWidget | None, desk: Desk, kind: str, person_id: int) -> Path | None:
    """Ask where to save, then write the workbook; returns the file written."""
    held = run_op(parent, lambda: desk.privacy.footprint(kind, person_id))
    if not held:
        return None
    name = held.value.name
    folder = mail_dialog.documents_folder()
    suggested = safe_file_name(tr("Personal data {name}").format(name=name))
    chosen = mail_dialog.ask_save_path(parent, tr("Export personal data"),
                                       str(folder / f"{suggested}.xlsx"),
                                       tr("Excel workbooks (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    written = run_op(parent, lambda: write_person_export(desk, kind, person_id, path))
    if not written:
        return None
    messages.inform(parent, tr("Export personal data"),
                    tr("Everything CoachDesk holds about {name} is in {path}.").format(
                        name=name, path=written.value))
    return written.value


def erase_person(parent: QWidget | None, desk: Desk, kind: str, person_id: int) -> bool:
    """Say what goes and what stays, ask, then erase; True if erased."""
    found = run_op(parent, lambda: desk.privacy.footprint(kind, person_id))
    if not found:
        return False
    held = found.value
    if held.loans_out:
        messages.error(parent, tr(
            "{name} still has a device on loan. Check the device in (or mark it lost) on "
            "the Devices page first, then erase their data.").format(name=held.name))
        return False
    if kind == TEACHER:
        goes = tr("their name, e-mail, subjects and notes; the comments of their feedback; "
                  "the notes of visits that reached them; the training they did elsewhere")
        stays = tr("{enrollments} enrollments with attendance and feedback scores, "
                   "{visits} visits reached").format(enrollments=held.enrollments,
                                                     visits=held.visits)
    else:
        goes = tr("their name, e-mail, notes and strengths; the notes of their visits")
        stays = tr("{visits} visits and {lessons} lessons with their hours").format(
            visits=held.visits, lessons=held.lessons)
    anonymous = erased_name(person_id)
    if desk.path is None:
        copies = tr("The database server's own backups are kept by its administrator: ask "
                    "them to make sure no backup keeps this person's data.")
    else:
        copies = tr(
            "CoachDesk also erases them from its own backups (in {folder}), and erases them "
            "again from any older backup you restore later. Copies of the database kept "
            "anywhere else (on a USB stick, in a cloud folder, made with “coachdesk backup "
            "--to”) are out of CoachDesk's reach: delete those yourself.").format(
            folder=backups_folder(desk.path))
    text = tr(
        "Erase the personal data of {name}?\n\n"
        "Removed for good from this database: {goes}; the notes of their {loans} loans and "
        "{reservations} reservations; {applications} applications in recruitment rounds; "
        "their entries in the change history.\n\n"
        "Kept without a name, so that the statistics still count them: {stays}, and the "
        "loans. The record stays as “{anonymous}”.\n\n"
        "Backups: {copies}\n\n"
        "This cannot be undone. Export the data first if the person asked for a copy."
    ).format(name=held.name, goes=goes, loans=held.loans, reservations=held.reservations,
             applications=held.applications, stays=stays, anonymous=anonymous, copies=copies)
    if not messages.confirm(parent, tr("Erase personal data"), text,
                            tr("Erase personal data")):
        return False
    # Rewriting the file and each backup takes about a second per 50 MB: an operation,
    # so the window paints meanwhile (with a busy cursor) and the pages hear of it.
    erase = desk.privacy.erase_teacher if kind == TEACHER else desk.privacy.erase_tutor
    erased = run_op(parent, lambda: erase(person_id))
    if not erased:
        return False
    result = erased.value
    if result.still_held:
        files = "\n".join(tr("{path} ({reason})").format(path=path, reason=why)
                          for path, why in result.still_held)
        messages.error(parent, tr(
            "The personal data of {name} is erased from the database, but these files still "
            "hold it:\n\n{files}\n\n"
            "To finish, free some space or make the folder writable, then erase “{anonymous}” "
            "again (tick Show archived to see the record); or delete these files "
            "yourself.").format(name=held.name, files=files, anonymous=anonymous),
            tr("Erase personal data"))
    return True
