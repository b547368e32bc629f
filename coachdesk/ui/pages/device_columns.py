"""How the lists of devices, loans and reservations look: their columns' titles.

The Devices page, the Scan desk and the Stock-take page show the same lists of the
services (desk.devices.list_source, desk.loans.loans_source and reservations_source);
statuses and kinds read by their labels, dates and numbers as the window formats them.
"""

from coachdesk.domain.text import tr
from coachdesk.ui.columns import Look, Looks, looks


def device_looks() -> Looks:
    return looks(
        asset_tag=tr("Asset tag"), category=tr("Category"), model=Look(tr("Model"), stretch=True),
        status=tr("Status"), holder=tr("Held by"), due_on=tr("Due"), overdue=tr("Overdue"),
        condition=tr("Condition"), location=tr("Location"), content_count=tr("Items in kit"),
        last_audit=tr("Last stock-take"), funding=tr("Funding"),
        serial_number=tr("Serial number"))


def loan_looks() -> Looks:
    return looks(
        due_on=tr("Due"), asset_tag=tr("Asset tag"), category=tr("Category"),
        borrower=Look(tr("Borrower"), stretch=True), borrower_kind=tr("Kind"), email=tr("Contact"),
        out_on=tr("Lent on"), returned_on=tr("Returned"), renewals=tr("Renewals"),
        condition_out=tr("Condition out"))


def reservation_looks() -> Looks:
    return looks(
        starts=tr("From"), ends=tr("Until"), asset_tag=tr("Asset tag"),
        category=tr("Category"), borrower=Look(tr("For"), stretch=True), status=tr("Status"),
        notes=tr("Notes"))
