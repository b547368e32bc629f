"""The planning calendar's week: days side by side, hours down the left, events as boxes.

The view knows nothing of lessons or visits: it draws any list of events that have
``kind``, ``id``, ``title``, ``starts_at``, ``ends_at``, ``tutor_ids``, ``place`` and
``status`` (the services' ``CalendarEvent``). Each event is
coloured by its first tutor (a stripe per tutor when there are several); overlapping
events share their day's width side by side.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coachdesk.domain.formats import format_day_month, format_time
from coachdesk.domain.text import tr
from coachdesk.services.bookings import CalendarEvent

FIRST_HOUR, LAST_HOUR = 7, 19  # the hours the grid shows
SLOT_MINUTES = 15  # a double-click on empty time plans from the quarter hour clicked in
MIN_DAY_WIDTH, MIN_HOUR_HEIGHT = 96, 26  # a 90-minute lesson still shows title and time
CANCELLED = "cancelled"

# Calm, distinguishable colours (Tableau 10, a little softened); a tutor keeps theirs.
PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#2f8f9d", "#8cd17d", "#a0cbe8"]
NO_TUTOR = "#8c8c8c"
RELEASED = QColor(89, 161, 79, 46)  # the chosen tutor's released time
BREAK_FILL = QColor(128, 128, 128, 40)
TODAY_FILL = QColor(255, 214, 10, 34)
TEXT_ON_EVENT = QColor("#1f2328")


def tutor_color(tutor_id: int | None) -> QColor:
    """The tutor's colour: the same on every page and every day."""
    if tutor_id is None:
        return QColor(NO_TUTOR)
    return QColor(PALETTE[(tutor_id - 1) % len(PALETTE)])


def event_color(event: CalendarEvent) -> QColor:
    return tutor_color(event.tutor_ids[0] if event.tutor_ids else None)


def tint(color: QColor, amount: float) -> QColor:
    """``color`` mixed with white: 0 keeps it, 1 is white."""
    return QColor(round(color.red() + (255 - color.red()) * amount),
                  round(color.green() + (255 - color.green()) * amount),
                  round(color.blue() + (255 - color.blue()) * amount))


def short_day_names() -> list[str]:
    return [tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")]


def clock(value: datetime | time) -> str:
    return format_time(value)


def time_range(event: CalendarEvent) -> str:
    return f"{clock(event.starts_at)}–{clock(event.ends_at)}"


def status_text(status: str) -> str:
    """The status in words: a lesson's or a visit's status knows its label."""
    return getattr(status, "label", str(status))


def describe(event: CalendarEvent, tutor_names: dict[int, str]) -> str:
    """The event in one line: title · day and time · place · tutors · status."""
    day = event.starts_at.date()
    parts = [event.title, tr("{weekday} {day} {times}").format(
        weekday=short_day_names()[day.weekday()], day=format_day_month(day),
        times=time_range(event))]
    if event.place:
        parts.append(event.place)
    names = [tutor_names.get(i, tr("tutor {id}").format(id=i)) for i in event.tutor_ids]
    if names:
        parts.append(", ".join(names))
    parts.append(status_text(event.status))
    return " · ".join(parts)


def wrap(metrics: QFontMetrics, text: str, width: float, lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines; the last one elided."""
    if lines <= 0 or width <= 4:
        return []
    words, current = text.split(), ""
    out: list[str] = []
    for n, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if not current or metrics.horizontalAdvance(trial) <= width:
            current = trial
            continue
        if len(out) == lines - 1:
            current = " ".join([current, *words[n:]])
            break
        out.append(current)
        current = word
    out.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width)) for line in out]


@dataclass
class _Box:
    event: Any
    rect: QRectF


def side_by_side(events: Sequence[Any]) -> list[tuple[Any, int, int, int]]:
    """(event, column, span, columns) for one day: events that overlap share the width,
    and an event takes the columns to its right that stay free while it lasts."""
    def span(e: Any) -> tuple[datetime, datetime]:
        return e.starts_at, max(e.ends_at, e.starts_at + timedelta(minutes=SLOT_MINUTES))

    placed: list[tuple[Any, int, int, int]] = []
    cluster: list[tuple[Any, int]] = []
    ends: list[datetime] = []  # per column: when its last event ends
    cluster_end: datetime | None = None

    def close() -> None:
        for event, column in cluster:
            start, end = span(event)
            width = 1
            while column + width < len(ends) and not any(
                    col == column + width and span(other)[0] < end and start < span(other)[1]
                    for other, col in cluster):
                width += 1
            placed.append((event, column, width, len(ends)))

    for event in sorted(events, key=lambda e: (e.starts_at, -e.ends_at.timestamp(), e.id)):
        start, end = span(event)
        if cluster_end is not None and start >= cluster_end:
            close()
            cluster, ends, cluster_end = [], [], None
        column = next((i for i, last in enumerate(ends) if last <= start), len(ends))
        if column == len(ends):
            ends.append(end)
        else:
            ends[column] = end
        cluster.append((event, column))
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    close()
    return placed


class WeekView(QWidget):
    """Monday to Friday (or the whole week) from 7:00 to 19:00."""

    event_selected = Signal(str, int)  # kind, id
    event_activated = Signal(str, int)  # double-click or Enter
    empty_slot_activated = Signal(object)  # the datetime of the quarter hour double-clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("week_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._first = date.today() - timedelta(days=date.today().weekday())
        self._days = 5
        self._events: list[Any] = []
        self._released: list[tuple[datetime, datetime]] = []
        self._breaks: dict[date, str] = {}
        self._today: date | None = None
        self._selected: tuple[str, int] | None = None
        self._boxes: list[_Box] | None = None
        self.tutor_names: dict[int, str] = {}

    # -- what to show ---------------------------------------------------------------------
    def set_period(self, first: date, days: int = 5) -> None:
        self._first, self._days = first, days
        self._changed()

    def set_events(self, events: Iterable[Any]) -> None:
        self._events = list(events)
        if self._selected and not any(self._key(e) == self._selected for e in self._events):
            self._selected = None
        self._changed()

    def set_released(self, slots: Iterable[tuple[datetime, datetime]]) -> None:
        self._released = list(slots)
        self.update()

    def set_breaks(self, breaks: dict[date, str]) -> None:
        self._breaks = dict(breaks)
        self.update()

    def set_today(self, today: date | None) -> None:
        self._today = today
        self.update()

    def days(self) -> list[date]:
        return [self._first + timedelta(days=n) for n in range(self._days)]

    def break_on(self, day: date) -> str | None:
        """The name of the break or holiday shaded on ``day``."""
        return self._breaks.get(day)

    def released(self) -> list[tuple[datetime, datetime]]:
        """The released time shaded (the chosen tutor's)."""
        return list(self._released)

    def events_shown(self) -> list[Any]:
        """The events drawn, earliest first."""
        return [box.event for box in self._layout()]

    def selected_event(self) -> tuple[str, int] | None:
        return self._selected

    def select_event(self, kind: str, event_id: int) -> None:
        self._select((kind, event_id))

    def event_rect(self, kind: str, event_id: int) -> QRectF | None:
        return next((b.rect for b in self._layout() if self._key(b.event) == (kind, event_id)),
                    None)

    def point_at(self, when: datetime) -> QPoint:
        """The middle of ``when``'s column at that time (for tests and tools)."""
        column = (when.date() - self._first).days
        x = self._gutter() + (column + 0.5) * self._day_width()
        return QPoint(round(x), round(self._y(when) + 1))

    def time_at(self, pos: QPoint | QPointF) -> datetime | None:
        """The quarter hour under ``pos``, or None outside the days and hours."""
        x, y = pos.x() - self._gutter(), pos.y() - self._header_height()
        if x < 0 or y < 0 or not self._days:
            return None
        column = int(x // self._day_width())
        minutes = int(y / self._hour_height() * 60)
        if column >= self._days or minutes >= (LAST_HOUR - FIRST_HOUR) * 60:
            return None
        minutes -= minutes % SLOT_MINUTES
        start = datetime.combine(self._first + timedelta(days=column), time(FIRST_HOUR))
        return start + timedelta(minutes=minutes)

    # -- geometry -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(self._gutter() + self._days * 170,
                     self._header_height() + (LAST_HOUR - FIRST_HOUR) * 52)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._gutter() + self._days * MIN_DAY_WIDTH,
                     self._header_height() + (LAST_HOUR - FIRST_HOUR) * MIN_HOUR_HEIGHT)

    def _gutter(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 16

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 12

    def _day_width(self) -> float:
        return max(1.0, (self.width() - self._gutter() - 1) / max(1, self._days))

    def _hour_height(self) -> float:
        bottom = self.fontMetrics().height() // 2 + 2  # room for the last hour's label
        return max(1.0, (self.height() - self._header_height() - bottom)
                   / (LAST_HOUR - FIRST_HOUR))

    def _y(self, when: datetime) -> float:
        hours = when.hour + when.minute / 60 - FIRST_HOUR
        hours = min(max(hours, 0.0), LAST_HOUR - FIRST_HOUR)
        return self._header_height() + hours * self._hour_height()

    def _day_rect(self, column: int) -> QRectF:
        top = self._header_height()
        return QRectF(self._gutter() + column * self._day_width(), top, self._day_width(),
                      (LAST_HOUR - FIRST_HOUR) * self._hour_height())

    def _layout(self) -> list[_Box]:
        if self._boxes is not None:
            return self._boxes
        boxes: list[_Box] = []
        line = self.fontMetrics().height()
        for column, day in enumerate(self.days()):
            todays = [e for e in self._events if e.starts_at.date() == day]
            area = self._day_rect(column)
            for event, col, wide, cols in side_by_side(todays):
                width = (area.width() - 6) / cols
                top = self._y(event.starts_at)
                bottom = max(self._y(event.ends_at), top + line + 4)
                if bottom > area.bottom():  # an event at the end of the day stays inside
                    top, bottom = max(area.top(), area.bottom() - (bottom - top)), area.bottom()
                rect = QRectF(area.left() + 2 + col * width, top + 1, wide * width - 2,
                              bottom - top - 2)
                boxes.append(_Box(event, rect))
        boxes.sort(key=lambda b: (b.event.starts_at, b.rect.left()))
        self._boxes = boxes
        return boxes

    def _changed(self) -> None:
        self._boxes = None
        self.updateGeometry()
        self.update()

    def resizeEvent(self, event) -> None:
        self._boxes = None
        super().resizeEvent(event)

    # -- input ----------------------------------------------------------------------------
    @staticmethod
    def _key(event: Any) -> tuple[str, int]:
        return event.kind, event.id

    def _box_at(self, pos: QPoint | QPointF) -> _Box | None:
        point = QPointF(pos)
        return next((b for b in reversed(self._layout()) if b.rect.contains(point)), None)

    def _select(self, key: tuple[str, int] | None) -> None:
        if key == self._selected:
            return
        self._selected = key
        self.update()
        if key is not None:
            self.event_selected.emit(*key)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            box = self._box_at(event.position())
            self._select(self._key(box.event) if box else None)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        box = self._box_at(event.position())
        if box is not None:
            self._select(self._key(box.event))
            self.event_activated.emit(*self._key(box.event))
            return
        when = self.time_at(event.position())
        if when is not None:
            self.empty_slot_activated.emit(when)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        boxes = self._layout()
        keys = [self._key(b.event) for b in boxes]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected in keys:
            self.event_activated.emit(*self._selected)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and keys:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            if self._selected in keys:
                where = min(max(keys.index(self._selected) + step, 0), len(keys) - 1)
            else:
                where = 0 if step > 0 else len(keys) - 1
            self._select(keys[where])
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self._selected = None
            self.update()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            box = self._box_at(event.pos())
            if box is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), describe(box.event, self.tutor_names), self)
            return True
        return super().event(event)

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        self._paint_days(painter, pal)
        self._paint_grid(painter, pal)
        for box in self._layout():
            self._paint_event(painter, box, pal)
        self._paint_header(painter, pal)
        painter.end()

    def _paint_days(self, painter: QPainter, pal: QPalette) -> None:
        """Weekends, breaks, today and the chosen tutor's released time."""
        for column, day in enumerate(self.days()):
            area = self._day_rect(column)
            if day.weekday() >= 5:
                painter.fillRect(area, pal.color(QPalette.ColorRole.AlternateBase))
            if day == self._today:
                painter.fillRect(area, TODAY_FILL)
            name = self._breaks.get(day)
            if name:
                painter.fillRect(area, BREAK_FILL)
                hatch = QColor(pal.color(QPalette.ColorRole.Mid))
                hatch.setAlpha(70)
                painter.fillRect(area, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            for start, end in self._released:
                if start.date() == day:
                    band = QRectF(area.left(), self._y(start), area.width(),
                                  self._y(end) - self._y(start))
                    painter.fillRect(band, RELEASED)
                    painter.fillRect(QRectF(band.left(), band.top(), 3, band.height()),
                                     QColor(89, 161, 79, 150))
            if name:
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                text = area.adjusted(8, 0, -8, 0)
                painter.drawText(text, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 name)

    def _paint_grid(self, painter: QPainter, pal: QPalette) -> None:
        line = QColor(pal.color(QPalette.ColorRole.Mid))
        faint = QColor(line)
        faint.setAlpha(60)
        line.setAlpha(140)
        left, right = self._gutter(), self.width() - 1
        top = self._header_height()
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        metrics = self.fontMetrics()
        for n in range(LAST_HOUR - FIRST_HOUR + 1):
            y = top + n * self._hour_height()
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(left - 4, y), QPointF(right, y))
            if n < LAST_HOUR - FIRST_HOUR:
                half = y + self._hour_height() / 2
                painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(left, half), QPointF(right, half))
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            label = f"{FIRST_HOUR + n}:00"
            label_top = max(y - metrics.height() / 2, top - 2) if n else y + 2
            painter.drawText(QRectF(0, label_top, left - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(line, 1))
        bottom = top + (LAST_HOUR - FIRST_HOUR) * self._hour_height()
        for column in range(self._days + 1):
            x = left + column * self._day_width()
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))

    def _paint_header(self, painter: QPainter, pal: QPalette) -> None:
        height = self._header_height()
        painter.fillRect(QRectF(0, 0, self.width(), height), pal.color(QPalette.ColorRole.Window))
        names = short_day_names()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        line_height = self.fontMetrics().height()
        for column, day in enumerate(self.days()):
            cell = QRectF(self._gutter() + column * self._day_width(), 0, self._day_width(),
                          height)
            if day == self._today:
                mark = QColor(pal.color(QPalette.ColorRole.Highlight))
                mark.setAlpha(45)
                painter.fillRect(cell, mark)
                painter.fillRect(QRectF(cell.left(), cell.bottom() - 3, cell.width(), 3),
                                 pal.color(QPalette.ColorRole.Highlight))
            painter.setFont(bold)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(cell.adjusted(4, 4, -4, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             tr("{weekday} {day}").format(weekday=names[day.weekday()],
                                                          day=format_day_month(day)))
            second = self._breaks.get(day) or (tr("Today") if day == self._today else "")
            if second:
                painter.setFont(small)
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                metrics = QFontMetrics(small)
                text = metrics.elidedText(second, Qt.TextElideMode.ElideRight,
                                          int(cell.width() - 8))
                painter.drawText(cell.adjusted(4, 6 + line_height, -4, 0),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.setFont(self.font())
        line = QColor(pal.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(0, height), QPointF(self.width(), height))
        for column in range(self._days + 1):
            x = self._gutter() + column * self._day_width()
            painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def _paint_event(self, painter: QPainter, box: _Box, pal: QPalette) -> None:
        event, rect = box.event, box.rect
        cancelled = event.status == CANCELLED
        colors = [tutor_color(i) for i in event.tutor_ids] or [tutor_color(None)]
        fill = tint(colors[0], 0.86 if cancelled else 0.72)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        painter.save()
        if cancelled:
            painter.setOpacity(0.6)
        painter.fillPath(path, fill)
        painter.setClipPath(path)
        stripe = rect.height() / len(colors)
        for n, color in enumerate(colors):  # one stripe per tutor down the left edge
            painter.fillRect(QRectF(rect.left(), rect.top() + n * stripe, 4, stripe), color)
        painter.setClipping(False)
        selected = self._selected == self._key(event)
        if selected:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
        else:
            style = Qt.PenStyle.DashLine if cancelled else Qt.PenStyle.SolidLine
            painter.setPen(QPen(colors[0].darker(130), 1, style))
        painter.drawPath(path)
        self._paint_event_text(painter, event, rect.adjusted(8, 2, -3, -2), cancelled)
        painter.restore()

    def _paint_event_text(self, painter: QPainter, event: Any, area: QRectF,
                          cancelled: bool) -> None:
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setStrikeOut(cancelled)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.92)
        bold_m, small_m = QFontMetrics(title_font), QFontMetrics(small)
        line = bold_m.height()
        room = max(1, int(area.height() // line))
        painter.setClipRect(area.adjusted(0, 0, 0, 2))
        painter.setPen(TEXT_ON_EVENT)
        width = area.width()
        y = area.top()
        if room == 1:  # a short event: "9:00 Title" on one line
            painter.setFont(small)
            stamp = clock(event.starts_at) + " "
            painter.drawText(QPointF(area.left(), y + small_m.ascent()), stamp)
            painter.setFont(title_font)
            left = area.left() + small_m.horizontalAdvance(stamp)
            text = bold_m.elidedText(event.title, Qt.TextElideMode.ElideRight,
                                     int(width - small_m.horizontalAdvance(stamp)))
            painter.drawText(QPointF(left, y + bold_m.ascent()), text)
            painter.setClipping(False)
            return
        span = time_range(event)
        if small_m.horizontalAdvance(span) > width:  # a narrow box: the start is enough
            span = clock(event.starts_at)
        extra = [span]
        if event.place:
            extra.append(event.place)
        if cancelled:
            extra.append(status_text(event.status))
        extra = extra[:max(0, room - 1)]
        wanted = min(2, len(wrap(bold_m, event.title, width, 3)))  # a title before a place
        while len(extra) > 1 and room - len(extra) < wanted:
            extra.pop()
        title_lines = wrap(bold_m, event.title, width, max(1, room - len(extra)))
        painter.setFont(title_font)
        for text in title_lines:
            painter.drawText(QPointF(area.left(), y + bold_m.ascent()), text)
            y += line
        painter.setFont(small)
        for text in extra:
            painter.drawText(QPointF(area.left(), y + small_m.ascent()),
                             small_m.elidedText(text, Qt.TextElideMode.ElideRight, int(width)))
            y += small_m.height()
        painter.setClipping(False)
