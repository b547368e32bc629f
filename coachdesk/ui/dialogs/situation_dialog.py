"""A school's ICT situation, from the Schools page: its devices, platforms and network as
last seen (Edit… changes them), and the needs noticed there — noted, resolved, opened
again, removed, or made into a visit request or a lesson (the form opens filled in with
the need; once saved the need is planned and linked to it)."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.lessons import LessonKind, LessonStatus, PlaceKind
from coachdesk.domain.situations import NeedStatus
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.validation import checked
from coachdesk.services import Desk
from coachdesk.services.situations import Need, Situation
from coachdesk.ui import messages
from coachdesk.ui.dialogs.lesson_dialog import DEFAULT_START, LessonDialog
from coachdesk.ui.dialogs.request_dialog import RequestDialog, request_values
from coachdesk.ui.dialogs.situation_form import SituationForm, note_need
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.booking_form import next_weekday
from coachdesk.ui.widgets.named import named

NEED_COLUMNS = 5


def looked_text(situation: Situation) -> str:
    if not situation.recorded:
        return tr("The devices, platforms and network have not been recorded yet.")
    return tr("Last looked at on {day} by {who}.").format(
        day=format_date(checked(situation.draft.looked_on)),  # a recorded one has its day
        who=situation.looked_by or tr("Coordinator"))


def devices_text(situation: Situation) -> str:
    """"Pupils: Chromebook, 120, 2–4 years" a line per row."""
    return "\n".join(tr("{user}: {device}, {n}, {age}").format(
        user=d.user.label, device=d.kind.label, n=d.count, age=d.age.label)
        for d in situation.draft.devices) or "—"


def planned_as(need: Need) -> str:
    made = ([tr("Visit request")] if need.request_id is not None else []) + (
        [tr("Lesson")] if need.lesson_id is not None else [])
    return ", ".join(made)


class SituationDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, school_id: int,
                 today: date | None = None):
        super().__init__(parent)
        self.setObjectName("situation_dialog")
        self.desk, self.school_id = desk, school_id
        self.today = today or date.today()
        self.situation = desk.situations.get(school_id)
        self.setWindowTitle(tr("ICT situation: {school}").format(
            school=self.situation.school))

        self.looked = named(QLabel(wordWrap=True), "situation_looked")
        self.devices = named(QLabel(wordWrap=True), "situation_devices_text")
        self.platforms = named(QLabel(wordWrap=True), "situation_platforms")
        self.network = named(QLabel(wordWrap=True), "situation_network")
        for label in (self.devices, self.platforms, self.network):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        for row, (title, label) in enumerate(((tr("Devices"), self.devices),
                                              (tr("Platforms and tools"), self.platforms),
                                              (tr("Network"), self.network))):
            grid.addWidget(QLabel("<b>" + title + "</b>"), row, 0,
                           Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        edit = named(QPushButton(tr("Edit the situation…"), autoDefault=False),
                     "situation_edit")
        edit.clicked.connect(self.edit)

        self.needs = named(QTableWidget(0, NEED_COLUMNS), "situation_needs")
        self.needs.setHorizontalHeaderLabels([tr("Need"), tr("Noted on"), tr("Noted by"),
                                              tr("Status"), tr("Planned as")])
        self.needs.verticalHeader().hide()
        self.needs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.needs.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.needs.itemSelectionChanged.connect(self._selection_changed)
        self.need_buttons = {}
        actions = QHBoxLayout()
        for key, text, slot in (
                ("note", tr("Note a need…"), self.note),
                ("resolve", tr("Mark resolved"), self.resolve),
                ("reopen", tr("Open again"), self.reopen),
                ("request", tr("Make a visit request…"), self.make_request),
                ("lesson", tr("Make a lesson…"), self.make_lesson),
                ("remove", tr("Remove"), self.remove)):
            button = named(QPushButton(text, autoDefault=False), f"need_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.need_buttons[key] = button
        actions.addStretch()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.looked, 1)
        top.addWidget(edit)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(QLabel("<b>" + tr("Needs noticed") + "</b>"))
        layout.addWidget(self.needs, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.show_situation(self.situation)
        geometry = settings().value("dialogs/situation_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 560)

    # -- showing ----------------------------------------------------------------------------
    def show_situation(self, situation: Situation) -> None:
        self.situation = situation
        self.looked.setText(looked_text(situation))
        self.devices.setText(devices_text(situation))
        self.platforms.setText(", ".join(situation.draft.platforms) or "—")
        self.network.setText(situation.draft.network or "—")
        self.needs.setRowCount(len(situation.needs))
        for row, need in enumerate(situation.needs):
            for column, text in enumerate((
                    need.description, format_date(need.noted_on),
                    need.noted_by or tr("Coordinator"), need.status.label,
                    planned_as(need))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, need.id)
                self.needs.setItem(row, column, item)
        self._selection_changed()

    def reload(self, need_id: int | None = None) -> None:
        self.show_situation(self.desk.situations.get(self.school_id))
        if need_id is not None:
            rows = [n.id for n in self.situation.needs]
            if need_id in rows:
                self.needs.selectRow(rows.index(need_id))

    def selected(self) -> Need | None:
        rows = self.needs.selectionModel().selectedRows()
        return self.situation.needs[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        need = self.selected()
        chosen = need is not None
        self.need_buttons["resolve"].setEnabled(need is not None and need.status is not
                                                NeedStatus.RESOLVED)
        self.need_buttons["reopen"].setEnabled(need is not None
                                               and need.status is not NeedStatus.OPEN)
        for key in ("request", "lesson", "remove"):
            self.need_buttons[key].setEnabled(chosen)

    # -- actions ----------------------------------------------------------------------------
    def edit(self) -> None:
        form = SituationForm(self, self.desk, self.school_id, self.situation.school,
                             self.situation.draft, self.today)
        if form.exec():
            self.reload()

    def note(self) -> None:
        need_id = note_need(self, self.desk, self.school_id, self.today)
        if need_id is not None:
            self.reload(need_id)

    def _set_status(self, status: NeedStatus) -> None:
        need = self.selected()
        if need is None:
            return
        situations, today = self.desk.situations, self.today
        if run_op(self, lambda: situations.set_status(need.id, status, today)):
            self.reload(need.id)

    def resolve(self) -> None:
        self._set_status(NeedStatus.RESOLVED)

    def reopen(self) -> None:
        self._set_status(NeedStatus.OPEN)

    def remove(self) -> None:
        need = self.selected()
        if need is None or not messages.confirm(
                self, tr("Remove the need"),
                tr("Remove “{need}” from the school's needs?").format(need=need.description),
                tr("Remove")):
            return
        situations = self.desk.situations
        if run_op(self, lambda: situations.delete(need.id)):
            self.reload()

    def make_request(self) -> None:
        """The request form, filled in from the need; once saved, the need is planned."""
        need = self.selected()
        if need is None:
            return
        values = request_values(self.desk.situations.request_draft(need.id, self.today))
        dialog = RequestDialog(self, self.desk, tr("New request"), values, None, self.today)
        if dialog.exec() and dialog.result_value is not None:
            self._link(lambda situations, made: situations.link_request(need.id, made),
                       dialog.result_value, need.id)

    def make_lesson(self) -> None:
        """The lesson form, at the school on the next weekday, titled by the need."""
        need = self.selected()
        if need is None:
            return
        values = {"title": need.description[:200], "day": next_weekday(self.today),
                  "starts": DEFAULT_START, "level": Level.BASIC.value,
                  "kind": LessonKind.TRAINING.value, "place_kind": PlaceKind.SCHOOL.value,
                  "school_id": self.school_id, "school_ids": [self.school_id],
                  "open_to_all": False, "status": LessonStatus.PLANNED.value,
                  "notes": need.description}
        dialog = LessonDialog(self, self.desk, tr("New lesson"), values)
        if dialog.exec() and dialog.result_value is not None:
            self._link(lambda situations, made: situations.link_lesson(need.id, made),
                       dialog.result_value, need.id)

    def _link(self, link, made: int, need_id: int) -> None:
        situations = self.desk.situations
        run_op(self, lambda: link(situations, made))
        self.reload(need_id)

    def done(self, result: int) -> None:
        settings().setValue("dialogs/situation_dialog/geometry", self.saveGeometry())
        super().done(result)


def show_situation(parent: QWidget | None, desk: Desk, school_id: int,
                   today: date | None = None) -> None:
    SituationDialog(parent, desk, school_id, today).exec()
