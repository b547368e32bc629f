"""A widget's inherited Qt properties, set where the widget is made.

PySide6 takes any Qt property as a keyword (``QLabel(text, objectName="hint")``), but its
stubs (6.11) name only the properties of the class itself, so a type checker refuses the
inherited ones: ``named(QLabel(text), "hint")`` says the same and is checked. A class's
own properties stay keywords (``QLabel(text, wordWrap=True)``).
"""

from typing import TypeVar

from PySide6.QtWidgets import QWidget

Widget = TypeVar("Widget", bound=QWidget)


def named(widget: Widget, name: str, style: str = "") -> Widget:
    """``widget`` with its object name (tests and style sheets find it by it) and, if
    given, its style sheet."""
    widget.setObjectName(name)
    return styled(widget, style) if style else widget


def styled(widget: Widget, style: str) -> Widget:
    """``widget`` with its style sheet."""
    widget.setStyleSheet(style)
    return widget
