"""Finnish and Swedish words are long: in either language every page fits a 1280×800
window, so that no button, filter or label is cut off at its right edge (the actions and
filters wrap on to a second line instead of widening the page)."""

from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.catalog import PAGES
from coachdesk.ui.widgets.page_scroller import PageScroller
from tests.ui.test_speaks_the_language import speaking  # noqa: F401 (the fixture)


def test_every_page_fits_a_small_laptop_window(speaking, qtbot):  # noqa: F811
    language, desk = speaking
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    too_wide = {}
    for row, entry in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        scroller = page.parentWidget()
        while not isinstance(scroller, PageScroller):
            scroller = scroller.parentWidget()
        needs = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
        if needs > scroller.viewport().width():
            too_wide[entry.slug] = needs
    assert not too_wide, f"wider than the window ({language}): {too_wide}"
