"""The Grants page: one grant at a time, its budget lines followed up, and the costs
entered on them."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.formats import format_date, format_money, format_number
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.reports.cost_import import read_costs
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.cost_dialog import edit_cost
from coachdesk.ui.dialogs.cost_table_dialog import enter_costs
from coachdesk.ui.dialogs.grant_dialog import edit_grant
from coachdesk.ui.dialogs.grant_months_dialog import show_months
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.follow_up_table import FollowUpTable
from coachdesk.ui.widgets.list_panel import ListPanel

LAST_GRANT = "grants/grant"


class GrantsPage(ListPage):
    # The picker and the line totals (the tutors' hours are valued on the salary lines).
    shows = frozenset({RecordKind.GRANT, RecordKind.COST, RecordKind.VISIT,
                       RecordKind.LESSON, RecordKind.TUTOR})

    def __init__(self, desk: Desk, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self._today = today  # None: the real today (tests set a day)
        self.new_action = self.action(tr("New cost"), self.add, QKeySequence.StandardKey.New)
        self.table_action = self.action(
            tr("Enter several costs…"), self.enter_costs, None,
            tr("Type several costs in the rows of a table and save them all at once"))
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.delete_action = self.action(tr("Delete"), self.delete, "Ctrl+Delete",
                                         tr("Delete a cost entered by mistake"))

        self.grant_picker = QComboBox(objectName="grants_grant")
        self.grant_picker.setMinimumContentsLength(30)
        self.grant_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grant_picker.setPlaceholderText(tr("No grants yet"))
        self.grant_picker.currentIndexChanged.connect(self._grant_chosen)
        grant_label = QLabel(tr("&Grant:"))
        grant_label.setBuddy(self.grant_picker)
        self.new_grant_action = self._grant_button(tr("New grant…"), self.add_grant)
        self.edit_grant_action = self._grant_button(tr("Edit grant…"), self.edit_grant)
        self.archive_grant_action = self._grant_button(tr("Archive grant"),
                                                       self.archive_grant)
        self.months_action = self._grant_button(tr("By month…"), self.show_months)
        self.import_action = self._grant_button(tr("Import costs…"),
                                                lambda: self.import_costs())
        self.import_action.setToolTip(tr("Take in the costs of an accounting export (.xlsx): "
                                         "all rows or, if a row has a problem, none"))
        row = QHBoxLayout()
        row.addWidget(grant_label)
        row.addWidget(self.grant_picker)
        for act in (self.new_grant_action, self.edit_grant_action, self.archive_grant_action,
                    self.months_action, self.import_action):
            button = QToolButton()
            button.setDefaultAction(act)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        # What the grant is and what its lines have used: read again after every change.
        self.grant_info = QLabel(objectName="grants_info", wordWrap=True)
        self.grant_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.grant_info)
        self.lines_table = FollowUpTable()
        self.body.addWidget(self.lines_table)

        money = Look(tr("Amount"), lambda value: format_money(value))
        self.set_list(
            ListPanel(
                desk.costs.list_source(),
                "costs",
                lambda n: tr("Costs: {n}").format(n=n),
                columns=looks(spent_on=tr("Date"), line=tr("Budget line"), amount=money,
                              description=tr("Description"), school=tr("School"),
                              device=tr("Device"), reference=tr("Voucher")),
            ),
            [self.edit_action, self.delete_action],
        )
        self.reload_grants()

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.reload_grants()
        self.list.start()

    def refresh(self) -> None:
        self.reload_grants()
        self.list.refresh()

    def refresh_extras(self, changes: Changes) -> None:
        if changes.touches({RecordKind.GRANT}):
            self.reload_grants()
        elif changes.touches(self.shows):
            self._show_info()

    def reload_grants(self, select: int | None = None) -> None:
        """The grants in use, the latest first; keeps the grant shown (or the remembered)."""
        wanted = select or self.grant_id() or settings().value(LAST_GRANT, type=int)
        self.grant_picker.blockSignals(True)
        self.grant_picker.clear()
        for grant_id, name in self.desk.grants.choices():
            self.grant_picker.addItem(name, grant_id)
        self.grant_picker.setCurrentIndex(max(0, self.grant_picker.findData(wanted)))
        self.grant_picker.blockSignals(False)
        self._grant_chosen()

    def grant_id(self) -> int | None:
        return self.grant_picker.currentData()

    def show_target(self, kind: RecordKind, record_id: int | None,
                    filters: dict[str, object]) -> None:
        """Today's grant warnings open their grant; a cost is selected in the list."""
        if kind is RecordKind.GRANT:
            if record_id is not None:
                self.reload_grants(select=record_id)
        else:
            super().show_target(kind, record_id, filters)

    # -- grants ---------------------------------------------------------------------------
    def add_grant(self) -> None:
        new_id = edit_grant(self, self.desk)
        if new_id is not None:
            self.reload_grants(select=new_id)

    def edit_grant(self) -> None:
        if self.grant_id() is not None:
            edit_grant(self, self.desk, self.grant_id())

    def archive_grant(self) -> None:
        grant_id = self.grant_id()
        if grant_id is None or not messages.confirm(
                self, tr("Archive grant"),
                tr("Archive {name}? It is no longer offered here; its budget lines and "
                   "costs are kept.").format(name=self.grant_picker.currentText()),
                tr("Archive")):
            return
        grants = self.desk.grants
        run_op(self, lambda: grants.archive(grant_id), initiator=self)

    # -- costs ----------------------------------------------------------------------------
    def add(self) -> None:
        if self.grant_id() is None:
            return
        new_id = edit_cost(self, self.desk, self.grant_id())
        if new_id is not None:
            self.list.select_id(new_id)

    def edit(self) -> None:
        cost_id = self.list.selected_id()
        if cost_id is not None and self.grant_id() is not None:
            edit_cost(self, self.desk, self.grant_id(), cost_id)

    def delete(self) -> None:
        cost_id = self.list.selected_id()
        if cost_id is None:
            return
        cost = self.desk.costs.get(cost_id)
        if messages.confirm(self, tr("Delete cost"), tr(
                "Delete the cost of {amount} on {day}?").format(
                amount=format_money(cost.amount), day=format_date(cost.spent_on)),
                tr("Delete")):
            costs = self.desk.costs
            run_op(self, lambda: costs.delete(cost_id), initiator=self)

    def enter_costs(self) -> None:
        if self.grant_id() is not None:
            saved = enter_costs(self, self.desk, self.grant_id(),
                                self.grant_picker.currentText())
            if saved:
                self.list.select_id(saved[0])

    def import_costs(self, path: Path | None = None) -> None:
        """Read an accounting export and save its costs on the grant, all or none."""
        grant_id = self.grant_id()
        if grant_id is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, tr("Import costs from an accounting export"), "",
                tr("Excel workbooks (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            rows = read_costs(path).rows
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            return
        costs = self.desk.costs
        done = run_op(self, lambda: costs.import_costs(grant_id, rows), initiator=self)
        if done:
            messages.inform(self, tr("Costs imported"), tr(
                "{n} costs were imported on {grant}.").format(
                n=done.value, grant=self.grant_picker.currentText()))

    # -- keeping the page in step ---------------------------------------------------------
    def _grant_button(self, text: str, slot) -> QAction:
        act = QAction(text, self)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _grant_chosen(self) -> None:
        grant_id = self.grant_id()
        if grant_id is not None:
            settings().setValue(LAST_GRANT, grant_id)
        has_grant = grant_id is not None
        self.grant_picker.setEnabled(has_grant)
        for act in (self.edit_grant_action, self.archive_grant_action, self.months_action,
                    self.table_action, self.import_action, self.new_action):
            act.setEnabled(has_grant)
        self.list.set_empty_text(
            tr("No costs entered on this grant yet. Enter one with “New cost” (Ctrl+N).")
            if has_grant else tr("No grants yet. Add the first one with “New grant…”."))
        self.list.set_filter("grant", grant_id if has_grant else -1)
        self._show_info()

    def _show_info(self) -> None:
        """The grant's period and money, and each line followed up."""
        grant_id = self.grant_id()
        self.lines_table.setVisible(grant_id is not None)
        if grant_id is None:
            self.grant_info.setText("")
            return
        follow = self.desk.follow_up.of_grant(grant_id, self.today())
        grant = follow.grant
        head = tr("{first}–{last} · {amount}, {share} % of the costs · own share "
                  "{own}").format(first=format_date(grant.starts), last=format_date(grant.ends),
                                  amount=format_money(grant.amount),
                                  share=format_share(grant.share),
                                  own=format_money(grant.own_share))
        spent = tr("Costs spent {spent}, of which the grant pays {grant} and the own share "
                   "{own} · committed {committed} · the grant's money left {left}").format(
            spent=format_money(follow.costs.spent), grant=format_money(follow.grant_spent),
            own=format_money(follow.own_share_spent),
            committed=format_money(follow.costs.committed), left=format_money(follow.left))
        warnings = [text for text, _urgent in follow.warnings()]
        self.grant_info.setText("\n".join([head, spent, *warnings]))
        self.lines_table.show_follow_up(follow, self.desk.valued_hours.by_line(grant_id,
                                                                              self.today()))

    def show_months(self) -> None:
        if self.grant_id() is not None:
            show_months(self, self.desk.follow_up.of_grant(self.grant_id(), self.today()))

    def today(self) -> date:
        return self._today or date.today()


def format_share(share: Decimal) -> str:
    """A percentage as the decision gives it: "80", "62,5"."""
    return format_number(float(share), 2).rstrip("0").rstrip(".,")
