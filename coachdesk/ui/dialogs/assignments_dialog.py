"""A training's assignments: add them, tick who handed each in, pair the submitters
with peers to review their work, and record each review."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.assignments import AssignmentDraft, ReviewDraft
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.file_names import safe_file_name
from coachdesk.domain.text import tr
from coachdesk.domain.training import REVIEWERS_MAX
from coachdesk.reports.review_pairs import write_pairs_workbook, write_review_mails
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import perform, run_op
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of
from coachdesk.ui.widgets.labelled import labelled


def ask_folder(parent: QWidget | None, title: str) -> str:
    """A folder chosen by the user, or "" when they cancel (tests replace it)."""
    return QFileDialog.getExistingDirectory(parent, title)


def assignment_draft(values: dict) -> AssignmentDraft:
    return AssignmentDraft(title=values["title"], due_on=values["due_on"],
                           notes=values["notes"])


def edit_assignment(parent: QWidget | None, desk: Desk, training_id: int,
                    assignment_id: int | None = None) -> int | None:
    """The form of one assignment; returns its id, or None if cancelled."""
    fields = [Field("title", tr("Title"), required=True,
                    placeholder=tr("e.g. Plan a lesson with a digital tool")),
              Field("due_on", tr("Due"), "date"), Field("notes", tr("Notes"), "multiline")]
    if assignment_id is None:
        title, values = tr("New assignment"), {"due_on": None}

        def save(values: dict) -> int:
            return perform(lambda: desk.assignments.add(training_id, assignment_draft(values)))
    else:
        draft = desk.assignments.draft(assignment_id)
        title, values = tr("Edit {title}").format(title=draft.title), vars(draft)

        def save(values: dict) -> int:
            perform(lambda: desk.assignments.update(assignment_id, assignment_draft(values)))
            return assignment_id

    dialog = FormDialog(parent, title, fields, values, save, "assignment_dialog",
                        check=problems_of(assignment_draft))
    return dialog.result_value if dialog.exec() else None


def record_review(parent: QWidget | None, desk: Desk, review_id: int, score_max: int,
                  values: dict, title: str) -> bool:
    """The form of one review: given, a score from 1 to ``score_max``, a comment."""

    def draft(values: dict) -> ReviewDraft:
        return ReviewDraft(values["done"], values["score"], values["comment"])

    def check(values: dict) -> dict[str, str]:
        try:
            draft(values).check(score_max)
        except ValidationError as exc:
            return exc.errors
        return {}

    fields = [Field("done", tr("Given"), "checkbox"),
              Field("score", tr("Score (1–{n})").format(n=score_max), "count"),
              Field("comment", tr("Comment"), "multiline")]
    dialog = FormDialog(parent, title, fields, values,
                        lambda v: perform(lambda: desk.assignments.record_review(
                            review_id, draft(v))), "review_dialog", check=check)
    return bool(dialog.exec())


class AssignmentsDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, training_id: int,
                 now: datetime | None = None):
        super().__init__(parent)
        self.setObjectName("assignments_dialog")
        self.desk, self.training_id, self.now = desk, training_id, now
        training = desk.trainings.draft(training_id)
        self.score_max = training.score_max or 5
        self.setWindowTitle(tr("Assignments of {name}").format(name=training.name))

        self.picker = QComboBox(objectName="assignment_picker")
        self.picker.currentIndexChanged.connect(self._chosen)
        self.new_button = QPushButton(tr("New assignment…"), objectName="assignment_new")
        self.new_button.clicked.connect(self.new_assignment)
        self.edit_button = QPushButton(tr("Edit…"), objectName="assignment_edit")
        self.edit_button.clicked.connect(self.edit_assignment)
        self.remove_button = QPushButton(tr("Remove"), objectName="assignment_remove")
        self.remove_button.clicked.connect(self.remove_assignment)
        top = QHBoxLayout()
        top.addWidget(labelled(tr("Assignment"), self.picker), 1)
        for button in (self.new_button, self.edit_button, self.remove_button):
            top.addWidget(button)

        self.handed = QListWidget(objectName="assignment_handed_in")
        self.save_handed = QPushButton(tr("Save who handed in"),
                                       objectName="assignment_save_handed")
        self.save_handed.clicked.connect(self.save_handed_in)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Handed in (tick each teacher)")))
        left.addWidget(self.handed, 1)
        left.addWidget(self.save_handed)

        self.reviewers = QSpinBox(objectName="assignment_reviewers", minimum=1,
                                  maximum=REVIEWERS_MAX, value=training.reviewers or 2)
        self.assign_button = QPushButton(tr("Assign reviewers"),
                                         objectName="assignment_assign")
        self.assign_button.setToolTip(tr(
            "Give each teacher who handed in this many peers to review their work: never "
            "themselves, from other schools where possible, everyone reviewing as many"))
        self.assign_button.clicked.connect(self.assign_reviewers)
        self.pairs = QTableWidget(0, 6, objectName="assignment_pairs")
        self.pairs.setHorizontalHeaderLabels([
            tr("Reviewer"), tr("Reviewer's school"), tr("Author"), tr("Author's school"),
            tr("Score"), tr("Comment")])
        self.pairs.verticalHeader().hide()
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.horizontalHeader().setStretchLastSection(True)
        self.pairs.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.pairs.doubleClicked.connect(self.record_review)
        self.review_button = QPushButton(tr("Record review…"), objectName="assignment_review")
        self.review_button.clicked.connect(self.record_review)
        self.mail_button = QPushButton(tr("Mail the pairs…"), objectName="assignment_mail")
        self.mail_button.setToolTip(tr(
            "An e-mail draft (.eml) to each reviewer naming whose work to review and the "
            "due day, in the language of their school"))
        self.mail_button.clicked.connect(self.mail_pairs)
        self.print_button = QPushButton(tr("Print the pairs…"), objectName="assignment_print")
        self.print_button.setToolTip(tr("The list of who reviews whose work, as a workbook"))
        self.print_button.clicked.connect(self.print_pairs)
        pair_row = QHBoxLayout()
        pair_row.addWidget(labelled(tr("Reviewers per submission"), self.reviewers))
        pair_row.addWidget(self.assign_button)
        pair_row.addStretch(1)
        pair_row.addWidget(self.review_button)
        out_row = QHBoxLayout()  # the pairs as they go out to the reviewers
        out_row.addWidget(self.mail_button)
        out_row.addWidget(self.print_button)
        out_row.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(pair_row)
        right.addWidget(self.pairs, 1)
        right.addLayout(out_row)

        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.reload()

    # -- reading ----------------------------------------------------------------------------
    def assignment_id(self) -> int | None:
        return self.picker.currentData()

    def reload(self, choose: int | None = None) -> None:
        current = choose if choose is not None else self.assignment_id()
        self.picker.blockSignals(True)
        self.picker.clear()
        for a in self.desk.assignments.of_training(self.training_id):
            label = a.title if a.due_on is None else tr("{title}, due {day}").format(
                title=a.title, day=format_date(a.due_on))
            self.picker.addItem(label, a.id)
        self.picker.setCurrentIndex(max(0, self.picker.findData(current)))
        self.picker.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        assignment = self.assignment_id()
        for widget in (self.edit_button, self.remove_button, self.save_handed,
                       self.assign_button, self.review_button, self.handed, self.reviewers):
            widget.setEnabled(assignment is not None)
        for widget in (self.mail_button, self.print_button):
            widget.setEnabled(False)  # until pairs are shown
        self.handed.clear()
        self.pairs.setRowCount(0)
        if assignment is None:
            return
        handed = self.desk.assignments.handed_in(assignment)
        for p in self.desk.trainings.participants(self.training_id, self.now):
            item = QListWidgetItem(f"{p.name} ({p.school})")
            item.setData(Qt.ItemDataRole.UserRole, p.teacher_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.teacher_id in handed
                               else Qt.CheckState.Unchecked)
            self.handed.addItem(item)
        found = self.desk.assignments.pairs(assignment)
        for widget in (self.mail_button, self.print_button):
            widget.setEnabled(bool(found))
        self.pairs.setRowCount(len(found))
        for row, pair in enumerate(found):
            score = "" if not pair.done else (
                str(pair.score) if pair.score is not None else tr("given"))
            for column, text in enumerate((pair.reviewer, pair.reviewer_school, pair.author,
                                           pair.author_school, score, pair.comment)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, pair)
                self.pairs.setItem(row, column, item)

    def ticked(self) -> set[int]:
        return {self.handed.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.handed.count())
                if self.handed.item(i).checkState() == Qt.CheckState.Checked}

    # -- actions ----------------------------------------------------------------------------
    def new_assignment(self) -> None:
        made = edit_assignment(self, self.desk, self.training_id)
        if made is not None:
            self.reload(made)

    def edit_assignment(self) -> None:
        assignment = self.assignment_id()
        if assignment is not None and edit_assignment(self, self.desk, self.training_id,
                                                      assignment):
            self.reload()

    def remove_assignment(self) -> None:
        assignment = self.assignment_id()
        if assignment is None or not messages.confirm(
                self, tr("Remove assignment"), tr(
                    "Remove “{title}” with who handed it in and its reviews?").format(
                    title=self.picker.currentText()), tr("Remove")):
            return
        desk = self.desk
        run_op(self, lambda: desk.assignments.remove(assignment), initiator=self)
        self.reload()

    def save_handed_in(self) -> None:
        assignment, ticked, desk = self.assignment_id(), self.ticked(), self.desk
        on = (self.now or datetime.now()).date()
        run_op(self, lambda: desk.assignments.record_handed_in(assignment, ticked, on),
               initiator=self)
        self._chosen()

    def assign_reviewers(self) -> None:
        assignment, n, desk = self.assignment_id(), self.reviewers.value(), self.desk
        if self.ticked() != set(desk.assignments.handed_in(assignment)):
            self.save_handed_in()
        run_op(self, lambda: desk.assignments.assign_reviewers(assignment, n), initiator=self)
        self._chosen()

    def mail_pairs(self) -> None:
        """A draft per reviewer into a folder the coordinator chooses."""
        assignment, desk = self.assignment_id(), self.desk
        folder = ask_folder(self, tr("Folder for the e-mail drafts"))
        if assignment is None or not folder:
            return
        done = run_op(self, lambda: write_review_mails(desk, assignment, folder))
        if done:
            messages.inform(self, tr("Mail the pairs"), tr(
                "%n e-mail drafts (.eml) are in {folder}: open each in your mail program "
                "and send it.", None, len(done.value)).format(folder=folder))

    def print_pairs(self) -> None:
        """The list of pairs as a workbook, to print or hand out."""
        assignment, desk = self.assignment_id(), self.desk
        if assignment is None:
            return
        suggested = safe_file_name(tr("Peer reviews {title}").format(
            title=self.picker.currentText()))
        chosen = mail_dialog.ask_save_path(
            self, tr("Print the pairs"),
            str(mail_dialog.documents_folder() / f"{suggested}.xlsx"),
            tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        done = run_op(self, lambda: write_pairs_workbook(desk, assignment, path))
        if done:
            messages.inform(self, tr("Print the pairs"), tr(
                "The list of pairs is in {path}.").format(path=done.value))

    def record_review(self) -> None:
        row = self.pairs.currentRow()
        if row < 0:
            messages.error(self, tr("Choose the review to record in the list."))
            return
        pair = self.pairs.item(row, 0).data(Qt.ItemDataRole.UserRole)
        values = {"done": True, "score": pair.score,
                  "comment": pair.comment}
        title = tr("Review of {author}'s work by {reviewer}").format(
            author=pair.author, reviewer=pair.reviewer)
        if record_review(self, self.desk, pair.id, self.score_max, values, title):
            self._chosen()
            self.pairs.selectRow(row)


def show_assignments(parent: QWidget | None, desk: Desk, training_id: int,
                     now: datetime | None = None) -> None:
    AssignmentsDialog(parent, desk, training_id, now).exec()
