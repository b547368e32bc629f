"""The rows of filters above the lists: a control with its label, a picker made and refilled."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget


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
    picker = QComboBox(objectName=name)
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.setMinimumContentsLength(10)
    for data, text in choices:
        picker.addItem(text, data)
    return picker


def refill(picker: QComboBox, choices: list[tuple[object, str]]) -> None:
    """Put ``choices`` (data, text) after a picker's first item ("All …"), keeping the
    choice made if it is still there; no signal is sent."""
    current = picker.currentData()
    picker.blockSignals(True)
    while picker.count() > 1:
        picker.removeItem(1)
    for data, text in choices:
        picker.addItem(text, data)
    picker.setCurrentIndex(max(0, picker.findData(current)))
    picker.blockSignals(False)
