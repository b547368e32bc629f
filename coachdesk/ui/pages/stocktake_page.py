"""The Stock-take page: start an audit, scan or tick every device found, see what was not.

One stock-take is open at a time. Each scan ticks a device as seen; the list of devices
not seen shrinks, with who last had each one and where it is kept. Closing asks first.
Past stock-takes stay listed; choosing one shows what it did not find. Asset labels are
printed from here too, for every device, the ones not seen, or the rows chosen.
"""

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.devices import DeviceStatus
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.listing import ListRequest
from coachdesk.ui import messages, printing
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import perform, run_op
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.scan_desk_page import (
    ERROR_COLOR,
    NOTE_COLOR,
    ScanField,
    add_row,
    describe,
    now,
    table,
    titled,
)
from coachdesk.ui.widgets.form import Field, FormDialog

ID_ROLE = Qt.ItemDataRole.UserRole


def number(n: int) -> str:
    return QLocale().toString(n)


def season_name(today: date) -> str:
    """A suggested name: "Spring 2027" from January to July, else "Autumn 2027"."""
    season = tr("Spring") if today.month <= 7 else tr("Autumn")
    return f"{season} {today.year}"


class StocktakePage(Page):
    # The stock-takes, and the devices not seen with their status today and last holder.
    shows = frozenset({RecordKind.STOCKTAKE, RecordKind.DEVICE, RecordKind.LOAN,
                       RecordKind.RESERVATION, RecordKind.TUTOR, RecordKind.TEACHER,
                       RecordKind.SCHOOL})

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self._today = today
        self.audit: tuple[int, str, date] | None = None  # the open stock-take
        self.shown_id: int | None = None  # the stock-take whose unseen devices are listed
        # Names the page's own ticks and unticks, which it shows row by row as they go.
        self.ticking = object()

        self.start_action = self.action(tr("Start stock-take…"), self.start_audit)
        self.close_action = self.action(tr("Close stock-take…"), self.close_audit)
        self.action(tr("Print labels…"), self.print_labels,
                    tip=tr("Asset labels with QR codes, 24 on an A4 sheet"))
        self.action(tr("Labels as PDF…"), self.save_labels)

        # -- the open stock-take ---------------------------------------------------------
        self.heading = QLabel(objectName="stocktake_heading", wordWrap=True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.field = ScanField("stocktake_field")
        self.field.scanned.connect(self.scan)
        self.progress = QProgressBar(objectName="stocktake_bar")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress_label = QLabel(objectName="stocktake_progress")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.field)
        self.body.addLayout(progress_row)

        # -- not seen, and found just now ------------------------------------------------
        self.unseen = table("stocktake_unseen", [tr("Asset tag"), tr("Category"), tr("Status"),
                                                 tr("Last holder"), tr("Location")])
        self.unseen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unseen.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.unseen.setSortingEnabled(True)
        self.unseen.doubleClicked.connect(lambda _index: self.tick_selected())
        self.unseen_title = QLabel()
        self.tick_button = QPushButton(tr("Tick as found"), objectName="stocktake_tick")
        self.tick_button.setToolTip(tr("Mark the chosen devices as seen without scanning"))
        self.tick_button.clicked.connect(self.tick_selected)
        unseen_box = QWidget()
        unseen_layout = QVBoxLayout(unseen_box)
        unseen_layout.setContentsMargins(0, 0, 0, 0)
        unseen_layout.addWidget(titled(self.unseen_title, self.unseen))
        unseen_layout.addWidget(self.tick_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.found = table("stocktake_found", [tr("Time"), tr("Asset tag"), tr("Found")])
        self.undo_button = QPushButton(tr("Not found after all"), objectName="stocktake_undo")
        self.undo_button.setToolTip(tr("Untick the chosen device: it goes back on the list "
                                       "of devices not seen"))
        self.undo_button.clicked.connect(self.untick_selected)
        found_box = QWidget()
        found_layout = QVBoxLayout(found_box)
        found_layout.setContentsMargins(0, 0, 0, 0)
        found_layout.addWidget(titled(QLabel(tr("Found in this session")), self.found))
        found_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- past stock-takes ------------------------------------------------------------
        self.audits = table("stocktake_audits", [tr("Stock-take"), tr("Started"),
                                                 tr("Closed"), tr("Devices seen")])
        self.audits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audits.itemSelectionChanged.connect(self._audit_chosen)

        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(unseen_box)
        lists.addWidget(found_box)
        lists.setSizes([800, 460])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(lists)
        outer.addWidget(titled(QLabel(tr("Stock-takes")), self.audits))
        outer.setSizes([520, 160])
        self.body.addWidget(outer, 1)
        self.setFocusProxy(self.field.edit)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- Page -------------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()

    def on_changes(self, changes: Changes, initiator: object = None) -> None:
        if initiator is self.ticking and changes.kinds <= {RecordKind.STOCKTAKE}:
            return  # already shown: the row moved from "not seen" to "found"
        super().on_changes(changes, initiator)

    def refresh(self) -> None:
        self.audit = self.desk.audits.open_audit()
        self.shown_id = self.audit[0] if self.audit else self.shown_id
        self._fill_audits()
        self._show_open()
        self._fill_unseen()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.audit is not None:
            self.field.focus()

    # -- starting and closing ---------------------------------------------------------------
    def start_audit(self) -> None:
        if self.audit is not None:
            messages.error(self, tr("“{name}” is still open: close it before starting "
                                    "another.").format(name=self.audit[1]))
            return
        dialog = FormDialog(
            self, tr("Start a stock-take"),
            [Field("name", tr("Name"), required=True, placeholder=tr("e.g. Spring 2027"))],
            {"name": season_name(self.today)},
            lambda values: perform(lambda: self.desk.audits.start(values["name"],
                                                                  today=self.today)),
            "stocktake_start_dialog")
        if dialog.exec():  # the page has read the new stock-take as it was saved
            self.found.setRowCount(0)
            self.field.say(tr("Scan every device you find, or tick it in the list."))
            self.field.focus()

    def close_audit(self) -> None:
        if self.audit is None:
            return
        audit_id, name, _started = self.audit
        seen, expected = self.desk.audits.progress(audit_id)
        missing = max(expected - seen, 0)
        text = tr("Close “{name}”? {seen} of {expected} devices were seen.").format(
            name=name, seen=number(seen), expected=number(expected))
        if missing:
            text += " " + tr("{n} not seen stay listed with their last holder.").format(
                n=number(missing))
        if messages.confirm(self, tr("Close stock-take"), text, tr("Close stock-take")):
            # What it did not find stays listed (shown_id is still this stock-take's).
            run_op(self, lambda: self.desk.audits.close(audit_id, today=self.today),
                   initiator=self)

    # -- scanning and ticking ---------------------------------------------------------------
    def scan(self, tag: str) -> None:
        if self.audit is None:
            self.field.error(tr("Start a stock-take first."))
            return
        self._tick(tag)
        self.field.focus()

    def _tick(self, tag: str) -> bool:
        """Mark the device with this tag as seen in the open stock-take; False if refused."""
        audit_id = self.audit[0]

        def seen():
            device_id, newly = self.desk.audits.seen(audit_id, tag, today=self.today)
            return self.desk.devices.get(device_id, today=self.today), newly

        outcome = run_op(self, seen, failure=lambda exc: self._refused(tag, exc),
                         initiator=self.ticking)
        if outcome:
            self._found(*outcome.value)
        return outcome.ok

    def _refused(self, tag: str, exc: CoachDeskError) -> None:
        self.field.error(str(exc))
        add_row(self.found, [now(), tag, str(exc)], ERROR_COLOR)

    def tick_selected(self) -> None:
        if self.audit is None or self.shown_id != self.audit[0]:
            return
        rows = sorted({i.row() for i in self.unseen.selectedIndexes()})
        for tag in [self.unseen.item(r, 0).text() for r in rows]:
            if not self._tick(tag):
                break

    def untick_selected(self) -> None:
        rows = sorted({i.row() for i in self.found.selectedIndexes()})
        if self.audit is None or not rows:
            return
        audit_id = self.audit[0]
        for row in rows:
            device_id = self.found.item(row, 1).data(ID_ROLE)
            if device_id is None:
                continue
            if not run_op(self, lambda d=device_id: self.desk.audits.unsee(audit_id, d),
                          failure=lambda exc: self.field.error(str(exc)),
                          initiator=self.ticking):
                return
        for row in reversed(rows):
            self.found.removeRow(row)
        self._fill_unseen()
        self._show_progress()

    def _found(self, device, newly: bool) -> None:
        tag = device.asset_tag
        if not newly:
            text = tr("{tag} was already ticked.").format(tag=tag)
            self.field.note(text)
            return
        warning = {
            DeviceStatus.ON_LOAN: tr("It is recorded as on loan: check it in on the Scan "
                                     "desk if it is back."),
            DeviceStatus.LOST: tr("It is recorded as lost: mark it found on the Devices page."),
            DeviceStatus.RETIRED: tr("It is recorded as retired."),
        }.get(device.status, "")
        text = tr("Found: {tag} — {what}").format(tag=tag, what=describe(device))
        if warning:
            self.field.note(f"{text}. {warning}")
        else:
            self.field.ok(text)
        add_row(self.found, [now(), tag, describe(device) + (f" — {warning}" if warning
                                                            else "")],
                NOTE_COLOR if warning else "")
        self.found.item(0, 1).setData(ID_ROLE, device.id)
        for column in (0, 1):
            self.found.resizeColumnToContents(column)
        self._remove_unseen(device.id)
        self._show_progress()

    # -- showing ----------------------------------------------------------------------------
    def _show_open(self) -> None:
        is_open = self.audit is not None
        self.field.setEnabled(is_open)
        self.tick_button.setEnabled(is_open)
        self.undo_button.setEnabled(is_open)
        self.close_action.setEnabled(is_open)
        self.start_action.setEnabled(not is_open)
        if is_open:
            _id, name, started = self.audit
            self.heading.setText(tr("{name} — started {day}").format(
                name=name, day=format_date(started)))
        else:
            self.heading.setText(tr("No stock-take is open. Start one, then scan every device "
                                    "you find."))
            self.field.say("")
        self._show_progress()

    def _show_progress(self) -> None:
        if self.audit is None:
            self.progress.hide()
            self.progress_label.hide()
            return
        seen, expected = self.desk.audits.progress(self.audit[0])
        self.progress.show()
        self.progress_label.show()
        self.progress.setRange(0, max(expected, 1))
        self.progress.setValue(min(seen, expected))
        self.progress_label.setText(tr("{seen} of {expected} seen").format(
            seen=number(seen), expected=number(expected)))
        for row in range(self.audits.rowCount()):
            if self.audits.item(row, 0).data(ID_ROLE) == self.audit[0]:
                self.audits.item(row, 3).setText(number(seen))

    def _fill_unseen(self) -> None:
        self.unseen.setSortingEnabled(False)
        self.unseen.setRowCount(0)
        rows = (self.desk.audits.unseen(self.shown_id, today=self.today)
                if self.shown_id is not None else [])
        self.unseen.setRowCount(len(rows))
        for r, x in enumerate(rows):
            for c, value in enumerate((x.asset_tag, x.category, x.status.label,
                                       x.last_holder or tr("never lent"), x.location)):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, x.device_id)
                if c == 3 and not x.last_holder:
                    item.setForeground(Qt.GlobalColor.gray)
                self.unseen.setItem(r, c, item)
        self.unseen.setSortingEnabled(True)
        self.unseen.resizeColumnsToContents()
        self._update_unseen_title()

    def _remove_unseen(self, device_id: int) -> None:
        if self.audit is None or self.shown_id != self.audit[0]:
            return
        for row in range(self.unseen.rowCount()):
            if self.unseen.item(row, 0).data(ID_ROLE) == device_id:
                self.unseen.removeRow(row)
                break
        self._update_unseen_title()

    def _update_unseen_title(self) -> None:
        name = next((x[1] for x in self.desk.audits.audits() if x[0] == self.shown_id), None)
        if name is None:
            self.unseen_title.setText(tr("Devices not seen"))
        else:
            self.unseen_title.setText(tr("Not seen in {name}: {n}").format(
                name=name, n=number(self.unseen.rowCount())))

    def _fill_audits(self) -> None:
        self.audits.blockSignals(True)
        self.audits.setRowCount(0)
        for audit_id, name, started, closed in self.desk.audits.audits():
            seen, _expected = self.desk.audits.progress(audit_id)
            add_row(self.audits, [name, format_date(started),
                                  format_date(closed) if closed else tr("open"), number(seen)],
                    top=False)
            self.audits.item(self.audits.rowCount() - 1, 0).setData(ID_ROLE, audit_id)
        if self.shown_id is None and self.audits.rowCount():
            self.shown_id = self.audits.item(0, 0).data(ID_ROLE)
        for row in range(self.audits.rowCount()):
            if self.audits.item(row, 0).data(ID_ROLE) == self.shown_id:
                self.audits.selectRow(row)
        self.audits.resizeColumnsToContents()
        self.audits.blockSignals(False)

    def _audit_chosen(self) -> None:
        rows = self.audits.selectionModel().selectedRows()
        if not rows:
            return
        self.shown_id = self.audits.item(rows[0].row(), 0).data(ID_ROLE)
        self._fill_unseen()
        current = self.audit is not None and self.shown_id == self.audit[0]
        self.tick_button.setEnabled(current)

    # -- labels -----------------------------------------------------------------------------
    def _label_ids(self, title: str) -> list[int] | None:
        """Ask which devices: the rows chosen in the list, those not seen, or all."""
        chosen = sorted({self.unseen.item(i.row(), 0).data(ID_ROLE)
                         for i in self.unseen.selectedIndexes()})
        listed = [self.unseen.item(r, 0).data(ID_ROLE) for r in range(self.unseen.rowCount())]
        every = self.desk.devices.list_source(self.today).ids(
            ListRequest(filters={"retired": False}))
        options: list[tuple[str, list[int]]] = []
        if chosen:
            options.append((tr("Chosen rows ({n})").format(n=len(chosen)), chosen))
        if listed:
            options.append((tr("Not seen ({n})").format(n=len(listed)), listed))
        options.append((tr("All devices ({n})").format(n=len(every)), list(every)))
        answer = messages.choose(self, title, tr("Labels for which devices? 24 fit on a "
                                                 "sheet."), [o[0] for o in options])
        return None if answer is None else options[answer][1]

    def _labels(self, title: str):
        """The labels of the devices the coordinator chooses, or None."""
        ids = self._label_ids(title)
        if not ids:
            return None
        made = run_op(self, lambda: printing.labels_document(self.desk, ids))
        return made.value if made else None

    def print_labels(self) -> None:
        paint = self._labels(tr("Print labels"))
        if paint is not None:
            printing.print_document(self, paint, tr("Asset labels"))

    def save_labels(self) -> None:
        paint = self._labels(tr("Labels as PDF"))
        if paint is None:
            return
        path = printing.save_pdf(self, paint, tr("asset-labels.pdf"), tr("Asset labels"))
        if path is not None:
            self.field.ok(tr("Saved {path}").format(path=path))
