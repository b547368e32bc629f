"""Reserve a device for a borrower and a period; hand a reservation over as a loan."""

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from coachdesk.domain.devices import BorrowerKind, ReservationRequest
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs.loan_dialog import (
    BorrowerPicker,
    add_hint,
    borrower_fields,
    default_kind,
    period_text,
    refuse_if,
)
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog


def reserve_device(parent: QWidget | None, desk: Desk, device_id: int,
                   today: date | None = None,
                   kind: BorrowerKind | None = None) -> int | None:
    """Open the reservation form; returns the reservation's id, or None if cancelled."""
    today = today or date.today()
    device = desk.devices.get(device_id)
    category = desk.devices.category_named(device.category)
    days = category.loan_days if category is not None else 14
    fields = [
        *borrower_fields(),
        Field("starts", tr("From"), "date", required=True),
        Field("ends", tr("Until"), "date", required=True),
        Field("notes", tr("Notes"), "multiline", placeholder=tr("e.g. for the 5th grade's "
                                                                "coding week")),
    ]
    starts = today + timedelta(days=1)
    values = {"borrower_kind": (kind or default_kind(category)).value,
              "starts": starts, "ends": starts + timedelta(days=days - 1)}
    picker: BorrowerPicker | None = None

    def request_of(values: dict) -> ReservationRequest:
        return ReservationRequest(device_id, picker.kind(), picker.chosen(),
                                  values["starts"], values["ends"], notes=values["notes"])

    def check(values: dict) -> dict[str, str]:
        return picker.check(request_of)(values)

    def save(values: dict) -> int:
        refuse_if(check(values))
        request = request_of(values)
        return perform(lambda: desk.loans.reserve(request, today=today))

    title = tr("Reserve {tag}").format(tag=device.asset_tag)
    if device.model:
        title += f" · {device.model}"
    dialog = FormDialog(parent, title, fields, values, save, "reservation_dialog",
                        check=check)
    add_hint(dialog, "ends", period_text(category))
    picker = BorrowerPicker(dialog, desk)
    picker.combo.setFocus()
    return dialog.result_value if dialog.exec() else None


def collect_reservation(parent: QWidget | None, desk: Desk, reservation_id: int,
                        who: str, tag: str, ends: date,
                        today: date | None = None) -> int | None:
    """Hand a reserved device over: the reservation becomes a loan due on the date given
    (its last day unless changed). Returns the loan's id, or None if cancelled."""
    today = today or date.today()

    def save(values: dict) -> int:
        return perform(lambda: desk.loans.collect(reservation_id, due_on=values["due_on"],
                                                  today=today))

    dialog = FormDialog(parent, tr("Hand {tag} over").format(tag=tag),
                        [Field("due_on", tr("Due"), "date", required=True)],
                        {"due_on": max(ends, today)}, save, "collect_dialog")
    add_hint(dialog, "due_on", tr("Reserved for {who} until the due date given here; the "
                                  "loan starts today.").format(who=who))
    return dialog.result_value if dialog.exec() else None
