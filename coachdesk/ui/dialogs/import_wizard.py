"""The import wizard: a coordinator's own .xlsx list of schools, teachers or devices.

1. Choose the kind of list and the file.
2. Check the sheet read (the one whose header matches best, or another) and how its
   columns are matched to fields, and correct them; a column not imported says why.
3. Preview every row: what it would do and its problems, and what is left out (columns,
   total rows); choose whether existing records are updated or left alone, whether a
   device list's missing categories are created, and leave rows out. "Import" saves
   every accepted row in one transaction, or nothing.
"""

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.text import tr
from coachdesk.reports.imports import ImportPlan, read_plan
from coachdesk.services import Desk
from coachdesk.services.imports import (
    REQUIRED,
    Action,
    ImportKind,
    ImportProblems,
    ImportRow,
    OnMatch,
    Preview,
    PreviewLine,
    fields_of,
)
from coachdesk.ui import messages
from coachdesk.ui.dialogs.workbook_page import (
    Index,
    LinesModel,
    WorkbookPage,
    error_label,
    show_error,
)
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings

KIND_KEY = "import/kind"
FOLDER_KEY = "import/folder"
ON_MATCH_KEY = "import/on_match"
ERROR_STYLE = "color: #b3261e;"
PROBLEM_COLOR = QColor("#b3261e")
PROBLEM_BACKGROUND = QColor("#fdecea")
LEFT_OUT_COLOR = QColor("#777777")
EXAMPLE_ROWS = 5
WRAPPED_ROWS = 500



def _said(exc: CoachDeskError) -> str:
    """A refusal on one line under the wizard's table."""
    if isinstance(exc, ValidationError) and exc.errors:
        return " ".join(exc.errors.values())
    return str(exc)


class PreviewModel(LinesModel):
    """The preview's lines: a "leave out" tick, the row number, the action, the record
    and its problems (in red)."""

    LEAVE_OUT, ROW, ACTION, RECORD, PROBLEMS = range(5)
    left_out_changed = Signal()

    lines: list[PreviewLine]

    def __init__(self, lines: list[PreviewLine] | None = None, parent=None):
        super().__init__([tr("Leave out"), tr("Row"), tr("Action"), tr("Record"),
                          tr("Problems")], lines, parent)
        self.left_out: set[int] = set()

    def set_lines(self, lines: list[PreviewLine]) -> None:
        if [x.row for x in lines] == [x.row for x in self.lines]:
            self.lines = list(lines)  # the same rows: repaint, keep the scroll position
            if lines:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(lines) - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        self.lines = list(lines)
        self.left_out &= {x.row for x in lines}
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        found = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.LEAVE_OUT:
            found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        left_out = line.row in self.left_out
        if role == Qt.ItemDataRole.CheckStateRole and column == self.LEAVE_OUT:
            return Qt.CheckState.Checked if left_out else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return str(line.row)
            if column == self.ACTION:
                return tr("left out") if left_out else line.action.label
            if column == self.RECORD:
                return line.record or "—"
            if column == self.PROBLEMS:
                return " ".join(line.problems)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if left_out:
                return QBrush(LEFT_OUT_COLOR)
            if line.problems and column in (self.PROBLEMS, self.ACTION):
                return QBrush(PROBLEM_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole and line.problems and not left_out:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.LEAVE_OUT
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        row = self.lines[index.row()].row
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        checked = state == Qt.CheckState.Checked.value
        if checked:
            self.left_out.add(row)
        else:
            self.left_out.discard(row)
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self._headers) - 1))
        self.left_out_changed.emit()
        return True


# -- 1. the kind and the file ---------------------------------------------------------------

class ChooseFilePage(WorkbookPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard, {kind: tr("{kind} (needs: {fields})").format(
            kind=kind.label, fields=", ".join(fields_of(kind)[f] for f in REQUIRED[kind]))
            for kind in ImportKind}, tr("What does the list hold?"), "import", FOLDER_KEY,
            tr("Open a list"))
        self.setTitle(tr("Choose the list"))
        self.setSubTitle(tr("An Excel workbook (.xlsx) with a row naming the columns, in "
                            "Finnish, Swedish or English, and one row per record under it."))
        wanted = settings().value(KIND_KEY, ImportKind.TEACHERS.value)
        self.set_kind(wanted if wanted in set(ImportKind) else ImportKind.TEACHERS)

    def remember(self, kind: ImportKind) -> None:
        settings().setValue(KIND_KEY, kind.value)


# -- 2. the columns -------------------------------------------------------------------------

class ReadsColumns(Protocol):
    """A wizard the columns page serves (this one, the form import's): the plan it shows,
    the rows it maps."""

    plan: ImportPlan | None
    records: list[ImportRow]


class MappingPage(QWizardPage):
    HEADER, EXAMPLE, FIELD = range(3)

    def __init__(self, wizard: ReadsColumns):
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(tr("Each column of the file is imported as the field chosen beside "
                            "it. Check the guesses and correct them where needed."))
        self.table = QTableWidget(0, 3, objectName="import_mapping")
        self.table.setHorizontalHeaderLabels([tr("Column in the file"), tr("First value"),
                                              tr("Imported as")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.HEADER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.source = QLabel(wordWrap=True, objectName="import_source")
        self.sheet = QComboBox(objectName="import_sheet")
        self.sheet.setToolTip(tr("The sheet whose header row names the most columns is "
                                 "read; choose another here."))
        self.sheet.activated.connect(self._sheet_chosen)
        sheet_label = QLabel(tr("&Sheet"))
        sheet_label.setBuddy(self.sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet)
        sheet_row.addWidget(self.source, 1)
        self.unmatched = QLabel(wordWrap=True, objectName="import_unmatched")
        self.unmatched.setStyleSheet("color: palette(dark);")
        self.missing = error_label("import_missing")
        self.error = error_label("import_mapping_error")
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addLayout(sheet_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmatched)
        layout.addWidget(self.missing)
        layout.addWidget(self.error)

    @property
    def plan(self) -> ImportPlan:
        return self._wizard.plan

    def initializePage(self) -> None:
        plan = self.plan
        show_error(self.error, "")
        with QSignalBlocker(self.sheet):
            self.sheet.clear()
            self.sheet.addItems(plan.sheets or [plan.sheet])
            self.sheet.setCurrentText(plan.sheet)
        self.sheet.setEnabled(self.sheet.count() > 1)
        source = tr("Header on row {row}, %n rows below it.", None, len(plan.rows)).format(
            row=plan.header_row)
        if plan.total_rows:
            source += " " + tr("Total rows left out: {rows}.").format(
                rows=", ".join(str(x.number) for x in plan.total_rows))
        self.source.setText(source)
        self.combos = []
        self.table.setRowCount(len(plan.headers))
        for column in range(len(plan.headers)):
            self.table.setItem(column, self.HEADER, QTableWidgetItem(
                plan.column_name(column)))
            self.table.setItem(column, self.EXAMPLE, QTableWidgetItem(self._example(column)))
            combo = QComboBox(objectName=f"import_field_{column}")
            combo.addItem(tr("(not imported)"), None)
            for name, label in plan.fields.items():
                combo.addItem(label, name)
            combo.currentIndexChanged.connect(
                lambda _i, c=column: self._assigned(c))
            self.table.setCellWidget(column, self.FIELD, combo)
            self.combos.append(combo)
        self._sync()

    def choose_sheet(self, name: str) -> None:
        """Read the sheet ``name`` instead, as a click in the sheet list does."""
        self.sheet.setCurrentText(name)
        self._sheet_chosen()

    def _sheet_chosen(self, *_args) -> None:
        name = self.sheet.currentText()
        plan = self.plan
        if name == plan.sheet:
            return
        read = run_op(self, lambda: read_plan(plan.path, plan.kind, sheet=name),
                      failure=lambda exc: show_error(self.error, str(exc)))
        if not read:
            with QSignalBlocker(self.sheet):
                self.sheet.setCurrentText(plan.sheet)
            return
        self._wizard.plan = read.value
        self.initializePage()

    def _example(self, column: int) -> str:
        for row in self.plan.rows[:EXAMPLE_ROWS]:
            value = row.cells[column] if column < len(row.cells) else None
            if value not in (None, ""):
                return str(value)
        return ""

    def set_field(self, column: int, name: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(name))

    def _assigned(self, column: int) -> None:
        self.plan.assign(column, self.combos[column].currentData())
        self._sync()

    def _sync(self) -> None:
        """Show the plan's mapping: one field comes from one column only."""
        for column, combo in enumerate(self.combos):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(0, combo.findData(self.plan.mapping.get(column))))
        left_out = self.plan.not_imported
        self.unmatched.setText(tr("Not imported: {columns}.").format(columns="; ".join(
            f"{column} ({why})" for column, why in left_out)) if left_out
            else tr("Every column is imported."))
        missing = self.plan.missing
        show_error(self.missing, tr("Choose the column that gives the {fields}: it is needed.")
              .format(fields=", ".join(self.plan.fields[f] for f in missing))
              if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.plan is not None and not self.plan.missing

    def validatePage(self) -> bool:
        plan = self.plan
        found = run_op(self, plan.records, failure=lambda exc: show_error(self.error, _said(exc)))
        if found:
            self._wizard.records = found.value
        return bool(found)


# -- 3. the rows ----------------------------------------------------------------------------

class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Check the rows"))
        self.setSubTitle(tr("Rows with problems are shown in red: correct them in the file "
                            "or leave them out. Import saves every row that is not left "
                            "out, or nothing at all."))
        self.update_button = QRadioButton(tr("update them from the list"),
                                          objectName="import_update")
        self.skip_button = QRadioButton(tr("leave them as they are"), objectName="import_skip")
        self.match_group = QButtonGroup(self)
        self.match_group.addButton(self.update_button)
        self.match_group.addButton(self.skip_button)
        if settings().value(ON_MATCH_KEY, OnMatch.UPDATE.value) == OnMatch.SKIP.value:
            self.skip_button.setChecked(True)
        else:
            self.update_button.setChecked(True)
        self.match_group.buttonToggled.connect(self._on_match_toggled)
        match_row = QHBoxLayout()
        self.match_label = QLabel(tr("Records already in CoachDesk:"))
        match_row.addWidget(self.match_label)
        match_row.addWidget(self.update_button)
        match_row.addWidget(self.skip_button)
        match_row.addStretch(1)

        self.create_categories = QCheckBox(objectName="import_create_categories")
        self.create_categories.setToolTip(tr(
            "Create the categories the list names that do not exist yet, and put devices "
            "without a category in “Uncategorised”; their loan period can be set under "
            "Categories afterwards."))
        self.create_categories.hide()
        self.create_categories.toggled.connect(self.refresh)
        self.notes = QLabel(wordWrap=True, objectName="import_notes")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = PreviewModel(parent=self)
        self.model.left_out_changed.connect(self.refresh)
        self.view = QTableView(objectName="import_preview")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        for column in (PreviewModel.LEAVE_OUT, PreviewModel.ROW, PreviewModel.ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewModel.RECORD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PreviewModel.RECORD, 230)
        header.setStretchLastSection(True)

        self.leave_out_button = QPushButton(tr("Leave out the rows with problems"),
                                            objectName="import_leave_out_problems")
        self.leave_out_button.clicked.connect(self.leave_out_problems)
        self.summary = QLabel(wordWrap=True, objectName="import_summary")
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.leave_out_button)
        self.error = error_label("import_refused")

        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addLayout(match_row)
        layout.addWidget(self.create_categories)
        layout.addWidget(self.view, 1)
        layout.addLayout(summary_row)
        layout.addWidget(self.error)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Import"))

    def on_match(self) -> OnMatch:
        return OnMatch.SKIP if self.skip_button.isChecked() else OnMatch.UPDATE

    def _on_match_toggled(self, _button, checked: bool) -> None:
        if checked:
            settings().setValue(ON_MATCH_KEY, self.on_match().value)
            self.refresh()

    def initializePage(self) -> None:
        plan = self._wizard.plan
        self.model.left_out.clear()
        self.model.set_lines([])
        with QSignalBlocker(self.create_categories):
            self.create_categories.setChecked(False)
        # Assessments are only ever added (an identical one is skipped): nothing to update.
        for widget in (self.match_label, self.update_button, self.skip_button):
            widget.setVisible(plan.kind is not ImportKind.LEVELS)
        read = tr("Read from the sheet “{sheet}” of {file}.").format(
            sheet=plan.sheet, file=plan.path.name if plan.path else "")
        if len(plan.sheets) > 1:
            read += " " + tr("To read another sheet, go back and choose it.")
        self.notes.setText("\n".join([read, *plan.notes()]))
        self.refresh()

    def refresh(self) -> None:
        """Preview again with the current choices (nothing is written)."""
        show_error(self.error, "")
        found = run_op(self, self._call(self._wizard.desk.imports.preview),
                       failure=lambda exc: show_error(self.error, _said(exc)))
        if found:
            self._show_preview(found.value)

    def _call(self, service_call: Callable[..., Preview]) -> Callable[[], Preview]:
        """The import service's preview or apply with the choices made (an operation)."""
        wizard = self._wizard
        kind, records, on_match = wizard.plan.kind, list(wizard.records), self.on_match()
        left_out, create = set(self.model.left_out), self.create_categories.isChecked()
        return lambda: service_call(kind, records, on_match, left_out, create)

    def _show_preview(self, preview: Preview) -> None:
        self._wizard.preview = preview
        missing = preview.missing_categories
        if missing:
            self.create_categories.setText(tr("Create the missing categories: {names}").format(
                names=", ".join(missing)))
        self.create_categories.setVisible(bool(missing) or self.create_categories.isChecked())
        self.model.set_lines(preview.lines)
        if len(preview.lines) <= WRAPPED_ROWS:  # long problems wrap; a big list stays fast
            self.view.resizeRowsToContents()
        problems = len(preview.problem_lines)
        left_out = len(self.model.left_out)
        text = tr("{new} new, {updated} to update, {skipped} skipped").format(
            new=preview.creates, updated=preview.updates, skipped=preview.skips)
        if preview.create_categories and missing:
            text += tr("; new categories: {names}").format(names=", ".join(missing))
        if left_out:
            text += tr(" ({count} left out)").format(count=left_out)
        if problems:
            text += tr("; %n rows with problems.", None, problems)
        else:
            text += "."
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if problems else "")
        self.leave_out_button.setEnabled(bool(problems))

    def leave_out_problems(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        self.model.left_out |= set(preview.problem_rows)
        self.refresh()

    def validatePage(self) -> bool:
        wizard = self._wizard
        done = run_op(self, self._call(wizard.desk.imports.apply), failure=self._refused)
        if not done:
            return False
        wizard.result_preview = done.value
        messages.inform(self, tr("Import finished"), wizard.describe_result(done.value))
        return True

    def _refused(self, exc: CoachDeskError) -> None:
        if isinstance(exc, ImportProblems):  # rows changed meanwhile: show them again
            self._show_preview(exc.preview)
            show_error(self.error, str(exc).split("\n", 1)[0])
        else:
            show_error(self.error, _said(exc))


class ImportWizard(QWizard):
    """Import a list of schools, teachers or devices; ``result_preview`` tells what was
    done once the wizard is accepted."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Import"))
        self.desk = desk
        self.plan: ImportPlan | None = None
        self.records: list[ImportRow] = []
        self.preview: Preview | None = None
        self.result_preview: Preview | None = None
        self.file_page = ChooseFilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        geometry = settings().value("dialogs/import_wizard/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(860, 600)

    @staticmethod
    def describe_result(done: Preview) -> str:
        text = tr("{new} new records were created and {updated} updated; {skipped} rows "
                  "were skipped.").format(new=done.count(Action.CREATE),
                                          updated=done.count(Action.UPDATE),
                                          skipped=done.count(Action.SKIP))
        if done.create_categories and done.missing_categories:
            text += " " + tr("New categories: {names}.").format(
                names=", ".join(done.missing_categories))
        return text

    def done(self, result: int) -> None:
        settings().setValue("dialogs/import_wizard/geometry", self.saveGeometry())
        super().done(result)
