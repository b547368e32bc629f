"""The planning calendar's month: six weeks of Monday to Sunday, ISO week numbers on the left.

Each day lists its events ("9:00 Scratch basics") as far as they fit, then "+3 more";
breaks and holidays are shaded with their name. Clicking a day (or Enter on it) emits
``day_activated``; the page shows that day's week.
"""

from collections.abc import Iterable
from datetime import date, timedelta
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
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coachdesk.domain.text import tr
from coachdesk.ui.widgets.week_view import (
    BREAK_FILL,
    CANCELLED,
    TODAY_FILL,
    clock,
    describe,
    event_color,
    short_day_names,
)

WEEKS = 6
MAX_LINES = 5  # events listed in a day before "+N more", however tall the cell


def grid_start(year: int, month: int) -> date:
    """The Monday on or before the first of the month: the grid's first day."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthView(QWidget):
    day_activated = Signal(object)  # a date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("month_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        today = date.today()
        self._year, self._month = today.year, today.month
        self._events: dict[date, list[Any]] = {}
        self._breaks: dict[date, str] = {}
        self._today: date | None = None
        self._current: date | None = None
        self.max_lines = MAX_LINES
        self.tutor_names: dict[int, str] = {}

    # -- what to show ---------------------------------------------------------------------
    def set_month(self, year: int, month: int) -> None:
        self._year, self._month = year, month
        if self._current not in self.days():
            self._current = None
        self.update()

    def first_day(self) -> date:
        return grid_start(self._year, self._month)

    def last_day(self) -> date:
        return self.first_day() + timedelta(days=WEEKS * 7 - 1)

    def days(self) -> list[date]:
        first = self.first_day()
        return [first + timedelta(days=n) for n in range(WEEKS * 7)]

    def set_events(self, events: Iterable[Any]) -> None:
        self._events = {}
        for event in sorted(events, key=lambda e: (e.starts_at, e.title)):
            self._events.setdefault(event.starts_at.date(), []).append(event)
        self.update()

    def set_breaks(self, breaks: dict[date, str]) -> None:
        self._breaks = dict(breaks)
        self.update()

    def set_today(self, today: date | None) -> None:
        self._today = today
        self.update()

    def events_on(self, day: date) -> list[Any]:
        return list(self._events.get(day, []))

    def lines_on(self, day: date) -> list[str]:
        """The lines a day's cell shows: its events as fit, then "+N more"."""
        events = self._events.get(day, [])
        room = self._room()
        if len(events) <= room:
            return [self._line(e) for e in events]
        shown = max(0, room - 1)
        return [self._line(e) for e in events[:shown]] + [self._more(len(events) - shown)]

    def day_rect(self, day: date) -> QRectF:
        n = (day - self.first_day()).days
        return QRectF(self._gutter() + (n % 7) * self._cell_width(),
                      self._header_height() + (n // 7) * self._cell_height(),
                      self._cell_width(), self._cell_height())

    def day_at(self, pos: QPoint | QPointF) -> date | None:
        x, y = pos.x() - self._gutter(), pos.y() - self._header_height()
        if x < 0 or y < 0:
            return None
        column, row = int(x // self._cell_width()), int(y // self._cell_height())
        if column >= 7 or row >= WEEKS:
            return None
        return self.first_day() + timedelta(days=row * 7 + column)

    # -- geometry -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(self._gutter() + 7 * 150, self._header_height() + WEEKS * 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._gutter() + 7 * 90,
                     self._header_height() + WEEKS * (self._line_height() * 3 + 8))

    def _gutter(self) -> int:
        return self.fontMetrics().horizontalAdvance(tr("Wk")) + 20

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _cell_width(self) -> float:
        return max(1.0, (self.width() - self._gutter() - 1) / 7)

    def _cell_height(self) -> float:
        return max(1.0, (self.height() - self._header_height() - 1) / WEEKS)

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.92)
        return font

    def _line_height(self) -> int:
        return QFontMetrics(self._small()).height() + 2

    def _room(self) -> int:
        """Event lines that fit below the day's number."""
        free = self._cell_height() - self.fontMetrics().height() - 8
        return max(1, min(self.max_lines, int(free // self._line_height())))

    @staticmethod
    def _line(event: Any) -> str:
        return f"{clock(event.starts_at)} {event.title}"

    @staticmethod
    def _more(count: int) -> str:
        return tr("+%n more", None, count)

    # -- input ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self._current = day
            self.update()
            self.day_activated.emit(day)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                                 Qt.Key.Key_Down: 7}
        key = event.key()
        if key in moves:
            day = (self._current or self._today or self.first_day()) + timedelta(
                days=moves[key])
            if self.first_day() <= day <= self.last_day():
                self._current = day
                self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            self.day_activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            events = self._events.get(day, []) if day else []
            if not events and not (day and day in self._breaks):
                QToolTip.hideText()
                event.ignore()
                return True
            lines = [self._breaks[day]] if day in self._breaks else []
            lines += [describe(e, self.tutor_names) for e in events]
            QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            return True
        return super().event(event)

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        self._paint_header(painter, pal)
        for day in self.days():
            self._paint_day(painter, pal, day)
        self._paint_lines(painter, pal)
        painter.end()

    def _paint_header(self, painter: QPainter, pal: QPalette) -> None:
        height = self._header_height()
        painter.fillRect(QRectF(0, 0, self.width(), height), pal.color(QPalette.ColorRole.Window))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        for column, name in enumerate(short_day_names()):
            cell = QRectF(self._gutter() + column * self._cell_width(), 0, self._cell_width(),
                          height)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self._small())
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(0, 0, self._gutter(), height), Qt.AlignmentFlag.AlignCenter,
                         tr("Wk"))
        for row in range(WEEKS):
            monday = self.first_day() + timedelta(days=row * 7)
            cell = QRectF(0, height + row * self._cell_height(), self._gutter(),
                          self._cell_height())
            painter.drawText(cell.adjusted(0, 6, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             str(monday.isocalendar().week))
        painter.setFont(self.font())

    def _paint_lines(self, painter: QPainter, pal: QPalette) -> None:
        line = QColor(pal.color(QPalette.ColorRole.Mid))
        line.setAlpha(140)
        painter.setPen(QPen(line, 1))
        top, left = self._header_height(), self._gutter()
        for row in range(WEEKS + 1):
            y = top + row * self._cell_height()
            painter.drawLine(QPointF(0 if row else left, y), QPointF(self.width(), y))
        for column in range(8):
            x = left + column * self._cell_width()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))

    def _paint_day(self, painter: QPainter, pal: QPalette, day: date) -> None:
        cell = self.day_rect(day)
        in_month = day.month == self._month
        if not in_month or day.weekday() >= 5:
            painter.fillRect(cell, pal.color(QPalette.ColorRole.AlternateBase))
        name = self._breaks.get(day)
        if name:
            painter.fillRect(cell, BREAK_FILL)
            hatch = QColor(pal.color(QPalette.ColorRole.Mid))
            hatch.setAlpha(60)
            painter.fillRect(cell, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        if day == self._today:
            painter.fillRect(cell, TODAY_FILL)
        if day == self._current and self.hasFocus():
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(cell.adjusted(1, 1, -1, -1))
        dim = pal.color(QPalette.ColorRole.PlaceholderText)
        text = pal.color(QPalette.ColorRole.Text) if in_month else dim
        metrics = self.fontMetrics()
        number = str(day.day)
        number_rect = QRectF(cell.left() + 4, cell.top() + 3,
                             metrics.horizontalAdvance("00") + 10, metrics.height() + 2)
        bold = QFont(self.font())
        bold.setBold(day == self._today)
        if day == self._today:
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(number_rect, number_rect.height() / 2,
                                    number_rect.height() / 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text = pal.color(QPalette.ColorRole.HighlightedText)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)
        small = self._small()
        small_m = QFontMetrics(small)
        painter.setFont(small)
        if name:
            painter.setPen(dim)
            left = number_rect.right() + 4
            painter.drawText(QRectF(left, number_rect.top(), cell.right() - left - 4,
                                    number_rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             small_m.elidedText(name, Qt.TextElideMode.ElideRight,
                                                int(cell.right() - left - 4)))
        self._paint_events(painter, pal, day, cell, number_rect.bottom() + 3, in_month)
        painter.setFont(self.font())

    def _paint_events(self, painter: QPainter, pal: QPalette, day: date, cell: QRectF,
                      top: float, in_month: bool) -> None:
        events = self._events.get(day, [])
        lines = self.lines_on(day)
        small = self._small()
        struck = QFont(small)
        struck.setStrikeOut(True)
        metrics = QFontMetrics(small)
        step = self._line_height()
        width = cell.width() - 22
        more = len(lines) != len(events)
        for n, text in enumerate(lines):
            y = top + n * step
            if y + step > cell.bottom() + 1:
                break
            if more and n == len(lines) - 1:  # "+3 more"
                painter.setFont(small)
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(QPointF(cell.left() + 16, y + metrics.ascent()), text)
                continue
            event = events[n]
            cancelled = event.status == CANCELLED
            color = event_color(event)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.setOpacity(0.45 if cancelled or not in_month else 1.0)
            chip = QRectF(cell.left() + 6, y + (step - 8) / 2, 7, 8)
            painter.drawRoundedRect(chip, 2, 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setFont(struck if cancelled else small)
            color_text = pal.color(QPalette.ColorRole.PlaceholderText) if cancelled else (
                pal.color(QPalette.ColorRole.Text))
            painter.setPen(color_text)
            painter.drawText(QPointF(cell.left() + 16, y + metrics.ascent()),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width)))
            painter.setOpacity(1.0)
