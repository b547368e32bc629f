"""File → Restore from backup: the copies of the open database, newest first."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.formats import format_number
from coachdesk.domain.text import tr
from coachdesk.services.backups import BackupInfo, list_backups
from coachdesk.ui.formatting import format_datetime


def label_text(label: str) -> str:
    """Why a backup was made, from the label in its name."""
    if label == "daily":
        return tr("Daily copy")
    if label == "manual":
        return tr("Made by hand")
    if label == "before-restore":
        return tr("Before a restore")
    if label.startswith("before-"):
        return tr("Before upgrading from {revision}").format(revision=label[len("before-"):])
    return label


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{format_number(size / 1_000_000, 1)} MB"
    return f"{format_number(size / 1000, 0)} kB"


class RestoreDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from backup"))
        self.backups: list[BackupInfo] = list_backups(database)
        intro = QLabel(tr(
            "Choose the copy to put back. The database as it is now is kept as a copy "
            "first, so restoring can be undone by restoring that copy."), wordWrap=True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Kind"), tr("Size")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, backup in enumerate(self.backups):
            cells = (format_datetime(backup.taken_at), label_text(backup.label),
                     size_text(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(tr("Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button.setEnabled(bool(self.backups))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.backups:
            layout.addWidget(self.table)
            self.table.selectRow(0)
        else:
            layout.addWidget(QLabel(tr("There are no backups of this database yet.")))
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows() if self.backups else []
        return self.backups[rows[0].row()].path if rows else None
