"""The Today page: what needs the coordinator now, and how the term is going.

The attention list comes first (each rule, then its first records; a click opens the
record on its page through ``target_chosen``), then the charts. Both are read on a worker
thread (``in_background``): on a big database the window never waits for them.

A server that cannot be reached is said once, in the page's own note, not in a box: the
page keeps what it shows and reads again every few seconds until the server answers.
"""

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.dashboard import AttentionItem, Glance, SetupStep, Target
from coachdesk.services.server import ServerUnreachable
from coachdesk.ui import messages
from coachdesk.ui.background import in_background
from coachdesk.ui.formatting import format_date, format_datetime
from coachdesk.ui.hours import is_prorated, prorated_tip, used_of_allotted
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.catalog import PAGES, REPORTS, home_of
from coachdesk.ui.widgets.bar_chart import LOW, OVER, ROW_HEIGHT, Bar, BarChart

URGENT = QColor("#b3261e")
ROOT = QModelIndex()
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
SCHOOLS_SHOWN = 12  # the least reached schools in the chart; the rest scroll
RETRY_MS = 3_000  # while the server cannot be reached, Today asks again this often


class Unreachable(NamedTuple):
    """What a reading gave when the server did not answer."""

    reason: str


def or_unreachable(work: Callable[[], Any]) -> Callable[[], Any]:
    """``work``, or :class:`Unreachable` when the server does not answer (on the worker
    thread, where the kind of failure is still known)."""
    def run() -> Any:
        try:
            return work()
        except ServerUnreachable as exc:
            return Unreachable(str(exc))
    return run


def _month(number: int) -> str:
    return (tr("Jan"), tr("Feb"), tr("Mar"), tr("Apr"), tr("May"), tr("Jun"), tr("Jul"),
            tr("Aug"), tr("Sep"), tr("Oct"), tr("Nov"), tr("Dec"))[number - 1]


def _when(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    return format_date(value)


class AttentionModel(QAbstractItemModel):
    """Two levels: the rules (title and count), and under each its first records, with a
    last row "… and N more" when there are more."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[AttentionItem] = []

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def _children(self, item: AttentionItem) -> int:
        return len(item.lines) + (1 if item.count > len(item.lines) else 0)

    def index(self, row: int, column: int, parent=ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.items) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self.items):
            return QModelIndex()
        if row >= self._children(self.items[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index=ROOT) -> QModelIndex:  # noqa: A003 (Qt's name)
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=ROOT) -> int:
        if not parent.isValid():
            return len(self.items)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return self._children(self.items[parent.row()])

    def columnCount(self, parent=ROOT) -> int:
        return 1

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            item = self.items[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("{title}: {n}").format(title=item.title, n=item.count)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and item.urgent:
                return URGENT
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Open {page}").format(page=_page_title(item.target))
            if role == TARGET_ROLE:
                return item.target
            return None
        item = self.items[index.internalId() - 1]
        if index.row() >= len(item.lines):  # "… and N more"
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("… and %n more", None, item.count - len(item.lines))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Open {page}").format(page=_page_title(item.target))
            if role == TARGET_ROLE:
                return item.target
            return None
        line = item.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [_when(line.when), line.text, line.note]
            return "  ·  ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ForegroundRole and line.urgent:
            return URGENT
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Open on the {page} page").format(page=_page_title(line.target))
        if role == TARGET_ROLE:
            return line.target
        return None


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea(objectName=name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(5 * ROW_HEIGHT)
    return area


def _page_title(target) -> str:
    """The name of the page a target opens (as the navigation shows it)."""
    row = REPORTS if target.importing else home_of(target.kind)
    return PAGES[row].title() if row is not None else ""


class DashboardPage(Page):
    shows = frozenset(RecordKind)  # Today sums up everything
    target_chosen = QtSignal(object)  # a Target: the page, and a record on it or filters
    loaded = QtSignal()  # the attention list and the charts are shown

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.pinned_today = today  # tests and demos pin the clock; None: the real one
        self.date_label = QLabel(objectName="dashboard_date")
        self._actions_row.insertWidget(1, self.date_label)
        self.action(tr("Refresh"), self.refresh, QKeySequence.StandardKey.Refresh,
                    tr("Read everything again"))

        # -- a server that does not answer (said once; what is shown stays) -------------
        self.unreachable = QLabel(objectName="dashboard_unreachable", wordWrap=True)
        self.unreachable.setFrameShape(QFrame.Shape.StyledPanel)
        self.unreachable.setStyleSheet("padding: 6px;")
        self.unreachable.hide()
        self.body.addWidget(self.unreachable)
        self.retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self.retry.timeout.connect(self._retry)

        # -- what to do first, on an empty database -------------------------------------
        self.setup_box = QFrame(objectName="dashboard_setup")
        self.setup_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.setup_layout = QVBoxLayout(self.setup_box)
        self.setup_box.hide()
        self.body.addWidget(self.setup_box)

        # -- attention ------------------------------------------------------------------
        self.model = AttentionModel(self)
        self.tree = QTreeView(objectName="dashboard_attention")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.clicked.connect(self._open)
        self.tree.activated.connect(self._open)
        self.calm = QLabel(objectName="dashboard_calm")
        self.calm.setWordWrap(True)
        self.calm.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.calm.hide()
        left = QVBoxLayout()
        left.addWidget(_section(tr("Needs your attention")))
        left.addWidget(self.calm, 1)
        left.addWidget(self.tree, 1)

        # -- charts ---------------------------------------------------------------------
        self.term_label = _section(tr("This term"))
        self.no_term = QLabel(tr("Enter the school year on the School calendar page to see "
                                 "how the term is going."), objectName="dashboard_no_term")
        self.no_term.setWordWrap(True)
        self.no_term.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_term.hide()
        self.hours_chart = BarChart(tr("No tutors in this term."))
        self.hours_chart.setObjectName("chart_hours")
        self.visits_chart = BarChart()
        self.visits_chart.setObjectName("chart_visits")
        self.visits_chart.label_width = 50
        self.attendance_chart = BarChart()
        self.attendance_chart.setObjectName("chart_attendance")
        self.attendance_chart.label_width = 50
        self.reach_chart = BarChart(tr("No teachers yet."))
        self.reach_chart.setObjectName("chart_reach")
        self.hours_title = QLabel(tr("Tutor hours used of allotted (the mark)"))
        self.reach_title = QLabel(tr("Teachers reached by lessons, least reached first"))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.hours_title, 0, 0, 1, 2)
        grid.addWidget(_scrolled(self.hours_chart, "hours_scroll"), 1, 0, 1, 2)
        grid.addWidget(QLabel(tr("Visits done per month")), 2, 0)
        grid.addWidget(QLabel(tr("Lesson attendances per month")), 2, 1)
        grid.addWidget(self.visits_chart, 3, 0)
        grid.addWidget(self.attendance_chart, 3, 1)
        grid.addWidget(self.reach_title, 4, 0, 1, 2)
        grid.addWidget(_scrolled(self.reach_chart, "reach_scroll"), 5, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(5, 1)
        self.charts = QWidget(objectName="dashboard_chart_grid")
        self.charts.setLayout(grid)
        self.charts.hide()  # until the figures are read
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.term_label)
        right.addWidget(self.no_term, 1)
        right.addWidget(self.charts, 1)
        self.charts_box = QWidget(objectName="dashboard_charts")
        self.charts_box.setLayout(right)

        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addWidget(self.charts_box, 6)
        self.body.addLayout(columns, 1)
        self._reading = False  # a reading is under way
        self._again = False  # and another was asked for meanwhile

    def today(self) -> date:
        return self.pinned_today or date.today()

    def is_reading(self) -> bool:
        """Whether figures are being read (``loaded`` follows)."""
        return self._reading

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.calm.setText(tr("Reading…"))
        self.calm.show()
        self.refresh()

    def refresh(self) -> None:
        """Read the attention list, then the charts, beside the window; what is shown
        stays until the new figures are in."""
        today = self.today()
        self.date_label.setText(format_date(today))
        if self._reading:
            self._again = True
            return
        self._reading = True
        dashboard = self.desk.dashboard
        in_background(self, or_unreachable(
            lambda: (dashboard.getting_started(), dashboard.attention(today))),
            self._show_attention, self._failed)

    def _show_attention(self, found: tuple[list[SetupStep], list[AttentionItem]]
                        | Unreachable) -> None:
        if isinstance(found, Unreachable):
            self._unreachable(found)
            return
        steps, items = found
        self._show_setup(steps)
        self.model.set_items(items)
        self.tree.expandAll()
        self.calm.setText(tr("Nothing needs you today.") if all(s.done for s in steps)
                          else tr("Nothing yet: start with the steps above."))
        self.calm.setVisible(not items)
        self.tree.setVisible(bool(items))
        dashboard, today = self.desk.dashboard, self.today()
        in_background(self, or_unreachable(lambda: dashboard.glance(today)),
                      self._show_read_glance, self._failed)

    def _show_read_glance(self, glance: Glance | None | Unreachable) -> None:
        if isinstance(glance, Unreachable):
            self._unreachable(glance)
            return
        self.show_glance(glance)
        self.unreachable.hide()
        self._read_done()
        self.loaded.emit()

    def _unreachable(self, found: Unreachable) -> None:
        """Say it once, keep what is shown, and ask again in a while."""
        self.unreachable.setText(tr("The server cannot be reached, so Today shows what it "
                                    "last read. It reads again by itself when the server "
                                    "answers."))
        self.unreachable.setToolTip(found.reason)
        self.unreachable.show()
        self.retry.start()
        self._read_done()

    def _retry(self) -> None:
        """Read again when shown; out of sight, when shown next."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def _failed(self, message: str) -> None:
        self._read_done()
        messages.error(self, message)

    def _read_done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()

    def _show_setup(self, steps: list[SetupStep]) -> None:
        while self.setup_layout.count():
            widget = self.setup_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if all(step.done for step in steps):
            self.setup_box.hide()
            return
        self.setup_layout.addWidget(_section(tr("Getting started: what to do first")))
        for number, step in enumerate(steps, start=1):
            row = QWidget(objectName=f"setup_{step.key}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            mark = "✓" if step.done else f"{number}."
            text = QLabel(f"{mark} <b>{step.title}</b> — {step.hint}")
            text.setWordWrap(True)
            text.setEnabled(not step.done)
            line.addWidget(text, 1)
            if not step.done:
                button = QPushButton(tr("Go to {page}").format(page=_page_title(step.target)),
                                     objectName=f"setup_go_{step.key}")
                button.clicked.connect(lambda _=False, target=step.target: self.go(target))
                line.addWidget(button)
            self.setup_layout.addWidget(row)
        self.setup_box.show()

    def show_glance(self, glance: Glance | None) -> None:
        self.no_term.setVisible(glance is None)
        self.charts.setVisible(glance is not None)
        if glance is None:
            self.term_label.setText(tr("This term"))
            return
        self.term_label.setText(tr("{term}: {first}–{last}").format(
            term=glance.term, first=format_date(glance.first), last=format_date(glance.last)))
        days = (glance.last - glance.first).days + 1
        passed = min(days, max(0, (self.today() - glance.first).days + 1))
        self.hours_title.setText(tr(
            "Tutor hours used of allotted (the mark); {n} % of the term has passed").format(
            n=round(passed * 100 / days)))
        hours = []
        for row in sorted(glance.tutors, key=lambda r: -(r.used / r.allotted)
                          if r.allotted else 0):
            over = row.allotted is not None and row.used > row.allotted
            text = tr("{hours} h").format(hours=used_of_allotted(row.used, row.allotted))
            tip = ""
            if row.allotment is not None and is_prorated(row.allotted, row.allotment.per_term):
                tip = f"{row.name}: {text}\n" + prorated_tip(row.allotted,
                                                             row.allotment.per_term)
            hours.append(Bar(row.name, row.used, text, row.allotted,
                             OVER if over else None, tip))
        self.hours_chart.set_bars(hours)
        visits = [Bar(_month(m.month.month), m.visits, str(m.visits))
                  for m in glance.months]
        attendances = [Bar(_month(m.month.month), m.attendances, str(m.attendances))
                       for m in glance.months]
        self.visits_chart.set_bars(visits)
        self.attendance_chart.set_bars(attendances)
        self.reach_chart.set_bars([
            Bar(s.name, s.share, tr("{share:.0f} % ({reached}/{teachers})").format(
                share=s.share, reached=s.reached, teachers=s.teachers),
                color=LOW if s.share < 25 else None)
            for s in glance.schools], maximum=100)

    # -- opening --------------------------------------------------------------------------
    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        target = self.model.data(index, TARGET_ROLE)
        if isinstance(target, Target):
            self.go(target)

    def go(self, target: Target) -> None:
        self.target_chosen.emit(target)
