"""The Calendar page: the week or the month of planned lessons and school visits.

It reads only the period on screen (:meth:`CalendarPage.read`, beside the window: a month
of a big city holds thousands of bookings): the events, the school calendar's breaks and,
with a tutor chosen, that tutor's released time, which the week shades; ``loaded`` says
when it is shown. With all tutors and more of them booked than the week's colours tell
apart, the period shows as an overview with a row per tutor (``TutorOverview``), which the
search box narrows to tutors or schools without reading again; a click on a name shows
that tutor's week. Activating a lesson emits ``open_lesson``, a visit ``open_visit``;
double-clicking empty time emits ``plan_lesson_at`` with the quarter hour, and the main
window opens the form for each.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from coachdesk.domain.formats import format_date_range
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.background import in_background
from coachdesk.ui.pages.base import Page
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.filter_bar import FilterBar
from coachdesk.ui.widgets.month_view import WEEKS, MonthView, grid_start
from coachdesk.ui.widgets.tutor_overview import (
    LESSON_COLOR,
    VISIT_COLOR,
    Keys,
    TutorOverview,
    TutorRow,
    matching,
    narrowed,
    search_keys,
    tutor_rows,
)
from coachdesk.ui.widgets.week_view import CANCELLED, PALETTE, WeekView, describe, tutor_color

WEEK, MONTH = "week", "month"
KEY = "planning"
RELEASED_SWATCH = "#a8d4a0"  # the week's released-time shading, as a legend square
# All tutors show as an overview, a row each, once more of them have bookings in the
# period than the week has colours to tell them apart.
HANDFUL = len(PALETTE)


def month_names() -> list[str]:
    return [tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"),
            tr("July"), tr("August"), tr("September"), tr("October"), tr("November"),
            tr("December")]


def week_text(monday: date) -> str:
    """"Week 48 · 23.–29.11.2026"."""
    return tr("Week {week} · {days}").format(
        week=monday.isocalendar().week, days=format_date_range(monday, monday + timedelta(6)))


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# what the pickers offer; the rest the period on screen shows
CHOICES = frozenset({RecordKind.TUTOR, RecordKind.SCHOOL})


@dataclass(frozen=True)
class PeriodQuery:
    """What the page reads and shows: a week or a month (its grid's days), and the tutor
    and school chosen."""

    mode: str
    first: date
    last: date
    tutor_id: int | None
    school_id: int | None

    @property
    def released(self) -> bool:
        """Whether the chosen tutor's released time is shaded (a week)."""
        return self.tutor_id is not None and self.mode == WEEK

    def month(self) -> date:
        """The first of the month shown: a month's grid starts within its first week."""
        day = self.first + timedelta(days=6)
        return date(day.year, day.month, 1)


@dataclass(frozen=True)
class PeriodRead:
    """What :meth:`CalendarPage.read` found for a :class:`PeriodQuery`."""

    query: PeriodQuery
    events: list[Any]
    breaks: dict[date, str] = field(default_factory=dict)
    released: list[tuple[datetime, datetime]] = field(default_factory=list)
    keys: Keys = field(default_factory=dict)  # what the search box looks in
    rows: list[TutorRow] | None = None  # the overview's rows, when many tutors are booked


def swatch(color: str, name: str, mark: str = "■") -> str:
    """A legend's coloured square and its name, which never breaks across lines."""
    return (f'<span style="white-space:nowrap"><span style="color:{color}; '
            f'font-size:large">{mark}</span>&nbsp;{escape(name)}</span>')


def overview_days(query: PeriodQuery) -> list[date]:
    """A week's days, or the month's own (not the weeks around it its grid shows)."""
    if query.mode == WEEK:
        first, last = query.first, query.last
    else:
        first = query.month()
        last = add_months(first, 1) - timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


class CalendarPage(Page):
    shows = frozenset({RecordKind.LESSON, RecordKind.VISIT, RecordKind.TUTOR, RecordKind.SCHOOL,
                       RecordKind.SCHOOL_YEAR, RecordKind.TERM, RecordKind.BREAK})

    open_lesson = Signal(int)
    open_visit = Signal(int)
    plan_lesson_at = Signal(object)  # a datetime, on the quarter hour
    loaded = Signal()  # the period asked for is read and shown

    def __init__(self, desk: Desk, parent: QWidget | None = None,
                 today: date | Callable[[], date] | None = None):
        super().__init__(parent)
        self.desk = desk
        self._today = today
        self.mode = WEEK
        self.anchor = self.today()
        self._tutor_names: dict[int, str] = {}
        self._events: list[Any] = []
        self._read: PeriodRead | None = None  # what is shown, as last read
        self._reading = False  # a read is under way beside the window
        self._again = False  # and the period or the records changed meanwhile
        self._focus_view = False  # the view shown next takes the keyboard
        # what activating an event of each kind does; visits join here later
        self.openers: dict[str, Callable[[int], None]] = {"lesson": self.open_lesson.emit,
                                                          "visit": self.open_visit.emit}

        self.week_action = self.action(tr("Week"), lambda: self.set_mode(WEEK), "Alt+W",
                                       tr("Show a week"))
        self.month_action = self.action(tr("Month"), lambda: self.set_mode(MONTH), "Alt+M",
                                        tr("Show a month"))
        modes = QActionGroup(self)
        for act in (self.week_action, self.month_action):
            act.setCheckable(True)
            modes.addAction(act)
        self._actions_row.addSpacing(12)
        self.previous_action = self._nav(tr("Previous"), -1, "Alt+Left", "PgUp",
                                         tr("The previous week or month"))
        self.today_action = self.action(tr("Today"), self.go_today, "Alt+Home",
                                        tr("Back to this week or month"))
        self.next_action = self._nav(tr("Next"), 1, "Alt+Right", "PgDown",
                                     tr("The next week or month"))

        self.period_label = QLabel()
        self.period_label.setObjectName("planning_period")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.period_label.setFont(font)
        # not among the remembered filters: a search is for now
        self.search_box = QLineEdit(objectName=f"{KEY}_search",
                                    placeholderText=tr("Find a tutor or school…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(tr("Show only the tutors whose name, or the bookings whose "
                                      "school or title, holds this text"))
        # the placeholder, the clear button and the frame; in the title row, which has room
        self.search_box.setMinimumWidth(
            self.search_box.fontMetrics().horizontalAdvance(self.search_box.placeholderText())
            + 40)
        self.search_box.textChanged.connect(self._filters_changed)
        self.search_box.returnPressed.connect(lambda: self.stack.currentWidget().setFocus())
        self._actions_row.insertSpacing(1, 24)
        self._actions_row.insertWidget(2, self.search_box)
        self.filters = FilterBar(KEY, spacing=8)
        self.tutor_picker = self.filters.picker("tutor", tr("&Tutor:"),
                                                [(None, tr("All tutors"))], remember=True,
                                                min_chars=16)
        self.school_picker = self.filters.picker("school", tr("&School:"),
                                                 [(None, tr("All schools"))], remember=True,
                                                 min_chars=16)
        self.whole_week = self.filters.check("whole_week", tr("Whole wee&k"), remember=True,
                                             tip=tr("Show Saturday and Sunday too"))
        self.filters.changed.connect(self._filters_changed)
        controls = QHBoxLayout()
        controls.addWidget(self.period_label)
        controls.addStretch(1)
        controls.addWidget(self.filters)
        self.body.addLayout(controls)

        self.week = WeekView()
        self.month = MonthView()
        self.overview = TutorOverview()
        self.week.event_activated.connect(self._activated)
        self.week.event_selected.connect(self._selected)
        self.week.empty_slot_activated.connect(self.plan_lesson_at.emit)
        self.month.day_activated.connect(self.show_week_of)
        self.overview.event_activated.connect(self._activated)
        self.overview.event_selected.connect(self._selected)
        self.overview.empty_slot_activated.connect(self.plan_lesson_at.emit)
        self.overview.tutor_chosen.connect(self.show_tutor)
        self.stack = QStackedWidget()
        for view in (self.week, self.month, self.overview):
            self.stack.addWidget(view)
        self.body.addWidget(self.stack, 1)

        self.legend = QLabel()
        self.legend.setObjectName("planning_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setObjectName("planning_details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(dark);")
        self.body.addWidget(self.legend)
        self.body.addWidget(self.details)
        self._restore()

    # -- building -------------------------------------------------------------------------
    def _nav(self, text: str, step: int, shortcut: str, other: str, tip: str):
        act = self.action(text, lambda: self.move(step), shortcut, tip)
        act.setShortcuts([QKeySequence(shortcut), QKeySequence(other)])
        native = QKeySequence.SequenceFormat.NativeText
        act.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(native)}, "
                       f"{QKeySequence(other).toString(native)})")
        return act

    def _restore(self) -> None:
        self._switch(MONTH if settings().value(f"{KEY}/mode", WEEK) == MONTH else WEEK)

    # -- the date -------------------------------------------------------------------------
    def today(self) -> date:
        if self._today is None:
            return date.today()
        return self._today() if callable(self._today) else self._today

    def first_day(self) -> date:
        if self.mode == MONTH:
            return grid_start(self.anchor.year, self.anchor.month)
        return self.anchor - timedelta(days=self.anchor.weekday())

    def last_day(self) -> date:
        if self.mode == MONTH:
            return self.first_day() + timedelta(days=WEEKS * 7 - 1)
        return self.first_day() + timedelta(days=self._week_days() - 1)

    def _week_days(self) -> int:
        return 7 if self.whole_week.isChecked() else 5

    def _switch(self, mode: str) -> None:
        """Week or month, without reading (the view follows what is read)."""
        self.mode = mode
        (self.month_action if mode == MONTH else self.week_action).setChecked(True)
        self.whole_week.setVisible(mode == WEEK)

    def set_mode(self, mode: str) -> None:
        self._switch(mode)
        self._focus_view = True
        self.reload()

    def move(self, step: int) -> None:
        """One week or one month on (``step`` 1) or back (-1)."""
        if self.mode == MONTH:
            self.anchor = add_months(self.anchor, step)
        else:
            self.anchor += timedelta(days=7 * step)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.today()
        self.reload()

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode(WEEK)

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.reload()

    def show_tutor(self, tutor_id: int, day: date | None = None) -> None:
        """From the overview to one tutor: their week of ``day``, or the same period."""
        if day is not None:
            self.anchor = day
            self._switch(WEEK)
        self._focus_view = True
        self.choose_tutor(tutor_id)

    # -- filters --------------------------------------------------------------------------
    def tutor_id(self) -> int | None:
        return self.filters.value("tutor")

    def school_id(self) -> int | None:
        return self.filters.value("school")

    def choose_tutor(self, tutor_id: int | None) -> None:
        self.filters.set(tutor=tutor_id)

    def choose_school(self, school_id: int | None) -> None:
        self.filters.set(school=school_id)

    def search_text(self) -> str:
        """What the search box narrows all tutors' bookings to (not one tutor's)."""
        return self.search_box.text().strip() if self.tutor_id() is None else ""

    def _filters_changed(self) -> None:
        if not self._reading and self._read is not None and self._read.query == self._query():
            self.show_read(self._read)  # only the search changed: nothing to read again
        else:
            self.reload()

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._load_choices()
        self.reload()

    def refresh_for(self, changes: Changes) -> None:
        """The pickers when tutors or schools changed; the period on screen always."""
        if changes.touches(CHOICES):
            self._load_choices()
        self.reload()

    def save_state(self) -> None:
        settings().setValue(f"{KEY}/mode", self.mode)  # the filters keep themselves

    def _load_choices(self) -> None:
        tutors = self.desk.tutors.choices()
        self._tutor_names = dict(tutors)
        self.week.tutor_names = self.month.tutor_names = self._tutor_names
        self.filters.refill("tutor", tutors)
        self.filters.refill("school", self.desk.schools.choices())

    def _query(self) -> PeriodQuery:
        return PeriodQuery(self.mode, self.first_day(), self.last_day(), self.tutor_id(),
                           self.school_id())

    def is_reading(self) -> bool:
        """Whether a period is being read (``loaded`` follows)."""
        return self._reading

    def reload(self) -> None:
        """Read the period asked for again, beside the window (a month of a big city takes
        a while), and show it once read; what is shown stays until then."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        query, names = self._query(), self._tutor_names
        in_background(self, lambda: self.read(query, names), self._arrived, self._failed)

    def _arrived(self, read: PeriodRead) -> None:
        self._reading = False
        if self._again:  # the period or the records changed meanwhile: that one, then
            self._again = False
            self.reload()
            return
        self.show_read(read)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self._reading = self._again = False
        messages.error(self, message)
        self.loaded.emit()

    def read(self, query: PeriodQuery, names: dict[int, str]) -> PeriodRead:
        """Everything the page shows for ``query``, from the services only (no widget is
        touched), so that it can run beside the window; ``names`` are the tutors'."""
        first, last, tutor, school = query.first, query.last, query.tutor_id, query.school_id
        events = sorted(
            self.desk.lessons.events(first, last, tutor_id=tutor, school_id=school)
            + self.desk.visits.events(first, last, tutor_id=tutor, school_id=school),
            key=lambda e: (e.starts_at, e.kind, e.id))
        calendar = self.desk.school_years.calendar(first, last)
        breaks = {}
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            found = calendar.break_on(day)
            if found is not None:
                breaks[day] = found.name
        released = (self.desk.tutors.planned_slots(tutor, first, last)
                    if query.released and tutor is not None else [])
        rows = None
        if tutor is None and len({i for e in events for i in e.tutor_ids}) > HANDFUL:
            days = overview_days(query)
            rows = tutor_rows([e for e in events if days[0] <= e.starts_at.date() <= days[-1]],
                              names)
        return PeriodRead(query, events, breaks, released, search_keys(events), rows)

    def show_read(self, read: PeriodRead) -> None:
        """Show what :meth:`read` found, the period's title with it: as the overview when
        many tutors are booked."""
        self._read, query = read, read.query
        month = query.month()
        if query.mode == MONTH:
            self.month.set_month(month.year, month.month)
            self.period_label.setText(tr("{month} {year}").format(
                month=month_names()[month.month - 1], year=month.year))
        else:
            self.week.set_period(query.first, (query.last - query.first).days + 1)
            self.period_label.setText(week_text(query.first))
        today = self.today()
        search = self.search_text()
        self.search_box.setEnabled(query.tutor_id is None)
        if read.rows is not None:
            self.overview.set_period(overview_days(query), by_hour=query.mode == WEEK)
            self.overview.set_today(today)
            self.overview.set_breaks(read.breaks)
            self.overview.empty_text = tr("No tutor or school matches “{text}”.").format(
                text=search)
            self.overview.set_rows(narrowed(read.rows, search, read.keys))
            self._show_view(self.overview)
            self._show_overview_legend(sum(1 for r in read.rows if r.tutor_id is not None))
            self._show_details(self.overview.selected_event())
            return
        events = matching(read.events, self._tutor_names, search, read.keys)
        self._events = events
        view = self.month if query.mode == MONTH else self.week
        view.set_today(today)
        view.set_breaks(read.breaks)
        view.set_events(events)
        if query.mode == WEEK:
            self.week.set_released(read.released)
        self._show_view(view)
        self._show_legend(events)
        self._show_details(self.week.selected_event() if query.mode == WEEK else None)

    def _show_view(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        if self._focus_view:  # the week or month chosen, or a tutor drilled into
            self._focus_view = False
            view.setFocus()

    def is_overview(self) -> bool:
        return self.stack.currentWidget() is self.overview

    def events_shown(self) -> list[Any]:
        """The events the page shows now (the week's boxes, the month's events, or the
        overview's bookings)."""
        if self.is_overview():
            return self.overview.events()
        if self.mode == MONTH:
            return [e for day in self.month.days() for e in self.month.events_on(day)]
        return self.week.events_shown()

    # -- telling ------------------------------------------------------------------------
    def _show_legend(self, events: list[Any]) -> None:
        tutor = self.tutor_id()
        if tutor is not None:
            parts = [swatch(tutor_color(tutor).name(), self._tutor_names.get(tutor, ""))]
            if self.mode == WEEK:
                parts.append(swatch(RELEASED_SWATCH, tr("Released time")))
        else:
            seen: list[int] = []
            for event in events:
                seen += [i for i in event.tutor_ids if i not in seen]
            seen.sort(key=lambda i: self._tutor_names.get(i, "").casefold())
            parts = [swatch(tutor_color(i).name(),
                            self._tutor_names.get(i, tr("tutor {id}").format(id=i)))
                     for i in seen]
        if not events:
            parts.append(escape(tr("Nothing planned in this period.")
                                if not self.search_text()
                                else tr("Nothing planned matches “{text}”.").format(
                                    text=self.search_text())))
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def _show_overview_legend(self, booked: int) -> None:
        """How many tutors are shown, and the colours the overview uses for what it shows."""
        rows = self.overview.rows()
        shown = sum(1 for r in rows if r.tutor_id is not None)
        if self.search_text():
            count = tr("Tutors shown: {shown} of {booked}").format(shown=shown, booked=booked)
        else:
            count = tr("Tutors with bookings: {booked}").format(booked=booked)
        parts = [f"<b>{escape(count)}</b>"]
        if self.mode == WEEK:
            kinds = {e.kind for row in rows for e in row.events}
            if RecordKind.LESSON in kinds:
                parts.append(swatch(LESSON_COLOR.name(), tr("Lesson")))
            if RecordKind.VISIT in kinds:
                parts.append(swatch(VISIT_COLOR.name(), tr("Visit")))
            if any(e.status == CANCELLED for row in rows for e in row.events):
                # drawn pale with a dashed edge: an empty square says it best
                parts.append(swatch(LESSON_COLOR.name(), tr("Cancelled"), "□"))
        elif rows:
            parts.append(escape(tr("A day's number is its bookings; the darker the day, the "
                                   "more hours booked.")))
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def _selected(self, kind: str, event_id: int) -> None:
        self._show_details((kind, event_id))

    def _show_details(self, key: tuple[str, int] | None) -> None:
        event = (self.overview.booking(key) if self.is_overview()
                 else next((e for e in self._events if (e.kind, e.id) == key), None))
        if event is not None and self.mode == WEEK:
            self.details.setText(describe(event, self._tutor_names))
        elif self.is_overview():
            self.details.setText(
                tr("Click a name to see that tutor's week. Double-click a booking to open "
                   "it, or empty time to plan a lesson there.") if self.mode == WEEK else
                tr("Click a name to see that tutor's month, or a day to see their week."))
        elif self.mode == MONTH:
            self.details.setText(tr("Click a day to see its week."))
        else:
            self.details.setText(tr("Double-click an event to open it, or empty time to plan "
                                    "a lesson there."))

    def _activated(self, kind: str, event_id: int) -> None:
        opener = self.openers.get(kind)
        if opener is not None:
            opener(event_id)
