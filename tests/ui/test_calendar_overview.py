"""The Calendar with all tutors of a city: an overview with a row per tutor, a click on a
name to drill into that tutor's week, and a search for a tutor or a school."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.calendar_page import HANDFUL, MONTH, WEEK, CalendarPage
from tests.ui.test_calendar_page import AGREEMENT, TODAY, TUESDAYS, add_lesson, settle

NAMES = ["Aino Aalto", "Eero Heino", "Helmi Kallio", "Ilkka Laine", "Jaana Lehto",
         "Kalle Mäki", "Liisa Niemi", "Matti Ojala", "Noora Peltonen", "Olli Rantanen",
         "Pirjo Salo", "Riku Toivonen", "Sanna Vainio", "Tapio Virta"]


@pytest.fixture
def city(desk, school_id):
    """More tutors booked in week 48 than the week's colours tell apart; Tapio teaches at
    another school, and Aino makes a visit there too."""
    assert len(NAMES) > HANDFUL
    desk.school_years.create(SchoolYearDraft(2026))
    other = desk.schools.add(SchoolDraft(name="Tikkurilan lukio", kind="upper_secondary",
                                         language="fi"))
    tutors = {name: desk.tutors.add(TutorDraft(
        name=name, email=f"{name.split()[0].lower()}@vantaa.fi", home_school_id=school_id,
        **AGREEMENT, **TUESDAYS)) for name in NAMES}
    lessons = {name: add_lesson(desk, [tutor], f"Lesson of {name}",
                                datetime(2026, 11, 23 + n % 5, 8 + n % 7), place_kind="school",
                                school_id=other if name == "Tapio Virta" else school_id)
               for n, (name, tutor) in enumerate(tutors.items())}
    visit = desk.visits.book(VisitDraft(other, tutors["Aino Aalto"],
                                        datetime(2026, 11, 26, 12, 30),
                                        datetime(2026, 11, 26, 13, 15)),
                             confirmed=True, override_reason="test",
                             now=datetime(2026, 11, 20, 8))
    return {"tutors": tutors, "lessons": lessons, "visit": visit, "other": other}


@pytest.fixture
def page(qtbot, desk, city):
    make_application()
    p = CalendarPage(desk, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 750)
    p.show()
    p.start()
    settle(p, qtbot)
    return p


def row_names(page) -> list[str]:
    return [row.name for row in page.overview.rows()]


def click(qtbot, widget, rect) -> None:
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center().toPoint())


def test_many_tutors_show_as_a_row_each_with_a_short_legend(page, city):
    assert page.mode == WEEK and page.is_overview()
    assert row_names(page) == NAMES  # in the pickers' order
    aino = page.overview.rows()[0]
    assert {(e.kind, e.id) for e in aino.events} == {
        ("lesson", city["lessons"]["Aino Aalto"]), ("visit", city["visit"])}
    # every booking at its time in its tutor's row, not as hairlines side by side
    rect = page.overview.event_rect(city["tutors"]["Eero Heino"], "lesson",
                                    city["lessons"]["Eero Heino"])
    row = page.overview.name_rect(city["tutors"]["Eero Heino"])
    assert rect is not None and rect.width() > 20
    assert row.top() <= rect.top() and rect.bottom() <= row.bottom()
    # the legend tells what the colours mean, not who is who
    legend = page.legend.text()
    assert f"Tutors with bookings: {len(NAMES)}" in legend
    assert "Lesson" in legend and "Visit" in legend and "Cancelled" not in legend
    assert not any(name in legend for name in NAMES)
    assert not page.grab().isNull()


def test_a_few_tutors_keep_the_week_with_a_colour_each(page, city, qtbot):
    page.choose_school(city["other"])  # Tapio's lesson and Aino's visit
    settle(page, qtbot)
    assert not page.is_overview() and page.stack.currentWidget() is page.week
    assert "Tapio Virta" in page.legend.text() and "Aino Aalto" in page.legend.text()


def test_a_click_on_a_name_shows_that_tutors_week_and_all_tutors_come_back(page, city,
                                                                            qtbot):
    eero = city["tutors"]["Eero Heino"]
    click(qtbot, page.overview, page.overview.name_rect(eero))
    settle(page, qtbot)
    assert page.tutor_id() == eero and not page.is_overview()
    assert {e.id for e in page.events_shown()} == {city["lessons"]["Eero Heino"]}
    assert "Released time" in page.legend.text()
    page.choose_tutor(None)
    settle(page, qtbot)
    assert page.is_overview() and len(page.overview.rows()) == len(NAMES)


def test_the_month_counts_each_days_bookings_and_a_day_drills_into_its_week(page, city,
                                                                            qtbot):
    page.set_mode(MONTH)
    settle(page, qtbot)
    assert page.is_overview()
    days = page.overview.days()
    assert (days[0], days[-1]) == (date(2026, 11, 1), date(2026, 11, 30))  # the month's own
    aino = city["tutors"]["Aino Aalto"]
    assert {e.starts_at.date() for e in page.overview.rows()[0].events} == {
        date(2026, 11, 23), date(2026, 11, 26)}
    assert "darker" in page.legend.text()
    click(qtbot, page.overview, page.overview.day_rect(aino, date(2026, 11, 26)))
    settle(page, qtbot)
    assert page.mode == WEEK and page.tutor_id() == aino
    assert page.first_day() == date(2026, 11, 23)
    assert {(e.kind, e.id) for e in page.events_shown()} == {
        ("lesson", city["lessons"]["Aino Aalto"]), ("visit", city["visit"])}


def test_a_double_click_on_a_booking_opens_it_and_on_empty_time_plans_one(page, city,
                                                                          qtbot):
    olli = city["tutors"]["Olli Rantanen"]
    rect = page.overview.event_rect(olli, "lesson", city["lessons"]["Olli Rantanen"])
    with qtbot.waitSignal(page.open_lesson) as opened:
        qtbot.mouseDClick(page.overview.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center().toPoint())
    assert opened.args == [city["lessons"]["Olli Rantanen"]]
    assert "Lesson of Olli Rantanen" in page.details.text()
    point = page.overview.point_at(olli, datetime(2026, 11, 25, 16, 20))
    with qtbot.waitSignal(page.plan_lesson_at) as planned:
        qtbot.mouseDClick(page.overview.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert planned.args == [datetime(2026, 11, 25, 16, 15)]


def test_the_keys_walk_the_rows_and_enter_drills_in(page, city, qtbot):
    page.overview.setFocus()
    qtbot.keyClick(page.overview, Qt.Key.Key_Down)
    qtbot.keyClick(page.overview, Qt.Key.Key_Down)
    assert page.overview.current_tutor() == city["tutors"]["Eero Heino"]
    qtbot.keyClick(page.overview, Qt.Key.Key_Return)
    settle(page, qtbot)
    assert page.tutor_id() == city["tutors"]["Eero Heino"]


def test_the_search_finds_tutors_by_name_and_by_school(page, city, qtbot):
    qtbot.keyClicks(page.search_box, "heino")
    assert not page.is_reading()  # the period read is narrowed, not read again
    assert row_names(page) == ["Eero Heino"]
    assert f"Tutors shown: 1 of {len(NAMES)}" in page.legend.text()
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "tikkurilan")  # who is at that school this week
    assert row_names(page) == ["Aino Aalto", "Tapio Virta"]
    assert [(e.kind, e.id) for e in page.overview.rows()[0].events] == [
        ("visit", city["visit"])]  # not Aino's lesson elsewhere
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "nobody here")
    assert row_names(page) == [] and "nobody here" in page.overview.empty_text
    page.search_box.clear()
    assert row_names(page) == NAMES
    qtbot.keyClicks(page.search_box, "aalto")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # Enter moves on to the rows
    qtbot.waitUntil(page.overview.hasFocus)
    qtbot.keyClick(page.overview, Qt.Key.Key_Down)
    assert page.overview.current_tutor() == city["tutors"]["Aino Aalto"]


def test_the_search_narrows_a_few_tutors_week_too_and_not_one_tutors(page, city, qtbot):
    page.choose_school(city["other"])
    settle(page, qtbot)
    qtbot.keyClicks(page.search_box, "virta")
    assert {e.id for e in page.events_shown()} == {city["lessons"]["Tapio Virta"]}
    assert "Aino Aalto" not in page.legend.text()
    page.choose_tutor(city["tutors"]["Aino Aalto"])  # a tutor chosen: the search rests
    settle(page, qtbot)
    assert not page.search_box.isEnabled()
    assert {(e.kind, e.id) for e in page.events_shown()} == {("visit", city["visit"])}


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the tip's window
def test_a_names_tooltip_counts_the_bookings_and_a_bookings_tells_it(page, city, qtbot):
    overview = page.overview

    def tip_at(rect) -> str:
        pos = rect.center().toPoint()
        QApplication.sendEvent(overview.viewport(), QHelpEvent(
            QEvent.Type.ToolTip, pos, overview.viewport().mapToGlobal(pos)))
        return QToolTip.text()

    aino = city["tutors"]["Aino Aalto"]
    name, count, hint = tip_at(overview.name_rect(aino)).splitlines()
    assert (name, hint) == ("Aino Aalto", "Click to see this tutor's week.")
    assert count.startswith("2 bookings, 2.") and count.endswith(" h")  # 1 h 30 + 45 min
    lesson = tip_at(overview.event_rect(aino, "lesson", city["lessons"]["Aino Aalto"]))
    assert "Lesson of Aino Aalto" in lesson
