"""A control with its label in front, for the rows of filters above the lists."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def labelled(text: str, widget: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    return box
