"""The forms of a school's ICT situation: its devices (a row per kind, rough age and
count), platforms, network and who looked at it; and a need noticed there."""

from datetime import date
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_count
from coachdesk.domain.situations import (
    DeviceAge,
    DeviceKind,
    DeviceLine,
    DeviceUser,
    NeedDraft,
    SituationDraft,
    platform_names,
)
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of
from coachdesk.ui.widgets.named import named

CHOICES: tuple[tuple[type[DeviceUser] | type[DeviceKind] | type[DeviceAge], int], ...] = (
    (DeviceUser, 0), (DeviceKind, 1), (DeviceAge, 2))
COUNT = 3  # the column of the number of devices
Cell = TypeVar("Cell", bound=QWidget)


class DevicesEditor(QWidget):
    """The school's devices in rows: used by, device, age (choices) and the number."""

    def __init__(self, devices: tuple[DeviceLine, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = named(QTableWidget(0, 4), "situation_devices")
        self.table.setHorizontalHeaderLabels(
            [tr("Used by"), tr("Device"), tr("Age"), tr("Number")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()  # the choices as wide as their longest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        add = named(QPushButton(tr("Add a row"), autoDefault=False), "situation_add_device")
        add.clicked.connect(lambda: self.add_row(DeviceLine()))
        remove = named(QPushButton(tr("Remove the row"), autoDefault=False),
                       "situation_remove_device")
        remove.clicked.connect(self.remove_row)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        for line in devices:
            self.add_row(line)

    def add_row(self, line: DeviceLine) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for (enum, column), value in zip(CHOICES, (line.user, line.kind, line.age),
                                         strict=True):
            combo = QComboBox()
            for member in enum:
                combo.addItem(member.label, member.value)
            combo.setCurrentIndex(combo.findData(value.value))
            self.table.setCellWidget(row, column, combo)
        count = QLineEdit("" if line.count is None else str(line.count))
        count.setPlaceholderText(tr("e.g. 120"))
        self.table.setCellWidget(row, COUNT, count)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def lines(self) -> tuple[DeviceLine, ...]:
        """The rows as device lines; a number that cannot be read is no number (the
        situation's check then names the row)."""
        lines = []
        for row in range(self.table.rowCount()):
            user, kind, age = (self._cell(row, column, QComboBox).currentData()
                               for _enum, column in CHOICES)
            try:
                count = as_count("devices", self._cell(row, COUNT, QLineEdit).text(),
                                 tr("Number"))
            except ValidationError:
                count = None
            lines.append(DeviceLine(DeviceUser(user), DeviceKind(kind), count, DeviceAge(age)))
        return tuple(lines)

    def _cell(self, row: int, column: int, kind: type[Cell]) -> Cell:
        """The editor add_row put in the cell."""
        widget = self.table.cellWidget(row, column)
        if not isinstance(widget, kind):
            raise TypeError(f"row {row}, column {column} holds no {kind.__name__}")
        return widget


def looked_by_choices(desk: Desk) -> list[tuple[Any, str]]:
    """Who looked or noted: the coordinator (no tutor) or a tutor."""
    return [(None, tr("Coordinator")), *desk.tutors.choices()]


class SituationForm(FormDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, school_id: int, school: str,
                 draft: SituationDraft, today: date):
        values = {"platforms": "; ".join(draft.platforms), "network": draft.network,
                  "notes": draft.notes, "looked_on": today, "tutor_id": draft.tutor_id}
        fields = [
            Field("devices", tr("Devices"), "text"),
            Field("platforms", tr("Platforms and tools"),
                  placeholder=tr("e.g. Teams; Wilma; Seppo; Google Classroom")),
            Field("network", tr("Network"), "multiline"),
            Field("notes", tr("Notes"), "multiline"),
            Field("looked_on", tr("Looked at on"), "date"),
            Field("tutor_id", tr("Looked at by"), "choice", looked_by_choices(desk)),
        ]
        situations = desk.situations

        def save(values: dict[str, Any]) -> int:
            draft = situation_draft(values)
            perform(lambda: situations.record(school_id, draft))
            return school_id

        super().__init__(parent, tr("ICT situation: {school}").format(school=school), fields,
                         values, save, "situation_form", check=problems_of(situation_draft))
        # the devices: a table in place of the line the form made
        line = self.editors["devices"]
        cell = line.parentWidget()
        box = cell.layout() if cell is not None else None
        if not isinstance(box, QBoxLayout):
            raise TypeError("the devices' line is not in a form's box")
        box.removeWidget(line)
        line.deleteLater()
        self.devices = named(DevicesEditor(draft.devices), "field_devices")
        box.insertWidget(0, self.devices)
        self.editors["devices"] = self.devices
        self.resize(max(self.width(), 760), self.sizeHint().height())

    def value(self, key: str) -> Any:
        if key == "devices":
            return self.devices.lines()
        return super().value(key)


def situation_draft(values: dict[str, Any]) -> SituationDraft:
    return SituationDraft(tuple(values["devices"]), platform_names(values["platforms"]),
                          values["network"], values["notes"], values["looked_on"],
                          values["tutor_id"])


def need_draft(values: dict[str, Any]) -> NeedDraft:
    return NeedDraft(values["description"], values["noted_on"], values["tutor_id"])


def note_need(parent: QWidget | None, desk: Desk, school_id: int, today: date) -> int | None:
    """The form of a need noticed at the school; returns its id once noted."""
    fields = [
        Field("description", tr("Need"), required=True,
              placeholder=tr("e.g. Teams assignments for the teachers of grade 7")),
        Field("noted_on", tr("Noted on"), "date"),
        Field("tutor_id", tr("Noted by"), "choice", looked_by_choices(desk)),
    ]
    situations = desk.situations

    def save(values: dict[str, Any]) -> int:
        draft = need_draft(values)
        return perform(lambda: situations.note(school_id, draft))

    dialog = FormDialog(parent, tr("Note a need"), fields,
                        {"noted_on": today, "tutor_id": None}, save, "need_form",
                        check=problems_of(need_draft))
    return dialog.result_value if dialog.exec() else None
