"""Add or edit a recruitment round: its name, when it is open, how many tutors it seeks."""

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.widgets.form import Field, FormDialog

ROUND_KEYS = ("name", "opens", "closes", "tutors_sought", "description")


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

        def save(fields):
            return desk.recruitment.add_round(**fields)
    else:
        rnd = desk.recruitment.get_round(round_id)
        values = {key: getattr(rnd, key) for key in ROUND_KEYS}
        title = tr("Edit {name}").format(name=rnd.name)

        def save(fields):
            desk.recruitment.update_round(round_id, **fields)
            return round_id

    dialog = FormDialog(parent, title, round_fields(), values, save, "round_dialog")
    return dialog.result_value if dialog.exec() else None
