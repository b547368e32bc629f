"""The Calendar page: the week or the month of planned lessons and school visits.

It reads only the period on screen: the events, the school calendar's breaks and, with a
tutor chosen, that tutor's released time, which the week shades. Activating a lesson emits
``open_lesson``, a visit ``open_visit``; double-clicking empty time emits
``plan_lesson_at`` with the quarter hour, and the main window opens the form for each.
"""

from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.pages.base import Page
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.month_view import MonthView
from coachdesk.ui.widgets.week_view import WeekView, describe, tutor_color

WEEK, MONTH = "week", "month"
KEY = "planning"
RELEASED_SWATCH = "#a8d4a0"  # the week's released-time shading, as a legend square


def month_names() -> list[str]:
    return [tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"),
            tr("July"), tr("August"), tr("September"), tr("October"), tr("November"),
            tr("December")]


def span_text(first: date, last: date) -> str:
    """23.–29.11.2026, 30.11.–6.12.2026 or 28.12.2026–3.1.2027, the Finnish way."""
    if first.year != last.year:
        return f"{first.day}.{first.month}.{first.year}–{last.day}.{last.month}.{last.year}"
    if first.month != last.month:
        return f"{first.day}.{first.month}.–{last.day}.{last.month}.{last.year}"
    return f"{first.day}.–{last.day}.{last.month}.{last.year}"


def week_text(monday: date) -> str:
    """"Week 48 · 23.–29.11.2026"."""
    return tr("Week {week} · {days}").format(week=monday.isocalendar().week,
                                             days=span_text(monday, monday + timedelta(6)))


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class CalendarPage(Page):
    shows = frozenset({RecordKind.LESSON, RecordKind.VISIT, RecordKind.TUTOR, RecordKind.SCHOOL,
                       RecordKind.SCHOOL_YEAR, RecordKind.TERM, RecordKind.BREAK})

    open_lesson = Signal(int)
    open_visit = Signal(int)
    plan_lesson_at = Signal(object)  # a datetime, on the quarter hour

    def __init__(self, desk: Desk, parent: QWidget | None = None,
                 today: date | Callable[[], date] | None = None):
        super().__init__(parent)
        self.desk = desk
        self._today = today
        self.mode = WEEK
        self.anchor = self.today()
        self._tutor_names: dict[int, str] = {}
        self._events: list[Any] = []
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
        self.tutor_picker = self._picker("planning_tutor", tr("All tutors"))
        self.school_picker = self._picker("planning_school", tr("All schools"))
        self.whole_week = QCheckBox(tr("Whole wee&k"))
        self.whole_week.setToolTip(tr("Show Saturday and Sunday too"))
        self.whole_week.setObjectName("planning_whole_week")
        self.whole_week.toggled.connect(lambda _on: self.reload())
        tutor_label = QLabel(tr("&Tutor:"))
        tutor_label.setBuddy(self.tutor_picker)
        school_label = QLabel(tr("&School:"))
        school_label.setBuddy(self.school_picker)
        controls = QHBoxLayout()
        controls.addWidget(self.period_label)
        controls.addStretch(1)
        controls.addWidget(tutor_label)
        controls.addWidget(self.tutor_picker)
        controls.addSpacing(8)
        controls.addWidget(school_label)
        controls.addWidget(self.school_picker)
        controls.addSpacing(8)
        controls.addWidget(self.whole_week)
        self.body.addLayout(controls)

        self.week = WeekView()
        self.month = MonthView()
        self.week.event_activated.connect(self._activated)
        self.week.event_selected.connect(self._selected)
        self.week.empty_slot_activated.connect(self.plan_lesson_at.emit)
        self.month.day_activated.connect(self.show_week_of)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.week)
        self.stack.addWidget(self.month)
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
    def _picker(self, name: str, everyone: str) -> QComboBox:
        picker = QComboBox()
        picker.setObjectName(name)
        picker.setMinimumContentsLength(16)
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker.addItem(everyone, None)
        picker.currentIndexChanged.connect(lambda _index: self._filter_changed())
        return picker

    def _nav(self, text: str, step: int, shortcut: str, other: str, tip: str):
        act = self.action(text, lambda: self.move(step), shortcut, tip)
        act.setShortcuts([QKeySequence(shortcut), QKeySequence(other)])
        native = QKeySequence.SequenceFormat.NativeText
        act.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(native)}, "
                       f"{QKeySequence(other).toString(native)})")
        return act

    def _restore(self) -> None:
        state = settings()
        self.mode = MONTH if state.value(f"{KEY}/mode", WEEK) == MONTH else WEEK
        whole = state.value(f"{KEY}/whole_week", False)
        self.whole_week.blockSignals(True)
        self.whole_week.setChecked(whole in (True, "true", "1", 1))
        self.whole_week.blockSignals(False)
        (self.month_action if self.mode == MONTH else self.week_action).setChecked(True)
        self.stack.setCurrentWidget(self.month if self.mode == MONTH else self.week)
        self.whole_week.setVisible(self.mode == WEEK)

    # -- the date -------------------------------------------------------------------------
    def today(self) -> date:
        if self._today is None:
            return date.today()
        return self._today() if callable(self._today) else self._today

    def first_day(self) -> date:
        if self.mode == MONTH:
            return self.month.first_day()
        return self.anchor - timedelta(days=self.anchor.weekday())

    def last_day(self) -> date:
        if self.mode == MONTH:
            return self.month.last_day()
        return self.first_day() + timedelta(days=self._week_days() - 1)

    def _week_days(self) -> int:
        return 7 if self.whole_week.isChecked() else 5

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.month_action if mode == MONTH else self.week_action).setChecked(True)
        self.stack.setCurrentWidget(self.month if mode == MONTH else self.week)
        self.whole_week.setVisible(mode == WEEK)
        self.reload()
        self.stack.currentWidget().setFocus()

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

    # -- filters --------------------------------------------------------------------------
    def tutor_id(self) -> int | None:
        return self.tutor_picker.currentData()

    def school_id(self) -> int | None:
        return self.school_picker.currentData()

    def choose_tutor(self, tutor_id: int | None) -> None:
        self._choose(self.tutor_picker, tutor_id)

    def choose_school(self, school_id: int | None) -> None:
        self._choose(self.school_picker, school_id)

    @staticmethod
    def _choose(picker: QComboBox, item_id: int | None) -> None:
        # findData(None) upsets PySide's reference count of None: "all" is the first item
        picker.setCurrentIndex(0 if item_id is None else max(0, picker.findData(item_id)))

    def _filter_changed(self) -> None:
        self.save_state()
        self.reload()

    def _fill_picker(self, picker: QComboBox, choices: list[tuple[int, str]],
                     wanted: Any) -> None:
        picker.blockSignals(True)
        while picker.count() > 1:
            picker.removeItem(1)
        for item_id, name in choices:
            picker.addItem(name, item_id)
        try:
            wanted = int(wanted) if wanted not in (None, "") else None
        except (TypeError, ValueError):
            wanted = None
        picker.setCurrentIndex(max(0, picker.findData(wanted)) if wanted is not None else 0)
        picker.blockSignals(False)

    # -- loading --------------------------------------------------------------------------
    def start(self) -> None:
        state = settings()
        self._load_choices(state.value(f"{KEY}/tutor"), state.value(f"{KEY}/school"))

    def refresh(self) -> None:
        self._load_choices(self.tutor_id(), self.school_id())

    def save_state(self) -> None:
        state = settings()
        state.setValue(f"{KEY}/mode", self.mode)
        state.setValue(f"{KEY}/whole_week", self.whole_week.isChecked())
        state.setValue(f"{KEY}/tutor", self.tutor_id() if self.tutor_id() is not None else "")
        state.setValue(f"{KEY}/school", self.school_id() if self.school_id() is not None else "")

    def _load_choices(self, tutor: Any, school: Any) -> None:
        try:
            tutors = self.desk.tutors.choices()
            schools = self.desk.schools.choices()
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            return
        self._tutor_names = dict(tutors)
        self.week.tutor_names = self.month.tutor_names = self._tutor_names
        self._fill_picker(self.tutor_picker, tutors, tutor)
        self._fill_picker(self.school_picker, schools, school)
        self.reload()

    def reload(self) -> None:
        """Read the period on screen again and show it."""
        today = self.today()
        if self.mode == MONTH:
            self.month.set_month(self.anchor.year, self.anchor.month)
            self.period_label.setText(
                f"{month_names()[self.anchor.month - 1]} {self.anchor.year}")
        else:
            self.week.set_period(self.first_day(), self._week_days())
            self.period_label.setText(week_text(self.first_day()))
        first, last = self.first_day(), self.last_day()
        tutor = self.tutor_id()
        try:
            events = sorted(
                self.desk.lessons.events(first, last, tutor_id=tutor, school_id=self.school_id())
                + self.desk.visits.events(first, last, tutor_id=tutor,
                                          school_id=self.school_id()),
                key=lambda e: (e.starts_at, e.kind, e.id))
            calendar = self.desk.school_years.calendar(first, last)
            released = (self.desk.tutors.planned_slots(tutor, first, last)
                        if tutor is not None and self.mode == WEEK else [])
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            return
        breaks = {}
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            found = calendar.break_on(day)
            if found is not None:
                breaks[day] = found.name
        self._events = events
        view = self.month if self.mode == MONTH else self.week
        view.set_today(today)
        view.set_breaks(breaks)
        view.set_events(events)
        if self.mode == WEEK:
            self.week.set_released(released)
        self._show_legend(events)
        self._show_details(self.week.selected_event() if self.mode == WEEK else None)

    def events_shown(self) -> list[Any]:
        """The events the page shows now (the week's boxes, or the month's events)."""
        if self.mode == MONTH:
            return [e for day in self.month.days() for e in self.month.events_on(day)]
        return self.week.events_shown()

    # -- telling ------------------------------------------------------------------------
    def _show_legend(self, events: list[Any]) -> None:
        def swatch(color: str, name: str) -> str:
            return (f'<span style="color:{color}; font-size:large">■</span>&nbsp;'
                    f"{escape(name)}")

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
            parts.append(escape(tr("Nothing planned in this period.")))
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def _selected(self, kind: str, event_id: int) -> None:
        self._show_details((kind, event_id))

    def _show_details(self, key: tuple[str, int] | None) -> None:
        event = next((e for e in self._events if (e.kind, e.id) == key), None)
        if self.mode == MONTH:
            self.details.setText(tr("Click a day to see its week."))
        elif event is None:
            self.details.setText(tr("Double-click an event to open it, or empty time to plan "
                                    "a lesson there."))
        else:
            self.details.setText(describe(event, self._tutor_names))

    def _activated(self, kind: str, event_id: int) -> None:
        opener = self.openers.get(kind)
        if opener is not None:
            opener(event_id)
