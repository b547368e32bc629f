"""The Recruitment page: one round's candidates by step, moved on with one action."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QTabBar, QToolButton, QWidget

from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.recruitment import next_step
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import RecruitmentStatus
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.appoint_dialog import appoint
from coachdesk.ui.dialogs.candidate_dialog import edit_candidate
from coachdesk.ui.dialogs.decline_dialog import decline
from coachdesk.ui.dialogs.history_dialog import show_history
from coachdesk.ui.dialogs.round_dialog import edit_round
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.list_panel import ListPanel
from coachdesk.ui.widgets.title_row import TitleRow

LAST_ROUND = "recruitment/round"
STEPS: list[RecruitmentStatus | None] = [None, *RecruitmentStatus]  # None: every step
OPEN_STEPS = {RecruitmentStatus.APPLIED, RecruitmentStatus.INTERVIEWED,
              RecruitmentStatus.SELECTED}


class RecruitmentPage(ListPage):
    shows = frozenset({RecordKind.ROUND})  # the round picker and what the round is

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.new_action = self.action(tr("New candidate"), self.add,
                                      QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.forward_action = self.action(tr("Move forward"), self.move_forward, "Ctrl+Right",
                                          tr("Move the candidate to the next step"))
        self.decline_action = self.action(tr("Decline…"), self.decline)
        self.withdraw_action = self.action(tr("Withdraw"), self.withdraw)
        self.history_action = self.action(tr("History"), self.history, "Ctrl+H",
                                          tr("The candidate's steps with their dates"))

        # The round: picked, started and edited here; the page shows one round at a time.
        self.round_picker = QComboBox()
        self.round_picker.setObjectName("recruitment_round")
        self.round_picker.setMinimumContentsLength(30)
        self.round_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_picker.setPlaceholderText(tr("No rounds yet"))
        self.round_picker.currentIndexChanged.connect(self._round_chosen)
        round_label = QLabel(tr("&Round:"))
        round_label.setBuddy(self.round_picker)
        self.new_round_action = self._round_button(tr("New round…"), self.add_round)
        self.edit_round_action = self._round_button(tr("Edit round…"), self.edit_round)
        self.round_info = QLabel(wordWrap=True)  # wraps in a narrow window
        self.round_info.setObjectName("recruitment_round_info")
        self.round_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        round_row = TitleRow()
        round_row.addWidget(round_label)
        round_row.addWidget(self.round_picker)
        for act in (self.new_round_action, self.edit_round_action):
            button = QToolButton()
            button.setDefaultAction(act)
            round_row.addWidget(button)
        round_row.addSpacing(12)
        round_row.addWidget(self.round_info, 1)
        self.body.addLayout(round_row)

        self.set_list(
            ListPanel(
                desk.recruitment.list_source(),
                "candidates",
                lambda n: tr("Candidates: {n}").format(n=n),
                columns=looks(
                    name=Look(tr("Name"), stretch=True), school=tr("Home school"),
                    status=tr("Step"),
                    consent=tr("Principal's consent"), strengths=tr("Strengths"),
                    applied=tr("Applied on"), email=tr("E-mail"),
                    decline_reason=tr("Reason declined")),
            ),
            [self.edit_action, self.forward_action, self.decline_action,
             self.withdraw_action, self.history_action],
        )
        # One tab per step, with its count, right above the candidates.
        self.steps = QTabBar()
        self.steps.setObjectName("recruitment_steps")
        self.steps.setExpanding(False)
        self.steps.setDocumentMode(True)
        for status in STEPS:
            self.steps.setTabData(self.steps.addTab(""), None if status is None else status.value)
        self.steps.currentChanged.connect(self._step_chosen)
        self.list.layout().insertWidget(1, self.steps)
        self.list.model.modelReset.connect(self._update_counts)
        self.reload_rounds()

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.reload_rounds()
        self.list.start()

    def refresh(self) -> None:
        self.reload_rounds()
        self.list.refresh()

    def refresh_extras(self, changes: Changes) -> None:
        if changes.touches({RecordKind.ROUND}):
            self.reload_rounds()  # added or renamed (the counts follow the list)

    def reload_rounds(self, select: int | None = None) -> None:
        """Rounds, the newest first; keeps the round shown (or the one remembered)."""
        wanted = select or self.round_id() or settings().value(LAST_ROUND, type=int)
        self.round_picker.blockSignals(True)
        self.round_picker.clear()
        for round_id, name in self.desk.recruitment.rounds():
            self.round_picker.addItem(name, round_id)
        self.round_picker.setCurrentIndex(max(0, self.round_picker.findData(wanted)))
        self.round_picker.blockSignals(False)
        self._round_chosen()

    def round_id(self) -> int | None:
        return self.round_picker.currentData()

    def step(self) -> RecruitmentStatus | None:
        data = self.steps.tabData(self.steps.currentIndex())
        return None if data is None else RecruitmentStatus(data)

    def show_step(self, status: RecruitmentStatus | None) -> None:
        """Show the candidates at one step (None: every step)."""
        self.steps.setCurrentIndex(STEPS.index(status))

    # -- rounds ---------------------------------------------------------------------------
    def add_round(self) -> None:
        new_id = edit_round(self, self.desk)
        if new_id is not None:
            self.reload_rounds(select=new_id)

    def edit_round(self) -> None:
        if self.round_id() is not None:
            edit_round(self, self.desk, self.round_id())

    # -- candidates -----------------------------------------------------------------------
    def add(self) -> None:
        if self.round_id() is None:
            return
        new_id = edit_candidate(self, self.desk, self.round_id())
        if new_id is None:
            return
        if self.step() not in (None, RecruitmentStatus.APPLIED):
            self.show_step(None)  # the newcomer has applied: let them be seen
        self.list.select_id(new_id)

    def edit(self) -> None:
        candidate_id = self.list.selected_id()
        if candidate_id is not None:
            edit_candidate(self, self.desk, self.round_id(), candidate_id)

    def move_forward(self) -> None:
        candidate_id = self.list.selected_id()
        if candidate_id is None:
            return
        candidate = self.desk.recruitment.get_candidate(candidate_id)
        target = next_step(candidate.status)
        if target is None:
            return
        if target is not RecruitmentStatus.APPOINTED:
            recruitment = self.desk.recruitment
            run_op(self, lambda: recruitment.move(candidate_id, target), initiator=self)
        elif appoint(self, self.desk, candidate_id) is not None:
            messages.inform(self, tr("Appointed"),
                            tr("{name} is now a tutor.").format(name=candidate.name))

    def decline(self) -> None:
        candidate_id = self.list.selected_id()
        if candidate_id is not None:
            decline(self, self.desk, candidate_id)

    def withdraw(self) -> None:
        candidate_id = self.list.selected_id()
        if candidate_id is None:
            return
        candidate = self.desk.recruitment.get_candidate(candidate_id)
        if messages.confirm(
            self,
            tr("Withdraw candidate"),
            tr("Mark {name} as withdrawn from this round? Their history is kept, but "
               "they cannot move on in the round.").format(name=candidate.name),
            tr("Withdraw"),
        ):
            recruitment = self.desk.recruitment
            run_op(self, lambda: recruitment.move(candidate_id, RecruitmentStatus.WITHDRAWN),
                   initiator=self)

    def history(self) -> None:
        candidate_id = self.list.selected_id()
        if candidate_id is not None:
            show_history(self, self.desk, candidate_id)

    # -- keeping the page in step ---------------------------------------------------------
    def _round_button(self, text: str, slot) -> QAction:
        act = QAction(text, self)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _round_chosen(self) -> None:
        round_id = self.round_id()
        if round_id is not None:
            settings().setValue(LAST_ROUND, round_id)
        has_round = round_id is not None
        self.round_picker.setEnabled(has_round)
        self.edit_round_action.setEnabled(has_round)
        self.new_action.setEnabled(has_round)
        self._set_empty_text()
        self.list.set_filter("round_id", round_id if has_round else -1)
        self._update_counts()

    def _step_chosen(self) -> None:
        self._set_empty_text()
        self.list.set_filter("status", self.steps.tabData(self.steps.currentIndex()))

    def _set_empty_text(self) -> None:
        """What an empty list says depends on the round and the step shown."""
        if self.round_id() is None:
            text = tr("No recruitment rounds yet. Start one with “New round…”.")
        elif self.step() is None:
            text = tr("No candidates in this round yet. Add one with “New candidate” "
                      "(Ctrl+N).")
        else:
            text = tr("No candidate of this round is at the step “{step}”.").format(
                step=self.step().label)
        self.list.set_empty_text(text)

    def _update_counts(self) -> None:
        """Counts per step of the round, and what the round is: called after every change."""
        round_id = self.round_id()
        counts = self.desk.recruitment.step_counts(round_id) if round_id is not None else {}
        total = sum(counts.values())
        for index, status in enumerate(STEPS):
            if status is None:
                text = tr("All ({n})").format(n=total)
            else:
                text = tr("{step} ({n})").format(step=status.label, n=counts.get(status, 0))
            self.steps.setTabText(index, text)
        self.round_info.setText("" if round_id is None else self._round_text(round_id, counts))

    def _round_text(self, round_id: int, counts: dict) -> str:
        rnd = self.desk.recruitment.get_round(round_id)
        today = date.today()
        if today < rnd.opens:
            state = tr("opens {date}").format(date=format_date(rnd.opens))
        elif today <= rnd.closes:
            state = tr("open until {date}").format(date=format_date(rnd.closes))
        else:
            state = tr("closed {date}").format(date=format_date(rnd.closes))
        appointed = counts.get(RecruitmentStatus.APPOINTED, 0)
        if rnd.tutors_sought:
            sought = tr("{appointed} of {sought} tutors appointed").format(
                appointed=appointed, sought=rnd.tutors_sought)
        else:
            sought = tr("%n tutors appointed", None, appointed)
        return f"{format_date(rnd.opens)} – {format_date(rnd.closes)} · {state} · {sought}"

    def _update_actions(self) -> None:
        super()._update_actions()
        row = self.list.selected_row()
        status = self.list.model.value(row, "status") if row is not None else None
        target = next_step(status) if status is not None else None
        self.forward_action.setEnabled(target is not None)
        self.forward_action.setText(
            tr("→ {step}").format(step=target.label) if target else tr("Move forward"))
        for act in (self.decline_action, self.withdraw_action):
            act.setEnabled(status in OPEN_STEPS)
