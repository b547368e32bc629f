"""Any record's change history: when, who, what happened, which field, old → new."""

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.history import HistoryEntry, kind_name
from coachdesk.ui.formatting import format_date, format_datetime

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def value_text(value: Any) -> str:
    """A stored (JSON-plain) value as the coordinator reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, str) and _ISO_DATE.match(value):
        return format_date(date.fromisoformat(value))
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        try:
            return format_datetime(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def history_rows(entries: list[HistoryEntry]) -> list[tuple[str, str, str, str, str]]:
    """One row per changed field: (when, who, what, field, "old → new")."""
    rows = []
    for entry in entries:
        when = format_datetime(entry.at)
        what = entry.what + (" " + tr("(undone)") if entry.undone else "")
        if not entry.changes:
            rows.append((when, entry.login, what, "", ""))
        for change in entry.changes:
            rows.append((when, entry.login, what, change.label,
                         tr("{old} → {new}").format(old=value_text(change.old),
                                                    new=value_text(change.new))))
    return rows


class RecordHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, record: RecordKind, row_id: int,
                 name: str = ""):
        super().__init__(parent)
        self.setObjectName("record_history_dialog")
        kind = kind_name(record)
        self.setWindowTitle(tr("History of the {kind} {name}").format(
            kind=kind, name=name or f"#{row_id}").strip())
        entries = desk.history.of(record, row_id)
        rows = history_rows(entries)

        self.table = QTableWidget(len(rows), 5)
        self.table.setObjectName("record_history_table")
        self.table.setHorizontalHeaderLabels(
            [tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Old → new")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()

        self.summary = QLabel(tr("Changes recorded: {n}").format(n=len(entries)) if entries else tr(
            "No changes recorded for this {kind} yet.").format(kind=kind))
        self.summary.setObjectName("record_history_summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)


def show_record_history(parent: QWidget | None, desk: Desk, kind: RecordKind, row_id: int,
                        name: str = "") -> None:
    RecordHistoryDialog(parent, desk, kind, row_id, name).exec()
