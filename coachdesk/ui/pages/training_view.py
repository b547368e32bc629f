"""The Attendance page's view of one training: its completion rule and where each
enrolled teacher stands (completed, in progress, not completed, and why)."""

from datetime import datetime

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import NotFound
from coachdesk.domain.formats import format_date_range, format_number
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.training_dialog import edit_training
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.labelled import labelled
from coachdesk.ui.widgets.list_panel import ListPanel

TRAINING_KEY = "attendance/training"


def attended_text(attended: int | None, sessions: int | None) -> str:
    return f"{attended or 0} / {sessions or 0}"


class TrainingView(QWidget):
    def __init__(self, desk: Desk, now: datetime | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.picker = QComboBox(objectName="attendance_training")
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(28)
        self.picker.currentIndexChanged.connect(self._chosen)
        self.new_button = QPushButton(tr("New training…"), objectName="training_new")
        self.new_button.setToolTip(tr("Make a lesson series or a lesson a training with a "
                                      "completion rule"))
        self.new_button.clicked.connect(self.new_training)
        self.edit_button = QPushButton(tr("Edit training…"), objectName="training_edit")
        self.edit_button.clicked.connect(self.edit_training)
        row = QHBoxLayout()
        row.addWidget(labelled(tr("Training"), self.picker))
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.rule = QLabel(objectName="training_rule", wordWrap=True)
        self.panel = ListPanel(
            desk.trainings.participants_source(now),
            "training_participants",
            lambda n: tr("Teachers: {n}").format(n=n),
            tr("No teacher holds a seat in this training. Choose another training, or "
               "make a lesson series a training with “New training…”."),
            columns={**looks(teacher=tr("Teacher"), school=tr("School")),
                     "attended": Look(tr("Sessions attended"), attended_text,
                                      with_key="sessions"),
                     **looks(sessions=tr("Sessions"), status=tr("Status"),
                             reason=tr("Why"))},
        )
        self.panel.show_column("sessions", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.rule)
        layout.addWidget(self.panel, 1)

    # -- what the page calls --------------------------------------------------------------
    def reload(self) -> None:
        """Read the trainings again, keeping the one chosen (or the one last chosen)."""
        current = self.picker.currentData()
        if current is None:
            current = settings().value(TRAINING_KEY, None, type=int)
        with QSignalBlocker(self.picker):
            self.picker.clear()
            for training_id, name in self.desk.trainings.choices():
                self.picker.addItem(name, training_id)
            self.picker.setCurrentIndex(max(0, self.picker.findData(current)))
        self._chosen()

    def choose(self, training_id: int) -> None:
        self.picker.setCurrentIndex(max(0, self.picker.findData(training_id)))

    def training_id(self) -> int | None:
        return self.picker.currentData()

    # -- actions ----------------------------------------------------------------------------
    def new_training(self) -> None:
        training_id = edit_training(self, self.desk)
        if training_id is not None:
            self.reload()
            self.choose(training_id)

    def edit_training(self) -> None:
        training_id = self.training_id()
        if training_id is not None and edit_training(self, self.desk, training_id):
            self.reload()

    def _chosen(self) -> None:
        training_id = self.training_id()
        if training_id is not None:
            settings().setValue(TRAINING_KEY, training_id)
        self.edit_button.setEnabled(training_id is not None)
        self.rule.setText(self._rule_text(training_id))
        self.panel.set_filter("training_id", training_id)

    def _rule_text(self, training_id: int | None) -> str:
        if training_id is None:
            return tr("No training yet: a training is a lesson series or a lesson whose "
                      "participants complete it by attending enough of its sessions.")
        try:
            facts = self.desk.trainings.facts(training_id)
        except NotFound:
            return ""
        rule = facts.rule
        sessions = len(facts.sessions)
        text = tr("{n} sessions, {hours} h. Completed by attending at least {share} % of "
                  "the sessions ({needed} of {n}).").format(
            n=sessions, hours=format_number(facts.hours), share=rule.min_attendance,
            needed=rule.needed(sessions))
        text += " " + (tr("A late arrival counts as present.") if rule.late_counts
                       else tr("A late arrival does not count as present."))
        if facts.first_day is not None:
            text = format_date_range(facts.first_day, facts.last_day) + ": " + text
        return text
