"""A tutor's allotted hours read the same on the Tutors page, on Today and in the municipal
summary for the same term: one rule (the hours per term, prorated over the days of the term
the agreement covers), one figure rounded for people, and a tooltip where it is prorated."""

from datetime import date, time

import pytest
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.dashboard_page import DashboardPage
from coachdesk.ui.pages.tutors_page import TutorsPage
from tests.drafts import edit

TODAY = date(2026, 11, 26)
PLAN = {"released_rule": "FREQ=WEEKLY;BYDAY=TU", "released_from": time(8),
        "released_until": time(15)}


@pytest.fixture
def tutor(desk, school_id):
    """120 h per term, an agreement that starts in the middle of the autumn term."""
    make_application()
    desk.school_years.create(SchoolYearDraft(2026))
    return desk.tutors.add(TutorDraft(
        name="Anna Virtanen", home_school_id=school_id, allotted_hours_per_term=120,
        agreement_start=date(2026, 10, 15), agreement_end=date(2027, 7, 31), **PLAN))


def autumn(desk) -> tuple[date, date]:
    (_id, name, first, last), = [term for term in desk.school_years.terms()
                                 if term[2] <= TODAY <= term[3]]
    return first, last


def expected(desk) -> float:
    first, last = autumn(desk)
    return round(120 * ((last - date(2026, 10, 15)).days + 1) / ((last - first).days + 1), 1)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_tutors_today_and_the_summary_agree(qtbot, desk, tutor):
    hours = expected(desk)
    assert hours < 120 and hours != int(hours)
    figure = f"{hours:.1f}"

    tutors = TutorsPage(desk, today=TODAY)
    qtbot.addWidget(tutors)
    tutors.resize(1280, 800)
    tutors.show()
    tutors.start()
    assert tutors.term_picker.currentText() == "Autumn term 2026"
    model = tutors.list.model
    column = next(i for i in range(model.columnCount()) if model.column_key(i) == "hours")
    assert model.index(0, column).data() == f"0 / {figure}"
    tutors.list.view.selectRow(0)
    assert f"{figure} h" in tutors.detail.text.text()
    assert "Prorated" in tutors.detail.text.text()

    # the cell's tooltip says why
    view = tutors.list.view
    rect = view.visualRect(model.index(0, column))
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(
        rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    assert "Prorated" in QToolTip.text() and figure in QToolTip.text()
    QToolTip.hideText()

    today = DashboardPage(desk, today=TODAY)
    qtbot.addWidget(today)
    today.resize(1080, 740)
    today.show()
    with qtbot.waitSignal(today.loaded, timeout=30_000):
        today.start()
    (bar,) = today.hours_chart.bars
    assert bar.text == f"0 / {figure} h" and bar.limit == pytest.approx(hours)
    assert "Prorated" in bar.tip

    first, last = autumn(desk)
    (row,) = desk.reports.municipal_summary(first, last).tutors
    assert row.allotted_minutes == hours * 60


def test_a_whole_term_is_not_prorated(qtbot, desk, tutor):
    edit(desk.tutors, tutor, agreement_start=date(2026, 8, 1))
    first, last = autumn(desk)
    allotment = desk.tutors.allotment(tutor, first, last)
    assert allotment.hours == 120 and not allotment.prorated
    assert desk.dashboard.glance(TODAY).tutors[0].allotted == 120
    (row,) = desk.reports.municipal_summary(first, last).tutors
    assert row.allotted_minutes == 120 * 60
