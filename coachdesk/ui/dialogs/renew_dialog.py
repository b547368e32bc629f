"""Renew a loan: a new, later due date."""

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.loan_dialog import add_hint
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog


def renew_loan(parent: QWidget | None, desk: Desk, device_id: int,
               today: date | None = None) -> bool:
    """Open the form; True once the due date has moved."""
    today = today or date.today()
    device = desk.devices.get(device_id)
    loan = next((line for line in desk.devices.history(device_id)
                 if line.kind == "loan" and line.state == "open"), None)
    if loan is None:  # brought back meanwhile
        messages.error(parent, tr("{tag} is not on loan.").format(tag=device.asset_tag))
        return False
    category = desk.devices.category_named(device.category)
    days = category.loan_days if category is not None else 14
    proposed = max(loan.last, today) + timedelta(days=days)

    def save(values: dict) -> bool:
        perform(lambda: desk.loans.renew(device_id, values["due_on"], today=today))
        return True

    dialog = FormDialog(parent, tr("Renew {tag}").format(tag=device.asset_tag),
                        [Field("due_on", tr("New due date"), "date", required=True)],
                        {"due_on": proposed}, save, "renew_dialog")
    add_hint(dialog, "due_on", tr("Lent to {who}, due {due}.").format(
        who=loan.borrower, due=format_date(loan.last)))
    return bool(dialog.exec())
