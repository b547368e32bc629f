"""The planning calendar's overview of many tutors: one row per tutor, the days across.

With more tutors than the week's colours can tell apart, boxes side by side in one day
turn into hairlines; here each tutor keeps a row of their own. A week shows every
booking at its time of day (hours across each day); a month shows each day's number of
bookings, the darker the more hours booked. Lessons and visits differ by colour, a
cancelled booking is pale and dashed.

A click on a name (or, in a month, on a day) emits ``tutor_chosen`` so that the page shows
that tutor's week; a click on a booking selects it, a double-click opens it, and a
double-click on empty time in a week emits ``empty_slot_activated`` with the quarter hour.
Only the rows on screen are drawn, so hundreds of tutors cost no more than a screenful.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QToolTip, QWidget

from coachdesk.domain.formats import format_day_month, format_number
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import search_key, tr
from coachdesk.ui.widgets.week_view import (
    BREAK_FILL,
    CANCELLED,
    FIRST_HOUR,
    LAST_HOUR,
    SLOT_MINUTES,
    TEXT_ON_EVENT,
    TODAY_FILL,
    describe,
    short_day_names,
    side_by_side,
    tint,
)

LESSON_COLOR, VISIT_COLOR = QColor("#4e79a7"), QColor("#59a14f")
BUSY_COLOR = QColor("#4e79a7")  # a month's day, darkest at FULL_DAY_HOURS booked
FULL_DAY_HOURS = 6.0
TOOLTIP_LINES = 12  # a month day's bookings listed in its tooltip before "+N more"


def kind_color(kind: str) -> QColor:
    return VISIT_COLOR if kind == RecordKind.VISIT else LESSON_COLOR


def hours_of(events: Iterable[Any]) -> float:
    """Hours booked: cancelled bookings left out."""
    return sum((e.ends_at - e.starts_at).total_seconds() / 3600 for e in events
               if e.status != CANCELLED)


def hours_text(hours: float) -> str:
    """"7 h", "7,5 h"."""
    hours = round(hours, 1)
    return tr("{hours} h").format(hours=format_number(hours, 0 if hours.is_integer() else 1))


@dataclass(frozen=True)
class TutorRow:
    """One tutor's row: ``tutor_id`` None holds the bookings without a tutor."""

    tutor_id: int | None
    name: str
    events: tuple[Any, ...]


Keys = dict[tuple[str, int], str]


def search_keys(events: Iterable[Any]) -> Keys:
    """Each booking's place and title as searched, by (kind, id): made once per read (a
    month of a city has thousands), not at every key typed into the search."""
    return {(e.kind, e.id): search_key(e.place, e.title) for e in events}


def tutor_rows(events: Sequence[Any], names: dict[int, str]) -> list[TutorRow]:
    """A row for each tutor with bookings among ``events``, in the order of ``names`` (the
    pickers' order), tutors not named (archived) after them and bookings without a tutor
    last; a booking of several tutors is in each of their rows."""
    by_tutor: dict[int | None, list[Any]] = {}
    for event in events:
        for tutor in event.tutor_ids or (None,):
            by_tutor.setdefault(tutor, []).append(event)
    order: dict[int | None, int] = {tutor: n for n, tutor in enumerate(names)}
    return [TutorRow(tutor, tr("No tutor") if tutor is None else names.get(
        tutor, tr("tutor {id}").format(id=tutor)), tuple(by_tutor[tutor]))
            for tutor in sorted(by_tutor, key=lambda i: (i is None, order.get(i, len(order)),
                                                         i or 0))]


def narrowed(rows: Sequence[TutorRow], search: str, keys: Keys) -> list[TutorRow]:
    """The rows a search keeps: a tutor whose name holds the text keeps all their
    bookings, any other those whose place or title holds it (a school's name finds who
    is there); ``keys`` are the bookings' :func:`search_keys`."""
    wanted = search_key(search)
    if not wanted:
        return list(rows)
    kept = []
    for row in rows:
        if wanted in search_key(row.name):
            kept.append(row)
            continue
        found = tuple(e for e in row.events if wanted in keys[e.kind, e.id])
        if found:
            kept.append(TutorRow(row.tutor_id, row.name, found))
    return kept


def matching(events: Sequence[Any], names: dict[int, str], search: str,
             keys: Keys | None = None) -> list[Any]:
    """The bookings a search keeps: one of its tutors' names, its place or its title holds
    the text (all of them without a search); ``keys`` as for :func:`tutor_rows`."""
    wanted = search_key(search)
    if not wanted:
        return list(events)
    keys = search_keys(events) if keys is None else keys
    return [e for e in events if wanted in keys[e.kind, e.id]
            or any(wanted in search_key(names.get(i, "")) for i in e.tutor_ids)]


class TutorOverview(QAbstractScrollArea):
    """Tutors down, the days of a week (by the hour) or of a month (by the day) across."""

    tutor_chosen = Signal(object, object)  # a tutor's id, the day clicked in a month or None
    event_selected = Signal(str, int)  # kind, id
    event_activated = Signal(str, int)  # double-click or Enter
    empty_slot_activated = Signal(object)  # the datetime of the quarter hour double-clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tutor_overview")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self._days: list[date] = []
        self._by_hour = True
        self._rows: list[TutorRow] = []
        self._breaks: dict[date, str] = {}
        self._today: date | None = None
        self._current: int | None = None  # the row chosen with the keys or a click
        self._selected: tuple[str, int] | None = None
        self._lanes: dict[int, list[tuple[Any, int, int, int]]] = {}  # row -> side_by_side
        self._columns: dict[date, int] = {}
        self._widest_name = 0
        self._events: list[Any] | None = None  # the rows' bookings, made when asked for
        self.empty_text = ""

    # -- what to show ---------------------------------------------------------------------
    def set_period(self, days: Sequence[date], by_hour: bool) -> None:
        """The days across; ``by_hour`` draws each booking at its time (a week), else
        each day's bookings as a number (a month)."""
        self._days, self._by_hour = list(days), by_hour
        self._columns = {day: n for n, day in enumerate(self._days)}
        self._lanes.clear()
        self.viewport().update()

    def set_rows(self, rows: Sequence[TutorRow]) -> None:
        current = self.current_tutor()
        self._rows = list(rows)
        self._events = None
        self._lanes.clear()
        metrics = self.fontMetrics()  # a name, its hours and room around them
        self._widest_name = max((metrics.horizontalAdvance(r.name) for r in self._rows),
                                default=0) + metrics.horizontalAdvance(hours_text(88.5)) + 28
        ids = [r.tutor_id for r in self._rows]
        self._current = ids.index(current) if current in ids else None
        if self._selected and not any(self._key(e) == self._selected for e in self.events()):
            self._selected = None
        self._update_scroll()
        self.viewport().update()

    def set_breaks(self, breaks: dict[date, str]) -> None:
        self._breaks = dict(breaks)
        self.viewport().update()

    def set_today(self, today: date | None) -> None:
        self._today = today
        self.viewport().update()

    def rows(self) -> list[TutorRow]:
        return list(self._rows)

    def days(self) -> list[date]:
        return list(self._days)

    def events(self) -> list[Any]:
        """The bookings in the rows, each once, earliest first."""
        if self._events is None:
            # a month of a city holds thousands: no Python call per booking
            seen = {(e.kind, e.id): e for row in self._rows for e in row.events}
            self._events = sorted(seen.values(), key=attrgetter("starts_at", "kind", "id"))
        return list(self._events)

    def booking(self, key: tuple[str, int] | None) -> Any | None:
        """The booking of ``key`` (kind, id) in the rows, or None."""
        return next((e for row in self._rows for e in row.events if self._key(e) == key), None)

    def current_tutor(self) -> int | None:
        return None if self._current is None else self._rows[self._current].tutor_id

    def selected_event(self) -> tuple[str, int] | None:
        return self._selected

    # -- where things are (for the mouse, and for tests) ----------------------------------
    def name_rect(self, tutor_id: int | None) -> QRectF | None:
        row = self._row_index(tutor_id)
        if row is None:
            return None
        return QRectF(0, self._row_top(row), self._name_width(), self._row_height())

    def day_rect(self, tutor_id: int | None, day: date) -> QRectF | None:
        row = self._row_index(tutor_id)
        if row is None or day not in self._days:
            return None
        column = self._days.index(day)
        return QRectF(self._name_width() + column * self._day_width(), self._row_top(row),
                      self._day_width(), self._row_height())

    def event_rect(self, tutor_id: int | None, kind: str, event_id: int) -> QRectF | None:
        row = self._row_index(tutor_id)
        if row is None:
            return None
        return next((rect for event, rect in self._event_rects(row)
                     if self._key(event) == (kind, event_id)), None)

    def point_at(self, tutor_id: int | None, when: datetime) -> QPoint:
        """In a week: ``when`` in the tutor's row."""
        rect = self.name_rect(tutor_id)
        assert rect is not None
        return QPoint(round(self._x(when)), round(rect.center().y()))

    def time_at(self, pos: QPoint | QPointF) -> datetime | None:
        """In a week: the quarter hour under ``pos`` in the rows, or None."""
        column = self._column_at(pos.x())
        if not self._by_hour or column is None or self._row_at(pos.y()) is None:
            return None
        left = self._name_width() + column * self._day_width()
        minutes = int((pos.x() - left) / self._day_width() * (LAST_HOUR - FIRST_HOUR) * 60)
        minutes -= minutes % SLOT_MINUTES
        return datetime.combine(self._days[column], time(FIRST_HOUR)) + timedelta(
            minutes=minutes)

    # -- geometry -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, self._header_height() + 16 * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._name_width() + 7 * 40, self._header_height() + 4 * self._row_height())

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 12

    def _name_width(self) -> int:
        return int(min(max(self._widest_name, 160), 300, self.viewport().width() / 3))

    def _day_width(self) -> float:
        return max(1.0, (self.viewport().width() - self._name_width() - 1)
                   / max(1, len(self._days)))

    def _row_top(self, row: int) -> float:
        return self._header_height() + row * self._row_height() - self.verticalScrollBar().value()

    def _x(self, when: datetime) -> float:
        column = self._columns.get(when.date(), 0)
        hours = min(max(when.hour + when.minute / 60 - FIRST_HOUR, 0.0), LAST_HOUR - FIRST_HOUR)
        return self._name_width() + (column + hours / (LAST_HOUR - FIRST_HOUR)) * self._day_width()

    def _row_at(self, y: float) -> int | None:
        if y < self._header_height():
            return None
        row = int((y - self._header_height() + self.verticalScrollBar().value())
                  // self._row_height())
        return row if 0 <= row < len(self._rows) else None

    def _column_at(self, x: float) -> int | None:
        if x < self._name_width():
            return None
        column = int((x - self._name_width()) // self._day_width())
        return column if column < len(self._days) else None

    def _row_index(self, tutor_id: int | None) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.tutor_id == tutor_id), None)

    def _update_scroll(self) -> None:
        room = max(0, self.viewport().height() - self._header_height())
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, len(self._rows) * self._row_height() - room))
        bar.setPageStep(room)
        bar.setSingleStep(self._row_height())

    def _lanes_of(self, row: int) -> list[tuple[Any, int, int, int]]:
        if row not in self._lanes:
            self._lanes[row] = side_by_side(
                [e for e in self._rows[row].events if e.starts_at.date() in self._columns])
        return self._lanes[row]

    def _event_rects(self, row: int) -> list[tuple[Any, QRectF]]:
        """A week's bookings in a row: overlapping ones (a double booking) share its height."""
        if not self._by_hour:
            return []
        top, height = self._row_top(row) + 3, self._row_height() - 6
        rects = []
        for event, lane, span, lanes in self._lanes_of(row):
            left = self._x(event.starts_at)
            right = max(self._x(event.ends_at), left + 3)
            rects.append((event, QRectF(left, top + lane * height / lanes, right - left,
                                        span * height / lanes)))
        return rects

    def _event_at(self, pos: QPoint | QPointF) -> Any | None:
        row = self._row_at(pos.y())
        if row is None or pos.x() < self._name_width():
            return None
        point = QPointF(pos)
        return next((event for event, rect in reversed(self._event_rects(row))
                     if rect.adjusted(-1, 0, 1, 0).contains(point)), None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scroll()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # -- input ----------------------------------------------------------------------------
    @staticmethod
    def _key(event: Any) -> tuple[str, int]:
        return event.kind, event.id

    def _choose_row(self, row: int | None) -> None:
        self._current = row
        if row is not None:  # keep it on screen
            bar, top = self.verticalScrollBar(), row * self._row_height()
            room = self.viewport().height() - self._header_height()
            if top < bar.value():
                bar.setValue(top)
            elif top + self._row_height() > bar.value() + room:
                bar.setValue(top + self._row_height() - room)
        self.viewport().update()

    def _select(self, event: Any | None) -> None:
        key = None if event is None else self._key(event)
        if key != self._selected:
            self._selected = key
            self.viewport().update()
            if key is not None:
                self.event_selected.emit(*key)

    def _drill(self, row: int, day: date | None = None) -> None:
        tutor = self._rows[row].tutor_id
        if tutor is not None:
            self.tutor_chosen.emit(tutor, day)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        row = self._row_at(pos.y())
        if event.button() != Qt.MouseButton.LeftButton or row is None:
            return super().mousePressEvent(event)
        self._choose_row(row)
        column = self._column_at(pos.x())
        if pos.x() < self._name_width():
            self._drill(row)
        elif not self._by_hour and column is not None:
            self._drill(row, self._days[column])
        else:
            self._select(self._event_at(pos))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._by_hour:
            return
        found = self._event_at(event.position())
        if found is not None:
            self._select(found)
            self.event_activated.emit(*self._key(found))
            return
        when = self.time_at(event.position())
        if when is not None:
            self.empty_slot_activated.emit(when)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        pointing = self._row_at(pos.y()) is not None and (
            pos.x() < self._name_width() or not self._by_hour or self._event_at(pos) is not None)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if pointing
                                  else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, rows = event.key(), len(self._rows)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            row = 0 if self._current is None else min(max(self._current + step, 0), rows - 1)
            self._select(None)
            self._choose_row(row)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._current is not None:
            events = [e for e, *_ in sorted(self._lanes_of(self._current),
                                            key=lambda p: (p[0].starts_at, p[1]))]
            keys = [self._key(e) for e in events]
            if events:
                step = 1 if key == Qt.Key.Key_Right else -1
                where = (keys.index(self._selected) + step if self._selected in keys
                         else 0 if step > 0 else len(keys) - 1)
                self._select(events[min(max(where, 0), len(events) - 1)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            if self._selected is not None:
                self.event_activated.emit(*self._selected)
            else:
                self._drill(self._current)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self._selected = None
            self.viewport().update()
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            text = self._tooltip(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, pos: QPoint) -> str:
        row = self._row_at(pos.y())
        if row is None:
            return ""
        tutor = self._rows[row]
        if pos.x() < self._name_width():
            lines = [tutor.name, tr("{count} bookings, {hours}").format(
                count=len(tutor.events), hours=hours_text(hours_of(tutor.events)))]
            if tutor.tutor_id is not None:
                lines.append(tr("Click to see this tutor's week."))
            return "\n".join(lines)
        names = {tutor.tutor_id: tutor.name} if tutor.tutor_id is not None else {}
        if self._by_hour:
            found = self._event_at(pos)
            return describe(found, names) if found is not None else ""
        column = self._column_at(pos.x())
        if column is None:
            return ""
        day = self._days[column]
        todays = [e for e in tutor.events if e.starts_at.date() == day]
        lines = [self._breaks[day]] if day in self._breaks else []
        lines += [describe(e, names) for e in todays[:TOOLTIP_LINES]]
        if len(todays) > TOOLTIP_LINES:
            lines.append(tr("+%n more", None, len(todays) - TOOLTIP_LINES))
        return "\n".join(lines)

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        pal = self.palette()
        painter.fillRect(self.viewport().rect(), pal.color(QPalette.ColorRole.Base))
        header = self._header_height()
        painter.setClipRect(QRectF(0, header, self.viewport().width(),
                                   self.viewport().height() - header))
        visible = self._visible_rows()
        self._paint_rows(painter, pal, visible)
        self._paint_days(painter, pal)
        for row in visible:
            if self._by_hour:
                for found, rect in self._event_rects(row):
                    self._paint_event(painter, pal, found, rect)
            else:
                self._paint_counts(painter, pal, row)
        self._paint_names(painter, pal, visible)
        painter.setClipping(False)
        self._paint_header(painter, pal)
        if not self._rows and self.empty_text:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(0, header, self.viewport().width(),
                                    self.viewport().height() - header).adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()

    def _visible_rows(self) -> range:
        first = self.verticalScrollBar().value() // self._row_height()
        count = (self.viewport().height() - self._header_height()) // self._row_height() + 2
        return range(first, min(len(self._rows), first + count))

    def _paint_rows(self, painter: QPainter, pal: QPalette, visible: range) -> None:
        for row in visible:
            rect = QRectF(0, self._row_top(row), self.viewport().width(), self._row_height())
            if row % 2:
                painter.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase))
            if row == self._current:
                mark = QColor(pal.color(QPalette.ColorRole.Highlight))
                mark.setAlpha(40)
                painter.fillRect(rect, mark)

    def _paint_days(self, painter: QPainter, pal: QPalette) -> None:
        """Weekends, breaks and today down every row; the days' and hours' lines."""
        top, bottom = self._header_height(), self.viewport().height()
        line, faint = QColor(pal.color(QPalette.ColorRole.Mid)), QColor(
            pal.color(QPalette.ColorRole.Mid))
        line.setAlpha(150)
        faint.setAlpha(45)
        width = self._day_width()
        for column, day in enumerate(self._days):
            area = QRectF(self._name_width() + column * width, top, width, bottom - top)
            if day.weekday() >= 5:
                shade = QColor(pal.color(QPalette.ColorRole.Mid))
                shade.setAlpha(35)
                painter.fillRect(area, shade)
            if day in self._breaks:
                painter.fillRect(area, BREAK_FILL)
                hatch = QColor(pal.color(QPalette.ColorRole.Mid))
                hatch.setAlpha(60)
                painter.fillRect(area, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            if day == self._today:
                painter.fillRect(area, TODAY_FILL)
            if self._by_hour and width >= 48:  # an hour's faint line where they have room
                painter.setPen(QPen(faint, 1))
                step = width / (LAST_HOUR - FIRST_HOUR)
                for hour in range(1, LAST_HOUR - FIRST_HOUR):
                    x = area.left() + hour * step
                    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            monday = day.weekday() == 0 and not self._by_hour
            painter.setPen(QPen(line, 2 if monday and column else 1))
            painter.drawLine(QPointF(area.left(), top), QPointF(area.left(), bottom))
        painter.setPen(QPen(line, 1))
        right = self._name_width() + len(self._days) * width
        painter.drawLine(QPointF(right, top), QPointF(right, bottom))

    def _paint_event(self, painter: QPainter, pal: QPalette, event: Any, rect: QRectF) -> None:
        cancelled = event.status == CANCELLED
        color = kind_color(event.kind)
        painter.setBrush(tint(color, 0.8 if cancelled else 0.35))
        if self._selected == self._key(event):
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
        else:
            painter.setPen(QPen(color.darker(140), 1, Qt.PenStyle.DashLine if cancelled
                                else Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect, 3, 3)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        small.setStrikeOut(cancelled)
        metrics = QFontMetrics(small)
        roomy = rect.width() >= metrics.horizontalAdvance("M…") + 8
        if roomy and rect.height() >= metrics.height():
            painter.setFont(small)
            painter.setPen(TEXT_ON_EVENT)
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(event.title, Qt.TextElideMode.ElideRight,
                                                int(rect.width() - 6)))
            painter.setFont(self.font())

    def _paint_counts(self, painter: QPainter, pal: QPalette, row: int) -> None:
        """A month: each day's bookings counted, the cell as dark as the hours booked."""
        by_day: dict[date, list[Any]] = {}
        for event in self._rows[row].events:
            by_day.setdefault(event.starts_at.date(), []).append(event)
        for day, todays in by_day.items():
            rect = self.day_rect(self._rows[row].tutor_id, day)
            if rect is None:
                continue
            cell = rect.adjusted(2, 3, -2, -3)
            held = [e for e in todays if e.status != CANCELLED]
            share = min(1.0, hours_of(held) / FULL_DAY_HOURS)
            painter.setBrush(tint(BUSY_COLOR, 0.85 - 0.6 * share) if held
                             else Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(BUSY_COLOR.darker(130), 1, Qt.PenStyle.SolidLine if held
                                else Qt.PenStyle.DashLine))
            painter.drawRoundedRect(cell, 3, 3)
            if held:
                painter.setPen(QColor("white") if share > 0.6 else TEXT_ON_EVENT)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(len(held)))

    def _paint_names(self, painter: QPainter, pal: QPalette, visible: range) -> None:
        width = self._name_width()
        painter.fillRect(QRectF(0, self._header_height(), width, self.viewport().height()),
                         pal.color(QPalette.ColorRole.Window))
        metrics = self.fontMetrics()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        small_m = QFontMetrics(small)
        for row in visible:
            rect = QRectF(8, self._row_top(row), width - 14, self._row_height())
            if row == self._current:
                mark = QColor(pal.color(QPalette.ColorRole.Highlight))
                mark.setAlpha(60)
                painter.fillRect(QRectF(0, rect.top(), width, rect.height()), mark)
            tutor = self._rows[row]
            hours = hours_text(hours_of(tutor.events))
            painter.setFont(small)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             hours)
            painter.setFont(self.font())
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText) if tutor.tutor_id is None
                           else pal.color(QPalette.ColorRole.WindowText))
            room = int(rect.width() - small_m.horizontalAdvance(hours) - 8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(tutor.name, Qt.TextElideMode.ElideRight, room))
        line = QColor(pal.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(width, self._header_height()), QPointF(width,
                                                                      self.viewport().height()))

    def _paint_header(self, painter: QPainter, pal: QPalette) -> None:
        height, width = self._header_height(), self._day_width()
        painter.fillRect(QRectF(0, 0, self.viewport().width(), height),
                         pal.color(QPalette.ColorRole.Window))
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        small_m = QFontMetrics(small)
        line_height = self.fontMetrics().height()
        names = short_day_names()
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(8, 0, self._name_width() - 8, height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tr("Tutors"))
        for column, day in enumerate(self._days):
            cell = QRectF(self._name_width() + column * width, 0, width, height)
            if day == self._today:
                mark = QColor(pal.color(QPalette.ColorRole.Highlight))
                mark.setAlpha(45)
                painter.fillRect(cell, mark)
                painter.fillRect(QRectF(cell.left(), cell.bottom() - 3, cell.width(), 3),
                                 pal.color(QPalette.ColorRole.Highlight))
            painter.setFont(bold)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            if self._by_hour:
                title = tr("{weekday} {day}").format(weekday=names[day.weekday()],
                                                     day=format_day_month(day))
                second = self._breaks.get(day, "")
            else:
                title, second = str(day.day), names[day.weekday()]
            painter.drawText(cell.adjusted(2, 4, -2, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                           int(cell.width() - 4)))
            painter.setFont(small)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            below = cell.adjusted(2, 6 + line_height, -2, 0)
            if self._by_hour and not second:
                self._paint_hours(painter, cell, below.top(), small_m)
            else:
                painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 small_m.elidedText(second, Qt.TextElideMode.ElideRight,
                                                    int(below.width())))
        painter.setFont(self.font())
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(0, height), QPointF(self.viewport().width(), height))
        for column in range(len(self._days) + 1):
            x = self._name_width() + column * width
            painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def _paint_hours(self, painter: QPainter, cell: QRectF, top: float,
                     metrics: QFontMetrics) -> None:
        """The hours under a week's day, as many as fit: every 2, 3 or 4 hours."""
        hours = LAST_HOUR - FIRST_HOUR
        step = next((s for s in (2, 3, 4, 6) if cell.width() / hours * s
                     >= metrics.horizontalAdvance("00") + 8), 0)
        if not step:
            return
        for hour in range(FIRST_HOUR + step - FIRST_HOUR % step, LAST_HOUR, step):
            x = cell.left() + (hour - FIRST_HOUR) / hours * cell.width()
            painter.drawText(QRectF(x - 20, top, 40, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(hour))
