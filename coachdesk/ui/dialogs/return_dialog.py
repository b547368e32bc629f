"""Check a device in: when it came back, in what condition, and any damage."""

from datetime import date

from PySide6.QtWidgets import QWidget

from coachdesk.domain.devices import ReturnRequest
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs.loan_dialog import add_hint
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def return_fields() -> list[Field]:
    return [
        Field("returned_on", tr("Returned on"), "date", required=True),
        Field("condition", tr("Condition"), placeholder=tr("e.g. good, screen cracked")),
        Field("notes", tr("Damage and notes"), "multiline"),
    ]


def return_device(parent: QWidget | None, desk: Desk, device_id: int,
                  today: date | None = None) -> bool:
    """Open the form; True once the device is checked in."""
    today = today or date.today()
    device = desk.devices.get(device_id)
    loan = next((line for line in desk.devices.history(device_id)
                 if line.kind == "loan" and line.state == "open"), None)
    values = {"returned_on": today, "condition": device.condition}

    def request_of(values: dict) -> ReturnRequest:
        return ReturnRequest(device_id, values["returned_on"], values["condition"],
                             values["notes"])

    def save(values: dict) -> bool:
        request = request_of(values)
        perform(lambda: desk.loans.check_in(request, today=today))
        return True

    dialog = FormDialog(parent, tr("Return {tag}").format(tag=device.asset_tag),
                        return_fields(), values, save, "return_dialog",
                        check=problems_of(request_of))
    if loan is not None:
        add_hint(dialog, "returned_on", tr(
            "Lent to {who} on {out}, due {due}.").format(
            who=loan.borrower, out=format_date(loan.first),
            due=format_date(loan.last) if loan.last else "—"))
    add_hint(dialog, "condition", tr("Condition when it left: {condition}").format(
        condition=device.condition or "—"))
    return bool(dialog.exec())
