"""Edit a term of a school year: its name and dates."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.calendar import TermDraft
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def term_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Autumn term 2026")),
        Field("starts", tr("Starts"), "date", required=True),
        Field("ends", tr("Ends"), "date", required=True),
    ]


def edit_term(parent: QWidget | None, desk: Desk, term_id: int) -> int | None:
    """Open the form on one term; returns the term's id, or None if cancelled."""
    draft = desk.school_years.term_draft(term_id)

    def save(values: dict) -> int:
        perform(lambda: desk.school_years.update_term(term_id, TermDraft(**values)))
        return term_id

    dialog = FormDialog(parent, tr("Edit {name}").format(name=draft.name), term_fields(),
                        vars(draft), save, "term_dialog",
                        check=problems_of(lambda values: TermDraft(**values)))
    return dialog.result_value if dialog.exec() else None
