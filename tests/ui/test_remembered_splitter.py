"""A splitter comes back at the sizes the coordinator left it at; the first time it has
the sizes the page asks for."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coachdesk.ui.widgets.remembered_splitter import RememberedSplitter


def make(qtbot, sizes=(300, 100)) -> RememberedSplitter:
    splitter = RememberedSplitter(Qt.Orientation.Vertical, "test/splitter",
                                  [QLabel("list"), QLabel("detail")], (3, 2), sizes)
    qtbot.addWidget(splitter)
    splitter.resize(200, 400 + splitter.handleWidth())
    splitter.show()
    qtbot.waitExposed(splitter)
    return splitter


def test_the_first_time_it_has_the_page_s_sizes(qtbot):
    splitter = make(qtbot)
    assert splitter.objectName() == "test_splitter"
    assert splitter.sizes() == [300, 100]
    assert not splitter.childrenCollapsible()


def test_the_sizes_left_are_the_sizes_found(qtbot):
    first = make(qtbot)
    first.setSizes([120, 280])
    first.save()
    assert make(qtbot).sizes() == [120, 280]
