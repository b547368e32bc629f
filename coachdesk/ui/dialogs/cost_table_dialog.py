"""Enter several costs of a grant at once, typed in the rows of a table (a month's
substitutes from a list, say): checked all together, each row's problems shown at its
row, and saved all or none."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.grants import CostDraft
from coachdesk.domain.parse import as_date, as_money
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.costs import CostRowsProblems
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import ERROR_STYLE

LINE, DATE, AMOUNT, DESCRIPTION, SCHOOL, VOUCHER, PROBLEMS = range(7)
TYPED = {DATE: "spent_on", AMOUNT: "amount", DESCRIPTION: "description",
         VOUCHER: "reference"}  # the text columns and the draft's fields they give
CHOSEN = {LINE: "line_id", SCHOOL: "school_id"}
FIRST_ROWS = 5
PROBLEM_COLOUR = QColor(255, 220, 220)


class CostTable(QTableWidget):
    """One cost a row; a row left blank is no cost."""

    def __init__(self, lines: list[tuple[int, str]], schools: list[tuple[int, str]]):
        super().__init__(0, 7)
        self.setObjectName("cost_rows")
        self._lines, self._schools = lines, schools
        self.setHorizontalHeaderLabels([
            tr("Budget line"), tr("Date"), tr("Amount (€)"), tr("Description"),
            tr("School"), tr("Voucher"), tr("Problems")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        for _ in range(FIRST_ROWS):
            self.add_row()

    def add_row(self) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, choices in ((LINE, self._lines),
                                (SCHOOL, [(None, tr("No school")), *self._schools])):
            box = QComboBox()
            for value, name in choices:
                box.addItem(name, value)
            self.setCellWidget(row, column, box)
        for column in (*TYPED, PROBLEMS):
            self.setItem(row, column, QTableWidgetItem(""))
        said = self.item(row, PROBLEMS)
        said.setFlags(said.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def remove_row(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def text(self, row: int, column: int) -> str:
        return self.item(row, column).text().strip()

    def filled_rows(self) -> list[int]:
        return [row for row in range(self.rowCount())
                if any(self.text(row, column) for column in TYPED)]

    def drafts(self, rows: list[int]) -> tuple[list[CostDraft], dict[int, dict[str, str]]]:
        """The rows as drafts (what cannot be read left empty), and what cannot be read
        of each (position in ``rows``: field: message)."""
        drafts, unreadable = [], {}
        for at, row in enumerate(rows):
            values: dict[str, Any] = {key: self.cellWidget(row, column).currentData()
                                      for column, key in CHOSEN.items()}
            said: dict[str, str] = {}
            for key, read, label, column in (
                    ("spent_on", as_date, tr("Date"), DATE),
                    ("amount", as_money, tr("Amount"), AMOUNT)):
                try:
                    values[key] = read(key, self.text(row, column), label)
                except ValidationError as exc:
                    values[key], said = None, {**said, **exc.errors}
            values["description"] = self.text(row, DESCRIPTION)
            values["reference"] = self.text(row, VOUCHER)
            drafts.append(CostDraft(**values))
            if said:
                unreadable[at] = said
        return drafts, unreadable

    def show_problems(self, problems: dict[int, dict[str, str]]) -> None:
        """Each row's problems in its last column, its bad cells coloured and their
        problem as their tooltip; rows without problems cleared."""
        fields = {**TYPED, **CHOSEN}
        for row in range(self.rowCount()):
            said = problems.get(row, {})
            for column, key in fields.items():
                cell = self.item(row, column) or self.cellWidget(row, column)
                message = said.get(key, "")
                if isinstance(cell, QTableWidgetItem):
                    cell.setBackground(QBrush(PROBLEM_COLOUR) if message else QBrush())
                else:
                    cell.setStyleSheet("background: #ffdcdc;" if message else "")
                cell.setToolTip(message)
            self.item(row, PROBLEMS).setText(" ".join(dict.fromkeys(said.values())))
        self.resizeRowsToContents()


class CostTableDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, grant_id: int, grant_name: str):
        super().__init__(parent)
        self.setObjectName("cost_table_dialog")
        self.setWindowTitle(tr("Enter costs on {grant}").format(grant=grant_name))
        self.desk = desk
        self.saved: list[int] = []
        self.table = CostTable([(line.id, line.name) for line in desk.grants.lines(grant_id)],
                               desk.schools.choices())
        self.general_error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE,
                                    objectName="cost_rows_error")
        self.general_error.hide()
        add = QPushButton(tr("Add row"), objectName="add_row")
        add.clicked.connect(self.table.add_row)
        remove = QPushButton(tr("Remove row"), objectName="remove_row")
        remove.clicked.connect(self.table.remove_row)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(QLabel(tr("One cost a row; rows left blank are skipped. "
                                        "Nothing is saved until every row is right.")), 1)
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(row_buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(900, 420)

    def accept(self) -> None:
        """Save every filled row, or none, showing each row's problems at its row."""
        rows = self.table.filled_rows()
        drafts, unreadable = self.table.drafts(rows)
        costs = self.desk.costs
        try:
            if unreadable:  # the rest of the rows' problems, said at once
                problems = perform(lambda: costs.check_many(drafts))
            else:
                self.saved = perform(lambda: costs.add_many(drafts))
                problems = {}
        except CostRowsProblems as exc:
            problems = exc.rows
        except CoachDeskError as exc:
            self._say(str(exc))
            return
        problems = {at: {**problems.get(at, {}), **unreadable.get(at, {})}
                    for at in {*problems, *unreadable}}
        self.table.show_problems({rows[at]: said for at, said in problems.items()})
        if problems:
            self._say(tr("Nothing was saved: %n rows have problems. Correct them, then "
                         "save again.", None, len(problems)))
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()


def enter_costs(parent: QWidget | None, desk: Desk, grant_id: int,
                grant_name: str) -> list[int]:
    """Open the table; returns the ids of the costs saved (none if cancelled)."""
    dialog = CostTableDialog(parent, desk, grant_id, grant_name)
    return dialog.saved if dialog.exec() else []
