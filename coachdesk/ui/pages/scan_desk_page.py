"""The Scan desk: one field for an asset tag, typed or scanned, and the right action at once.

A barcode scanner types the tag and Enter. A device on loan is checked in, a reserved one
is handed to whoever reserved it, and an available one asks only for the borrower (the
due date comes from its category). In bulk check-in, used at the end of the school year,
every device scanned is checked in without a click, with what came back and what is still
out beside it.
"""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.devices import BorrowerKind, Device, LoanRequest, ReturnRequest
from coachdesk.domain.errors import CoachDeskError, NotFound
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.dashboard import Target
from coachdesk.services.loans import ScanAction
from coachdesk.ui import printing
from coachdesk.ui.dialogs.candidate_dialog import make_searchable
from coachdesk.ui.formatting import FINNISH_DATE, format_date
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.device_columns import device_looks
from coachdesk.ui.widgets.action_button import key_shortcut
from coachdesk.ui.widgets.form import ERROR_STYLE
from coachdesk.ui.widgets.list_panel import ListPanel

OK_COLOR, NOTE_COLOR, ERROR_COLOR = "#1b6e2a", "#8a5a00", "#b3261e"
OK_STYLE = f"color: {OK_COLOR};"
NOTE_STYLE = f"color: {NOTE_COLOR};"
STILL_OUT_COLUMNS = ("asset_tag", "category", "holder", "due_on")


class ScanField(QWidget):
    """A big line edit for tags, with a message under it; emits ``scanned`` on Enter and
    clears itself, ready for the next scan."""

    scanned = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(objectName=name)
        self.edit.setPlaceholderText(tr("Scan or type an asset tag, then Enter"))
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(int(self.edit.fontMetrics().height() * 1.6))
        self.edit.returnPressed.connect(self._entered)
        self.message = QLabel(objectName=f"{name}_message", wordWrap=True)
        bigger = self.message.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25)
        self.message.setFont(bigger)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)

    def _entered(self) -> None:
        tag = self.edit.text().strip()
        self.edit.clear()
        if tag:
            self.scanned.emit(tag)  # the receiver decides where the focus goes next

    def say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def ok(self, text: str) -> None:
        self.say(text, OK_STYLE)

    def note(self, text: str) -> None:
        self.say(text, NOTE_STYLE)

    def error(self, text: str) -> None:
        self.say(text, ERROR_STYLE)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def table(name: str, headers: list[str]) -> QTableWidget:
    """A read-only table of rows added by the page, newest on top."""
    view = QTableWidget(0, len(headers), objectName=name)
    view.setHorizontalHeaderLabels(headers)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def add_row(view: QTableWidget, values: list[str], color: str = "", top: bool = True) -> None:
    row = 0 if top else view.rowCount()
    view.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setToolTip(value)
        if color:
            item.setForeground(QColor(color))
        view.setItem(row, column, item)


def titled(title: QLabel, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    layout.addWidget(widget)
    return box


def now() -> str:
    return QTime.currentTime().toString("H:mm:ss")


@dataclass
class Pending:
    """A scanned device waiting for its borrower."""

    device: Device


class ScanDeskPage(Page):
    # The borrowers to choose from, and (in bulk check-in) the devices still out.
    BORROWERS = frozenset({RecordKind.TUTOR, RecordKind.TEACHER, RecordKind.SCHOOL})
    shows = BORROWERS
    target_chosen = Signal(object)  # a device still out opened on the Devices page

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self._today = today
        self.pending: Pending | None = None
        self.handover_loans: list[int] = []  # this session's loans to the last borrower
        self._handover_borrower: tuple | None = None
        self.came_back_count = 0
        self._due_auto = QDate()  # the due date last filled in for the borrower

        self.handover_action = self.action(
            tr("Print handover form…"), self.print_handover,
            tip=tr("The form the borrower signs, for the devices just lent to them"))
        self.handover_action.setEnabled(False)

        # -- the field -------------------------------------------------------------------
        self.field = ScanField("scan_field")
        self.field.scanned.connect(self.scan)
        self.bulk = QCheckBox(tr("Bulk check-in"), objectName="bulk_checkin")
        self.bulk.setToolTip(tr("Every device scanned that is on loan is checked in at once; "
                                "nothing is lent out"))
        self.bulk.toggled.connect(self._bulk_toggled)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.bulk, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)

        # -- lending an available device -------------------------------------------------
        self.lend_box = QGroupBox(objectName="lend_box")
        self.lend_box.setStyleSheet("QGroupBox { font-weight: bold; }")
        self.kind_picker = QComboBox(objectName="lend_kind")
        for kind in BorrowerKind:
            self.kind_picker.addItem(kind.label, kind.value)
        self.borrower_picker = QComboBox(objectName="lend_borrower")
        self.borrower_picker.setMinimumContentsLength(32)
        self.borrower_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        make_searchable(self.borrower_picker, tr("Type a name, then Enter"))
        self.due_edit = QDateEdit(objectName="lend_due")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(FINNISH_DATE)
        self.due_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.due_edit.setMaximumWidth(140)
        self.condition = QLineEdit(objectName="lend_condition")
        self.condition.setPlaceholderText(tr("as recorded on the device"))
        self.lend_error = QLabel(objectName="lend_error", wordWrap=True,
                                 styleSheet=ERROR_STYLE)
        self.lend_error.hide()
        self.lend_button = QPushButton(tr("Lend (Enter)"), objectName="lend_button")
        self.lend_button.clicked.connect(self.lend)
        cancel = QPushButton(tr("Cancel (Esc)"))
        cancel.clicked.connect(self.cancel_lend)
        who = QHBoxLayout()
        who.addWidget(self.kind_picker)
        who.addWidget(self.borrower_picker, 1)
        form = QFormLayout()
        form.addRow(tr("Borrower"), who)
        form.addRow(tr("Due"), self.due_edit)
        form.addRow(tr("Condition"), self.condition)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lend_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.lend_button)
        buttons.addWidget(cancel)
        lend_layout = QVBoxLayout(self.lend_box)
        lend_layout.addLayout(form)
        lend_layout.addLayout(buttons)
        self.lend_box.hide()
        self.body.addWidget(self.lend_box)
        self.kind_picker.currentIndexChanged.connect(self._kind_changed)
        self.borrower_picker.currentIndexChanged.connect(self._borrower_changed)
        for edit in (self.borrower_picker.lineEdit(), self.condition):
            edit.returnPressed.connect(self.lend)
        key_shortcut(self.lend_box, "Escape", self.cancel_lend)
        key_shortcut(self.due_edit, "Return", self.lend)
        self._fill_borrowers()

        # -- this session, and in bulk mode what came back and what is still out ----------
        self.log = table("scan_log", [tr("Time"), tr("Asset tag"), tr("What happened")])
        self.log_title = QLabel(tr("This session"))
        self.came_back = table("came_back", [tr("Time"), tr("Asset tag"), tr("From"),
                                             tr("Category")])
        self.came_back_title = QLabel()
        self.still_out = ListPanel(
            desk.devices.list_source(self.today), "still_out",
            lambda n: tr("Still out: {n}").format(n=n),
            tr("Every device is back."), columns=device_looks())
        self.still_out.set_filter("status", "on_loan")
        self.still_out.activated.connect(
            lambda row_id: self.target_chosen.emit(Target(RecordKind.DEVICE, row_id)))
        self.still_out_title = QLabel(tr("Still out"))
        self.bulk_panel = QSplitter(Qt.Orientation.Horizontal)
        self.bulk_panel.addWidget(titled(self.came_back_title, self.came_back))
        self.bulk_panel.addWidget(titled(self.still_out_title, self.still_out))
        self.bulk_panel.hide()
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(titled(self.log_title, self.log))
        lists.addWidget(self.bulk_panel)
        self.bulk_panel.setSizes([330, 430])
        lists.setSizes([500, 760])
        self.body.addWidget(lists, 1)
        self._update_came_back_title()
        self.setFocusProxy(self.field.edit)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- Page -------------------------------------------------------------------------------
    def start(self) -> None:
        self.still_out.start()
        for i in range(self.still_out.model.columnCount()):
            self.still_out.view.setColumnHidden(
                i, self.still_out.model.column_key(i) not in STILL_OUT_COLUMNS)
        self.field.focus()

    def kinds_shown(self) -> frozenset[RecordKind]:
        return self.shows | self.still_out.kinds

    def refresh(self) -> None:
        self._fill_borrowers()
        if self.bulk.isChecked():
            self.still_out.refresh()
        self.field.focus()

    def refresh_for(self, changes: Changes) -> None:
        """Only what shows the changes: the borrowers, the devices still out."""
        if changes.touches(self.BORROWERS):
            self._fill_borrowers()
        if self.bulk.isChecked() and changes.touches(self.still_out.kinds):
            self.still_out.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.field.focus()

    # -- scanning ---------------------------------------------------------------------------
    def scan(self, tag: str) -> None:
        """What the field does on Enter: find the device and do what its state calls for."""
        self._close_lend()
        found = run_op(self, lambda: self.desk.loans.scan(tag, today=self.today),
                       failure=lambda exc: self._refused(tag, exc))
        if not found:
            self.field.focus()
            return
        result = found.value
        device = result.device
        if result.action is ScanAction.CHECK_IN:
            self._check_in(device, result.holder)
        elif self.bulk.isChecked():
            text = tr("{tag} is not on loan: nothing to check in. ({state})").format(
                tag=device.asset_tag, state=device.status.label)
            self.field.note(text)
            self._log(device.asset_tag, text, NOTE_COLOR)
        elif result.action is ScanAction.COLLECT:
            self._collect(device, result.reservation_id, result.holder)
        elif result.action is ScanAction.CHECK_OUT:
            self._ask_borrower(device)
            return  # the borrower picker has the focus
        else:
            self.field.note(result.message)
            self._log(device.asset_tag, result.message, NOTE_COLOR)
        self.field.focus()

    def _refused(self, tag: str, exc: CoachDeskError) -> None:
        """A refusal is said at the field and logged in the session."""
        self.field.error(str(exc))
        self._log(tag, str(exc), ERROR_COLOR)

    def _check_in(self, device: Device, holder: str) -> None:
        request = ReturnRequest(device.id)
        if not run_op(self, lambda: self.desk.loans.check_in(request, today=self.today),
                      failure=lambda exc: self._refused(device.asset_tag, exc),
                      initiator=self):
            return
        text = tr("Returned: {tag} (from {who})").format(tag=device.asset_tag, who=holder)
        self.field.ok(f"{text} — {describe(device)}")
        self._log(device.asset_tag, text)
        add_row(self.came_back, [now(), device.asset_tag, holder, device.category])
        for column in (0, 1, 2):
            self.came_back.resizeColumnToContents(column)
        self.came_back_count += 1
        self._update_came_back_title()

    def _collect(self, device: Device, reservation_id: int, holder: str) -> None:
        collected = run_op(self, lambda: self.desk.loans.collect(reservation_id,
                                                                 today=self.today),
                           failure=lambda exc: self._refused(device.asset_tag, exc),
                           initiator=self)
        if not collected:
            return
        loan_id = collected.value
        due = self._loan(loan_id).get("due_on")
        text = tr("Handed over: {tag} to {who} as reserved, due {due}").format(
            tag=device.asset_tag, who=holder, due=format_date(due) if due else "—")
        self.field.ok(text)
        self._log(device.asset_tag, text)
        self._remember_loan(loan_id)

    # -- lending ------------------------------------------------------------------------------
    def _ask_borrower(self, device: Device) -> None:
        self.pending = Pending(device)
        self.lend_box.setTitle(tr("Lend {tag} — {what}").format(
            tag=device.asset_tag, what=describe(device)))
        self.field.say(tr("{tag} is available: choose the borrower and press Enter.").format(
            tag=device.asset_tag))
        self.condition.clear()
        self.condition.setPlaceholderText(device.condition or tr("as recorded on the device"))
        self.lend_error.hide()
        self._update_due()
        self.lend_box.show()
        self.borrower_picker.setFocus(Qt.FocusReason.OtherFocusReason)
        self.borrower_picker.lineEdit().selectAll()

    def lend(self) -> None:
        """Lend the pending device to the chosen borrower (Enter in the lend box)."""
        if self.pending is None:
            return
        device = self.pending.device
        kind = BorrowerKind(self.kind_picker.currentData())
        borrower_id = self._borrower_id()
        if borrower_id is None:
            return
        if self.due_edit.date() == self._due_auto:  # not changed by hand: the borrower's
            self._update_due(borrower_id)
        request = LoanRequest(device.id, kind, borrower_id,
                              due_on=self.due_edit.date().toPython(),
                              condition=self.condition.text().strip())
        lent = run_op(self, lambda: self.desk.loans.check_out(request, today=self.today),
                      failure=self._lend_refused, initiator=self)
        if not lent:
            return
        loan_id = lent.value
        who = self.borrower_picker.currentText().strip()
        text = tr("Lent: {tag} to {who}, due {due}").format(
            tag=device.asset_tag, who=who, due=format_date(self.due_edit.date().toPython()))
        self._close_lend()
        self.field.ok(text)
        self._log(device.asset_tag, text)
        self._remember_loan(loan_id)
        self.field.focus()

    def cancel_lend(self) -> None:
        if self.pending is not None:
            self.field.say(tr("Nothing lent: {tag} stays available.").format(
                tag=self.pending.device.asset_tag))
        self._close_lend()
        self.field.focus()

    def _close_lend(self) -> None:
        self.pending = None
        self.lend_box.hide()

    def _lend_refused(self, exc: CoachDeskError) -> None:
        self.lend_error.setText(str(exc))
        self.lend_error.show()

    def _borrower_id(self) -> int | None:
        """The borrower in the picker; None, with the reason shown, when there is none."""
        text = self.borrower_picker.currentText().strip()
        combo = self.borrower_picker
        index = combo.findText(text) if text else -1
        if index < 0 and text:
            matches = [i for i in range(combo.count())
                       if text.casefold() in combo.itemText(i).casefold()]
            index = matches[0] if len(matches) == 1 else -1
        if index < 0:
            kind = BorrowerKind(self.kind_picker.currentData()).label.lower()
            self.lend_error.setText(tr("Choose the borrower: no {kind} matches “{text}”.")
                                    .format(kind=kind, text=text) if text
                                    else tr("Choose the borrower."))
            self.lend_error.show()
            return None
        return combo.itemData(index)

    def _fill_borrowers(self) -> None:
        kind = BorrowerKind(self.kind_picker.currentData())
        choices = {BorrowerKind.TUTOR: self.desk.tutors.choices,
                   BorrowerKind.TEACHER: self.desk.teachers.choices,
                   BorrowerKind.SCHOOL: self.desk.schools.choices}[kind]()
        current = self.borrower_picker.currentData()
        self.borrower_picker.blockSignals(True)
        self.borrower_picker.clear()
        for borrower_id, name in choices:
            self.borrower_picker.addItem(name, borrower_id)
        index = self.borrower_picker.findData(current) if current is not None else -1
        self.borrower_picker.setCurrentIndex(index)
        if index < 0:
            self.borrower_picker.setEditText("")
        self.borrower_picker.blockSignals(False)

    def _kind_changed(self) -> None:
        self.borrower_picker.setCurrentIndex(-1)
        self._fill_borrowers()
        self._update_due()

    def _borrower_changed(self) -> None:
        self.lend_error.hide()
        self._update_due()

    def _update_due(self, borrower_id: int | None = None) -> None:
        """The category's loan period from today (a tutor's tablet: their agreement)."""
        if self.pending is None:
            return
        kind = BorrowerKind(self.kind_picker.currentData())
        if borrower_id is None:
            borrower_id = self.borrower_picker.currentData()
        try:
            due = self.desk.loans.default_due(self.pending.device.id, kind, borrower_id,
                                              self.today)
        except NotFound:  # the device is gone: lending will say so
            return
        self._due_auto = QDate(due)
        self.due_edit.setDate(self._due_auto)

    # -- the session ------------------------------------------------------------------------
    def _log(self, tag: str, text: str, color: str = "") -> None:
        add_row(self.log, [now(), tag, text], color)
        for column in (0, 1):
            self.log.resizeColumnToContents(column)

    def _remember_loan(self, loan_id: int) -> None:
        """Loans to the same borrower in a row go on one handover form."""
        row = self._loan(loan_id)
        borrower = (row.get("borrower"), row.get("borrower_kind"))
        if self._handover_borrower != borrower:
            self.handover_loans = []
        self._handover_borrower = borrower
        self.handover_loans.append(loan_id)
        self.handover_action.setEnabled(True)
        self.handover_action.setText(tr("Print handover form ({n})…").format(
            n=len(self.handover_loans)))

    def _loan(self, loan_id: int) -> dict:
        """The loan as the loans list shows it (due date, borrower, kind), by column key."""
        source = self.desk.loans.loans_source(self.today)
        row = source.rows_by_id([loan_id]).get(loan_id)
        return dict(zip((c.key for c in source.columns), row, strict=True)) if row else {}

    def print_handover(self) -> None:
        if not self.handover_loans:
            return
        loans = list(self.handover_loans)
        made = run_op(self, lambda: printing.handover_document(self.desk, loans, self.today))
        if made:
            printing.print_document(self, made.value, tr("Device handover"))
        self.field.focus()

    def _bulk_toggled(self, on: bool) -> None:
        self._close_lend()
        self.bulk_panel.setVisible(on)
        if on:
            self.still_out.refresh()
            self.field.note(tr("Bulk check-in: every device scanned that is on loan is "
                               "checked in. Nothing is lent out until you switch this off."))
        else:
            self.field.say("")
        self.field.focus()

    def _update_came_back_title(self) -> None:
        self.came_back_title.setText(tr("Came back: {n}").format(n=self.came_back_count))

    def still_out_count(self) -> int:
        return self.still_out.model.total


def describe(device: Device) -> str:
    """"Tablet, iPad 10th gen 64 GB" for the messages."""
    return ", ".join(x for x in (device.category, device.model) if x)

