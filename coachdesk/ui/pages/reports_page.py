"""The Reports page: Excel workbooks for principals and the municipality, written in the
background, and the import wizard for the coordinator's own lists.

The coordinator chooses the report, the period (a term, a school year or any dates), the
school or schools and where to save. "Create" runs the export in the background
(``in_background``, with a twin of the page's Desk for the worker thread); the page shows
the progress, all schools can be cancelled between files, and the file or its folder can
be opened afterwards.
"""

import sys
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.file_names import safe_file_name
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.reports.all_schools import AllSchoolsResult
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.background import Task, in_background
from coachdesk.ui.formatting import FINNISH_DATE, format_date
from coachdesk.ui.pages.base import Page
from coachdesk.ui.settings import settings

FOLDER_KEY = "reports/folder"
KIND_KEY = "reports/kind"
PERIOD_KEY = "reports/period"  # "term:2026-08-12", "year:2026-08-01" or "custom"

SCHOOL, SUMMARY, DEVICES, ALL_SCHOOLS = "school", "summary", "devices", "all-schools"
GRANT = "grant"
UNDATED = (DEVICES, GRANT)  # reports without a period to choose (a grant has its own)
COVERS = "covers"
FOLDER_KINDS = (ALL_SCHOOLS, COVERS)  # write one file per school into a folder
CUSTOM = "custom"
COSTS_KEY = "reports/school_costs"  # the coordinator's choice to show a school's costs
TERMS = frozenset({RecordKind.SCHOOL_YEAR, RecordKind.TERM})  # what the periods come from
ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b6e20;"


def report_kinds() -> list[tuple[str, str, str]]:
    """(kind, label, what it holds), in the order they are offered."""
    return [
        (SCHOOL, tr("School report"),
         tr("One school for the period: key figures, a chart per month, visits, lessons "
            "and attendance, devices on loan and open requests. For its principal.")),
        (SUMMARY, tr("Municipal summary"),
         tr("The whole municipality for the period: hours per tutor against their "
            "allotment, visits and teachers reached per school, lessons per topic.")),
        (DEVICES, tr("Device report"),
         tr("The inventory today, current loans and reservations; overdue loans are "
            "highlighted. It has no period.")),
        (ALL_SCHOOLS, tr("All schools into a folder"),
         tr("One school report per school, each file named after its school, so that "
            "every principal can be sent their own.")),
        (GRANT, tr("Grant report"),
         tr("One grant for its funder: the tutors, schools, teachers reached, lessons, "
            "visits and hours of its period, its costs by budget line, language unit and "
            "month, the own share and what is left, and every underlying row.")),
        (COVERS, tr("E-mails to principals with their reports"),
         tr("One e-mail draft (.eml) per principal, from the report cover template, with "
            "the school's report attached: open each in the mail program and send.")),
    ]


@dataclass(frozen=True)
class Period:
    key: str  # remembered in the settings
    name: str
    first: date
    last: date


@dataclass(frozen=True)
class ExportJob:
    """Everything an export needs: plain values, no widgets, no database."""

    kind: str
    first: date | None
    last: date | None
    target: Path  # a file, or the folder for all schools
    school_id: int | None = None
    school_ids: tuple[int, ...] | None = None
    today: date | None = None
    grant_id: int | None = None
    costs: bool = False  # a school report with what the grants paid for the school


def default_folder() -> Path:
    """Where reports go before the coordinator has chosen a folder: their Documents."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


@dataclass(frozen=True)
class ExportOutcome:
    """What an export came to: the files written, whether the coordinator stopped it, and
    the error that stopped it (handed to the page, which says it)."""

    written: tuple[Path, ...] = ()
    cancelled: bool = False
    error: BaseException | None = None


def export(desk: Desk, job: ExportJob, task: Task) -> ExportOutcome:
    """Write the job's workbook(s) on a worker thread (``desk`` a twin for that thread),
    reporting to ``task`` after each file and stopping between files once it is
    cancelled. Never raises: an error comes back in the outcome."""
    try:
        if job.kind == SCHOOL:
            from coachdesk.reports.school_report import write_school_report

            return _one(task, lambda: write_school_report(
                desk, job.school_id, job.first, job.last, job.target, today=job.today,
                costs=job.costs))
        if job.kind == SUMMARY:
            from coachdesk.reports.summary_report import write_summary_report

            return _one(task, lambda: write_summary_report(desk, job.first, job.last,
                                                           job.target))
        if job.kind == DEVICES:
            from coachdesk.reports.device_report import write_device_report

            return _one(task, lambda: write_device_report(desk, job.target, today=job.today))
        if job.kind == GRANT:
            from coachdesk.reports.grant_report import write_grant_report

            return _one(task, lambda: write_grant_report(desk, job.grant_id, job.target,
                                                         today=job.today))
        ids = list(job.school_ids) if job.school_ids is not None else None
        if job.kind == COVERS:
            from coachdesk.reports.messages import write_report_covers

            task.report(0, 1)
            written = write_report_covers(desk, job.first, job.last, job.target,
                                          school_ids=ids, today=job.today)
            task.report(1, 1)
            return ExportOutcome(tuple(written))
        from coachdesk.reports.all_schools import write_all_schools

        result: AllSchoolsResult = write_all_schools(
            desk, job.first, job.last, job.target, school_ids=ids, today=job.today,
            progress=task.report, cancelled=lambda: task.cancelled)
        return ExportOutcome(tuple(result.written), result.cancelled)
    except BaseException as exc:  # said by the page, on the window's thread
        return ExportOutcome(error=exc)


def _one(task: Task, write: Callable[[], Path]) -> ExportOutcome:
    task.report(0, 1)
    written = write()
    task.report(1, 1)
    return ExportOutcome((written,))


@dataclass
class RunningExport:
    """The export under way: its job, its link to the worker, and the worker's future."""

    job: ExportJob
    task: Task
    future: Future | None = None


def _labelled_row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return box


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(FINNISH_DATE)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class ReportsPage(Page):
    shows = frozenset({RecordKind.SCHOOL, RecordKind.GRANT}) | TERMS

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.today = today
        self.export: RunningExport | None = None
        self.written: list[Path] = []
        self._periods: list[Period] = []

        self.import_action = self.action(tr("Import from Excel…"), self.open_import_wizard,
                                         tip=tr("Take in a list of schools, teachers or "
                                                "devices from an .xlsx file"))

        # -- what to write ----------------------------------------------------------------
        self.kind_picker = QComboBox(objectName="reports_kind")
        for kind, label, about in report_kinds():
            self.kind_picker.addItem(label, kind)
            self.kind_picker.setItemData(self.kind_picker.count() - 1, about,
                                         Qt.ItemDataRole.ToolTipRole)
        self.kind_about = QLabel(wordWrap=True, objectName="reports_kind_about")
        self.kind_about.setStyleSheet("color: palette(dark);")
        self.kind_about.setMinimumWidth(560)

        self.period_picker = QComboBox(objectName="reports_period")
        self.period_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_picker.setMinimumContentsLength(22)
        self.first_edit = _date_edit("reports_first")
        self.last_edit = _date_edit("reports_last")
        self.period_box = _labelled_row(self.period_picker, QLabel(tr("from")),
                                        self.first_edit, QLabel(tr("to")), self.last_edit)

        self.school_picker = QComboBox(objectName="reports_school")
        self.school_picker.setEditable(True)
        self.school_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.school_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.school_picker.setMinimumContentsLength(28)
        self.school_picker.lineEdit().setPlaceholderText(tr("Type to search"))
        completer = QCompleter(self.school_picker.model(), self.school_picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.school_picker.setCompleter(completer)

        self.grant_picker = QComboBox(objectName="reports_grant")
        self.grant_picker.setPlaceholderText(tr("No grants yet: add one on the Grants page"))
        self.grant_picker.setMinimumContentsLength(28)
        self.grant_picker.currentIndexChanged.connect(lambda: self._suggest_target())

        self.school_list = QListWidget(objectName="reports_schools")
        self.school_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.school_list.setMinimumWidth(320)
        self.all_button = QPushButton(tr("All"), objectName="reports_schools_all")
        self.none_button = QPushButton(tr("None"), objectName="reports_schools_none")
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        ticks = QVBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        self.schools_box = QWidget()
        schools_row = QHBoxLayout(self.schools_box)
        schools_row.setContentsMargins(0, 0, 0, 0)
        schools_row.addWidget(self.school_list)
        schools_row.addLayout(ticks)
        schools_row.addStretch(1)

        self.target_edit = QLineEdit(objectName="reports_target")
        self.target_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(tr("Choose…"), objectName="reports_browse")
        self.browse_button.clicked.connect(self.choose_target)
        self.target_box = QWidget()
        target_row = QHBoxLayout(self.target_box)
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = form
        form.addRow(tr("&Report"), self.kind_picker)
        form.addRow("", self.kind_about)
        form.addRow(tr("&Period"), self.period_box)
        form.addRow(tr("&School"), self.school_picker)
        self.costs_box = QCheckBox(tr("With the costs of the grants (what each budget "
                                      "line paid for the school)"), objectName="reports_costs")
        self.costs_box.setChecked(settings().value(COSTS_KEY, False, type=bool))
        self.costs_box.toggled.connect(lambda on: settings().setValue(COSTS_KEY, on))
        form.addRow("", self.costs_box)
        form.addRow(tr("Schools"), self.schools_box)
        form.addRow(tr("&Grant"), self.grant_picker)
        self.target_label = QLabel(tr("Save &as"))
        form.addRow(self.target_label, self.target_box)
        for label_for in (self.kind_picker, self.period_picker, self.school_picker,
                          self.grant_picker):
            label = form.labelForField(label_for)
            if isinstance(label, QLabel):
                label.setBuddy(label_for)
        self.target_label.setBuddy(self.target_edit)
        group = QGroupBox()
        group.setLayout(form)
        group.setMaximumWidth(900)

        # -- running it -------------------------------------------------------------------
        self.create_button = QPushButton(tr("Create"), objectName="reports_create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.cancel_button = QPushButton(tr("Cancel"), objectName="reports_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(objectName="reports_progress")
        self.progress.setTextVisible(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(tr("%v of %m"))
        self.progress.hide()
        self.status = QLabel(wordWrap=True, objectName="reports_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file_button = QPushButton(tr("Open the file"), objectName="reports_open_file")
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(tr("Open the folder"),
                                              objectName="reports_open_folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        for button in (self.open_file_button, self.open_folder_button):
            button.hide()
        run_row = QHBoxLayout()
        run_row.addWidget(self.create_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        run_row.addStretch(0)
        after_row = QHBoxLayout()
        after_row.addWidget(self.status, 1)
        after_row.addWidget(self.open_file_button)
        after_row.addWidget(self.open_folder_button)
        run_box = QWidget()
        run = QVBoxLayout(run_box)
        run.setContentsMargins(0, 0, 0, 0)
        run.addLayout(run_row)
        run.addLayout(after_row)
        run_box.setMaximumWidth(900)

        self.body.addWidget(group)
        self.body.addWidget(run_box)
        self.body.addStretch(1)

        self.kind_picker.currentIndexChanged.connect(self._kind_chosen)
        self.period_picker.currentIndexChanged.connect(self._period_chosen)
        self.first_edit.dateChanged.connect(self._dates_edited)
        self.last_edit.dateChanged.connect(self._dates_edited)
        self.school_picker.currentIndexChanged.connect(lambda: self._suggest_target())
        self.target_edit.textEdited.connect(self._clear_after)

        wanted = settings().value(KIND_KEY, SCHOOL)
        self.kind_picker.setCurrentIndex(max(0, self.kind_picker.findData(wanted)))
        self._show_kind()

    # -- loading ----------------------------------------------------------------------------
    def start(self) -> None:
        self._reload()

    def refresh(self) -> None:
        self._reload()

    def refresh_for(self, changes: Changes) -> None:
        """Only the pickers whose records changed read again (the target stays)."""
        if changes.touches(TERMS):
            self._reload_periods()
        if changes.touches({RecordKind.SCHOOL}):
            self._reload_schools()
        if changes.touches({RecordKind.GRANT}):
            self._reload_grants()

    def save_state(self) -> None:
        """The window is closing: stop an export at the next file and wait for it."""
        self.stop_export()

    def _day(self) -> date:
        return self.today or date.today()

    def _reload(self) -> None:
        self._reload_periods()
        self._reload_schools()
        self._reload_grants()
        self._suggest_target()

    def _reload_periods(self) -> None:
        periods = [Period(f"term:{first.isoformat()}", name, first, last)
                   for _id, name, first, last in self.desk.school_years.terms()]
        for year_id, name in self.desk.school_years.years():
            year = self.desk.school_years.get(year_id)[0]
            periods.append(Period(f"year:{year.starts.isoformat()}",
                                  tr("School year {name}").format(name=name),
                                  year.starts, year.ends))
        self._periods = periods
        chosen = self.period_picker.currentData()
        wanted = chosen or settings().value(PERIOD_KEY, "")
        with QSignalBlocker(self.period_picker):
            self.period_picker.clear()
            for p in periods:
                self.period_picker.addItem(p.name, p.key)
                self.period_picker.setItemData(
                    self.period_picker.count() - 1,
                    f"{format_date(p.first)} – {format_date(p.last)}",
                    Qt.ItemDataRole.ToolTipRole)
            self.period_picker.addItem(tr("Custom dates"), CUSTOM)
            index = self.period_picker.findData(wanted) if wanted else -1
            if index < 0 or (wanted == CUSTOM and chosen is None):
                now = self.desk.school_years.term_on(self._day())
                index = (self.period_picker.findData(f"term:{now[2].isoformat()}")
                         if now else -1)
            if index < 0:
                index = self.period_picker.findData(CUSTOM)
            self.period_picker.setCurrentIndex(index)
        if self.period_picker.currentData() == CUSTOM and chosen is None:
            day = self._day()
            start = date(day.year if day.month >= 8 else day.year - 1, 8, 1)
            self._set_dates(start, date(start.year + 1, 7, 31))
        else:
            self._period_chosen()

    def _reload_schools(self) -> None:
        schools = self.desk.schools.choices()
        current = self.school_picker.currentData()
        with QSignalBlocker(self.school_picker):
            self.school_picker.clear()
            for school_id, name in schools:
                self.school_picker.addItem(name, school_id)
            self.school_picker.setCurrentIndex(
                max(0, self.school_picker.findData(current)) if schools else -1)
        unticked = {self.school_list.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.school_list.count())
                    if self.school_list.item(i).checkState() != Qt.CheckState.Checked}
        self.school_list.clear()
        for school_id, name in schools:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, school_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if school_id in unticked
                               else Qt.CheckState.Checked)
            self.school_list.addItem(item)

    def _reload_grants(self) -> None:
        current = self.grant_picker.currentData()
        with QSignalBlocker(self.grant_picker):
            self.grant_picker.clear()
            for grant_id, name in self.desk.grants.choices():
                self.grant_picker.addItem(name, grant_id)
            self.grant_picker.setCurrentIndex(max(0, self.grant_picker.findData(current))
                                              if self.grant_picker.count() else -1)
        if self.grant_picker.currentData() != current and self.kind() == GRANT:
            self._suggest_target()  # named after the grant that is now chosen

    # -- the choices ------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_picker.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_picker.setCurrentIndex(self.kind_picker.findData(kind))

    def period(self) -> tuple[date, date]:
        return self.first_edit.date().toPython(), self.last_edit.date().toPython()

    def set_period(self, first: date, last: date) -> None:
        """Choose the term or year with these dates, or else custom dates."""
        key = next((p.key for p in self._periods if (p.first, p.last) == (first, last)),
                   CUSTOM)
        self.period_picker.setCurrentIndex(self.period_picker.findData(key))
        self._set_dates(first, last)

    def period_name(self) -> str:
        key = self.period_picker.currentData()
        found = next((p for p in self._periods if p.key == key), None)
        if found is not None:
            return found.name
        first, last = self.period()
        return f"{first.isoformat()} – {last.isoformat()}"

    def school_ids(self) -> list[int]:
        """The schools ticked for all schools."""
        return [self.school_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.school_list.count())
                if self.school_list.item(i).checkState() == Qt.CheckState.Checked]

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.school_list.count()):
            self.school_list.item(i).setCheckState(state)

    def _kind_chosen(self) -> None:
        settings().setValue(KIND_KEY, self.kind())
        self._show_kind()
        self._suggest_target()

    def _show_kind(self) -> None:
        kind = self.kind()
        about = {k: text for k, _label, text in report_kinds()}
        self.kind_about.setText(about.get(kind, ""))
        self.form.setRowVisible(self.period_box, kind not in UNDATED)
        self.form.setRowVisible(self.grant_picker, kind == GRANT)
        self.form.setRowVisible(self.school_picker, kind == SCHOOL)
        self.form.setRowVisible(self.costs_box, kind == SCHOOL)
        self.form.setRowVisible(self.schools_box, kind in FOLDER_KINDS)
        self.target_label.setText(tr("Save &in folder") if kind in FOLDER_KINDS
                                  else tr("Save &as"))
        self._clear_after()

    def _period_chosen(self) -> None:
        key = self.period_picker.currentData()
        if key is None:
            return
        settings().setValue(PERIOD_KEY, key)
        found = next((p for p in self._periods if p.key == key), None)
        if found is not None:
            self._set_dates(found.first, found.last)
        self._suggest_target()

    def _set_dates(self, first: date, last: date) -> None:
        with QSignalBlocker(self.first_edit), QSignalBlocker(self.last_edit):
            self.first_edit.setDate(QDate(first))
            self.last_edit.setDate(QDate(last))
        self._suggest_target()

    def _dates_edited(self) -> None:
        """Dates typed by hand: the period becomes custom, unless they are a term's."""
        first, last = self.period()
        key = next((p.key for p in self._periods if (p.first, p.last) == (first, last)),
                   CUSTOM)
        if key != self.period_picker.currentData():
            with QSignalBlocker(self.period_picker):
                self.period_picker.setCurrentIndex(self.period_picker.findData(key))
            settings().setValue(PERIOD_KEY, key)
        self._suggest_target()

    # -- where to save ----------------------------------------------------------------------
    def suggested_name(self) -> str:
        """A file (or folder) name made from the report and the period."""
        kind = self.kind()
        if kind == SCHOOL:
            school = self.school_picker.currentText() or tr("School")
            name = tr("{school} {period}").format(school=school, period=self.period_name())
        elif kind == SUMMARY:
            name = tr("Municipal summary {period}").format(period=self.period_name())
        elif kind == DEVICES:
            name = tr("Device report {day}").format(day=self._day().isoformat())
        elif kind == GRANT:
            name = tr("Grant report {grant} {day}").format(
                grant=self.grant_picker.currentText() or tr("Grant"),
                day=self._day().isoformat())
        elif kind == COVERS:
            name = tr("E-mails to principals {period}").format(period=self.period_name())
        else:
            name = tr("School reports {period}").format(period=self.period_name())
        name = safe_file_name(name)
        return name if kind in FOLDER_KINDS else name + ".xlsx"

    def _suggest_target(self) -> None:
        """The default name in the folder used last (a file's folder, or the folder that
        holds the last all-schools folder)."""
        text = self.target_edit.text().strip()
        folder = (Path(text).expanduser().parent if text
                  else Path(settings().value(FOLDER_KEY, "") or default_folder()))
        self.target_edit.setText(str(folder / self.suggested_name()))
        self._clear_after()

    def target(self) -> Path | None:
        text = self.target_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if self.kind() not in FOLDER_KINDS and path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    def choose_target(self) -> None:
        current = self.target() or default_folder() / self.suggested_name()
        if self.kind() in FOLDER_KINDS:
            chosen = QFileDialog.getExistingDirectory(
                self, tr("Folder for the school reports"), str(current.parent))
            if chosen:
                # Inside the chosen folder, a folder named after the period.
                self.target_edit.setText(str(Path(chosen) / self.suggested_name()))
                settings().setValue(FOLDER_KEY, chosen)
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Save the report as"), str(current),
                tr("Excel workbooks (*.xlsx)"))
            if chosen:
                path = Path(chosen)
                if path.suffix.lower() != ".xlsx":
                    path = path.with_name(path.name + ".xlsx")
                self.target_edit.setText(str(path))
                settings().setValue(FOLDER_KEY, str(path.parent))
        self._clear_after()

    # -- running ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.export is not None

    def job(self) -> ExportJob | None:
        """The export the choices describe, or None after saying what is missing."""
        kind = self.kind()
        target = self.target()
        if target is None:
            self._show_problem(tr("Choose where to save the report."))
            return None
        first = last = None
        if kind not in UNDATED:
            first, last = self.period()
            if last < first:
                self._show_problem(tr("The period ends ({last}) before it starts ({first}): "
                                      "correct the dates.").format(
                    first=format_date(first), last=format_date(last)))
                return None
        school_id = None
        school_ids = None
        if kind == SCHOOL:
            index = self.school_picker.findText(self.school_picker.currentText(),
                                                Qt.MatchFlag.MatchFixedString)
            school_id = self.school_picker.itemData(index) if index >= 0 else None
            if school_id is None:
                self._show_problem(tr("Choose the school from the list."))
                return None
        elif kind == GRANT:
            grant_id = self.grant_picker.currentData()
            if grant_id is None:
                self._show_problem(tr("Choose the grant. Grants are added on the Grants "
                                      "page."))
                return None
            return ExportJob(kind, None, None, target, today=self.today, grant_id=grant_id)
        elif kind in FOLDER_KINDS:
            school_ids = tuple(self.school_ids())
            if not school_ids:
                self._show_problem(tr("Tick at least one school."))
                return None
        return ExportJob(kind, first, last, target, school_id, school_ids, self.today,
                         costs=kind == SCHOOL and self.costs_box.isChecked())

    def create(self) -> None:
        if self.running:
            return
        job = self.job()
        if job is None:
            return
        if job.kind not in FOLDER_KINDS and job.target.is_file() and not messages.confirm(
                self, tr("Replace the file?"),
                tr("{name} already exists in {folder}. Replace it?").format(
                    name=job.target.name, folder=job.target.parent),
                tr("Replace")):
            return
        settings().setValue(FOLDER_KEY, str(job.target.parent))
        self.written = []
        self._clear_after()
        self.create_button.setEnabled(False)
        self.cancel_button.setEnabled(job.kind == ALL_SCHOOLS)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(tr("Writing the school reports…") if job.kind == ALL_SCHOOLS
                            else tr("Writing the report…"))
        task = Task(self, self._progressed)
        twin = self.desk.twin()  # the same open database, for the worker thread
        running = RunningExport(job, task)
        running.future = in_background(
            self, lambda: export(twin, job, task),
            lambda outcome: self._finished(running, outcome),
            lambda message: self._finished(running, ExportOutcome(
                error=CoachDeskError(message))))
        self.export = running

    def cancel(self) -> None:
        if self.export is not None:
            self.export.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Stopping after the file being written…"))

    def stop_export(self) -> None:
        """Cancel the export, wait for it, and say its outcome."""
        running = self.export
        if running is not None and running.future is not None:
            running.task.cancel()
            wait_for([running.future])
            self._finished(running, running.future.result())

    def _progressed(self, done: int, total: int) -> None:
        if self.export is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.export.job.kind == ALL_SCHOOLS and total:
            self.status.setText(tr("Written {done} of {total} school reports…").format(
                done=done, total=total))

    def _finished(self, running: RunningExport, outcome: ExportOutcome) -> None:
        if self.export is not running:  # said already (the window waited for it)
            return
        self.export = None
        self.create_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.hide()
        self.written = list(outcome.written)
        job = running.job
        error = outcome.error
        if error is not None:
            self._show_problem(str(error) if isinstance(error, CoachDeskError)
                               else tr("The report was not written."))
            self._show_outputs(job.kind)
            if isinstance(error, CoachDeskError):
                messages.error(self, str(error), tr("The report was not written"))
            else:  # logged and shown in the friendly dialog of coachdesk.ui.errors
                sys.excepthook(type(error), error, error.__traceback__)
            return
        self.status.setStyleSheet(DONE_STYLE)
        if job.kind == ALL_SCHOOLS:
            count = len(self.written)
            text = (tr("Cancelled: %n complete school reports were written to {folder}.",
                       None, count)
                    if outcome.cancelled else
                    tr("%n school reports were written to {folder}.", None, count)).format(
                folder=job.target)
            self.status.setText(text)
        elif job.kind == COVERS:
            self.status.setText(tr("%n e-mail drafts were written to {folder}.", None,
                                   len(self.written)).format(folder=job.target))
        else:
            self.status.setText(tr("The report was written to {path}.").format(
                path=self.written[0] if self.written else job.target))
        self._show_outputs(job.kind)

    def _show_outputs(self, kind: str) -> None:
        self.open_file_button.setVisible(len(self.written) == 1 and kind not in FOLDER_KINDS)
        self.open_folder_button.setVisible(bool(self.written))

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def _clear_after(self) -> None:
        """The choices changed: the last outcome no longer applies."""
        if self.running:
            return
        self.written = []
        self.status.clear()
        self.open_file_button.hide()
        self.open_folder_button.hide()

    def open_file(self) -> None:
        if self.written:
            self._open(self.written[0])

    def open_folder(self) -> None:
        if self.written:
            self._open(self.written[0].parent)

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.error(self, tr("{path} could not be opened. Open it from your file "
                                    "manager.").format(path=path))

    # -- import -----------------------------------------------------------------------------
    def open_import_wizard(self) -> None:
        from coachdesk.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.desk, self)
        wizard.exec()
        wizard.deleteLater()
