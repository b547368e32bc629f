"""A teacher's training record (Teachers ▸ Training record…): totals per school year, the
lessons attended, trainings completed, certificates issued and training done elsewhere
(added, edited and deleted here, or imported from Excel), exported as PDF or Excel in the
teaching language of the teacher's school."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.file_names import safe_file_name
from coachdesk.domain.text import tr
from coachdesk.domain.training_record import ElsewhereDraft, TrainingRecord
from coachdesk.reports.training_record import record_page, write_record_workbook
from coachdesk.services import Desk
from coachdesk.services.imports import ImportKind
from coachdesk.ui import messages
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.formatting import format_date, format_datetime, format_number
from coachdesk.ui.operations import perform, run_op
from coachdesk.ui.training_record_pdf import write_page_pdf
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def elsewhere_draft(values: dict) -> ElsewhereDraft:
    return ElsewhereDraft(values["course"], values["provider"], values["held_on"],
                          values["hours"], values["notes"])


def edit_elsewhere(parent: QWidget | None, desk: Desk, teacher_id: int,
                   elsewhere_id: int | None = None) -> int | None:
    """The form of one course done elsewhere; returns its id, or None if cancelled."""
    fields = [Field("course", tr("Course"), required=True,
                    placeholder=tr("e.g. Digital skills MOOC")),
              Field("provider", tr("Provider"), placeholder=tr("e.g. a university")),
              Field("held_on", tr("Date"), "date", required=True),
              Field("hours", tr("Hours"), "decimal", required=True),
              Field("notes", tr("Notes"), "multiline")]
    records = desk.training_record
    if elsewhere_id is None:
        title, values = tr("New training done elsewhere"), {"held_on": None, "hours": None}

        def save(values: dict) -> int:
            return perform(lambda: records.add_elsewhere(teacher_id, elsewhere_draft(values)))
    else:
        draft = records.elsewhere_draft(elsewhere_id)
        title, values = tr("Edit {course}").format(course=draft.course), vars(draft)

        def save(values: dict) -> int:
            perform(lambda: records.update_elsewhere(elsewhere_id, elsewhere_draft(values)))
            return elsewhere_id

    dialog = FormDialog(parent, title, fields, values, save, "elsewhere_dialog",
                        check=problems_of(elsewhere_draft))
    return dialog.result_value if dialog.exec() else None


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple], numeric: set[int] = frozenset(),
          ids: list[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if ids is not None:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)


class TrainingRecordDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, teacher_id: int):
        super().__init__(parent)
        self.setObjectName("training_record_dialog")
        self.desk, self.teacher_id = desk, teacher_id
        self.record: TrainingRecord | None = None
        self.summary = QLabel(objectName="record_summary")
        self.summary.setWordWrap(True)

        self.years = _table("record_years", [tr("School year")])
        self.years.horizontalHeader().setStretchLastSection(False)
        self.lessons = _table("record_lessons", [tr("Starts"), tr("Lesson"), tr("Topic"),
                                                 tr("Hours"), tr("Late")])
        self.completed = _table("record_completed", [tr("Training"), tr("Dates"),
                                                     tr("Hours")])
        self.certificates = _table("record_certificates", [tr("Code"), tr("Training"),
                                                           tr("Issued"), tr("Revoked")])
        self.elsewhere = _table("record_elsewhere", [tr("Date"), tr("Course"),
                                                     tr("Provider"), tr("Hours"),
                                                     tr("Notes")])
        self.elsewhere.doubleClicked.connect(self.edit)

        self.add_button = QPushButton(tr("Add…"), objectName="elsewhere_add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(tr("Edit…"), objectName="elsewhere_edit")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(tr("Delete…"), objectName="elsewhere_delete")
        self.delete_button.clicked.connect(self.delete)
        self.import_button = QPushButton(tr("Import from Excel…"),
                                         objectName="elsewhere_import")
        self.import_button.setToolTip(tr(
            "A list with the teacher (e-mail or name), course, provider, date and hours; "
            "all rows or none are saved"))
        self.import_button.clicked.connect(self.import_list)
        elsewhere_page = QWidget()
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        inner = QVBoxLayout(elsewhere_page)
        inner.addLayout(row)
        inner.addWidget(self.elsewhere, 1)

        self.tabs = QTabWidget(objectName="record_tabs")
        self.tabs.addTab(self.years, tr("Per school year"))
        self.tabs.addTab(elsewhere_page, tr("Training done elsewhere"))
        self.tabs.addTab(self.lessons, tr("Lessons attended"))
        self.tabs.addTab(self.completed, tr("Trainings completed"))
        self.tabs.addTab(self.certificates, tr("Certificates"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        self.pdf_button = buttons.addButton(tr("Save as PDF…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.excel_button = buttons.addButton(tr("Save as Excel…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.excel_button.clicked.connect(lambda: self.export(".xlsx"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(940, 540)
        self.reload()

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        record = self.record = self.desk.training_record.record(self.teacher_id)
        self.setWindowTitle(tr("Training record: {name}").format(name=record.name))
        total = record.total
        self.summary.setText(tr(
            "{name}, {school}: {lessons} lessons attended, {completed} trainings completed, "
            "{certificates} certificates, {elsewhere} courses elsewhere; {hours} hours of "
            "training in all.").format(
            name=record.name, school=record.school, lessons=total.lessons,
            completed=total.completed, certificates=total.certificates,
            elsewhere=total.elsewhere, hours=format_number(total.hours)))
        # One column per school year (the latest first) and one for all: the measures read
        # down the side, as in the PDF, so that the Finnish names fit.
        years = [*record.years, record.total] if record.years else []
        self.years.setColumnCount(1 + len(years))
        self.years.setHorizontalHeaderLabels(
            [tr("School year"), *(y.name if y.start_year else tr("In all") for y in years)])
        measures = [(tr("Lessons attended"), lambda y: str(y.lessons)),
                    (tr("Hours in lessons"), lambda y: format_number(y.lesson_hours)),
                    (tr("Trainings completed"), lambda y: str(y.completed)),
                    (tr("Certificates"), lambda y: str(y.certificates)),
                    (tr("Courses elsewhere"), lambda y: str(y.elsewhere)),
                    (tr("Hours elsewhere"), lambda y: format_number(y.elsewhere_hours)),
                    (tr("Hours in all"), lambda y: format_number(y.hours))]
        _fill(self.years, [(name, *(shown(y) for y in years)) for name, shown in measures]
              if years else [], set(range(1, len(years) + 1)))
        _fill(self.lessons, [(format_datetime(x.starts_at), x.title, x.topic,
                              format_number(x.hours), tr("late") if x.late else "")
                             for x in record.lessons], {3})
        _fill(self.completed, [(x.name, f"{format_date(x.first_day)}–"
                                         f"{format_date(x.last_day)}", format_number(x.hours))
                               for x in record.completed], {2})
        _fill(self.certificates, [(x.code, x.training, format_date(x.issued_on),
                                   format_date(x.revoked_on) if x.revoked_on else "")
                                  for x in record.certificates])
        _fill(self.elsewhere, [(format_date(x.held_on), x.course, x.provider,
                                format_number(x.hours), x.notes.replace("\n", " "))
                               for x in record.elsewhere], {3},
              [x.id for x in record.elsewhere])
        chosen = bool(record.elsewhere)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def chosen_elsewhere(self) -> int | None:
        row = self.elsewhere.currentRow()
        item = self.elsewhere.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- actions ----------------------------------------------------------------------------
    def add(self) -> None:
        if edit_elsewhere(self, self.desk, self.teacher_id) is not None:
            self.reload()

    def edit(self) -> None:
        chosen = self.chosen_elsewhere()
        if chosen is None:
            messages.error(self, tr("Choose the course in the list first."))
        elif edit_elsewhere(self, self.desk, self.teacher_id, chosen) is not None:
            self.reload()

    def delete(self) -> None:
        chosen = self.chosen_elsewhere()
        if chosen is None:
            messages.error(self, tr("Choose the course in the list first."))
            return
        course = self.elsewhere.item(self.elsewhere.currentRow(), 1).text()
        if not messages.confirm(self, tr("Delete training done elsewhere"), tr(
                "Delete “{course}” from the training record? This cannot be undone.")
                .format(course=course), tr("Delete")):
            return
        records = self.desk.training_record
        run_op(self, lambda: records.delete_elsewhere(chosen), initiator=self)
        self.reload()

    def import_list(self) -> None:
        from coachdesk.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.desk, self)
        wizard.file_page.set_kind(ImportKind.TRAINING_ELSEWHERE)
        if wizard.exec() and wizard.result_preview is not None:
            messages.inform(self, tr("Import from Excel"),
                            ImportWizard.describe_result(wizard.result_preview))
        self.reload()

    def export(self, suffix: str) -> Path | None:
        assert self.record is not None
        desk, teacher_id = self.desk, self.teacher_id
        suggested = safe_file_name(tr("Training record {name}").format(name=self.record.name))
        kinds = tr("PDF files (*.pdf)") if suffix == ".pdf" else tr(
            "Excel workbooks (*.xlsx)")
        chosen = mail_dialog.ask_save_path(
            self, tr("Save the training record"),
            str(mail_dialog.documents_folder() / f"{suggested}{suffix}"), kinds)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        if suffix == ".pdf":
            got = run_op(self, lambda: record_page(desk, teacher_id))
            if not got:
                return None
            page, title = got.value
            try:  # laid out by Qt: on this thread, not the writer's
                written = write_page_pdf(page, path, title)
            except CoachDeskError as exc:
                messages.error(self, str(exc))
                return None
        else:
            done = run_op(self, lambda: write_record_workbook(desk, teacher_id, path))
            if not done:
                return None
            written = done.value
        messages.inform(self, tr("Save the training record"),
                        tr("The training record is in {path}.").format(path=written))
        return written


def show_training_record(parent: QWidget | None, desk: Desk, teacher_id: int) -> None:
    TrainingRecordDialog(parent, desk, teacher_id).exec()
