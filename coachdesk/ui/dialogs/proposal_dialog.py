"""Who could go: the tutors ranked for a request, and each one's free slots (the earliest,
and more spread over the days and hours the school asked for).

The list shows each tutor's match as a bar with the reasons beside it (strengths in the
topics, serving the school, free time, hours left). Choosing a tutor lists their free
slots; "Book" (Enter) books the chosen slot for the request, asking for a reason if it
clashes after all.
"""

from datetime import date, datetime
from html import escape
from operator import attrgetter

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.conflicts import ConflictsFound
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.formats import format_amount
from coachdesk.domain.matching import Match
from coachdesk.domain.released_time import day_names
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.visit_dialog import ask_visit_reason
from coachdesk.ui.formatting import format_date, format_time
from coachdesk.ui.operations import run_op
from coachdesk.ui.rows_model import SORT_ROLE, Column, RowsModel
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import ERROR_STYLE

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the parent of every row of a flat table
BAR_COLOR = "#3b7d4f"
BAR_BACKGROUND = "#dfe7e1"
HINT_STYLE = "color: palette(dark);"


def slot_text(starts: datetime, ends: datetime) -> str:
    return tr("{weekday} {day} {starts}–{ends}").format(
        weekday=day_names()[starts.weekday()][:2], day=format_date(starts.date()),
        starts=format_time(starts), ends=format_time(ends))


def match_model(matches: list[Match], parent: QObject | None = None) -> RowsModel:
    """The ranked tutors of one request, best first until a header is clicked."""
    model = RowsModel([
        Column(tr("Tutor"), lambda m: m.name),
        Column(tr("Match"), lambda m: m.score, lambda s: tr("{n} %").format(n=round(s * 100)),
               numeric=True),
        Column(tr("Earliest free"), lambda m: m.slots[0] if m.slots else None,
               lambda slot: slot_text(*slot) if slot else tr("no free time")),
        Column(tr("Hours left"), lambda m: m.hours_left,
               lambda h: "" if h is None else tr("{h} h").format(h=format_amount(h, 1)),
               numeric=True),
        Column(tr("Why"), lambda m: "\n".join(m.reasons), str,
               tip=lambda m: "\n".join(m.reasons)),
    ], parent, id_of=attrgetter("tutor_id"))
    model.set_rows(matches)
    return model


class ScoreDelegate(QStyledItemDelegate):
    """The match as a bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        score = index.data(SORT_ROLE) or 0.0
        rect = opt.rect.adjusted(6, 0, -6, 0)
        width = opt.fontMetrics.horizontalAdvance("100 %") + 6
        bar = QRectF(rect.left(), rect.center().y() - 4, max(10, rect.width() - width), 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAR_BACKGROUND))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * max(0.0, min(1.0, score)))
        painter.setBrush(QColor(BAR_COLOR))
        painter.drawRoundedRect(filled, 3, 3)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         text)
        painter.restore()


class ProposalDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, request_id: int,
                 today: date | None = None, now: datetime | None = None):
        super().__init__(parent)
        self.setObjectName("proposal_dialog")
        self.setWindowTitle(tr("Propose tutors"))
        self.desk = desk
        self.request_id = request_id
        self._now = now
        self.result_value: int | None = None
        today = today or (now.date() if now else date.today())
        request = desk.requests.get(request_id)
        self.matches = desk.requests.propose(request_id, today=today)

        summary = QLabel(objectName="proposal_summary", wordWrap=True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setText(self._summary(request))

        self.model = match_model(self.matches, self)
        self.view = QTableView(objectName="proposal_tutors")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, ScoreDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate((150, 120, 150, 76)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # the ranking: best first
        self.view.setSortingEnabled(True)
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.view.selectionModel().selectionChanged.connect(self._tutor_chosen)

        self.slots_title = QLabel(objectName="proposal_slots_title")
        self.slots_title.setTextFormat(Qt.TextFormat.RichText)
        self.slots = QListWidget(objectName="proposal_slots")
        self.slots.itemDoubleClicked.connect(lambda _item: self.book())
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(6, 0, 0, 0)
        side_box.addWidget(self.slots_title)
        side_box.addWidget(self.slots, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="proposal_splitter")
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.empty = QLabel(wordWrap=True, styleSheet=HINT_STYLE, objectName="proposal_empty")
        self.empty.setText(tr("No tutor can serve this school: appoint a roaming tutor, or "
                              "add the school to a tutor's schools on the Tutors page."))
        self.empty.setVisible(not self.matches)
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="proposal_error")
        self.error.hide()

        buttons = QDialogButtonBox()
        self.book_button = buttons.addButton(tr("Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setDefault(True)
        self.book_button.setToolTip(tr("Book the chosen slot for this request (Enter)"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.book)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        geometry = settings().value("dialogs/proposal_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1080, 520)
            splitter.setSizes([780, 280])
        self.view.resizeRowsToContents()
        if self.matches:
            self.view.selectRow(0)
        self._tutor_chosen()
        self.view.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view.resizeRowsToContents()  # the reasons wrap to the width the column got

    def now(self) -> datetime:
        return self._now or datetime.now()

    def _summary(self, request) -> str:
        schools = dict(self.desk.schools.choices(include_archived=True))
        topics = ", ".join(name for _id, name in self.desk.requests.topics_of(self.request_id))
        parts = [request.purpose.label, tr("{n} min").format(n=request.minutes)]
        if request.teachers_count:
            parts.append(tr("%n teachers", None, request.teachers_count))
        if topics:
            parts.append(topics)
        windows = [tr("{first}–{last} {starts}–{ends}").format(
            first=format_date(w.first_day), last=format_date(w.last_day or w.first_day),
            starts=format_time(w.starts), ends=format_time(w.ends))
            for w in self.desk.requests.draft(self.request_id).windows]
        text = (f"<b>{escape(schools.get(request.school_id, ''))}</b> · "
                + escape(" · ".join(parts)))
        text += "<br>" + escape(tr("Preferred: {windows}").format(windows="; ".join(windows))
                                if windows else tr("No preferred times: the next four weeks "
                                                   "are searched."))
        return text

    # -- choosing -------------------------------------------------------------------------
    def selected_match(self) -> Match | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _tutor_chosen(self) -> None:
        match = self.selected_match()
        self.slots.clear()
        if match is None:
            self.slots_title.setText("<b>" + escape(tr("Free slots")) + "</b>")
            self.book_button.setEnabled(False)
            return
        self.slots_title.setText("<b>" + escape(tr("Free slots of {name}").format(
            name=match.name)) + "</b>")
        for starts, ends in match.slots:
            item = QListWidgetItem(slot_text(starts, ends))
            item.setData(Qt.ItemDataRole.UserRole, starts)
            self.slots.addItem(item)
        if match.slots:
            self.slots.setCurrentRow(0)
        else:
            item = QListWidgetItem(tr("No free time in the preferred windows"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slots.addItem(item)
        self.book_button.setEnabled(bool(match.slots))

    def choose(self, row: int, slot: int = 0) -> None:
        """Choose the tutor on ``row`` and their ``slot``-th free slot."""
        self.view.selectRow(row)
        self.slots.setCurrentRow(slot)

    # -- booking --------------------------------------------------------------------------
    def book(self) -> None:
        match = self.selected_match()
        item = self.slots.currentItem()
        starts = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if match is None or starts is None:
            return
        self.error.hide()
        requests, request_id, now = self.desk.requests, self.request_id, self.now()
        confirmed, reason = False, ""
        while True:
            booked = run_op(self, lambda go=confirmed, why=reason: requests.book(
                request_id, match.tutor_id, starts, confirmed=go, override_reason=why,
                now=now), failure=self._refused)
            if booked:
                self.result_value = booked.value
                break
            if not isinstance(booked.error, ConflictsFound):
                return
            answer = ask_visit_reason(self, booked.error.conflicts)
            if answer is None:
                return
            confirmed, reason = True, answer
        messages.inform(self, tr("Visit booked"), tr(
            "{name} visits on {when}. The request is now scheduled.").format(
            name=match.name, when=item.text()))
        self.accept()

    def _refused(self, error: CoachDeskError) -> None:
        """A refusal is said under the lists; conflicts ask for a reason instead."""
        if isinstance(error, ConflictsFound):
            return
        messages_of = error.errors.values() if isinstance(error, ValidationError) else [
            str(error)]
        self.error.setText("\n".join(messages_of))
        self.error.show()

    def done(self, result: int) -> None:
        settings().setValue("dialogs/proposal_dialog/geometry", self.saveGeometry())
        super().done(result)


def propose_tutors(parent: QWidget | None, desk: Desk, request_id: int,
                   today: date | None = None, now: datetime | None = None) -> int | None:
    """Open the proposals for a request; returns the id of the visit booked, or None."""
    dialog = ProposalDialog(parent, desk, request_id, today, now)
    return dialog.result_value if dialog.exec() else None
