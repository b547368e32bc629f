"""Add or edit a device of the inventory."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.widgets.form import Field, FormDialog

DEVICE_KEYS = ("asset_tag", "category", "model", "serial_number", "purchase_date", "price",
               "funding_source", "condition", "location", "content_count", "notes")


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


def _price_text(price) -> str:
    return "" if price is None else f"{price:.2f}".replace(".", ",")


def edit_device(parent: QWidget | None, desk: Desk, device_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved device, or None if cancelled."""
    categories = [c.name for c in desk.devices.categories()]
    if device_id is None:
        values = {"category": categories[0] if len(categories) == 1 else None}
        title = tr("New device")

        def save(fields):
            return desk.devices.add(**fields)
    else:
        device = desk.devices.get(device_id)
        values = {key: getattr(device, key) for key in DEVICE_KEYS}
        values["price"] = _price_text(device.price)
        if device.category not in categories:
            categories.append(device.category)
        title = tr("Edit {tag}").format(tag=device.asset_tag)

        def save(fields):
            desk.devices.update(device_id, **fields)
            return device_id

    def checked_save(fields):
        fields["category"] = fields["category"] or ""
        return save(fields)

    dialog = FormDialog(parent, title, device_fields(categories), values, checked_save,
                        "device_dialog")
    return dialog.result_value if dialog.exec() else None
