"""The first step of both import wizards (lists, and forms' answers): what the workbook
holds, which file, and reading it beside the window into the wizard's ``plan``."""

from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from coachdesk.domain.text import tr
from coachdesk.reports.imports import read_plan
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import ERROR_STYLE
from coachdesk.ui.widgets.named import named

Index = QModelIndex | QPersistentModelIndex


class LinesModel(QAbstractTableModel):
    """A wizard's plan as a table: ``lines`` under ``headers``, one line a row."""

    def __init__(self, headers: list[str], lines: list[Any] | None = None,
                 parent: Any = None):
        super().__init__(parent)
        self._headers = headers
        self.lines: list[Any] = list(lines or [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


def error_label(name: str) -> QLabel:
    label = named(QLabel(), name, style=ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class WorkbookPage(QWizardPage):
    """``kinds`` maps each kind of workbook to its radio button's text; ``prefix`` names
    the widgets (``{prefix}_kind_…``, ``{prefix}_file``, ``{prefix}_browse``); the folder
    last read from is remembered under ``folder_key``."""

    def __init__(self, wizard: Any, kinds: dict[Any, str], question: str, prefix: str,
                 folder_key: str, open_title: str):
        super().__init__()
        self._wizard = wizard
        self.folder_key = folder_key
        self.open_title = open_title
        self.kind_group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        if len(kinds) > 1:
            layout.addWidget(QLabel(question))
        self.kind_buttons: dict[Any, QRadioButton] = {}
        for kind, text in kinds.items():
            button = named(QRadioButton(text), f"{prefix}_kind_{kind.value}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            button.setVisible(len(kinds) > 1)
            layout.addWidget(button)
        next(iter(self.kind_buttons.values())).setChecked(True)
        self.file_edit = named(QLineEdit(), f"{prefix}_file")
        self.file_edit.setPlaceholderText(tr("The .xlsx file"))
        self.file_edit.textChanged.connect(self._changed)
        browse = named(QPushButton(tr("Browse…")), f"{prefix}_browse")
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        file_label = QLabel(tr("&File"))
        file_label.setBuddy(self.file_edit)
        self.error = error_label(f"{prefix}_file_error")
        layout.addSpacing(12)
        layout.addWidget(file_label)
        layout.addLayout(file_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.kind_group.buttonToggled.connect(self._changed)

    def kind(self) -> Any:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def set_kind(self, kind: Enum | str) -> None:
        kind_type = type(next(iter(self.kind_buttons)))
        self.kind_buttons[kind_type(kind)].setChecked(True)

    def browse(self) -> None:
        start = (self.file_edit.text().strip()
                 or str(settings().value(self.folder_key, str(Path.home()))))
        chosen, _ = QFileDialog.getOpenFileName(self, self.open_title, start,
                                                tr("Excel workbooks (*.xlsx)"))
        if chosen:
            self.file_edit.setText(chosen)

    def _changed(self, *_args: object) -> None:
        show_error(self.error, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.file_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.file_edit.text().strip()).expanduser()
        kind = self.kind()
        # A big workbook takes a while to read: the window paints meanwhile.
        read = run_op(self, lambda: read_plan(path, kind),
                      failure=lambda exc: show_error(self.error, str(exc)))
        if not read:
            return False
        settings().setValue(self.folder_key, str(path.parent))
        self.remember(kind)
        self._wizard.plan = read.value
        return True

    def remember(self, kind: Any) -> None:
        """What a page keeps of the kind read, for the next time (nothing by default)."""
