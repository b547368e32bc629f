"""A horizontal bar chart drawn with QPainter: one bar per row, a label on the left, the
value as text on the right, and an optional mark for a limit (hours allotted).

Qt Charts comes with PySide6-Addons, which CoachDesk does not depend on (it is large);
bars are all the dashboard needs.
"""

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3b78c3")
OVER = QColor("#c0392b")
LOW = QColor("#d98a1c")
ROW_HEIGHT = 22
LABEL_WIDTH = 150
TEXT_WIDTH = 96


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown at the bar's end
    limit: float | None = None  # drawn as a mark across the bar
    color: QColor | None = None  # default: BAR
    tip: str = ""


class BarChart(QWidget):
    """Rows of bars scaled to ``maximum`` (default: the largest value or limit)."""

    def __init__(self, empty: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.maximum: float | None = None
        self.empty = empty
        self.label_width = LABEL_WIDTH
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: list[Bar], maximum: float | None = None) -> None:
        self.bars = list(bars)
        self.maximum = maximum
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in self.bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.bars)) * ROW_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _scale(self) -> float:
        if self.maximum:
            return self.maximum
        values = [b.value for b in self.bars] + [b.limit for b in self.bars if b.limit]
        return max(values, default=0) or 1.0

    def _row(self, y: float) -> int | None:
        row = int((y - 2) // ROW_HEIGHT)
        return row if 0 <= row < len(self.bars) else None

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            row = self._row(event.position().y() if hasattr(event, "position")
                            else event.pos().y())
            self.setToolTip(self.bars[row].tip or f"{self.bars[row].label}: "
                            f"{self.bars[row].text}" if row is not None else "")
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        if not self.bars:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, self.empty)
            return
        metrics = painter.fontMetrics()
        label_width = min(self.label_width, self.width() // 3)
        left = label_width + 8
        span = max(20.0, self.width() - left - TEXT_WIDTH - 8)
        scale = self._scale()
        track = self.palette().color(QPalette.ColorRole.AlternateBase)
        for row, bar in enumerate(self.bars):
            top = 2 + row * ROW_HEIGHT
            painter.setPen(text_color)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRectF(0, top, label_width, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            body = QRectF(left, top + 4, span, ROW_HEIGHT - 8)
            painter.fillRect(body, track)
            width = span * min(1.0, max(0.0, bar.value) / scale)
            painter.fillRect(QRectF(left, top + 4, width, ROW_HEIGHT - 8), bar.color or BAR)
            if bar.limit:
                x = left + span * min(1.0, bar.limit / scale)
                painter.setPen(QPen(text_color, 2))
                painter.drawLine(int(x), int(top + 2), int(x), int(top + ROW_HEIGHT - 2))
            painter.setPen(text_color)
            painter.drawText(QRectF(left + span + 8, top, TEXT_WIDTH, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.text)
        painter.end()
