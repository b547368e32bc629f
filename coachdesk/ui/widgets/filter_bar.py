"""A row of filters above a list or a calendar: labelled pickers and check boxes that
remember their choices and say once that the filters changed.

A page builds its row once (``picker``, ``check``), fills the pickers whose choices come
from the database with ``refill`` (the choice made, or the one remembered from the last
run, stays), reads the choices with ``value`` and listens to ``changed``: one signal for a
choice the coordinator made, or for several set at once with ``set``. The row wraps
onto a second line when the window is too narrow for it.
"""

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.flow_layout import FlowLayout
from coachdesk.ui.widgets.labelled import filter_picker, labelled
from coachdesk.ui.widgets.named import named

NONE = ""  # how a remembered "All …" (None) is kept in the settings


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, key: str, spacing: int = 12, parent: QWidget | None = None):
        """``key`` names the page in the settings ("lessons": "lessons/period")."""
        super().__init__(parent)
        self.key = key
        self.row = FlowLayout(self, spacing)
        self.controls: dict[str, QComboBox | QCheckBox] = {}
        self._remembered: set[str] = set()
        self._pending: dict[str, Any] = {}  # remembered choices not among the choices yet

    # -- building -------------------------------------------------------------------------
    def picker(self, name: str, label: str, choices: list[tuple[object, str]],
               remember: bool = False, tip: str = "", min_chars: int = 10) -> QComboBox:
        """A picker of ``choices`` (data, text), the first one standing for all ("Any
        status", data None); ``remember`` keeps the choice for the next run."""
        picker = filter_picker(f"{self.key}_{name}", choices)
        picker.setMinimumContentsLength(max(min_chars, len(picker.itemText(0))))
        picker.setToolTip(tip)
        self._add(name, labelled(label, picker) if label else picker, picker, remember)
        if remember and not self._choose(picker, self._saved(name)):
            self._pending[name] = self._saved(name)  # until ``refill`` brings the choices
        picker.currentIndexChanged.connect(self._chosen)
        return picker

    def check(self, name: str, text: str, remember: bool = False, tip: str = "",
              in_row: bool = True) -> QCheckBox:
        """A check box; ``in_row=False`` leaves it to the page to place (beside a list's
        search box) while the bar still keeps and reports it."""
        box = named(QCheckBox(text), f"{self.key}_{name}")
        box.setToolTip(tip)
        if remember:
            box.setChecked(bool(settings().value(self._setting(name), False, type=bool)))
        self._add(name, box if in_row else None, box, remember)
        box.toggled.connect(self._chosen)
        return box

    def finish(self) -> None:
        """Close the row (its lines start at the left)."""

    # -- reading and setting --------------------------------------------------------------
    def value(self, name: str) -> Any:
        control = self.controls[name]
        if isinstance(control, QCheckBox):
            return control.isChecked()
        return control.currentData()

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.controls}

    def set(self, **values: Any) -> None:
        """Set several filters at once (those not named stay); ``changed`` is said once."""
        for name, value in values.items():
            control = self.controls[name]
            self._pending.pop(name, None)
            if isinstance(control, QCheckBox):
                with QSignalBlocker(control):
                    control.setChecked(bool(value))
            else:
                self._choose(control, value)
        self._chosen()

    def refill(self, name: str, choices: list[tuple[object, str]]) -> None:
        """Put ``choices`` after the picker's first item, keeping the choice made (or the
        one remembered, the first time); no signal is sent."""
        picker = self.controls[name]
        if not isinstance(picker, QComboBox):
            raise TypeError(f"the filter {name} is not a picker")
        wanted = self._pending.pop(name) if name in self._pending else picker.currentData()
        with QSignalBlocker(picker):
            while picker.count() > 1:
                picker.removeItem(1)
            for data, text in choices:
                picker.addItem(text, data)
        self._choose(picker, wanted)

    # -- inside ---------------------------------------------------------------------------
    def _add(self, name: str, shown: QWidget | None, control, remember: bool) -> None:
        if shown is not None:
            self.row.addWidget(shown)
        self.controls[name] = control
        if remember:
            self._remembered.add(name)

    def _chosen(self, *_value: object) -> None:
        for name in self._remembered - set(self._pending):
            value = self.value(name)
            settings().setValue(self._setting(name), NONE if value is None else value)
        self.changed.emit()

    def _setting(self, name: str) -> str:
        return f"{self.key}/{name}"

    def _saved(self, name: str) -> Any:
        value = settings().value(self._setting(name))
        return None if value in (None, NONE) else value

    @staticmethod
    def _choose(picker: QComboBox, data: object) -> bool:
        """Choose the item holding ``data`` (a remembered id comes back as text), else the
        first; no signal is sent. True if ``data`` was found."""
        index = 0 if data is None else next(
            (i for i in range(picker.count()) if picker.itemData(i) is not None
             and (picker.itemData(i) == data or str(picker.itemData(i)) == str(data))), None)
        with QSignalBlocker(picker):
            picker.setCurrentIndex(index or 0)
        return index is not None
