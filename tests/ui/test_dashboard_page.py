"""The Today page on the small demo data: the attention list, clicks that open records,
the charts, and what an empty database is told to do first."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from coachdesk.services.dashboard import AttentionKind
from coachdesk.services.demo import fill_demo_data
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.dashboard_page import TARGET_ROLE, DashboardPage

TODAY = date(2026, 11, 24)


@pytest.fixture
def page(qtbot, desk):
    make_application()
    fill_demo_data(desk, "small", today=TODAY)
    widget = DashboardPage(desk, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1080, 740)
    widget.show()
    widget.start()
    qtbot.waitUntil(lambda: widget.charts.isVisible())
    return widget


def test_renders_the_demo_data(page):
    kinds = [item.kind for item in page.model.items]
    assert AttentionKind.NEW_REQUESTS in kinds and AttentionKind.VISITS_SOON in kinds
    assert page.model.rowCount() == len(kinds)
    assert page.setup_box.isHidden()
    assert page.term_label.text().startswith("Autumn term 2026")
    assert page.hours_chart.bars and page.reach_chart.bars
    assert [b.label for b in page.visits_chart.bars] == ["Aug", "Sep", "Oct", "Nov", "Dec"]
    shares = [b.value for b in page.reach_chart.bars]
    assert shares == sorted(shares)  # the least reached first
    assert not page.grab().isNull()


def test_clicking_a_record_opens_it(qtbot, page):
    requests = next(r for r, item in enumerate(page.model.items)
                    if item.kind is AttentionKind.NEW_REQUESTS)
    parent = page.model.index(requests, 0)
    child = page.model.index(0, 0, parent)
    target = page.model.data(child, TARGET_ROLE)
    rect = page.tree.visualRect(child)
    with qtbot.waitSignal(page.open_target) as opened:
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert opened.args == ["Visits", target.record_id]
    assert target.record == "request"


def test_clicking_a_rule_opens_its_page(qtbot, page):
    rect = page.tree.visualRect(page.model.index(0, 0))
    item = page.model.items[0]
    with qtbot.waitSignal(page.target_chosen) as chosen:
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert chosen.args[0] == item.target


def test_the_attention_model(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_refresh_reads_again(qtbot, page, desk):
    before = sum(item.count for item in page.model.items
                 if item.kind is AttentionKind.NEW_REQUESTS)
    desk.requests.add(desk.schools.choices()[0][0], received_on=TODAY)
    page.refresh()
    after = sum(item.count for item in page.model.items
                if item.kind is AttentionKind.NEW_REQUESTS)
    assert after == before + 1


def test_an_empty_database_says_what_to_do_first(qtbot, desk):
    make_application()
    page = DashboardPage(desk, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: page.no_term.isVisible())
    assert page.setup_box.isVisible()
    assert page.calm.text() == "Nothing yet: start with the steps above."
    assert not page.charts.isVisible()
    button = page.findChild(QPushButton, "setup_go_schools")
    with qtbot.waitSignal(page.open_target) as opened:
        button.click()
    assert opened.args == ["Reports", None]
