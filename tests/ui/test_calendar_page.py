"""The Calendar (planning) page: the week and the month of lessons on a real database."""

import threading
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.operations import operations
from coachdesk.ui.pages.calendar_page import MONTH, WEEK, CalendarPage
from coachdesk.ui.widgets.week_view import side_by_side

TODAY = date(2026, 11, 24)  # a Tuesday in week 48
TUESDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=TU", "released_from": time(8),
            "released_until": time(15)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}


def add_lesson(desk, tutors, title, starts_at, minutes=90, **fields):
    place = {"place_kind": "venue", "venue": "Tikkurila library"}
    draft = LessonDraft(**{**place, **fields}, title=title, starts_at=starts_at,
                        ends_at=starts_at + timedelta(minutes=minutes), tutor_ids=tuple(tutors))
    return desk.lessons.add(draft, confirmed=True, override_reason="test")


@pytest.fixture
def plan(desk, school_id):
    desk.school_years.create(SchoolYearDraft(2026))
    maija = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                       home_school_id=school_id, **AGREEMENT, **TUESDAYS))
    ville = desk.tutors.add(TutorDraft(name="Ville Virtanen", email="ville@vantaa.fi",
                                       home_school_id=school_id, **AGREEMENT, **TUESDAYS))
    lessons = {
        "scratch": add_lesson(desk, [maija], "Coding with Scratch", datetime(2026, 11, 24, 9)),
        "teams": add_lesson(desk, [ville], "Teams and OneNote", datetime(2026, 11, 24, 10),
                            place_kind="school", school_id=school_id, room="A12"),
        "microbit": add_lesson(desk, [maija, ville], "micro:bit", datetime(2026, 11, 26, 14)),
        "next_week": add_lesson(desk, [maija], "Flipped classroom", datetime(2026, 12, 1, 9)),
    }
    return {"maija": maija, "ville": ville, "school": school_id, **lessons}


@pytest.fixture
def page(qtbot, desk, plan, answers):
    make_application()
    p = CalendarPage(desk, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.start()
    settle(p, qtbot)
    return p


def settle(page, qtbot) -> None:
    """Wait until the period asked for is read (beside the window) and shown."""
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=10_000)


def shown(page) -> set[int]:
    return {e.id for e in page.events_shown()}


def test_the_week_shows_its_lessons_monday_to_friday(page, plan):
    assert page.mode == WEEK
    assert page.period_label.text() == "Week 48 · 23.–29.11.2026"
    assert page.week.days() == [date(2026, 11, 23) + timedelta(days=n) for n in range(5)]
    assert shown(page) == {plan["scratch"], plan["teams"], plan["microbit"]}
    titles = [e.title for e in page.events_shown()]
    assert titles == ["Coding with Scratch", "Teams and OneNote", "micro:bit"]  # by time


def test_overlapping_lessons_stand_side_by_side(page, plan):
    scratch = page.week.event_rect("lesson", plan["scratch"])
    teams = page.week.event_rect("lesson", plan["teams"])
    assert scratch is not None and teams is not None
    assert not scratch.intersects(teams)
    assert scratch.right() <= teams.left()  # the earlier one on the left
    assert scratch.top() < teams.top() < scratch.bottom()


def test_a_lesson_takes_the_columns_left_free_beside_it():
    def at(n, start, end):
        return type("E", (), {"id": n, "starts_at": datetime(2026, 11, 25, *start),
                              "ends_at": datetime(2026, 11, 25, *end)})()

    long, a, b, later = at(1, (9, 0), (12, 0)), at(2, (9, 0), (10, 0)), at(
        3, (9, 30), (10, 30)), at(4, (10, 30), (11, 30))
    placed = {e.id: rest for e, *rest in side_by_side([later, b, a, long])}
    assert placed == {1: [0, 1, 3], 2: [1, 1, 3], 3: [2, 1, 3], 4: [1, 2, 3]}


def test_navigation_moves_a_week_and_today_comes_back(page, plan, qtbot):
    page.next_action.trigger()
    settle(page, qtbot)
    assert page.period_label.text() == "Week 49 · 30.11.–6.12.2026"
    assert shown(page) == {plan["next_week"]}
    page.previous_action.trigger()
    settle(page, qtbot)
    page.previous_action.trigger()
    settle(page, qtbot)
    assert page.period_label.text() == "Week 47 · 16.–22.11.2026"
    assert shown(page) == set()
    assert "Nothing planned" in page.legend.text()
    page.today_action.trigger()
    settle(page, qtbot)
    assert page.period_label.text().startswith("Week 48 ")
    shortcuts = [s.toString() for s in page.next_action.shortcuts()]
    assert shortcuts == ["Alt+Right", "PgDown"]


def test_page_down_and_page_up_move_the_week(page, qtbot):
    page.activateWindow()
    page.week.setFocus()
    qtbot.keyClick(page.week, Qt.Key.Key_PageDown)
    settle(page, qtbot)
    assert page.first_day() == date(2026, 11, 30)
    qtbot.keyClick(page.week, Qt.Key.Key_PageUp)
    settle(page, qtbot)
    assert page.first_day() == date(2026, 11, 23)


def test_the_tutor_filter_hides_other_tutors_and_shades_released_time(page, plan, desk, qtbot):
    page.choose_tutor(plan["ville"])
    settle(page, qtbot)
    assert shown(page) == {plan["teams"], plan["microbit"]}
    assert page.week.released() == [(datetime(2026, 11, 24, 8), datetime(2026, 11, 24, 15))]
    assert "Released time" in page.legend.text()
    page.choose_tutor(None)
    settle(page, qtbot)
    assert page.week.released() == []
    assert "Maija Meikäläinen" in page.legend.text()  # the colours of the tutors shown

    page.choose_tutor(plan["maija"])
    settle(page, qtbot)
    page.choose_school(plan["school"])
    settle(page, qtbot)
    assert shown(page) == set()  # Maija teaches nothing at Korson koulu
    page.choose_tutor(None)
    settle(page, qtbot)
    assert shown(page) == {plan["teams"]}

    again = CalendarPage(desk, today=TODAY)  # the filters are remembered
    qtbot.addWidget(again)
    again.start()
    settle(again, qtbot)
    assert again.tutor_id() is None and again.school_id() == plan["school"]


def test_double_click_on_a_lesson_opens_it(page, plan, qtbot):
    rect = page.week.event_rect("lesson", plan["microbit"])
    with qtbot.waitSignal(page.open_lesson) as opened:
        qtbot.mouseDClick(page.week, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened.args == [plan["microbit"]]
    assert page.week.selected_event() == ("lesson", plan["microbit"])
    assert "micro:bit" in page.details.text() and "Ville Virtanen" in page.details.text()


def test_a_click_selects_and_enter_opens(page, plan, qtbot):
    rect = page.week.event_rect("lesson", plan["teams"])
    with qtbot.waitSignal(page.week.event_selected) as selected:
        qtbot.mouseClick(page.week, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert selected.args == ["lesson", plan["teams"]]
    assert "Korson koulu, A12" in page.details.text()
    with qtbot.waitSignal(page.open_lesson) as opened:
        qtbot.keyClick(page.week, Qt.Key.Key_Return)
    assert opened.args == [plan["teams"]]
    qtbot.keyClick(page.week, Qt.Key.Key_Down)
    assert page.week.selected_event() == ("lesson", plan["microbit"])


def test_double_click_on_empty_time_plans_a_lesson_at_the_quarter_hour(page, qtbot):
    point = page.week.point_at(datetime(2026, 11, 25, 13, 37))
    with qtbot.waitSignal(page.plan_lesson_at) as planned:
        qtbot.mouseDClick(page.week, Qt.MouseButton.LeftButton, pos=point)
    assert planned.args == [datetime(2026, 11, 25, 13, 30)]


def test_breaks_are_named_and_the_whole_week_shows_the_weekend(page, plan, qtbot):
    page.go_to(date(2026, 12, 22))
    settle(page, qtbot)
    assert page.week.break_on(date(2026, 12, 22)) == "Christmas break"
    assert page.week.break_on(date(2026, 12, 18)) is None
    page.whole_week.setChecked(True)
    settle(page, qtbot)
    assert len(page.week.days()) == 7
    assert page.last_day() == date(2026, 12, 27)


def test_the_month_lists_each_days_lessons_and_a_click_shows_the_week(page, plan, desk,
                                                                      qtbot):
    for hour in range(9, 16):  # a busy Wednesday
        add_lesson(desk, [plan["maija"]], f"Drop-in {hour}", datetime(2026, 11, 25, hour), 30)
    page.month_action.trigger()
    settle(page, qtbot)
    assert page.mode == MONTH
    assert page.period_label.text() == "November 2026"
    month = page.month
    assert (month.first_day(), month.last_day()) == (date(2026, 10, 26), date(2026, 12, 6))
    assert month.lines_on(date(2026, 11, 24)) == ["9:00 Coding with Scratch",
                                                  "10:00 Teams and OneNote"]
    busy = month.lines_on(date(2026, 11, 25))
    assert busy[0] == "9:00 Drop-in 9" and busy[-1].endswith("more")
    hidden = int(busy[-1].split()[0].lstrip("+"))
    assert len(busy) - 1 + hidden == 7
    assert plan["next_week"] in shown(page)  # the grid's last week is read too

    page.next_action.trigger()
    settle(page, qtbot)
    assert page.period_label.text() == "December 2026"
    assert page.month.lines_on(date(2026, 12, 1)) == ["9:00 Flipped classroom"]
    with qtbot.waitSignal(month.day_activated):
        qtbot.mouseClick(month, Qt.MouseButton.LeftButton,
                         pos=month.day_rect(date(2026, 12, 1)).center().toPoint())
    assert page.mode == WEEK and page.first_day() == date(2026, 11, 30)


def test_cancelled_lessons_stay_on_the_calendar(page, plan, desk, qtbot):
    desk.lessons.cancel(plan["teams"])
    page.refresh()
    settle(page, qtbot)
    teams = next(e for e in page.events_shown() if e.id == plan["teams"])
    assert teams.status == "cancelled"


def test_the_page_renders_in_both_views(page, plan, qtbot):
    page.week.select_event("lesson", plan["scratch"])
    assert not page.grab().isNull()
    page.set_mode(MONTH)
    settle(page, qtbot)
    assert not page.grab().isNull()


def test_visits_share_the_week_and_open_through_their_own_signal(page, desk, plan, qtbot):
    visit = desk.visits.book(VisitDraft(plan["school"], plan["ville"],
                                        datetime(2026, 11, 24, 12, 30),
                                        datetime(2026, 11, 24, 13, 15)),
                             confirmed=True, override_reason="test",
                             now=datetime(2026, 11, 20, 8))
    page.refresh()
    settle(page, qtbot)
    assert ("visit", visit) in {(e.kind, e.id) for e in page.events_shown()}
    with qtbot.waitSignal(page.open_visit) as opened:
        page._activated("visit", visit)
    assert opened.args == [visit]


def test_a_change_reads_the_period_again_and_the_pickers_only_for_people(page, desk, plan, qtbot):
    third = desk.tutors.add(TutorDraft(name="Aapo Ankkuri", email="aapo@vantaa.fi",
                                       home_school_id=plan["school"], **AGREEMENT, **TUESDAYS))
    late = add_lesson(desk, [plan["maija"]], "Late lesson", datetime(2026, 11, 27, 13))
    operations().did_execute.emit(Changes.of({RecordKind.LESSON}), None)
    settle(page, qtbot)
    assert late in shown(page)
    assert page.tutor_picker.findData(third) < 0  # a lesson changed, not the tutors
    operations().did_execute.emit(Changes.of({RecordKind.TUTOR}), None)
    settle(page, qtbot)
    assert page.tutor_picker.findData(third) > 0



def test_the_period_is_read_beside_the_window_and_the_last_one_asked_for_shows(
        page, plan, qtbot, monkeypatch):
    on_the_windows_thread = []
    read = page.read

    def watched(*args):
        on_the_windows_thread.append(threading.current_thread() is threading.main_thread())
        return read(*args)

    monkeypatch.setattr(page, "read", watched)
    page.next_action.trigger()
    assert page.is_reading()
    assert page.period_label.text().startswith("Week 48 ")  # what is shown stays meanwhile
    page.next_action.trigger()
    page.next_action.trigger()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.period_label.text().startswith("Week 51 ") and not page.is_reading()
    assert on_the_windows_thread == [False, False]  # the first asked for, then the last
