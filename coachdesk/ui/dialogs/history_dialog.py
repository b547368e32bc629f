"""A candidate's steps with their dates, the application first."""

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

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.formatting import format_date


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, candidate_id: int):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        candidate = desk.recruitment.get_candidate(candidate_id)
        self.setWindowTitle(tr("History of {name}").format(name=candidate.name))
        steps = desk.recruitment.history(candidate_id)

        self.table = QTableWidget(len(steps), 3)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Step"), tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, step in enumerate(steps):
            for column, text in enumerate((format_date(step.moved_on), step.to_status.label,
                                           step.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()

        now = QLabel(tr("Now: {step}").format(step=candidate.status.label))
        now.setObjectName("history_now")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 300)


def show_history(parent: QWidget | None, desk: Desk, candidate_id: int) -> None:
    HistoryDialog(parent, desk, candidate_id).exec()
