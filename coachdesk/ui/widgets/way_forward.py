"""The way forward where a form's list is empty because something else must exist first:
a "New …" button beside the field that opens that record's own form and then lists the
new record chosen, and a hint in place of an empty list saying what to do."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
)

from coachdesk.ui.widgets.form import FormDialog
from coachdesk.ui.widgets.named import named

HINT_STYLE = "color: palette(dark);"


def offer_new(dialog: FormDialog, key: str, text: str, create: Callable[[], Any],
              choices: Callable[[], list[tuple[Any, str]]], hint: str,
              after: Callable[[], None] | None = None,
              label_of: Callable[[Any], str] | None = None) -> QPushButton:
    """Beside the field ``key`` (a choice or a checklist) a button ``text`` that calls
    ``create`` (the new record's value, or None if cancelled) and lists it chosen (ticked,
    the others kept; one that ``choices`` leaves out is listed as ``label_of`` names it),
    then calls ``after`` (other fields that list the same records);
    while there is nothing to choose, ``hint`` shows instead of an empty list. Returns
    the button."""
    editor = dialog.editors[key]
    parent = editor.parentWidget()
    box = parent.layout() if parent is not None else None
    if not isinstance(editor, QComboBox | QListWidget) or not isinstance(box, QBoxLayout):
        raise TypeError(f"{key} is not a choice or a checklist in a form's box")
    at = box.indexOf(editor)
    box.removeWidget(editor)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(editor, 1)
    button = named(QPushButton(text), f"new_{key}")
    # at the left when the list is hidden, at the top beside a list shown
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    box.insertLayout(at, row)
    note = named(QLabel(hint, wordWrap=True), f"hint_{key}", style=HINT_STYLE)
    box.insertWidget(at + 1, note)

    def show_state() -> None:
        empty = not _choices_shown(editor)
        note.setVisible(empty)
        if isinstance(editor, QListWidget):
            editor.setVisible(not empty)  # not an unexplained empty box

    def make() -> None:
        made = create()
        if made is None:
            return
        listed = choices()
        known = {data for data, _label in listed}
        # what the form listed stays: an archived category or a tutor whose agreement
        # has ended may still be on the record being edited
        listed += [item for item in _items(editor) if item[0] not in known]
        if label_of is not None and all(data != made for data, _label in listed):
            # e.g. a tutor not yet in force on the lesson's day: the user made it for this
            listed.append((made, label_of(made)))
        if isinstance(editor, QListWidget):
            ticked = [*dialog.value(key), made]
            refill_list(editor, listed)
            dialog.set_value(key, ticked)
        else:
            _refill_combo(editor, listed)
            dialog.set_value(key, made)
        show_state()
        if after is not None:
            after()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    button.clicked.connect(make)
    show_state()
    return button


def _items(editor) -> list[tuple[Any, str]]:
    """What a list or combo shows now, but "— choose —"."""
    if isinstance(editor, QListWidget):
        return [(editor.item(i).data(Qt.ItemDataRole.UserRole), editor.item(i).text())
                for i in range(editor.count())]
    return [(editor.itemData(i), editor.itemText(i)) for i in range(editor.count())
            if editor.itemData(i) is not None]


def _choices_shown(editor) -> bool:
    """Anything to choose: a ticked-box item, or a combo item that is not "— choose —"."""
    if isinstance(editor, QListWidget):
        return editor.count() > 0
    return any(editor.itemData(i) is not None for i in range(editor.count()))


def refill_list(editor: QListWidget, choices: list[tuple[Any, str]]) -> None:
    """A checklist's items anew, none ticked."""
    editor.clear()
    for data, label in choices:
        editor.addItem(label)
        item = editor.item(editor.count() - 1)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)


def _refill_combo(editor: QComboBox, choices: list[tuple[Any, str]]) -> None:
    """The choices after the "— choose —" item, if the combo has one."""
    keep = 1 if editor.count() and editor.itemData(0) is None else 0
    while editor.count() > keep:
        editor.removeItem(keep)
    for data, label in choices:
        editor.addItem(label, data)
