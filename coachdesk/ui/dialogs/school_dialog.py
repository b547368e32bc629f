"""Add or edit a school."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.schools import Language, SchoolKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.widgets.form import Field, FormDialog


def school_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Korson koulu")),
        Field("kind", tr("Kind"), "choice", [(k.value, k.label) for k in SchoolKind]),
        Field("language", tr("Language"), "choice", [(k.value, k.label) for k in Language]),
        Field("address", tr("Address")),
        Field("principal_name", tr("Principal")),
        Field("principal_email", tr("Principal's e-mail"), placeholder="name@example.fi"),
        Field("ict_contact_name", tr("ICT contact person")),
        Field("ict_contact_email", tr("ICT contact's e-mail"), placeholder="name@example.fi"),
        Field("teacher_count", tr("Number of teachers"), "count"),
        Field("notes", tr("Notes"), "multiline"),
    ]


def edit_school(parent: QWidget | None, desk: Desk, school_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved school, or None if cancelled."""
    if school_id is None:
        values = {"kind": SchoolKind.COMPREHENSIVE.value, "language": Language.FINNISH.value}
        title = tr("New school")

        def save(fields):
            return desk.schools.add(**fields)
    else:
        school = desk.schools.get(school_id)
        values = {f.key: getattr(school, f.key) for f in school_fields()}
        title = tr("Edit {name}").format(name=school.name)

        def save(fields):
            desk.schools.update(school_id, **fields)
            return school_id

    dialog = FormDialog(parent, title, school_fields(), values, save, "school_dialog")
    return dialog.result_value if dialog.exec() else None
