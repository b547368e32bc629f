"""Import a form's answers: sign-ups or cancellations (Lessons page), visit requests
(Visits page), from the Excel export of Microsoft Forms, Google Forms or Webropol.

1. Choose the file (and, from the Lessons page, whether it holds sign-ups or
   cancellations).
2. Match the columns: the import wizard's own step (``MappingPage``).
3. The whole plan before anything is saved: who gets a seat, who waits, who is refused
   and why, rows imported before, unknown teachers (add them, or leave them for later)
   and rows with problems (leave them out, or correct the file). "Import" saves every
   row or nothing.
4. The e-mail drafts to the teachers told (sign-ups and cancellations), in each
   teacher's school's language, written as .eml files into a folder.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coachdesk.domain.text import tr
from coachdesk.domain.validation import checked
from coachdesk.reports.form_mails import write_reply_mails
from coachdesk.reports.imports import ImportPlan
from coachdesk.services import Desk
from coachdesk.services.form_rows import FormKind, FormLine, FormPlan, FormProblems, Outcome
from coachdesk.services.imports import ImportRow
from coachdesk.ui.dialogs.import_wizard import (
    ERROR_STYLE,
    LEFT_OUT_COLOR,
    PROBLEM_BACKGROUND,
    PROBLEM_COLOR,
    MappingPage,
    _said,
)
from coachdesk.ui.dialogs.workbook_page import (
    Index,
    LinesModel,
    WorkbookPage,
    error_label,
    show_error,
)
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.named import named

FOLDER_KEY = "import/form_folder"
MAILS_KEY = "import/form_mails"
class FormPlanModel(LinesModel):
    """The plan's lines: row, who, the lesson (or purpose), what becomes of it, why."""

    ROW, WHO, WHAT, OUTCOME, WHY = range(5)

    lines: list[FormLine]

    def __init__(self, kind: FormKind, parent=None):
        super().__init__([tr("Row"), tr("School") if kind is FormKind.REQUESTS
                          else tr("Teacher"),
                          tr("Purpose") if kind is FormKind.REQUESTS else tr("Lesson"),
                          tr("Result"), tr("Reason or problem")], parent=parent)

    def set_lines(self, lines: list[FormLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(line.row), line.who or "—", line.what, line.outcome.label,
                    line.explanation())[column] if 0 <= column < 5 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.outcome in (Outcome.LEFT_OUT, Outcome.ALREADY):
                return QBrush(LEFT_OUT_COLOR)
            if line.problems or line.outcome is Outcome.REFUSED:
                return QBrush(PROBLEM_COLOR) if column in (self.OUTCOME, self.WHY) else None
        if role == Qt.ItemDataRole.BackgroundRole and line.problems:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# -- 1. the file ----------------------------------------------------------------------------

class FormFilePage(WorkbookPage):
    def __init__(self, wizard: "FormImportWizard", kinds: tuple[FormKind, ...]):
        labels = {FormKind.SIGNUPS: tr("Sign-ups to lessons"),
                  FormKind.CANCELLATIONS: tr("Cancellations of sign-ups"),
                  FormKind.REQUESTS: tr("Schools' visit requests")}
        super().__init__(wizard, {kind: labels[kind] for kind in kinds},
                         tr("What does the form collect?"), "form", FOLDER_KEY,
                         tr("Open the form's answers"))
        self.setTitle(tr("Choose the form's answers"))
        self.setSubTitle(tr("The answers exported to Excel (.xlsx) from Microsoft Forms, "
                            "Google Forms or Webropol: one row per answer under a row of "
                            "the questions."))


class FormPlanPage(QWizardPage):
    def __init__(self, wizard: "FormImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Check the plan"))
        self.setSubTitle(tr("Nothing is saved yet. Rows with problems are shown in red: "
                            "correct them in the file or leave them out. Import saves "
                            "every row, or nothing at all."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import"))
        self.add_unknown = named(QCheckBox(tr("Add the teachers CoachDesk does not know, to the "
                                              "school their answer names")),
                                 "form_add_unknown")
        self.add_unknown.setToolTip(tr("Otherwise their answers are left for a later "
                                       "import, once the teachers are added."))
        self.add_unknown.toggled.connect(self.refresh)
        self.model = FormPlanModel(FormKind.SIGNUPS, self)
        self.view = named(QTableView(), "form_plan")
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.left_out: set[int] = set()
        self.leave_out_button = named(QPushButton(tr("Leave out the rows with problems")),
                                      "form_leave_out_problems")
        self.leave_out_button.clicked.connect(self.leave_out_problems)
        self.summary = named(QLabel(wordWrap=True), "form_summary")
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.leave_out_button)
        self.error = error_label("form_refused")
        layout = QVBoxLayout(self)
        layout.addWidget(self.add_unknown)
        layout.addWidget(self.view, 1)
        layout.addLayout(summary_row)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        kind = FormKind(checked(self._wizard.plan).kind)  # the file page read it
        self.model = FormPlanModel(kind, self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        for column in (FormPlanModel.ROW, FormPlanModel.OUTCOME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (FormPlanModel.WHO, FormPlanModel.WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 200)
        header.setStretchLastSection(True)
        self.add_unknown.setVisible(kind is FormKind.SIGNUPS)
        self.left_out = set()
        self.refresh()

    def _call(self, service_call):
        wizard = self._wizard
        kind, records = FormKind(wizard.plan.kind), list(wizard.records)
        add_unknown = self.add_unknown.isChecked() and kind is FormKind.SIGNUPS
        left_out = set(self.left_out)
        return lambda: service_call(kind, records, add_unknown=add_unknown,
                                    left_out=left_out)

    def refresh(self) -> None:
        """Plan again with the choices made (nothing is saved)."""
        show_error(self.error, "")
        found = run_op(self, self._call(self._wizard.desk.forms.preview),
                       failure=lambda exc: show_error(self.error, _said(exc)))
        if found:
            self._show_plan(checked(found.value))  # what preview gave

    def _show_plan(self, plan: FormPlan) -> None:
        self._wizard.form_plan = plan
        self.model.set_lines(plan.lines)
        self.view.resizeRowsToContents()
        problems = len(plan.problem_rows)
        text = plan.summary()
        if problems:
            text += " " + tr("%n rows with problems.", None, problems)
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if problems else "")
        self.leave_out_button.setEnabled(bool(problems))
        self.completeChanged.emit()

    def leave_out_problems(self) -> None:
        plan = self._wizard.form_plan
        if plan is not None:
            self.left_out |= set(plan.problem_rows)
            self.refresh()

    def isComplete(self) -> bool:
        plan = self._wizard.form_plan
        return plan is not None and plan.ok

    def validatePage(self) -> bool:
        done = run_op(self, self._call(self._wizard.desk.forms.apply),
                      failure=self._refused)
        if not done:
            return False
        self._wizard.imported = done.value
        return True

    def _refused(self, exc) -> None:
        if isinstance(exc, FormProblems):  # rows changed meanwhile: show them again
            self._show_plan(exc.plan)
            show_error(self.error, str(exc).split("\n", 1)[0])
        else:
            show_error(self.error, _said(exc))


# -- 4. the replies -------------------------------------------------------------------------

class RepliesPage(QWizardPage):
    def __init__(self, wizard: "FormImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Imported"))
        self.setSubTitle(tr("Everything is saved: the lists show it now."))
        self.done_label = named(QLabel(wordWrap=True), "form_done")
        self.mails_label = named(QLabel(wordWrap=True), "form_mails_text")
        self.folder_edit = named(QLineEdit(), "form_mails_folder")
        self.folder_edit.setText(str(settings().value(MAILS_KEY, str(Path.home()))))
        browse = named(QPushButton(tr("Browse…")), "form_mails_browse")
        browse.clicked.connect(self.browse)
        self.write_button = named(QPushButton(tr("Write the e-mail drafts")),
                                  "form_write_mails")
        self.write_button.clicked.connect(self.write_mails)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_row.addWidget(self.write_button)
        self.written = named(QLabel(wordWrap=True), "form_mails_written")
        self.error = error_label("form_mails_error")
        self.mail_widgets = [self.mails_label, self.folder_edit, browse, self.write_button]
        layout = QVBoxLayout(self)
        layout.addWidget(self.done_label)
        layout.addSpacing(12)
        layout.addWidget(self.mails_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.written)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self._wizard.imported
        assert plan is not None  # the plan page imported it
        self.done_label.setText(tr("Imported: {summary}").format(summary=plan.summary()))
        told = {x.teacher_id for x in plan.told()}
        self.mails_label.setText(tr(
            "%n teachers can be told what became of their answer: write an e-mail draft "
            "(.eml) to each of them into a folder, in their school's language, and send "
            "them from your mail program.", None, len(told)))
        for widget in self.mail_widgets:
            widget.setVisible(bool(told))

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Folder for the e-mail drafts"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def write_mails(self) -> None:
        show_error(self.error, "")
        folder = Path(self.folder_edit.text().strip()).expanduser()
        desk, plan = self._wizard.desk, checked(self._wizard.imported)  # shown once imported
        done = run_op(self, lambda: write_reply_mails(desk, plan, folder),
                      failure=lambda exc: show_error(self.error, _said(exc)))
        if done:
            settings().setValue(MAILS_KEY, str(folder))
            self.written.setText(tr("%n e-mail drafts written to {folder}.", None,
                                    len(checked(done.value))).format(folder=folder))


class FormImportWizard(QWizard):
    """Take a form's answers in; ``imported`` holds the plan saved once it is imported."""

    def __init__(self, desk: Desk, kinds: tuple[FormKind, ...] = (FormKind.SIGNUPS,
                                                                  FormKind.CANCELLATIONS),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("form_import_wizard")
        self.setWindowTitle(tr("Import from a form"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # saved by then
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Close"))
        self.desk = desk
        self.plan: ImportPlan | None = None
        self.records: list[ImportRow] = []
        self.form_plan: FormPlan | None = None
        # not "result": that is QDialog's result code
        self.imported: FormPlan | None = None
        self.file_page = FormFilePage(self, kinds)
        self.mapping_page = MappingPage(self)
        self.plan_page = FormPlanPage(self)
        self.replies_page = RepliesPage(self)
        for page in (self.file_page, self.mapping_page, self.plan_page, self.replies_page):
            self.addPage(page)
        geometry = settings().value("dialogs/form_import_wizard/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 600)

    def done(self, result: int) -> None:
        settings().setValue("dialogs/form_import_wizard/geometry", self.saveGeometry())
        super().done(result)
