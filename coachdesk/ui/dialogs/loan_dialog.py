"""Lend a device: to whom (a tutor, a teacher or a school), from when, until when.

The due date comes from the device's category (a tutor's tablet: until the agreement
ends) and follows the borrower and the first day until the coordinator saves.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from coachdesk.domain.devices import BorrowerKind, DeviceCategory, LoanRequest
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs.candidate_dialog import make_searchable
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of

HINT_STYLE = "color: palette(dark);"


def borrower_fields() -> list[Field]:
    return [
        Field("borrower_kind", tr("Borrower is a"), "choice",
              [(k.value, k.label) for k in BorrowerKind]),
        Field("borrower", tr("Borrower"), "choice", required=True),
    ]


class BorrowerPicker:
    """The borrower's kind and a searchable list of that kind's tutors, teachers or
    schools, on a FormDialog built with ``borrower_fields()``."""

    def __init__(self, dialog: FormDialog, desk: Desk,
                 changed: Callable[[], None] | None = None):
        self.dialog = dialog
        self.desk = desk
        self.changed = changed or (lambda: None)
        self.kind_combo: QComboBox = dialog.editors["borrower_kind"]
        self.combo: QComboBox = dialog.editors["borrower"]
        make_searchable(self.combo, "")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed())
        self._fill()

    def kind(self) -> BorrowerKind:
        return BorrowerKind(self.kind_combo.currentData())

    def choices(self, kind: BorrowerKind) -> list[tuple[int, str]]:
        if kind is BorrowerKind.TUTOR:
            return self.desk.tutors.choices()
        if kind is BorrowerKind.TEACHER:
            return self.desk.teachers.choices()
        return self.desk.schools.choices()

    def chosen(self) -> int | None:
        """The borrower whose name is in the box, or None while it is empty or unknown."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text) if text else -1
        return self.combo.itemData(index) if index >= 0 else None

    def unknown(self) -> dict[str, str]:
        """The borrower's error when the name in the box is no one's (an empty box is the
        request's own "Choose the borrower.")."""
        text = self.combo.currentText().strip()
        if not text or self.chosen() is not None:
            return {}
        return {"borrower": tr("No {kind} matches “{text}”. Pick one from the list.").format(
            kind=self.kind().label.lower(), text=text)}

    def check(self, make: Callable[[dict], Any]) -> Callable[[dict], dict[str, str]]:
        """A form's check: what is wrong with the request ``make`` builds of the values,
        the borrower typed that is no one's among it."""
        problems = problems_of(make)
        return lambda values: {**problems(values), **self.unknown()}

    def select(self, kind: BorrowerKind, borrower_id: int | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
        self.combo.setCurrentIndex(self.combo.findData(borrower_id)
                                   if borrower_id is not None else -1)

    def _kind_changed(self, _index: int) -> None:
        self._fill()
        self.changed()

    def _fill(self) -> None:
        kind = self.kind()
        self.combo.blockSignals(True)
        self.combo.clear()
        for data, text in self.choices(kind):
            self.combo.addItem(text, data)
        self.combo.setCurrentIndex(-1)
        self.combo.blockSignals(False)
        self.combo.lineEdit().setPlaceholderText(
            {BorrowerKind.TUTOR: tr("Type a tutor's name"),
             BorrowerKind.TEACHER: tr("Type a teacher's name or school"),
             BorrowerKind.SCHOOL: tr("Type a school's name")}[kind])


def refuse_if(errors: dict[str, str]) -> None:
    """Every mistake at once, before anything is sent to the service."""
    if errors:
        raise ValidationError(errors)


def add_hint(dialog: FormDialog, key: str, text: str = "") -> QLabel:
    """A grey line under a field, above where its error would show."""
    hint = QLabel(text, wordWrap=True, styleSheet=HINT_STYLE)
    hint.setObjectName(f"hint_{key}")
    dialog.editors[key].parentWidget().layout().insertWidget(1, hint)
    needed = max(dialog.sizeHint().height(), dialog.heightForWidth(dialog.width()))
    dialog.resize(dialog.width(), max(dialog.height(), needed))
    return hint


def period_text(category: DeviceCategory | None) -> str:
    if category is None:
        return ""
    if category.until_agreement_end:
        return tr("{category}: %n days; to a tutor, until their agreement ends.", None,
                  category.loan_days).format(category=category.name)
    return tr("{category}: %n days.", None, category.loan_days).format(category=category.name)


def default_kind(category: DeviceCategory | None) -> BorrowerKind:
    """Tablets and laptops lent until an agreement ends go to tutors; the rest to schools."""
    if category is not None and category.until_agreement_end:
        return BorrowerKind.TUTOR
    return BorrowerKind.SCHOOL


def lend_device(parent: QWidget | None, desk: Desk, device_id: int,
                today: date | None = None, kind: BorrowerKind | None = None,
                borrower_id: int | None = None) -> int | None:
    """Open the loan form; returns the new loan's id, or None if cancelled."""
    today = today or date.today()
    device = desk.devices.get(device_id)
    category = desk.devices.category_named(device.category)
    fields = [
        *borrower_fields(),
        Field("out_on", tr("Lent on"), "date", required=True),
        Field("due_on", tr("Due"), "date", required=True),
        Field("condition", tr("Condition on departure"),
              placeholder=tr("e.g. good, small scratch on the lid")),
        Field("notes", tr("Notes"), "multiline"),
    ]
    values = {"borrower_kind": (kind or default_kind(category)).value,
              "out_on": today, "condition": device.condition}
    dialog: FormDialog | None = None
    picker: BorrowerPicker | None = None

    def request_of(values: dict) -> LoanRequest:
        return LoanRequest(device_id, picker.kind(), picker.chosen(),
                           due_on=values["due_on"], out_on=values["out_on"],
                           condition=values["condition"], notes=values["notes"])

    def check(values: dict) -> dict[str, str]:
        return picker.check(request_of)(values)

    def save(values: dict) -> int:
        refuse_if(check(values))
        request = request_of(values)
        return perform(lambda: desk.loans.check_out(request, today=today))

    title = tr("Lend {tag}").format(tag=device.asset_tag)
    if device.model:
        title += f" · {device.model}"
    dialog = FormDialog(parent, title, fields, values, save, "loan_dialog", check=check)
    add_hint(dialog, "due_on", period_text(category))

    def update_due() -> None:
        """The category's due date for this borrower, from the first day."""
        out_on = dialog.value("out_on") or today
        chosen_kind = picker.kind()
        chosen = picker.chosen()
        if chosen_kind is BorrowerKind.TUTOR and chosen is None:
            chosen_kind = BorrowerKind.TEACHER  # no agreement to follow yet
        try:
            due = desk.loans.default_due(device_id, chosen_kind, chosen, out_on)
        except NotFound:  # the device is gone: saving will say so
            return
        dialog.set_value("due_on", due)

    picker = BorrowerPicker(dialog, desk, update_due)
    if borrower_id is not None:
        picker.select(picker.kind(), borrower_id)
    out_edit: QDateEdit = dialog.editors["out_on"]
    out_edit.dateChanged.connect(lambda _d: update_due())
    update_due()
    picker.combo.setFocus()
    return dialog.result_value if dialog.exec() else None
