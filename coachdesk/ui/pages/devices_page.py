"""The Devices page: the inventory with counts per status, one device's file and history,
and below it what is due soon, what is overdue and what is reserved.

Every action goes through desk.devices and desk.loans as an operation; what a device
allows depends on its status today (only an available or reserved device can be lent,
only one on loan returned). After an action the window says what changed, and the page
reads again only the lists, counts and details that show it.
"""

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QWidget,
)

from coachdesk.domain.devices import LENDABLE, DeviceStatus, LossReport, ReservationStatus
from coachdesk.domain.formats import format_number
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.loans import DUE_SOON_DAYS
from coachdesk.ui import messages, printing
from coachdesk.ui.dialogs.category_dialog import CategoriesDialog
from coachdesk.ui.dialogs.device_dialog import edit_device
from coachdesk.ui.dialogs.loan_dialog import add_hint, lend_device
from coachdesk.ui.dialogs.renew_dialog import renew_loan
from coachdesk.ui.dialogs.reservation_dialog import collect_reservation, reserve_device
from coachdesk.ui.dialogs.return_dialog import return_device
from coachdesk.ui.formatting import display, format_date
from coachdesk.ui.operations import perform, run_op
from coachdesk.ui.pages.device_columns import device_looks, loan_looks, reservation_looks
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.detail_panel import PARAGRAPH as P
from coachdesk.ui.widgets.detail_panel import DetailPanel, heading
from coachdesk.ui.widgets.flow_layout import FlowLayout
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of
from coachdesk.ui.widgets.labelled import choose, filter_picker, labelled, refill
from coachdesk.ui.widgets.list_panel import ListPanel
from coachdesk.ui.widgets.remembered_splitter import RememberedSplitter

OVERDUE_COLOR = "#b3261e"
HAND_OUT_COLOR = "#fff1c7"
HAND_OUT_TEXT = "#5c3a00"
MUTED = "palette(dark)"
DUE_SOON, OVERDUE, RESERVATIONS = range(3)
CHIP_STYLE = ("QPushButton { border: 1px solid palette(mid); border-radius: 10px; "
              "padding: 2px 10px; background: palette(base); }"
              "QPushButton:checked { background: palette(highlight); "
              "color: palette(highlighted-text); border-color: palette(highlight); }")


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class RowColorDelegate(QStyledItemDelegate):
    """Rows for which ``overdue(row)`` is true in red; ``highlighted(row)`` on yellow."""

    def __init__(self, panel: ListPanel, overdue: Callable[[int], bool] | None = None,
                 highlighted: Callable[[int], bool] | None = None):
        super().__init__(panel.view)
        self.model = panel.model
        self.overdue = overdue
        self.highlighted = highlighted

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        row = index.row()
        if row >= self.model.rowCount():
            return
        if self.overdue is not None and self.overdue(row):
            option.palette.setColor(option.palette.ColorRole.Text, QColor(OVERDUE_COLOR))
            option.palette.setColor(option.palette.ColorRole.HighlightedText,
                                    QColor("#ffd9d4"))
            option.font.setBold(self.model.column_key(index.column()) == "due_on")
        if self.highlighted is not None and self.highlighted(row):
            option.backgroundBrush = QColor(HAND_OUT_COLOR)
            option.palette.setColor(option.palette.ColorRole.Text, QColor(HAND_OUT_TEXT))
            option.font.setBold(True)


class DeviceDetail(DetailPanel):
    """One device at a glance: what it is, where it is, who has it and who had it."""

    def __init__(self, desk: Desk, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__("device_detail", parent)
        self.desk = desk
        self.today = today
        self.setMinimumWidth(260)
        self.show_device(None)

    def show_device(self, device_id: int | None) -> None:
        self.show_record(
            device_id, tr("Choose a device to see its details and who has had it."),
            self._html)

    def _html(self, device_id: int) -> str:
        desk = self.desk
        today = self.today()
        device = desk.devices.get(device_id, today=today)
        history = desk.devices.history(device_id, today=today)
        title = escape(device.asset_tag) + (f" · {escape(device.model)}" if device.model
                                            else "")
        status = escape(device.status.label)
        if device.status in (DeviceStatus.LOST, DeviceStatus.IN_REPAIR):
            status = f"<span style='color: {OVERDUE_COLOR}; font-weight: bold'>{status}</span>"
        parts = [f"<h3 style='margin-top: 0px; margin-bottom: 2px'>{title}</h3>",
                 P + escape(device.category) + " · " + status]
        loan = next((x for x in history if x.kind == "loan" and x.state == "open"), None)
        if loan is not None:
            due = format_date(loan.last)
            if loan.last < today:
                due = (f"<span style='color: {OVERDUE_COLOR}; font-weight: bold'>"
                       + escape(tr("{due}, overdue").format(due=due)) + "</span>")
            parts.append("<br>" + escape(tr("Lent to {who} ({kind}) on {out}, due").format(
                who=loan.borrower, kind=loan.borrower_kind.label.lower(),
                out=format_date(loan.first))) + " " + due)
        parts.append("</p>")

        audited = desk.devices.last_audit(device_id)
        price = "" if device.price is None else format_number(float(device.price), 2) + " €"
        rows = [
            (tr("Serial number"), device.serial_number),
            (tr("Purchased"), display(device.purchase_date)),
            (tr("Price"), price),
            (tr("Funding"), device.funding_source),
            (tr("Condition"), device.condition),
            (tr("Location"), device.location),
            (tr("Items in kit"), display(device.content_count)),
            (tr("Last stock-take"), display(audited) if audited else tr("not seen yet")),
        ]
        parts.append("<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td style='color: {MUTED}; padding-right: 12px'>{escape(label)}</td>"
            f"<td>{escape(value or '—')}</td></tr>" for label, value in rows) + "</table>")
        if device.notes:
            parts.append(P + "<i>" + escape(device.notes).replace("\n", "<br>") + "</i></p>")

        parts.append(heading(tr("History")))
        if not history:
            parts.append(P + f"<span style='color: {MUTED}'>"
                         + escape(tr("Never lent or reserved.")) + "</span></p>")
        else:
            # One short paragraph per loan or reservation, not a table of four columns:
            # it wraps in a detail panel as narrow as the splitter allows.
            parts.extend(self._history_entry(line, today) for line in history)
        return "".join(parts)

    @staticmethod
    def _history_entry(line, today: date) -> str:
        span = format_date(line.first) + "–" + (format_date(line.last) if line.last else "")
        if line.kind == "loan":
            what = escape(tr("Loan"))
            if line.state == "open":
                state = escape(tr("out"))
                if line.last and line.last < today:
                    state = (f"<span style='color: {OVERDUE_COLOR}; font-weight: bold'>"
                             + escape(tr("overdue")) + "</span>")
            elif line.state == "lost":
                state = escape(tr("lost {day}").format(day=format_date(line.back)))
            else:
                state = escape(tr("back {day}").format(day=format_date(line.back)))
        else:
            what = escape(tr("Reservation"))
            state = escape(ReservationStatus(line.state).label.lower())
        return (f"<p style='margin-top: 0px; margin-bottom: 4px'><b>{what}</b> {escape(span)}"
                f" · {state}<br>{escape(line.borrower or '—')} <span style='color: {MUTED}'>"
                f"({escape(line.borrower_kind.label.lower())})</span></p>")


class DevicesPage(ListPage):
    history_kind = RecordKind.DEVICE
    # Besides its lists (whose kinds they say themselves): the category picker.
    shows = frozenset({RecordKind.CATEGORY})

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.pinned_today = today
        self.new_action = self.action(tr("New device"), self.add, QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.lend_action = self.action(tr("Lend…"), self.lend, "Ctrl+L",
                                       tr("Lend the device to a tutor, teacher or school"))
        self.return_action = self.action(tr("Return…"), self.return_device, "Ctrl+R",
                                         tr("Check the device in"))
        self.renew_action = self.action(tr("Renew…"), self.renew, tip=tr(
            "Give the loan a later due date"))
        self.reserve_action = self.action(tr("Reserve…"), self.reserve, tip=tr(
            "Keep the device for a borrower for a period to come"))
        self.lost_action = self.action(tr("Mark lost…"), self.lost)
        self.repair_action = self.action(tr("Send to repair"), self.repair)
        self.retire_action = self.action(tr("Retire…"), self.retire)
        self.categories_action = self.action(tr("Categories…"), self.open_categories, tip=tr(
            "Device categories and their loan periods"))
        self.print_action = self.action(tr("Print…"), self.print_papers, "Ctrl+P", tr(
            "The device's label, its loan's handover form, or all the borrower holds"))

        panel = ListPanel(
            desk.devices.list_source(self.today()), "devices",
            lambda n: tr("Devices: {n}").format(n=n),
            tr("No devices here. Add one with “New device” (Ctrl+N), or choose another "
               "category or status."), columns=device_looks())
        self.set_list(panel, [self.edit_action, self.print_action])
        for key in ("overdue", "funding", "serial_number", "content_count"):
            panel.show_column(key, False)
        self.delegate = RowColorDelegate(panel, overdue=lambda row: bool(
            panel.model.value(row, "overdue")))
        panel.view.setItemDelegate(self.delegate)

        # -- filters and counts ---------------------------------------------------------
        self.category_picker = filter_picker("devices_category", [(None, tr("Any category"))])
        self.status_picker = filter_picker("devices_status", [
            (None, tr("Any status")), *((s.value, s.label) for s in DeviceStatus)])
        self.overdue_only = QCheckBox(tr("Overdue only"), objectName="devices_overdue")
        self.show_retired = QCheckBox(tr("Show retired"), objectName="devices_show_retired")
        self.show_retired.setChecked(settings().value("devices/show_retired", False, type=bool))
        filters = FlowLayout()  # wraps in a narrow window
        filters.addWidget(labelled(tr("Category"), self.category_picker))
        filters.addWidget(labelled(tr("Status"), self.status_picker))
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.show_retired)
        self.chips: dict[DeviceStatus, QPushButton] = {}
        for status in DeviceStatus:
            chip = QPushButton(objectName=f"chip_{status.value}", checkable=True)
            chip.setStyleSheet(CHIP_STYLE)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(tr("Show only devices that are {status}").format(
                status=status.label.lower()))
            chip.clicked.connect(lambda _checked, s=status: self.filter_status(s))
            self.chips[status] = chip
            filters.addWidget(chip)
        self.body.insertLayout(1, filters)
        for picker in (self.category_picker, self.status_picker):
            picker.currentIndexChanged.connect(self._apply_filters)
        self.overdue_only.toggled.connect(self._apply_filters)
        self.show_retired.toggled.connect(self._apply_filters)
        self._apply_filters()

        self.detail = DeviceDetail(desk, self.today)
        self.top_splitter = RememberedSplitter(
            Qt.Orientation.Horizontal, "devices/detail_splitter", [panel, self.detail], (3, 2),
            (680, 400))

        # -- due soon, overdue, reservations -------------------------------------------
        self.due_soon = self._loans_panel("devices_due_soon", "due_soon", tr(
            "Nothing falls due in the coming %n days.", None, DUE_SOON_DAYS))
        self.overdue = self._loans_panel("devices_overdue", "overdue", tr(
            "No loan is overdue."))
        self.reservations = ListPanel(
            desk.loans.reservations_source(self.today()), "devices_reservations",
            lambda n: tr("Reservations: {n}").format(n=n),
            tr("No active reservations. Reserve a device with “Reserve…”."),
            columns=reservation_looks())
        self.reservations.set_filter("active", True)
        self.reservations.show_column("status", False)
        self.hand_out_delegate = RowColorDelegate(self.reservations,
                                                  highlighted=self._to_hand_out)
        self.reservations.view.setItemDelegate(self.hand_out_delegate)
        self.reservations.activated.connect(lambda _id: self.collect())
        self.reservations.selection_changed.connect(self._update_reservation_actions)
        self.reservations.model.modelReset.connect(self._update_reservation_actions)
        self.hand_out_only = QCheckBox(tr("To hand out today"),
                                       objectName="reservations_hand_out")
        self.hand_out_only.toggled.connect(
            lambda on: self.reservations.set_filter("to_hand_out", on))
        self.reservations.add_control(self.hand_out_only)
        self.collect_button = QPushButton(tr("Collect…"), objectName="collect_button")
        self.collect_button.setToolTip(tr("The borrower picks the device up: lend it"))
        self.collect_button.clicked.connect(self.collect)
        self.cancel_reservation_button = QPushButton(tr("Cancel reservation…"),
                                                     objectName="cancel_reservation_button")
        self.cancel_reservation_button.clicked.connect(self.cancel_reservation)
        self.reservations.controls.insertWidget(1, self.cancel_reservation_button)
        self.reservations.controls.insertWidget(1, self.collect_button)

        self.tabs = QTabWidget(objectName="devices_tabs")
        self.tabs.addTab(self.due_soon, "")
        self.tabs.addTab(self.overdue, "")
        self.tabs.addTab(self.reservations, "")
        for panel_ in (self.due_soon, self.overdue, self.reservations):
            panel_.model.modelReset.connect(self._update_tab_titles)
        self._update_tab_titles()

        self.splitter = RememberedSplitter(Qt.Orientation.Vertical, "devices/splitter",
                                           [self.top_splitter, self.tabs], (3, 2), (430, 250))
        self.body.addWidget(self.splitter, 1)
        panel.selection_changed.connect(self.show_detail)
        panel.model.modelReset.connect(self.show_detail)
        self._update_actions()
        self._update_reservation_actions()

    # -- building -------------------------------------------------------------------------
    def _loans_panel(self, name: str, filter_key: str, empty: str) -> ListPanel:
        panel = ListPanel(self.desk.loans.loans_source(self.today()), name,
                          lambda n: tr("Loans: {n}").format(n=n), empty, columns=loan_looks())
        panel.set_filter(filter_key, True)
        for key in ("returned_on", "condition_out", "renewals"):
            panel.show_column(key, False)
        today = self.today()
        panel.delegate = RowColorDelegate(panel, overdue=lambda row: (
            panel.model.value(row, "due_on") < today))
        panel.view.setItemDelegate(panel.delegate)
        panel.activated.connect(lambda _id, p=panel: self._show_loaned_device(p))
        return panel

    # -- the clock ------------------------------------------------------------------------
    def today(self) -> date:
        return self.pinned_today or date.today()

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.reload_choices()
        self.list.start()
        for panel in (self.due_soon, self.overdue, self.reservations):
            panel.start()
        self._update_counts()
        self.show_detail()

    def refresh(self) -> None:
        """Read everything again (the page was hidden while things changed)."""
        self.reload_choices()
        for panel in self.panels():
            panel.refresh()
        self._update_counts()

    def refresh_extras(self, changes: Changes) -> None:
        """After the lists that show ``changes``: the categories to filter by and the
        counts per status (the selected device's details follow its list)."""
        if changes.touches({RecordKind.CATEGORY}):
            self.reload_choices()
        if changes.touches({RecordKind.DEVICE, RecordKind.RESERVATION}):
            self._update_counts()

    def save_state(self) -> None:
        super().save_state()
        for panel in (self.due_soon, self.overdue, self.reservations):
            panel.save_state()
        self.splitter.save()
        self.top_splitter.save()

    def reload_choices(self) -> None:
        """The categories to filter by."""
        refill(self.category_picker, [(c.name, c.name) for c in self.desk.devices.categories()])
        self._apply_filters()

    def _apply_filters(self) -> None:
        settings().setValue("devices/show_retired", self.show_retired.isChecked())
        status = self.status_picker.currentData()
        self.list.set_filter("category", self.category_picker.currentData())
        self.list.set_filter("status", status)
        self.list.set_filter("overdue", self.overdue_only.isChecked())
        self.list.set_filter("retired", self.show_retired.isChecked()
                             or status == DeviceStatus.RETIRED.value)
        for chip_status, chip in self.chips.items():
            chip.setChecked(chip_status.value == status)

    # -- what Today calls -------------------------------------------------------------------
    def widen_filters(self, panel: ListPanel) -> None:
        for picker in (self.category_picker, self.status_picker):
            choose(picker, None)  # any category, any status
        for box, on in ((self.overdue_only, False), (self.show_retired, True)):
            with QSignalBlocker(box):
                box.setChecked(on)
        self._apply_filters()

    def apply_target_filters(self, filters: dict[str, object]) -> None:
        """Loans overdue or due soon, or the reservations to hand out (Today's rules):
        their tab below the list."""
        for key, tab in (("overdue", self.overdue), ("due_soon", self.due_soon),
                         ("to_hand_out", self.reservations)):
            if filters.get(key):
                self.tabs.setCurrentWidget(tab)
                if tab is self.reservations:
                    self.hand_out_only.setChecked(True)
                tab.view.setFocus()
                return

    def filter_status(self, status: DeviceStatus) -> None:
        """A count was clicked: show only that status, or every status again."""
        chosen = None if self.status_picker.currentData() == status.value else status.value
        self.status_picker.setCurrentIndex(max(0, self.status_picker.findData(chosen)))
        self._apply_filters()  # the chip's own click toggled it: set it back right

    def _update_counts(self) -> None:
        counts = self.desk.devices.status_counts(self.today())
        for status, chip in self.chips.items():
            chip.setText(f"{status.label} {counts.get(status, 0)}")
            chip.setVisible(counts.get(status, 0) > 0 or status in (
                DeviceStatus.AVAILABLE, DeviceStatus.ON_LOAN))

    def _update_tab_titles(self) -> None:
        for index, title, panel in ((DUE_SOON, tr("Due soon"), self.due_soon),
                                    (OVERDUE, tr("Overdue"), self.overdue),
                                    (RESERVATIONS, tr("Reservations"), self.reservations)):
            self.tabs.setTabText(index, f"{title} ({panel.model.total})")
        self.tabs.tabBar().setTabTextColor(
            OVERDUE, QColor(OVERDUE_COLOR) if self.overdue.model.total else QColor())

    def show_detail(self) -> None:
        self.detail.show_device(self.list.selected_id())

    # -- actions' state -------------------------------------------------------------------
    def selected_status(self) -> DeviceStatus | None:
        row = self.list.selected_row()
        return self.list.model.value(row, "status") if row is not None else None

    def _update_actions(self) -> None:
        super()._update_actions()
        if self.list is None:
            return
        status = self.selected_status()
        chosen = status is not None
        self.lend_action.setEnabled(status in LENDABLE)
        self.return_action.setEnabled(status is DeviceStatus.ON_LOAN)
        self.renew_action.setEnabled(status is DeviceStatus.ON_LOAN)
        self.reserve_action.setEnabled(chosen and status not in (DeviceStatus.LOST,
                                                                 DeviceStatus.RETIRED))
        self.lost_action.setText(tr("Found") if status is DeviceStatus.LOST else tr("Mark lost…"))
        self.lost_action.setToolTip(tr("The lost device turned up: it is available again")
                                    if status is DeviceStatus.LOST
                                    else tr("The device is lost: end its loan"))
        self.lost_action.setEnabled(chosen and status is not DeviceStatus.RETIRED)
        in_repair = status is DeviceStatus.IN_REPAIR
        self.repair_action.setText(tr("Back from repair") if in_repair else tr("Send to repair"))
        self.repair_action.setEnabled(in_repair or status in LENDABLE)
        self.retire_action.setEnabled(chosen and status not in (DeviceStatus.ON_LOAN,
                                                                DeviceStatus.RETIRED))

    def _to_hand_out(self, row: int) -> bool:
        model = self.reservations.model
        today = self.today()
        return (model.value(row, "status") is ReservationStatus.ACTIVE
                and model.value(row, "starts") <= today <= model.value(row, "ends"))

    def _update_reservation_actions(self) -> None:
        row = self.reservations.selected_row()
        active = row is not None and (self.reservations.model.value(row, "status")
                                      is ReservationStatus.ACTIVE)
        self.collect_button.setEnabled(active and self.reservations.model.value(
            row, "starts") <= self.today())
        self.cancel_reservation_button.setEnabled(active)

    # -- moving around --------------------------------------------------------------------
    def show_device(self, device_id: int) -> bool:
        """Select the device, widening the filters if they hide it."""
        if self.list.select_id(device_id):
            return True
        for picker in (self.category_picker, self.status_picker):
            picker.blockSignals(True)
            picker.setCurrentIndex(0)
            picker.blockSignals(False)
        self.overdue_only.blockSignals(True)
        self.overdue_only.setChecked(False)
        self.overdue_only.blockSignals(False)
        self.list.filter_box.clear()
        self._apply_filters()
        self.list.refresh(select_id=device_id)
        return self.list.selected_id() == device_id

    def _show_loaned_device(self, panel: ListPanel) -> None:
        row = panel.selected_row()
        if row is None:
            return
        tag = panel.model.value(row, "asset_tag")
        found = run_op(self, lambda: self.desk.devices.find_by_tag(tag))
        if found and self.show_device(found.value.id):
            self.list.view.setFocus()

    # -- actions --------------------------------------------------------------------------
    def print_papers(self) -> None:
        """Print the selected device's label, or, for a device on loan, the handover form
        or everything its borrower holds."""
        device_id = self.list.selected_id()
        if device_id is None:
            return
        loan = self.desk.loans.open_loan(device_id)
        options = [tr("Asset label")]
        if loan is not None:
            options += [tr("Handover form of the loan"), tr("Everything the borrower holds")]
        choice = messages.choose(self, tr("Print"), tr("What would you like to print?"),
                                 options)
        if choice is None:
            return
        if choice == 0:
            made = run_op(self, lambda: printing.labels_document(self.desk, [device_id]))
        elif choice == 1:
            made = run_op(self, lambda: printing.handover_document(self.desk, [loan.id]))
        else:
            made = run_op(self, lambda: printing.holdings_document(
                self.desk, loan.borrower_kind, loan.borrower_id()))
        if made:
            printing.print_document(self, made.value, options[choice])

    def add(self) -> None:
        device_id = edit_device(self, self.desk)
        if device_id is not None:
            self.show_device(device_id)

    def edit(self) -> None:
        device_id = self.list.selected_id()
        if device_id is not None:
            edit_device(self, self.desk, device_id)

    def lend(self) -> None:
        device_id = self.list.selected_id()
        if device_id is not None and self.selected_status() in LENDABLE:
            lend_device(self, self.desk, device_id, today=self.today())

    def return_device(self) -> None:
        device_id = self.list.selected_id()
        if device_id is not None and self.selected_status() is DeviceStatus.ON_LOAN:
            return_device(self, self.desk, device_id, today=self.today())

    def renew(self) -> None:
        device_id = self.list.selected_id()
        if device_id is not None and self.selected_status() is DeviceStatus.ON_LOAN:
            renew_loan(self, self.desk, device_id, today=self.today())

    def reserve(self) -> None:
        device_id = self.list.selected_id()
        if device_id is not None and self.selected_status() not in (DeviceStatus.LOST,
                                                                    DeviceStatus.RETIRED):
            reserve_device(self, self.desk, device_id, today=self.today())

    def lost(self) -> None:
        status, device_id = self.selected_status(), self.list.selected_id()
        if status is DeviceStatus.LOST:
            self.op_on_selected(lambda i: self.desk.loans.found(i, today=self.today()))
        elif device_id is not None and status is not DeviceStatus.RETIRED:
            self._mark_lost(device_id)

    def _mark_lost(self, device_id: int) -> None:
        today = self.today()
        tag = self.list.model.value(self.list.selected_row(), "asset_tag")

        def report_of(values: dict) -> LossReport:
            return LossReport(device_id, values["lost_on"], values["notes"])

        def save(values: dict) -> bool:
            report = report_of(values)
            perform(lambda: self.desk.loans.mark_lost(report, today=today))
            return True

        dialog = FormDialog(self, tr("{tag} is lost").format(tag=tag), [
            Field("lost_on", tr("Lost on"), "date", required=True),
            Field("notes", tr("What happened"), "multiline"),
        ], {"lost_on": today}, save, "lost_dialog", check=problems_of(report_of))
        add_hint(dialog, "lost_on", tr("Its loan ends and its reservations are cancelled."))
        dialog.exec()

    def repair(self) -> None:
        status = self.selected_status()
        if status is DeviceStatus.IN_REPAIR:
            self.op_on_selected(lambda i: self.desk.loans.back_from_repair(i,
                                                                           today=self.today()))
        elif status in LENDABLE:
            self.op_on_selected(lambda i: self.desk.loans.send_to_repair(i, today=self.today()))

    def retire(self) -> None:
        status = self.selected_status()
        if status is None or status in (DeviceStatus.ON_LOAN, DeviceStatus.RETIRED):
            return
        tag = self.list.model.value(self.list.selected_row(), "asset_tag")
        if messages.confirm(
                self, tr("Retire device"),
                tr("Retire {tag}? It can no longer be lent or reserved, and its "
                   "reservations are cancelled. It stays in the inventory under “Show "
                   "retired”.").format(tag=tag), tr("Retire")):
            self.op_on_selected(lambda i: self.desk.loans.retire(i, today=self.today()))

    def open_categories(self) -> None:
        CategoriesDialog(self, self.desk).exec()

    # -- reservations ---------------------------------------------------------------------
    def collect(self) -> None:
        row = self.reservations.selected_row()
        if row is None:
            return
        model = self.reservations.model
        collect_reservation(self, self.desk, model.id_at(row), model.value(row, "borrower"),
                            model.value(row, "asset_tag"), model.value(row, "ends"),
                            today=self.today())

    def cancel_reservation(self) -> None:
        row = self.reservations.selected_row()
        if row is None:
            return
        model = self.reservations.model
        reservation_id = model.id_at(row)
        if messages.confirm(
                self, tr("Cancel reservation"),
                tr("Cancel the reservation of {tag} for {who}, {first}–{last}? Tell the "
                   "borrower.").format(tag=model.value(row, "asset_tag"),
                                       who=model.value(row, "borrower"),
                                       first=format_date(model.value(row, "starts")),
                                       last=format_date(model.value(row, "ends"))),
                tr("Cancel reservation")):
            run_op(self, lambda: self.desk.loans.cancel_reservation(reservation_id,
                                                                    today=self.today()),
                   initiator=self)
