"""Add or edit a break of a school year: autumn, Christmas, winter, Easter or another."""

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coachdesk.domain.calendar import BreakDraft, BreakKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def break_fields() -> list[Field]:
    return [
        Field("kind", tr("Kind"), "choice", [(k.value, k.label) for k in BreakKind]),
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Autumn break")),
        Field("starts", tr("Starts"), "date", required=True),
        Field("ends", tr("Ends"), "date", required=True),
    ]


def break_draft(values: dict) -> BreakDraft:
    return BreakDraft(**{**values, "kind": BreakKind(values["kind"])})


def edit_break(
    parent: QWidget | None, desk: Desk, year_id: int, break_id: int | None = None,
    today: date | None = None,
) -> int | None:
    """Open the form; returns the id of the saved break, or None if cancelled."""
    if break_id is None:
        year, terms, _breaks = desk.school_years.get(year_id)
        day = today or date.today()
        if not year.starts <= day <= year.ends:
            day = terms[0].starts if terms else year.starts
        values = {"kind": BreakKind.OTHER.value, "name": "", "starts": day, "ends": day}
        title = tr("New break in {year}").format(year=year.name)

        def save(values: dict) -> int:
            return perform(lambda: desk.school_years.add_break(year_id, break_draft(values)))
    else:
        draft = desk.school_years.break_draft(break_id)
        values = {**vars(draft), "kind": draft.kind.value}
        title = tr("Edit {name}").format(name=draft.name)

        def save(values: dict) -> int:
            perform(lambda: desk.school_years.update_break(break_id, break_draft(values)))
            return break_id

    dialog = FormDialog(parent, title, break_fields(), values, save, "break_dialog",
                        check=problems_of(break_draft))
    _name_follows_kind(dialog)
    return dialog.result_value if dialog.exec() else None


def _name_follows_kind(dialog: FormDialog) -> None:
    """Choosing a kind names the break after it, unless the user wrote a name of their own."""
    kind: QComboBox = dialog.editors["kind"]
    name: QLineEdit = dialog.editors["name"]
    labels = {k.label for k in BreakKind}

    def kind_chosen() -> None:
        if not name.text().strip() or name.text() in labels:
            name.setText(BreakKind(kind.currentData()).label)

    kind.currentIndexChanged.connect(kind_chosen)
