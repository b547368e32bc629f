"""A grant's costs month by month: each budget line's costs spent and committed, and the
month's total (the costs themselves, before the grant's share)."""

from PySide6.QtCore import Qt
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

from coachdesk.domain.costing import Money
from coachdesk.domain.formats import format_money, format_month
from coachdesk.domain.text import tr
from coachdesk.services.follow_up import GrantFollowUp


def month_cell(money: Money) -> str:
    """"1 234,50 €" spent, "+ 800,00 € booked" after it when something is committed."""
    if not money.committed:
        return format_money(money.spent) if money.spent else ""
    return tr("{spent} + {committed} booked").format(
        spent=format_money(money.spent), committed=format_money(money.committed))


class GrantMonthsDialog(QDialog):
    def __init__(self, parent: QWidget | None, follow: GrantFollowUp):
        super().__init__(parent)
        self.setObjectName("grant_months_dialog")
        self.setWindowTitle(tr("{name} by month").format(name=follow.grant.name))
        lines = follow.lines
        self.table = QTableWidget(len(follow.months), len(lines) + 1)
        self.table.setObjectName("grant_months")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([line.name for line in lines] + [tr("Total")])
        self.table.setVerticalHeaderLabels([format_month(*month) for month in follow.months])
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        for row, month in enumerate(follow.months):
            costs = follow.per_month.get(month, {})
            values = [costs.get(line.line_id, Money()) for line in lines]
            for column, money in enumerate([*values, follow.month_total(month)]):
                cell = QTableWidgetItem(month_cell(money))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The costs of each month, spent and booked (before the "
                                   "grant's share)."), wordWrap=True))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 560)


def show_months(parent: QWidget | None, follow: GrantFollowUp) -> None:
    GrantMonthsDialog(parent, follow).exec()
