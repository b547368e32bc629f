"""Edit a term of a school year: its name and dates."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.widgets.form import Field, FormDialog


def term_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Autumn term 2026")),
        Field("starts", tr("Starts"), "date", required=True),
        Field("ends", tr("Ends"), "date", required=True),
    ]


def edit_term(parent: QWidget | None, desk: Desk, year_id: int, term_id: int) -> int | None:
    """Open the form on one term of the year; returns the term's id, or None if cancelled."""
    _year, terms, _breaks = desk.school_years.get(year_id)
    term = next(t for t in terms if t.id == term_id)
    values = {"name": term.name, "starts": term.starts, "ends": term.ends}

    def save(fields):
        desk.school_years.update_term(term_id, **fields)
        return term_id

    dialog = FormDialog(parent, tr("Edit {name}").format(name=term.name), term_fields(),
                        values, save, "term_dialog")
    return dialog.result_value if dialog.exec() else None
