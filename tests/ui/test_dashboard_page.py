"""The Today page on the small demo data: the attention list, clicks that open records,
the charts, what an empty database is told to do first, and that the figures are read
beside the window."""

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.requests import RequestDraft
from coachdesk.services.dashboard import AttentionKind
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.dashboard_page import TARGET_ROLE, DashboardPage
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)


@pytest.fixture
def desk(request, db_path, migrated_template, small_demo):
    """With ``page``: a copy of the small demo made once for TODAY; else a new database."""
    demo = "page" in request.fixturenames
    d = open_copy(small_demo(TODAY).path if demo else migrated_template, db_path)
    yield d
    d.close()


@pytest.fixture
def page(qtbot, desk):
    make_application()
    widget = DashboardPage(desk, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1080, 740)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.start()
    assert widget.charts.isVisible()
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
    with qtbot.waitSignal(page.target_chosen) as opened:
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert opened.args == [target]
    assert target.kind is RecordKind.REQUEST


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
    desk.requests.add(RequestDraft(desk.schools.choices()[0][0], received_on=TODAY))
    with qtbot.waitSignal(page.loaded, timeout=30_000):
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
    with qtbot.waitSignal(page.target_chosen) as opened:
        button.click()
    assert opened.args[0].importing and opened.args[0].kind is RecordKind.SCHOOL
    assert button.text() == "Go to Reports"  # where the import is


@pytest.fixture
def held(monkeypatch, desk):
    """The attention rules wait for ``held.set()``: a reading that takes its time.
    ``held.calls`` counts the readings begun."""
    gate = threading.Event()
    gate.calls = 0
    attention = desk.dashboard.attention

    def slow(today):
        gate.calls += 1
        gate.wait(30)
        return attention(today)

    monkeypatch.setattr(desk.dashboard, "attention", slow)
    yield gate
    gate.set()


def test_the_figures_are_read_beside_the_window(qtbot, page, desk, held):
    shown = list(page.model.items)
    desk.requests.add(RequestDraft(desk.schools.choices()[0][0], received_on=TODAY))
    page.refresh()  # returns at once: the reading waits on its worker thread
    qtbot.wait(50)
    assert page.model.items == shown  # what was shown stays until the new figures are in
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        held.set()
    assert page.model.items != shown


def test_refreshes_asked_while_reading_make_one_more_reading(qtbot, page, held):
    loaded = []
    page.loaded.connect(lambda: loaded.append(held.calls))
    page.refresh()
    page.refresh()  # while the first reading waits: it is not read twice at once
    page.refresh()
    qtbot.wait(50)
    assert held.calls == 1
    held.set()
    qtbot.waitUntil(lambda: len(loaded) == 2, timeout=30_000)
    qtbot.wait(50)
    assert held.calls == 2 and len(loaded) == 2  # the three asked for one more reading


def test_a_failed_reading_is_said(qtbot, page, desk, answers, monkeypatch):
    def broken(today):
        raise CoachDeskError("The database is busy.")

    monkeypatch.setattr(desk.dashboard, "attention", broken)
    page.refresh()
    qtbot.waitUntil(lambda: answers["errors"] == ["The database is busy."], timeout=30_000)
    monkeypatch.undo()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh()  # and the page reads again once asked


def test_a_page_closed_while_reading_lets_the_result_go(qtbot, desk, held):
    make_application()
    page = DashboardPage(desk, today=TODAY)
    page.start()
    page.deleteLater()
    qtbot.wait(20)
    held.set()
    qtbot.wait(200)  # the result comes back to nobody: no error
