"""A grant's budget lines followed up: budget, spent, committed, left and forecast, one
row per line and a total, a line that runs over in red."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from coachdesk.domain.formats import format_money, format_number
from coachdesk.domain.text import tr
from coachdesk.services.follow_up import GrantFollowUp
from coachdesk.services.valued_hours import LineHours

OVER = QColor("#b3261e")


class FollowUpTable(QTableWidget):
    def __init__(self):
        super().__init__(0, 7)
        self.setObjectName("grant_lines")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_follow_up(self, follow: GrantFollowUp, hours: dict[int, LineHours]) -> None:
        """``hours``: the salary lines' tutor hours, said in the last column."""
        self.setHorizontalHeaderLabels([
            tr("Budget line"), tr("Budget"), tr("Grant's part spent"),
            tr("Grant's part committed"), tr("Left"), tr("Forecast at the end"),
            tr("Tutors' hours")])
        self.setRowCount(len(follow.lines) + 1)
        for row, line in enumerate(follow.lines):
            self._row(row, line.name, [line.budget, line.grant_spent, line.grant_committed,
                                       line.left, line.grant_forecast],
                      _hours_text(hours.get(line.line_id)), line.runs_over)
        budget = sum((line.budget for line in follow.lines), Decimal(0))
        self._row(len(follow.lines), tr("Total"),
                  [budget, follow.grant_spent, follow.grant_committed, follow.left,
                   follow.grant_forecast], "", False, bold=True)
        height = self.horizontalHeader().height() + 4 + sum(
            self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def _row(self, row: int, name: str, amounts: list, hours: str, over: bool,
             bold: bool = False) -> None:
        cells = [QTableWidgetItem(name)]
        for amount in amounts:
            cell = QTableWidgetItem(format_money(amount))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells.append(cell)
        cells.append(QTableWidgetItem(hours))
        for column, cell in enumerate(cells):
            if over:
                cell.setForeground(QBrush(OVER))
            if bold:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            self.setItem(row, column, cell)
        if over:
            cells[0].setToolTip(tr("What is spent and booked, or the forecast, takes more "
                                   "than the line's budget."))


def _hours_text(hours: LineHours | None) -> str:
    """A salary line's tutor hours, and those not valued yet (no hourly cost)."""
    if hours is None:
        return ""
    text = tr("{hours} h").format(hours=format_number(hours.minutes / 60))
    if hours.unvalued_minutes:
        text += " · " + tr("{hours} h of tutors without an hourly cost").format(
            hours=format_number(hours.unvalued_minutes / 60))
    return text
