"""Add or edit a device of the inventory."""

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from coachdesk.domain.devices import DeviceDraft
from coachdesk.domain.formats import format_number
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs.category_dialog import edit_category
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of
from coachdesk.ui.widgets.way_forward import offer_new


def device_fields(categories: list[str]) -> list[Field]:
    return [
        Field("asset_tag", tr("Asset tag"), required=True, placeholder=tr("e.g. VTU-00123")),
        Field("category", tr("Category"), "choice",
              [(None, tr("— choose a category —"))] + [(name, name) for name in categories],
              required=True),
        Field("model", tr("Model"), placeholder=tr("e.g. iPad 10th gen")),
        Field("serial_number", tr("Serial number")),
        Field("purchase_date", tr("Purchase date"), "date"),
        Field("price", tr("Price (€)"), "decimal", placeholder="0,00"),
        Field("funding_source", tr("Funding"), placeholder=tr("e.g. Tutor grant 2026")),
        Field("condition", tr("Condition"), placeholder=tr("e.g. new, good, worn")),
        Field("location", tr("Storage location"), placeholder=tr("e.g. Cabinet B2")),
        Field("content_count", tr("Items in kit"), "count",
              placeholder=tr("e.g. 30")),
        Field("notes", tr("Notes"), "multiline"),
    ]


def device_draft(values: dict) -> DeviceDraft:
    """The form's values (the price read as a number) as a draft: the price in euros."""
    price = values["price"]
    return DeviceDraft(**{**values, "category": values["category"] or "",
                          "price": None if price is None else Decimal(str(price))})


def edit_device(parent: QWidget | None, desk: Desk, device_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved device, or None if cancelled."""
    categories = [c.name for c in desk.devices.categories()]
    edited = None
    if device_id is None:
        values = {"category": categories[0] if len(categories) == 1 else None}
        title = tr("New device")

        def save(values: dict) -> int:
            return perform(lambda: desk.devices.add(device_draft(values)))
    else:
        def load() -> dict:
            draft = desk.devices.draft(device_id)
            return {**vars(draft), "price": "" if draft.price is None
                    else format_number(float(draft.price), 2)}

        edited = Edited(desk.versions, RecordKind.DEVICE, device_id, load)
        values = load()
        if values["category"] not in categories:
            categories.append(values["category"])
        title = tr("Edit {tag}").format(tag=values["asset_tag"])

        def save(values: dict) -> int:
            perform(edited.op(lambda: desk.devices.update(device_id, device_draft(values))))
            return device_id

    dialog = FormDialog(parent, title, device_fields(categories), values, save,
                        "device_dialog", check=problems_of(device_draft), edited=edited)

    def new_category() -> str | None:
        category_id = edit_category(dialog, desk)
        return None if category_id is None else desk.devices.category_draft(category_id).name

    offer_new(dialog, "category", tr("New category…"), new_category,
              lambda: [(c.name, c.name) for c in desk.devices.categories()],
              tr("No device categories yet: add one with “New category…” (it sets how "
                 "long its devices are lent)."))
    return dialog.result_value if dialog.exec() else None
