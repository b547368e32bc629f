"""Add or edit a recruitment round: its name, when it is open, how many tutors it seeks."""

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from coachdesk.domain.recruitment import RoundDraft
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def round_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True,
              placeholder=tr("e.g. Tutor call 2026–2027")),
        Field("opens", tr("Opens"), "date", required=True),
        Field("closes", tr("Closes"), "date", required=True),
        Field("tutors_sought", tr("Tutors sought"), "count"),
        Field("description", tr("Description"), "multiline"),
    ]


def edit_round(parent: QWidget | None, desk: Desk, round_id: int | None = None) -> int | None:
    """Open the form; returns the round's id once saved, None if cancelled."""
    if round_id is None:
        today = date.today()
        values = {"opens": today, "closes": today + timedelta(days=28)}
        title = tr("New recruitment round")

        def save(values: dict) -> int:
            return perform(lambda: desk.recruitment.add_round(RoundDraft(**values)))
    else:
        draft = desk.recruitment.round_draft(round_id)
        values = vars(draft)
        title = tr("Edit {name}").format(name=draft.name)

        def save(values: dict) -> int:
            perform(lambda: desk.recruitment.update_round(round_id, RoundDraft(**values)))
            return round_id

    dialog = FormDialog(parent, title, round_fields(), values, save, "round_dialog",
                        check=problems_of(lambda values: RoundDraft(**values)))
    return dialog.result_value if dialog.exec() else None
