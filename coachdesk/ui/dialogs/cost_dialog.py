"""Enter or edit a cost on one of a grant's budget lines."""

from typing import Any

from PySide6.QtWidgets import QWidget

from coachdesk.domain.formats import format_money
from coachdesk.domain.grants import CostDraft
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def cost_fields(desk: Desk, grant_id: int) -> list[Field]:
    lines = [(line.id, line.name) for line in desk.grants.lines(grant_id)]
    schools = [(None, tr("No school")), *desk.schools.choices()]
    devices = [(None, tr("No device")), *desk.costs.device_choices()]
    return [
        Field("line_id", tr("Budget line"), "choice", lines, required=True),
        Field("spent_on", tr("Date"), "date", required=True),
        Field("amount", tr("Amount (€)"), "money", required=True,
              placeholder=tr("e.g. 245,80")),
        Field("description", tr("Description"), placeholder=tr("e.g. Substitute, 2 days")),
        Field("school_id", tr("School"), "choice", schools),
        Field("device_id", tr("Device bought"), "choice", devices),
        Field("reference", tr("Voucher"), placeholder=tr("the accounting's number")),
    ]


def cost_draft(values: dict[str, Any], kept: CostDraft | None = None) -> CostDraft:
    """The form's values over the draft edited (what a form without a field keeps)."""
    return CostDraft(**{**(vars(kept) if kept else {}), **values})


def edit_cost(parent: QWidget | None, desk: Desk, grant_id: int,
              cost_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved cost, or None if cancelled."""
    edited = None
    if cost_id is None:
        values: dict[str, Any] = {}
        title = tr("New cost")

        def save(values: dict) -> int:
            return perform(lambda: desk.costs.add(cost_draft(values)))
    else:
        def load() -> dict[str, Any]:  # and what the form does not show, as it is now
            nonlocal draft
            draft = desk.costs.draft(cost_id)
            return {**vars(draft), "amount": format_money(draft.amount, symbol=False)}

        draft = None
        edited = Edited(desk.versions, RecordKind.COST, cost_id, load)
        values = load()
        title = tr("Edit cost")

        def save(values: dict) -> int:
            perform(edited.op(lambda: desk.costs.update(cost_id, cost_draft(values, draft))))
            return cost_id

    dialog = FormDialog(parent, title, cost_fields(desk, grant_id), values, save,
                        "cost_dialog", check=problems_of(cost_draft), edited=edited)
    return dialog.result_value if dialog.exec() else None
