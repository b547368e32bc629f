"""The Visits page: schools' open requests on top, the tutors' visits below.

A request goes to a visit through "Propose tutors…" (the ranked tutors and their free
slots); a visit can also be booked directly, once or recurring. After the visit it is
logged. The travel buffer between visits at different schools is set here too.
"""

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.bookings import Scope
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_number
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.requests import OPEN, Urgency
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitStatus
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, Looks, looks
from coachdesk.ui.dialogs.proposal_dialog import propose_tutors
from coachdesk.ui.dialogs.request_dialog import edit_request
from coachdesk.ui.dialogs.visit_dialog import edit_visit
from coachdesk.ui.dialogs.visit_log_dialog import log_visit
from coachdesk.ui.dialogs.visit_series_dialog import new_visit_series
from coachdesk.ui.formatting import format_date, when_text
from coachdesk.ui.operations import perform, run_op
from coachdesk.ui.pages.lessons_page import CancelledDelegate, series_rule
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.widgets.action_button import ActionBar, action_button
from coachdesk.ui.widgets.detail_panel import PARAGRAPH as P
from coachdesk.ui.widgets.detail_panel import DetailPanel, heading
from coachdesk.ui.widgets.filter_bar import FilterBar
from coachdesk.ui.widgets.labelled import labelled
from coachdesk.ui.widgets.list_panel import ListPanel
from coachdesk.ui.widgets.remembered_splitter import RememberedSplitter
from coachdesk.ui.widgets.title_row import TitleRow
from coachdesk.ui.widgets.year_periods import ALL, UPCOMING, YearPeriodPicker

PAST = "past"
URGENT_COLOR = "#b3261e"
OVERRIDE_COLOR = "#fff1c7"
OVERRIDE_TEXT = "#5c3a00"
FILTER_KEYS = ("status", "tutor_id", "school_id")
SAVE_DELAY_MS = 600  # wait for the spin box to settle before saving the setting
# the pickers' choices, the period "This term" and the travel buffer
PICKED = frozenset({RecordKind.TUTOR, RecordKind.SCHOOL, RecordKind.SCHOOL_YEAR,
                    RecordKind.TERM, RecordKind.SETTING})


def duration_text(minutes: int) -> str:
    """45 → "45 min", 90 → "1 h 30 min", 120 → "2 h"."""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return tr("{m} min").format(m=rest)
    return (tr("{h} h {m} min").format(h=hours, m=rest) if rest
            else tr("{h} h").format(h=hours))


def visit_looks() -> Looks:
    """The visits list's columns as the page shows them."""
    return looks(
        starts_at=tr("When"), school=tr("School"), tutor=tr("Tutor"),
        purpose=Look(tr("Purpose"), stretch=True),
        status=tr("Status"), hours=Look(tr("Time"), duration_text),
        reached=tr("Teachers reached"), topics=tr("Topics"), follow_up=tr("Follow-up"),
        request=Look(tr("Request"), lambda x: tr("Request") if x else ""),
        series=Look(tr("Series"), lambda x: tr("Series") if x else ""), notes=tr("Notes"))


def waited(today: date) -> Callable[[date], str]:
    """How long a request has waited by ``today``: "today", "12 d"."""
    def text(received: date) -> str:
        days = (today - received).days
        return tr("today") if days <= 0 else tr("{n} d").format(n=days)

    return text


def request_looks(today: date) -> Looks:
    """The requests list's columns as the page shows them."""
    return looks(
        received_on=tr("Received"), age=Look(tr("Waiting"), waited(today)),
        school=tr("School"), purpose=tr("Purpose"), topics=tr("Topics"),
        urgency=tr("Urgency"), status=tr("Status"), visits=tr("Visits"),
        asked_by=tr("Asked by"), description=Look(tr("Description"), stretch=True))


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


class UrgencyDelegate(QStyledItemDelegate):
    """Urgent requests stand out in red."""

    def __init__(self, panel: ListPanel):
        super().__init__(panel.view)
        self.model = panel.model

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        if index.row() < self.model.rowCount() and self.model.value(
                index.row(), "urgency") == Urgency.HIGH:
            option.palette.setColor(option.palette.ColorRole.Text, QColor(URGENT_COLOR))
            if self.model.column_key(index.column()) == "urgency":
                option.font.setBold(True)


class VisitDetail(DetailPanel):
    """One visit at a glance: when, who, what for, the request or series, and the log."""

    def __init__(self, desk: Desk, now: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__("visit_detail", parent)
        self.desk = desk
        self.now = now
        self.setMinimumWidth(240)
        self.show_visit(None)

    def show_visit(self, visit_id: int | None) -> None:
        self.show_record(
            visit_id, tr("Choose a visit to see its tutor, topics, request or series, and log."),
            self._html)

    def _html(self, visit_id: int) -> str:
        desk = self.desk
        visit = desk.visits.get(visit_id)
        schools = dict(desk.schools.choices(include_archived=True))
        status = escape(visit.status.label)
        if visit.status is VisitStatus.CANCELLED:
            status = f"<span style='color: #b3261e; font-weight: bold'>{status}</span>"
        parts = [f"<h3 style='margin-top: 0px; margin-bottom: 2px'>"
                 f"{escape(schools.get(visit.school_id, '—'))}</h3>",
                 P + escape(when_text(visit.starts_at, visit.ends_at)) + " · " + status + "<br>"
                 + escape(visit.purpose.label) + "</p>"]
        parts += [heading(tr("Tutor")), P + escape(desk.tutors.get(visit.tutor_id).name)
                  + "</p>"]
        topics = ", ".join(name for _id, name in desk.visits.topics_of(visit_id))
        if topics:
            parts += [heading(tr("Topics")), P + escape(topics) + "</p>"]
        if visit.request_id is not None:
            request = desk.requests.get(visit.request_id)
            asked = request.asked_by_name or request.asked_by.label
            parts += [heading(tr("Request")), P + escape(tr(
                "Asked by {who} on {day} · {status}").format(
                who=asked, day=format_date(request.received_on),
                status=request.status.label.lower())) + "</p>"]
        series = desk.visits.series_of(visit_id)
        if series is not None:
            rule = series_rule(series.rule, visit.starts_at, visit.ends_at)
            parts += [heading(tr("Recurring")), P + escape(rule) + "<br>" + escape(
                tr("{first} – {last}").format(first=format_date(series.first_day),
                                              last=format_date(series.last_day))) + "</p>"]
        if visit.override_reason:
            parts += [heading(tr("Booked despite conflicts")),
                      P + f"<span style='background-color: {OVERRIDE_COLOR}; "
                      f"color: {OVERRIDE_TEXT}'>&nbsp;{escape(visit.override_reason)}&nbsp;"
                      "</span></p>"]
        if visit.status is VisitStatus.DONE:
            log = []
            if visit.teachers_reached is not None:
                log.append(tr("%n teachers reached", None, visit.teachers_reached))
            minutes = visit.spent_minutes if visit.spent_minutes is not None else visit.minutes
            log.append(tr("{h} h spent").format(
                h=format_number(minutes / 60, 2).rstrip("0").rstrip(",.")))
            if visit.follow_up:
                log.append(tr("Follow-up needed"))
            names = ", ".join(name for _id, name in desk.visits.teachers_of(visit_id))
            parts += [heading(tr("Log")), P + "<br>".join(escape(x) for x in log)
                      + (f"<br>{escape(names)}" if names else "") + "</p>"]
        elif visit.status is VisitStatus.BOOKED and visit.starts_at <= self.now():
            parts += [P + "<i>" + escape(tr("Not logged yet: Log visit… (Ctrl+L)")) + "</i></p>"]
        if visit.notes:
            parts += [heading(tr("Notes")),
                      P + escape(visit.notes).replace("\n", "<br>") + "</p>"]
        return "".join(parts)


class VisitsPage(ListPage):
    history_kind = RecordKind.VISIT
    shows = PICKED

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None,
                 now: datetime | None = None):
        super().__init__(parent)
        self.desk = desk
        self.pinned_today = today  # tests and demos pin the clock; None: the real one
        self.pinned_now = now

        # -- the travel buffer, a setting for the whole desk, in the title row ----------
        self.travel_buffer = QSpinBox(objectName="travel_buffer")
        self.travel_buffer.setRange(0, 240)
        self.travel_buffer.setSingleStep(5)
        self.travel_buffer.setSuffix(tr(" min"))
        self.travel_buffer.setToolTip(tr("The least time between a tutor's visits at "
                                         "different schools; bookings closer are warned of."))
        self.travel_error = QLabel(styleSheet="color: #b3261e;", objectName="travel_error")
        self.travel_error.hide()
        self._travel_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._travel_timer.timeout.connect(self.save_travel_buffer)
        # not .start directly: the value would become the timer's interval
        self.travel_buffer.valueChanged.connect(lambda _minutes: self._travel_timer.start())
        self._actions_row.addWidget(self.travel_error)
        self._actions_row.addWidget(labelled(tr("Travel buffer:"), self.travel_buffer))

        # -- requests -------------------------------------------------------------------
        requests_row = TitleRow()
        requests_row.addWidget(_section_title(tr("Requests from schools")))
        requests_row.addSpacing(12)
        requests_bar = ActionBar()  # what does not fit the width is under "More"
        requests_row.addWidget(requests_bar)
        self.new_request_action = action_button(
            self, requests_bar, tr("New request"), self.add_request, "Ctrl+Shift+R",
            tr("Record a school's request"))
        self.edit_request_action = action_button(
            self, requests_bar, tr("Edit request"), self.edit_request)
        self.cancel_request_action = action_button(
            self, requests_bar, tr("Cancel request"), self.cancel_request)
        self.propose_action = action_button(
            self, requests_bar, tr("Propose tutors…"), self.propose, "Ctrl+P",
            tr("Tutors ranked for the request, with their earliest free slots"))
        self.import_requests_action = action_button(
            self, requests_bar, tr("Import requests…"), self.import_requests, None,
            tr("Take in the answers of a request form exported to Excel"))
        requests_row.addStretch(1)
        self.requests = ListPanel(
            desk.requests.list_source(), "visit_requests",
            lambda n: tr("Requests: {n}").format(n=n),
            tr("No open requests. Record one with “New request” (Ctrl+Shift+R)."),
            columns=request_looks(self.today()))
        self.requests.set_filter("open", True)
        self.show_closed = QCheckBox(tr("Show done and cancelled"),
                                     objectName="requests_show_closed")
        self.show_closed.toggled.connect(lambda on: self.requests.set_filter("open", not on))
        self.requests.add_control(self.show_closed)
        self.requests.show_column("received_on", False)  # "Waiting" says it
        self.urgency_delegate = UrgencyDelegate(self.requests)
        self.requests.view.setItemDelegate(self.urgency_delegate)
        self.requests.activated.connect(lambda _id: self.propose())
        self.requests.selection_changed.connect(self._update_request_actions)
        self.requests.model.modelReset.connect(self._update_request_actions)
        requests_box = QWidget(objectName="requests_box")
        box = QVBoxLayout(requests_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(requests_row)
        box.addWidget(self.requests)

        # -- visits ---------------------------------------------------------------------
        visits_row = TitleRow()
        visits_row.addWidget(_section_title(tr("Tutors' visits")))
        visits_row.addSpacing(12)
        visits_bar = ActionBar()
        visits_row.addWidget(visits_bar)
        self.new_action = action_button(
            self, visits_bar, tr("New visit"), self.add, QKeySequence.StandardKey.New)
        self.series_action = action_button(
            self, visits_bar, tr("Recurring visits…"), self.add_series, "Ctrl+Alt+N",
            tr("Book a visit that repeats, skipping breaks and conflicts"))
        self.move_action = action_button(
            self, visits_bar, tr("Move…"), self.move, "F2",
            tr("Move the visit or change its tutor, topics, notes"))
        self.log_action = action_button(
            self, visits_bar, tr("Log visit…"), self.log, "Ctrl+L",
            tr("Record what the visit achieved"))
        self.cancel_action = action_button(
            self, visits_bar, tr("Cancel visit…"), self.cancel_visit)
        self.confirm_action = action_button(
            self, visits_bar, tr("Send confirmation…"), self.send_confirmation, None,
            tr("An e-mail confirming the visit to the school or the tutor"))
        self.ics_action = action_button(
            self, visits_bar, tr("Add to calendar (.ics)…"), self.save_ics)
        visits_row.addStretch(1)
        panel = ListPanel(
            desk.visits.list_source(), "visits",
            lambda n: tr("Visits: {n}").format(n=n),
            tr("No visits here. Book one with “New visit” (Ctrl+N), from a request with "
               "“Propose tutors…” (Ctrl+P), or choose another period."),
            columns=visit_looks())
        self.set_list(panel, [self.move_action, self.log_action, self.cancel_action,
                              self.confirm_action, self.ics_action])
        for key in ("request", "notes", "reached"):
            panel.show_column(key, False)
        self.delegate = CancelledDelegate(panel)
        panel.view.setItemDelegate(self.delegate)

        self.filters = FilterBar("visits")
        # opens on this school year, as Lessons does: a question about now reads no
        # years of history (issue 25)
        self.periods = YearPeriodPicker(desk, self.filters, self.today, own=[
            (PAST, tr("Past"), lambda today: (None, today))])
        self.period_picker = self.periods.picker
        self.status_picker = self.filters.picker("status", tr("Status"), [
            (None, tr("Any status")), *((s.value, s.label) for s in VisitStatus)],
            remember=True)
        self.tutor_picker = self.filters.picker("tutor", tr("Tutor"),
                                                [(None, tr("Any tutor"))])
        self.school_picker = self.filters.picker("school", tr("School"),
                                                 [(None, tr("Any school"))])
        self.filters.finish()
        self.filters.changed.connect(self._apply_filters)
        self._apply_filters()

        self.detail = VisitDetail(desk, self.now)
        self.visits_splitter = RememberedSplitter(
            Qt.Orientation.Horizontal, "visits/detail_splitter", [panel, self.detail], (3, 1),
            (760, 300))
        visits_box = QWidget(objectName="visits_box")
        box = QVBoxLayout(visits_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(visits_row)
        box.addWidget(self.filters)
        box.addWidget(self.visits_splitter, 1)

        self.splitter = RememberedSplitter(Qt.Orientation.Vertical, "visits/splitter",
                                           [requests_box, visits_box], (2, 3), (260, 440))
        self.body.addWidget(self.splitter, 1)
        panel.selection_changed.connect(self.show_detail)
        panel.model.modelReset.connect(self.show_detail)
        self._update_request_actions()

    # -- building -------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.pinned_now or datetime.now()

    def today(self) -> date:
        if self.pinned_today is not None:
            return self.pinned_today
        return self.pinned_now.date() if self.pinned_now is not None else date.today()

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.reload_choices()
        self._load_travel_buffer()
        self.requests.start()
        self.list.start()
        self.show_detail()
        self.requests.view.setFocus()

    def refresh(self) -> None:
        self.reload_choices()
        self._load_travel_buffer()
        self.requests.refresh()
        self.list.refresh()

    def refresh_extras(self, changes: Changes) -> None:
        """The pickers' tutors and schools, the term, and the travel buffer; the detail
        follows the list."""
        if changes.touches(PICKED - {RecordKind.SETTING}):
            self.reload_choices()
        if changes.touches({RecordKind.SETTING}):
            self._load_travel_buffer()

    def save_state(self) -> None:
        super().save_state()
        self.requests.save_state()
        self.splitter.save()
        self.visits_splitter.save()

    def reload_choices(self) -> None:
        """Tutors, schools and school years may have changed on other pages."""
        self.periods.reload()
        self.filters.refill("tutor", self.desk.tutors.choices())
        self.filters.refill("school", self.desk.schools.choices())
        self._apply_filters()

    def period(self) -> tuple[date | None, date | None]:
        """The first and last day the period picker shows (None: open)."""
        return self.periods.days()

    def _apply_filters(self) -> None:
        first, last = self.period()
        self.list.set_filter("from", first)
        self.list.set_filter("until", last)
        for key, name in zip(FILTER_KEYS, ("status", "tutor", "school"), strict=True):
            self.list.set_filter(key, self.filters.value(name))

    def show_detail(self) -> None:
        self.detail.show_visit(self.list.selected_id())

    # -- the travel buffer ----------------------------------------------------------------
    def _load_travel_buffer(self) -> None:
        minutes = self.desk.settings.travel_buffer_minutes
        self.travel_buffer.blockSignals(True)
        self.travel_buffer.setValue(minutes)
        self.travel_buffer.blockSignals(False)

    def save_travel_buffer(self) -> bool:
        """Keep the travel buffer in the database; a refusal is shown beside it."""
        self._travel_timer.stop()
        minutes = self.travel_buffer.value()
        try:
            perform(lambda: self.desk.settings.set_int("travel_buffer_minutes", minutes),
                    initiator=self)
        except ValidationError as exc:
            self.travel_error.setText(exc.errors.get("travel_buffer_minutes", str(exc)))
            self.travel_error.show()
            return False
        self.travel_error.hide()
        return True

    # -- actions' state -------------------------------------------------------------------
    def _update_actions(self) -> None:
        super()._update_actions()
        if self.list is None:
            return
        row = self.list.selected_row()
        model = self.list.model
        status = model.value(row, "status") if row is not None else None
        self.cancel_action.setEnabled(status is VisitStatus.BOOKED)
        self.log_action.setEnabled(status is not None and status is not VisitStatus.CANCELLED)
        self.move_action.setEnabled(status is VisitStatus.BOOKED)

    def _update_request_actions(self) -> None:
        row = self.requests.selected_row()
        status = self.requests.model.value(row, "status") if row is not None else None
        for act in (self.edit_request_action,):
            act.setEnabled(row is not None)
        for act in (self.cancel_request_action, self.propose_action):
            act.setEnabled(status in OPEN)

    # -- what the calendar and Today call -------------------------------------------------
    def show_visit(self, visit_id: int) -> bool:
        """Select the visit, widening the filters if they hide it."""
        return self.select_record(self.list, visit_id)

    def panel_for(self, kind: RecordKind) -> ListPanel:
        return self.requests if kind is RecordKind.REQUEST else self.list

    def widen_filters(self, panel: ListPanel) -> None:
        if panel is self.requests:
            self.show_closed.setChecked(True)
            return
        self._set_filters(ALL, None)

    def apply_target_filters(self, filters: dict[str, object]) -> None:
        """Open requests, or visits of a status before or after today (Today's rules)."""
        if "open" in filters:
            self.show_closed.setChecked(not filters["open"])
            self.requests.view.setFocus()
            return
        until, first = filters.get("until"), filters.get("from")
        period = (PAST if until is not None and until < self.today() else
                  UPCOMING if first is not None and first >= self.today() else ALL)
        self._set_filters(period, filters.get("status"))
        self.list.view.setFocus()

    def _set_filters(self, period: str, status: str | None) -> None:
        """The period and status, any tutor and school, no filter text."""
        self.list.clear_search()
        self.filters.set(period=period, status=status, tutor=None, school=None)

    def open_visit(self, visit_id: int) -> None:
        """Select the visit and open it: moving a booked one to come, or logging one that
        has begun."""
        if self.show_visit(visit_id):
            self.edit()

    def plan_visit_at(self, starts_at: datetime) -> None:
        """A new visit of 90 minutes starting at ``starts_at``."""
        self._booked(edit_visit(self, self.desk, now=self.now(), starts_at=starts_at))

    # -- actions --------------------------------------------------------------------------
    def _booked(self, visit_id: int | list[int] | None) -> None:
        """Show the visit booked (the lists have read it again already)."""
        if isinstance(visit_id, list):
            visit_id = visit_id[0] if visit_id else None
        if visit_id is not None:
            self.show_visit(visit_id)

    def add(self) -> None:
        self._booked(edit_visit(self, self.desk, now=self.now()))

    def add_series(self) -> None:
        self._booked(new_visit_series(self, self.desk, now=self.now()))

    def edit(self) -> None:
        """Open the selected visit: move a booked one to come; log one that has begun."""
        row = self.list.selected_row()
        if row is None:
            return
        status = self.list.model.value(row, "status")
        starts_at = self.list.model.value(row, "starts_at")
        if status is VisitStatus.BOOKED and starts_at > self.now():
            self.move()
        elif status is not VisitStatus.CANCELLED:
            self.log()

    def move(self) -> None:
        visit_id = self.list.selected_id()
        if visit_id is not None:
            edit_visit(self, self.desk, visit_id, now=self.now())

    def log(self) -> None:
        visit_id = self.list.selected_id()
        if visit_id is not None:
            log_visit(self, self.desk, visit_id, now=self.now())

    def send_confirmation(self) -> None:
        from coachdesk.ui.dialogs.communication_actions import send_visit_confirmation

        visit_id = self.list.selected_id()
        if visit_id is not None:
            send_visit_confirmation(self, self.desk, visit_id)

    def save_ics(self) -> None:
        from coachdesk.ui.dialogs.communication_actions import save_visit_ics

        visit_id = self.list.selected_id()
        if visit_id is not None:
            save_visit_ics(self, self.desk, visit_id)

    def cancel_visit(self) -> None:
        visit_id = self.list.selected_id()
        if visit_id is None:
            return
        visit = self.desk.visits.get(visit_id)
        schools = dict(self.desk.schools.choices(include_archived=True))
        what = tr("the visit to {school} on {when}").format(
            school=schools.get(visit.school_id, "—"),
            when=when_text(visit.starts_at, visit.ends_at))
        if visit.series_id is not None:
            choice = messages.choose(
                self, tr("Cancel visit"),
                tr("Cancel {what}? It is one of a recurring series: cancel this visit "
                   "only, or this and all the following ones? Tell the school.").format(
                    what=what),
                [tr("This visit only"), tr("This and all following")])
            if choice is None:
                return
            scope = Scope.FOLLOWING if choice == 1 else Scope.THIS
        else:
            if not messages.confirm(
                    self, tr("Cancel visit"),
                    tr("Cancel {what}? It stays in the list as cancelled; tell the "
                       "school.").format(what=what), tr("Cancel visit")):
                return
            scope = Scope.THIS
        run_op(self, lambda: self.desk.visits.cancel(visit_id, scope), initiator=self)

    # -- requests -------------------------------------------------------------------------
    def add_request(self) -> None:
        request_id = edit_request(self, self.desk, today=self.today())
        if request_id is not None:
            self.requests.select_id(request_id)

    def import_requests(self) -> None:
        from coachdesk.services.form_rows import FormKind
        from coachdesk.ui.dialogs.form_import_wizard import FormImportWizard

        FormImportWizard(self.desk, (FormKind.REQUESTS,), self).exec()

    def edit_request(self) -> None:
        request_id = self.requests.selected_id()
        if request_id is not None:
            edit_request(self, self.desk, request_id, today=self.today())

    def cancel_request(self) -> None:
        request_id = self.requests.selected_id()
        if request_id is None:
            return
        row = self.requests.selected_row()
        school = self.requests.model.value(row, "school")
        if not messages.confirm(
                self, tr("Cancel request"),
                tr("Cancel the request of {school}? Visits already booked for it stay "
                   "booked.").format(school=school), tr("Cancel request")):
            return
        run_op(self, lambda: self.desk.requests.cancel(request_id), initiator=self)

    def propose(self) -> None:
        request_id = self.requests.selected_id()
        row = self.requests.selected_row()
        if request_id is None or self.requests.model.value(row, "status") not in OPEN:
            return
        visit_id = propose_tutors(self, self.desk, request_id, today=self.today(),
                                  now=self.now())
        if visit_id is not None:
            self._booked(visit_id)
            self.requests.select_id(request_id)
