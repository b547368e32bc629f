"""The Grants page: one grant at a time, its budget lines, and the costs entered on them."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from coachdesk.domain.formats import format_date, format_money, format_number
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.valued_hours import LineHours
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.cost_dialog import edit_cost
from coachdesk.ui.dialogs.grant_dialog import edit_grant
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.list_panel import ListPanel

LAST_GRANT = "grants/grant"


class GrantsPage(ListPage):
    # The picker and the line totals (the tutors' hours are valued on the salary lines).
    shows = frozenset({RecordKind.GRANT, RecordKind.COST, RecordKind.VISIT,
                       RecordKind.LESSON, RecordKind.TUTOR})

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.new_action = self.action(tr("New cost"), self.add, QKeySequence.StandardKey.New)
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
        row = QHBoxLayout()
        row.addWidget(grant_label)
        row.addWidget(self.grant_picker)
        for act in (self.new_grant_action, self.edit_grant_action, self.archive_grant_action):
            button = QToolButton()
            button.setDefaultAction(act)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        # What the grant is and what its lines have used: read again after every change.
        self.grant_info = QLabel(objectName="grants_info", wordWrap=True)
        self.grant_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.grant_info)

        money = Look(tr("Amount"), lambda value: format_money(value))
        self.set_list(
            ListPanel(
                desk.costs.list_source(),
                "costs",
                lambda n: tr("Costs: {n}").format(n=n),
                columns=looks(spent_on=tr("Date"), line=tr("Budget line"), amount=money,
                              description=tr("Description"), school=tr("School"),
                              reference=tr("Voucher")),
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
        for act in (self.edit_grant_action, self.archive_grant_action, self.new_action):
            act.setEnabled(has_grant)
        self.list.set_empty_text(
            tr("No costs entered on this grant yet. Enter one with “New cost” (Ctrl+N).")
            if has_grant else tr("No grants yet. Add the first one with “New grant…”."))
        self.list.set_filter("grant", grant_id if has_grant else -1)
        self._show_info()

    def _show_info(self) -> None:
        """The grant's period and money, and each line's budget and costs so far."""
        grant_id = self.grant_id()
        if grant_id is None:
            self.grant_info.setText("")
            return
        grant = self.desk.grants.get(grant_id)
        head = tr("{first}–{last} · {amount}, {share} % of the costs · own share "
                  "{own}").format(first=format_date(grant.starts), last=format_date(grant.ends),
                                  amount=format_money(grant.amount),
                                  share=f"{grant.share.normalize():f}".replace(".", ","),
                                  own=format_money(grant.own_share))
        hours = self.desk.valued_hours.by_line(grant_id)
        lines = []
        for line in self.desk.grants.lines(grant_id):
            text = tr("{line}: budget {budget}, costs entered {costs}").format(
                line=line.name, budget=format_money(line.budget),
                costs=format_money(line.costs))
            if line.id in hours:
                text += " · " + _hours_text(hours[line.id])
            lines.append(text)
        self.grant_info.setText("\n".join([head, *lines]))


def _hours_text(hours: LineHours) -> str:
    """What a salary line's tutor hours cost, and the hours not valued yet."""
    text = tr("tutors' hours {hours} h: {spent} done, {committed} booked").format(
        hours=format_number(hours.minutes / 60), spent=format_money(hours.spent),
        committed=format_money(hours.committed))
    if hours.unvalued_minutes:
        text += " · " + tr("{hours} h of tutors without an hourly cost").format(
            hours=format_number(hours.unvalued_minutes / 60))
    return text
