"""A page's title row that wraps: the title on the left, the actions on the right, and the
actions that do not fit go on to a second line (right-aligned) instead of widening the page.

Finnish and Swedish button texts are long ("Vie henkilötiedot", "Poista henkilötiedot"):
in one QHBoxLayout they made a page wider than a 1280-pixel window, so its right edge and
its last buttons were cut off. The row keeps the QBoxLayout calls that pages use
(``addWidget``, ``insertWidget``, ``addSpacing``, ``addStretch``); items before the stretch
keep to the left, items after it to the right.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget, QWidgetItem


class TitleRow(QLayout):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_at: int | None = None  # items from here on keep to the right

    # -- what pages call (as on a QHBoxLayout) -----------------------------------------
    def addWidget(self, widget: QWidget, _stretch: int = 0) -> None:  # noqa: N802 (Qt's)
        self.insertWidget(len(self._items), widget)

    def insertWidget(self, index: int, widget: QWidget, _stretch: int = 0) -> None:  # noqa: N802
        self.addChildWidget(widget)
        self._insert(index, QWidgetItem(widget))

    def addSpacing(self, size: int) -> None:  # noqa: N802
        self.insertSpacing(len(self._items), size)

    def insertSpacing(self, index: int, size: int) -> None:  # noqa: N802
        self._insert(index, QSpacerItem(size, 0, QSizePolicy.Policy.Fixed,
                                        QSizePolicy.Policy.Minimum))

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802
        self._stretch_at = len(self._items)

    def _insert(self, index: int, item: QLayoutItem) -> None:
        if self._stretch_at is not None and index <= self._stretch_at:
            self._stretch_at += 1
        self._items.insert(index, item)
        self.invalidate()

    # -- QLayout -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._insert(len(self._items), item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        if self._stretch_at is not None and index < self._stretch_at:
            self._stretch_at -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    # -- placing -----------------------------------------------------------------------
    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        return parent.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal) if parent else 6

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in lines as wide as ``rect``; returns the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap, right_from = self._gap(), len(self._items) if self._stretch_at is None \
            else self._stretch_at
        lines: list[list[tuple[int, QLayoutItem]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty() and not isinstance(item, QSpacerItem):
                continue
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append((index, item))
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for _i, item in line), default=0)
            if move:
                self._move_line(line, area, y, height, gap, right_from)
            y += height + gap
        return y - gap - area.y() + self._margins().height() if lines[0] else 0

    @staticmethod
    def _move_line(line, area: QRect, y: int, height: int, gap: int, right_from: int) -> None:
        left = [item for index, item in line if index < right_from]
        right = [item for index, item in line if index >= right_from]
        x = area.x()
        for item in left:
            size = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x += size.width() + gap
        x = area.right() + 1
        for item in reversed(right):
            size = item.sizeHint()
            x -= size.width()
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x -= gap
