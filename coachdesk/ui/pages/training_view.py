"""The Attendance page's view of one training: its completion rule, where each enrolled
teacher stands (completed, in progress, not completed, and why), their certificates, and
a field that checks a certificate's code."""

from datetime import datetime

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, NotFound
from coachdesk.domain.formats import format_date_range, format_number
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.certificate_print import write_files, write_mails
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.assignments_dialog import show_assignments
from coachdesk.ui.dialogs.training_dialog import edit_training
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.labelled import labelled
from coachdesk.ui.widgets.list_panel import ListPanel

TRAINING_KEY = "attendance/training"


def attended_text(attended: int | None, sessions: int | None) -> str:
    return f"{attended or 0} / {sessions or 0}"


def certificate_text(code: str | None, revoked: bool | None) -> str:
    if not code:
        return ""
    return tr("{code} (revoked)").format(code=code) if revoked else code


def ask_folder(parent: QWidget | None, title: str) -> str:
    """A folder chosen by the user, or "" when they cancel (tests replace it)."""
    return QFileDialog.getExistingDirectory(parent, title)


def ask_reason(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text, or None when the user cancels (tests replace it)."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


class TrainingView(QWidget):
    def __init__(self, desk: Desk, now: datetime | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.now = now
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
        self.assignments_button = QPushButton(tr("Assignments…"),
                                              objectName="training_assignments")
        self.assignments_button.setToolTip(tr(
            "The training's assignments: who handed each in, and the peers who review "
            "each one's work"))
        self.assignments_button.clicked.connect(self.show_assignments)
        self.certificates_button = QPushButton(tr("Certificates…"),
                                               objectName="training_certificates")
        self.certificates_button.setToolTip(tr(
            "Issue a certificate to everyone who completed the training and save them as "
            "PDF into a folder: one file per teacher, one with all of them for printing, "
            "and an e-mail draft to each teacher with the certificate attached"))
        self.certificates_button.clicked.connect(self.write_certificates)
        self.revoke_button = QPushButton(tr("Revoke certificate…"),
                                         objectName="training_revoke")
        self.revoke_button.clicked.connect(self.revoke_certificate)
        row = QHBoxLayout()
        row.addWidget(labelled(tr("Training"), self.picker))
        for button in (self.new_button, self.edit_button, self.assignments_button,
                       self.certificates_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch(1)
        self.code = QLineEdit(objectName="certificate_code", placeholderText="7KQ2M-X94RD")
        self.code.setMaximumWidth(160)
        self.code.returnPressed.connect(self.check_code)
        check = QPushButton(tr("Check"), objectName="certificate_check")
        check.clicked.connect(self.check_code)
        self.verdict = QLabel(objectName="certificate_verdict", wordWrap=True)
        checks = QHBoxLayout()
        checks.addWidget(labelled(tr("Check a certificate's code"), self.code))
        checks.addWidget(check)
        checks.addWidget(self.verdict, 1)
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
                             reason=tr("Why")),
                     "certificate": Look(tr("Certificate"), certificate_text,
                                         with_key="revoked"),
                     "revoked": Look(tr("Revoked"))},
        )
        self.panel.show_column("sessions", False)
        self.panel.show_column("revoked", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.rule)
        layout.addWidget(self.panel, 1)
        layout.addLayout(checks)

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

    def show_assignments(self) -> None:
        training_id = self.training_id()
        if training_id is not None:
            show_assignments(self, self.desk, training_id, self.now)
            self._chosen()  # the work recorded may change who completed

    def write_certificates(self) -> None:
        """Issue the certificates (an operation), then write the PDFs into a folder."""
        training_id = self.training_id()
        if training_id is None:
            return
        desk = self.desk
        issued = run_op(self, lambda: desk.certificates.issue(training_id), initiator=self)
        if not issued:
            return
        folder = ask_folder(self, tr("Folder for the certificates"))
        if not folder:
            return
        facts = desk.trainings.facts(training_id)
        try:
            write_files(facts, issued.value, folder)
            write_files(facts, issued.value, folder, one_file=True)
            write_mails(desk, facts, issued.value, folder)
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            return
        messages.inform(self, tr("Certificates"), tr(
            "{n} certificates saved in {folder}, each in the language of the teacher's "
            "school, all of them in one file for printing, and an e-mail draft (.eml) to "
            "each teacher with the certificate attached: open it in your mail program and "
            "send.").format(
            n=len(issued.value), folder=folder))

    def revoke_certificate(self) -> None:
        row = self.panel.selected_row()
        code = self.panel.model.value(row, "certificate") if row is not None else None
        if not code or self.panel.model.value(row, "revoked"):
            messages.error(self, tr("Choose a teacher whose certificate is valid."))
            return
        reason = ask_reason(self, tr("Revoke certificate"), tr(
            "Why is the certificate {code} revoked? It stays in the register, and a check "
            "of its code says it is no longer valid.").format(code=code))
        if reason is None:
            return
        desk = self.desk
        run_op(self, lambda: desk.certificates.revoke(code, reason), initiator=self)

    def check_code(self) -> None:
        found = self.desk.certificates.verify(self.code.text())
        self.verdict.setText(found.text())
        self.verdict.setStyleSheet("" if found.genuine else "color: #b3261e;")

    def _chosen(self) -> None:
        training_id = self.training_id()
        if training_id is not None:
            settings().setValue(TRAINING_KEY, training_id)
        for button in (self.edit_button, self.assignments_button, self.certificates_button,
                       self.revoke_button):
            button.setEnabled(training_id is not None)
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
        if rule.require_submissions:
            text += " " + tr("Every assignment must be handed in.")
        if rule.require_reviews:
            text += " " + tr("Every peer review asked of a teacher must be given.")
        if facts.first_day is not None:
            text = format_date_range(facts.first_day, facts.last_day) + ": " + text
        return text
