"""The rows of filters above the lists: a control with its label, a picker made, refilled
and set."""

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from coachdesk.ui.widgets.named import named


def labelled(text: str, widget: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    return box


def filter_picker(name: str, choices: list[tuple[object, str]]) -> QComboBox:
    """A picker of ``choices`` (data, text), as narrow as its longest name allows."""
    picker = named(QComboBox(), name)
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    for data, text in choices:
        picker.addItem(text, data)
    # At least the first choice shows whole: "Kaikki tutoropettajat", "Alla tutorlärare".
    picker.setMinimumContentsLength(max(10, len(choices[0][1]) if choices else 0))
    return picker


def refill(picker: QComboBox, choices: list[tuple[object, str]]) -> None:
    """Put ``choices`` (data, text) after a picker's first item ("All …"), keeping the
    choice made if it is still there; no signal is sent."""
    current = picker.currentData()
    with QSignalBlocker(picker):
        while picker.count() > 1:
            picker.removeItem(1)
        for data, text in choices:
            picker.addItem(text, data)
    choose(picker, current)


def choose(picker: QComboBox, data: object) -> None:
    """Set the picker to the item holding ``data`` (the first item if none does); no
    signal is sent: the page applies its filters once, after setting them all."""
    with QSignalBlocker(picker):
        picker.setCurrentIndex(max(0, picker.findData(data)))
