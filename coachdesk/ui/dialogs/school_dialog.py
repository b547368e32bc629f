"""Add or edit a school."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import Language, SchoolDraft, SchoolKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


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


def school_draft(values: dict) -> SchoolDraft:
    return SchoolDraft(**{**values, "kind": SchoolKind(values["kind"]),
                          "language": Language(values["language"])})


def edit_school(parent: QWidget | None, desk: Desk, school_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved school, or None if cancelled."""
    edited = None
    if school_id is None:
        values = {"kind": SchoolKind.COMPREHENSIVE.value, "language": Language.FINNISH.value}
        title = tr("New school")

        def save(values: dict) -> int:
            return perform(lambda: desk.schools.add(school_draft(values)))
    else:
        def load() -> dict:
            draft = desk.schools.draft(school_id)
            return {**vars(draft), "kind": draft.kind.value, "language": draft.language.value}

        edited = Edited(desk.versions, RecordKind.SCHOOL, school_id, load)
        values = load()
        title = tr("Edit {name}").format(name=values["name"])

        def save(values: dict) -> int:
            perform(edited.op(lambda: desk.schools.update(school_id, school_draft(values))))
            return school_id

    dialog = FormDialog(parent, title, school_fields(), values, save, "school_dialog",
                        check=problems_of(school_draft), edited=edited)
    return dialog.result_value if dialog.exec() else None
