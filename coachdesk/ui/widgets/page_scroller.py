"""A page fills the window; only a window smaller than the page's minimum scrolls it.

QScrollArea's own resizing asks pages with word-wrapped labels for their preferred height
(height-for-width) and so scrolls pages that would fit; this one uses the minimum size.
"""

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScroller(QScrollArea):
    def __init__(self, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(page)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        page = self.widget()
        if page is None:  # not set yet
            return
        minimum = page.minimumSizeHint().expandedTo(page.minimumSize())
        page.resize(self.viewport().size().expandedTo(minimum))
