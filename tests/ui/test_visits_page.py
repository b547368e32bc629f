from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt, QTime
from sqlalchemy import func, select

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.requests import PreferredTime, RequestDraft, RequestStatus, Urgency
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft, VisitSeriesDraft, VisitStatus
from coachdesk.services.demo import fill_demo_data
from coachdesk.storage import tables as t
from coachdesk.ui import messages
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.proposal_dialog import ProposalDialog, match_model
from coachdesk.ui.operations import operations
from coachdesk.ui.pages.visits_page import (
    ALL,
    SAVE_DELAY_MS,
    UPCOMING,
    VisitsPage,
    request_looks,
    visit_looks,
)
from coachdesk.ui.rows_model import SORT_ROLE
from coachdesk.ui.widgets.booking_form import CHECK_DELAY_MS
from tests.ui.helpers import errors_shown, fill, with_dialog

TODAY = date(2027, 1, 20)
NOW = datetime(2027, 1, 20, 10, 0)
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}
MONDAY = date(2027, 2, 1)  # spring term; the winter break is 22.–28.2.2027
WEDNESDAY = date(2027, 2, 3)


@pytest.fixture
def year(desk):
    return desk.school_years.create(SchoolYearDraft(2026))


@pytest.fixture
def topic(desk):
    return desk.topics.add(TopicDraft(name="Coding with Scratch", level="basic", audience="all"))


@pytest.fixture
def anna(desk, school_id, year, topic):
    return desk.tutors.add(TutorDraft(name="Anna Virtanen", home_school_id=school_id,
                                      allotted_hours_per_term=100, strengths={topic: "advanced"},
                                      **AGREEMENT, **WEEKDAYS))


@pytest.fixture
def request_id(desk, school_id, topic):
    return desk.requests.add(RequestDraft(
        school_id, windows=(PreferredTime(MONDAY, date(2027, 2, 12), time(8), time(12)),),
        topic_ids=(topic,), asked_by_name="Liisa Laine", minutes=90, teachers_count=8,
        urgency=Urgency.HIGH, received_on=date(2027, 1, 8)))


@pytest.fixture
def choices(monkeypatch):
    """messages.choose answers from ``answers`` (an index or None); the texts are kept."""
    state = {"answers": [], "asked": []}

    def choose(parent, title, text, options):
        state["asked"].append((text, list(options)))
        return state["answers"].pop(0)

    monkeypatch.setattr(messages, "choose", choose)
    return state


@pytest.fixture
def informed(monkeypatch, answers):
    said = []
    monkeypatch.setattr(messages, "inform", lambda p, title, text: said.append(text))
    return said


@pytest.fixture
def make_page(qtbot, desk, answers):
    def make() -> VisitsPage:
        make_application()
        page = VisitsPage(desk, today=TODAY, now=NOW)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.start()
        return page
    return make


def _visit(desk, school_id, tutor_id, day=WEDNESDAY, starts=time(9), ends=time(10, 30),
           **more) -> int:
    return desk.visits.book(VisitDraft(school_id, tutor_id, datetime.combine(day, starts),
                                       datetime.combine(day, ends)), now=NOW, **more)


def _request_count(desk) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t.visit_requests))


def _when(dialog, day: date, starts: QTime, ends: QTime) -> None:
    dialog.set_value("day", day)
    dialog.starts.setTime(starts)  # the end moves with the start...
    dialog.ends.setTime(ends)  # ...so it is set after it


def test_a_request_to_a_booked_visit_and_its_log(make_page, desk, school_id, anna, topic,
                                                 request_id, informed):
    teacher = desk.teachers.add(TeacherDraft(name="Mikko Korhonen", school_id=school_id))
    page = make_page()
    assert page.requests.model.total == 1
    model = page.requests.model
    age = next(c for c in range(model.columnCount()) if model.column_key(c) == "age")
    assert model.data(model.index(0, age)) == "12 d"
    assert page.requests.select_id(request_id)
    assert page.propose_action.isEnabled()
    seen = {}

    def book(dialog: ProposalDialog):
        seen["tutors"] = [m.name for m in dialog.matches]
        seen["why"] = dialog.model.data(dialog.model.index(0, 4))
        dialog.choose(0, 0)
        seen["slot"] = dialog.slots.currentItem().text()
        dialog.book()

    with_dialog(page.propose_action.trigger, book)
    assert seen["tutors"] == ["Anna Virtanen"]
    assert "Strong in Coding with Scratch (advanced)" in seen["why"]
    assert seen["slot"] == "Mo 1.2.2027 8:00–9:30"
    assert "Anna Virtanen visits on Mo 1.2.2027 8:00–9:30" in informed[0]
    visit_id = page.list.selected_id()
    visit = desk.visits.get(visit_id)
    assert (visit.starts_at, visit.ends_at) == (datetime(2027, 2, 1, 8), datetime(2027, 2, 1,
                                                                                  9, 30))
    assert (visit.tutor_id, visit.request_id) == (anna, request_id)
    assert desk.visits.topics_of(visit_id) == [(topic, "Coding with Scratch")]
    assert desk.requests.get(request_id).status is RequestStatus.SCHEDULED
    assert "Liisa Laine" in page.detail.text.text()

    # before the visit, the log is refused at the status and nothing is saved
    def too_early(dialog):
        dialog.accept()
        seen["early"] = errors_shown(dialog)
        assert dialog.isVisible()

    with_dialog(page.log_action.trigger, too_early)
    assert list(seen["early"]) == ["status"]
    assert "has not happened yet" in seen["early"]["status"]
    assert desk.visits.get(visit_id).status is VisitStatus.BOOKED

    term = (date(2027, 1, 1), date(2027, 5, 31))
    assert desk.tutors.hours_used(anna, *term) == 0
    page.pinned_now = datetime(2027, 2, 1, 12)

    def log(dialog):
        fill(dialog, status="done", teachers_reached="6", hours_spent="1,5")
        dialog.teacher_picker.setCurrentIndex(dialog.teacher_picker.findData(teacher))
        dialog.add_teacher()
        assert dialog.value("teacher_ids") == [teacher]
        dialog.editors["follow_up"].setChecked(True)
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.edit, log)  # a visit that has begun opens its log
    visit = desk.visits.get(visit_id)
    assert (visit.status, visit.teachers_reached, visit.follow_up) == (VisitStatus.DONE, 6, True)
    assert desk.visits.teachers_of(visit_id) == [(teacher, "Mikko Korhonen")]
    assert desk.tutors.hours_used(anna, *term) == 1.5
    assert desk.requests.get(request_id).status is RequestStatus.DONE
    assert "6 teachers reached" in page.detail.text.text()
    assert page.requests.model.total == 0  # done: no longer open
    page.show_closed.setChecked(True)
    assert page.requests.model.total == 1


def test_a_clash_when_booking_from_the_proposals_asks_for_a_reason(
        make_page, desk, school_id, anna, request_id, informed):
    page = make_page()
    page.requests.select_id(request_id)
    seen = {}

    def go_ahead(conflicts):
        seen["listed"] = conflicts.list.text()
        conflicts.reason.setPlainText("The principal can only meet then")
        conflicts.accept()

    def book(dialog):
        dialog.choose(0, 0)
        # someone books Anna at that time meanwhile
        _visit(desk, school_id, anna, day=MONDAY, starts=time(8), ends=time(9))
        with_dialog(dialog.book, go_ahead)

    with_dialog(page.propose_action.trigger, book)
    assert "Anna Virtanen is already booked" in seen["listed"]
    visit = desk.visits.get(page.list.selected_id())
    assert visit.request_id == request_id
    assert visit.override_reason == "The principal can only meet then"


def test_book_a_visit_directly_with_live_conflicts_and_a_reason(make_page, desk, school_id,
                                                                anna):
    other = desk.schools.add(SchoolDraft(name="Hakunilan koulu", kind="primary", language="fi"))
    _visit(desk, other, anna, starts=time(9), ends=time(10))
    page = make_page()
    seen = {}

    def go_ahead(conflicts):
        conflicts.reason.setPlainText("Travel by car, agreed with Anna")
        conflicts.accept()

    def book(dialog):
        fill(dialog, school_id="Korson koulu", tutor_id="Anna Virtanen")
        _when(dialog, WEDNESDAY, QTime(10, 15), QTime(11, 45))
        seen["live"] = dialog.check_conflicts()
        with_dialog(dialog.accept, go_ahead)
        assert errors_shown(dialog) == {}

    with_dialog(page.new_action.trigger, book)
    assert len(seen["live"]) == 1 and "travel needs 30 min" in seen["live"][0]
    visit = desk.visits.get(page.list.selected_id())
    assert (visit.school_id, visit.starts_at) == (school_id, datetime(2027, 2, 3, 10, 15))
    assert visit.override_reason == "Travel by car, agreed with Anna"
    assert "Travel by car, agreed with Anna" in page.detail.text.text()


def test_end_before_start_is_shown_at_the_time_and_nothing_saved(make_page, desk, school_id,
                                                                 anna):
    page = make_page()
    shown = {}

    def book(dialog):
        fill(dialog, school_id="Korson koulu", tutor_id="Anna Virtanen")
        _when(dialog, WEDNESDAY, QTime(11, 0), QTime(9, 30))
        dialog.accept()
        shown.update(errors_shown(dialog))
        assert dialog.isVisible()

    with_dialog(page.new_action.trigger, book)
    assert list(shown) == ["ends_at"]
    assert "must end after it starts" in shown["ends_at"]
    assert page.list.model.total == 0


def test_a_booking_in_the_past_is_refused(make_page, desk, school_id, anna):
    page = make_page()
    shown = {}

    def book(dialog):
        fill(dialog, school_id="Korson koulu", tutor_id="Anna Virtanen")
        _when(dialog, date(2027, 1, 13), QTime(9, 0), QTime(10, 30))
        dialog.check_conflicts()
        shown["warning"] = dialog.warnings.text()
        dialog.accept()
        shown.update(errors_shown(dialog))
        assert dialog.isVisible()

    with_dialog(page.new_action.trigger, book)
    assert "This time has passed" in shown["warning"]
    assert "log the visit as done or no-show" in shown["starts_at"]
    page.period_picker.setCurrentIndex(page.period_picker.findData(ALL))
    assert page.list.model.total == 0


def test_recurring_visits_skip_the_winter_break(make_page, desk, school_id, anna):
    _visit(desk, school_id, anna, day=date(2027, 3, 10), starts=time(9, 30), ends=time(11))
    page = make_page()
    seen = {}

    def plan(dialog):
        assert dialog.update_preview() is None  # no school and tutor yet
        fill(dialog, school_id="Korson koulu", tutor_id="Anna Virtanen")
        for day, box in dialog.plan.day_boxes.items():
            box.setChecked(day == 3)  # Wednesdays
        dialog.set_value("first_day", WEDNESDAY)
        dialog.set_value("last_day", date(2027, 3, 17))
        preview = dialog.update_preview()
        seen["dates"] = dialog.shown_dates()
        seen["kept"] = preview.kept
        seen["summary"] = dialog.summary.text()
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.series_action.trigger, plan)
    assert ("skipped", "We 24.2.2027 — Winter break") in seen["dates"]
    assert ("conflict", "⚠ We 10.3.2027 — skipped: the tutor is booked elsewhere") in seen[
        "dates"]
    assert [kind for kind, _text in seen["dates"]].count("kept") == 5
    assert seen["summary"] == "5 visits · 1 skipped for breaks · 1 skipped for conflicts"
    assert "Every Wednesday 9:00–10:30" in page.detail.text.text()
    page.school_picker.setCurrentIndex(page.school_picker.findData(school_id))
    model = page.list.model
    series = [model.value(r, "starts_at").date() for r in range(model.rowCount())
              if model.value(r, "series")]
    assert series == seen["kept"]


def test_recurring_days_follow_the_tutor_until_ticked_by_hand(make_page, desk, school_id,
                                                             anna, year):
    desk.tutors.add(TutorDraft(name="Timo Torstai", home_school_id=school_id,
                               released_rule="FREQ=WEEKLY;BYDAY=TH,FR", released_from=time(8),
                               released_until=time(16), **AGREEMENT))
    page = make_page()
    seen = {}

    def plan(dialog):
        fill(dialog, school_id="Korson koulu", tutor_id="Timo Torstai")
        seen["thursday"] = dialog.plan.weekdays()
        # a change of the tutor keeps the form's wait before the preview
        seen["delay"] = dialog._preview_timer.interval()
        fill(dialog, tutor_id="Anna Virtanen")  # released Monday to Friday
        seen["monday"] = dialog.plan.weekdays()
        for day, box in dialog.plan.day_boxes.items():
            box.setChecked(day == 3)
        fill(dialog, tutor_id="Timo Torstai")
        seen["by_hand"] = dialog.plan.weekdays()
        dialog.reject()

    with_dialog(page.series_action.trigger, plan)
    assert (seen["thursday"], seen["monday"], seen["by_hand"]) == ([4], [1], [3])
    assert seen["delay"] == CHECK_DELAY_MS


def test_cancel_a_visit_or_this_and_the_following(make_page, desk, school_id, anna, answers,
                                                  choices):
    single = _visit(desk, school_id, anna)
    ids = desk.visits.book_series(VisitSeriesDraft(
        VisitDraft(school_id, anna),
        Repeat("FREQ=WEEKLY;BYDAY=TH", date(2027, 2, 4), date(2027, 3, 4), time(9),
               time(10, 30))), now=NOW)
    page = make_page()
    page.list.select_id(single)
    answers["answer"] = False
    page.cancel_action.trigger()
    assert "Korson koulu" in answers["confirm"][0]
    assert desk.visits.get(single).status is VisitStatus.BOOKED
    answers["answer"] = True
    page.cancel_action.trigger()
    assert desk.visits.get(single).status is VisitStatus.CANCELLED
    assert not page.cancel_action.isEnabled()

    page.list.select_id(ids[1])
    choices["answers"] = [0, 1]
    page.cancel_action.trigger()  # this one only
    assert [desk.visits.get(i).status.value for i in ids[:3]] == [
        "booked", "cancelled", "booked"]
    page.list.select_id(ids[2])
    page.cancel_action.trigger()  # this and the following
    assert {desk.visits.get(i).status for i in ids[2:]} == {VisitStatus.CANCELLED}
    assert desk.visits.get(ids[0]).status is VisitStatus.BOOKED


def test_a_request_through_the_form_with_its_preferred_times(make_page, desk, school_id,
                                                             topic):
    page = make_page()

    def bad_then_good(dialog):
        fill(dialog, school_id="Korson koulu", asked_by_name="Liisa Laine", minutes="60")
        dialog.set_value("topic_ids", [topic])
        dialog.windows_editor.add_row(date(2027, 2, 10), date(2027, 2, 1))
        first, last, *_rest = dialog.windows_editor.rows[0]
        last.setDate(first.date().addDays(-3))
        dialog.accept()
        shown = errors_shown(dialog)
        assert list(shown) == ["windows"] and "Preferred time 1" in shown["windows"]
        assert dialog.isVisible()
        assert _request_count(desk) == 0  # nothing saved
        last.setDate(first.date().addDays(4))
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.new_request_action.trigger, bad_then_good)
    request_id = page.requests.selected_id()
    request = desk.requests.get(request_id)
    assert (request.asked_by_name, request.minutes, request.received_on) == (
        "Liisa Laine", 60, TODAY)
    windows = desk.requests.windows_of(request_id)
    assert [(w.first_day, w.last_day) for w in windows] == [(date(2027, 2, 10),
                                                            date(2027, 2, 14))]
    assert desk.requests.topics_of(request_id) == [(topic, "Coding with Scratch")]

    def remove_window(dialog):
        assert len(dialog.windows_editor.rows) == 1
        dialog.windows_editor.remove_row(0)
        dialog.accept()

    with_dialog(page.edit_request_action.trigger, remove_window)
    assert desk.requests.windows_of(request_id) == []

    page.cancel_request_action.trigger()
    assert desk.requests.get(request_id).status is RequestStatus.CANCELLED
    assert page.requests.model.total == 0


def test_travel_buffer_is_saved(make_page, desk):
    page = make_page()
    assert page.travel_buffer.value() == 30
    page.travel_buffer.setValue(45)
    assert page._travel_timer.interval() == SAVE_DELAY_MS  # not 45 ms: still a wait
    assert page.save_travel_buffer()
    assert desk.settings.travel_buffer_minutes == 45
    assert page.travel_error.isHidden()


def test_the_calendar_opens_visits_and_plans_them(make_page, desk, school_id, anna):
    upcoming = _visit(desk, school_id, anna)
    past = desk.visits.book(VisitDraft(school_id, anna, datetime(2027, 1, 13, 9),
                                       datetime(2027, 1, 13, 10)), now=datetime(2027, 1, 12))
    page = make_page()
    page.period_picker.setCurrentIndex(page.period_picker.findData(UPCOMING))
    seen = {}

    def opened(dialog):
        seen[dialog.objectName()] = dialog.windowTitle()

    with_dialog(lambda: page.open_visit(upcoming), opened)
    with_dialog(lambda: page.open_visit(past), opened)  # hidden by "Upcoming": shown
    assert set(seen) == {"visit_dialog", "visit_log_dialog"}
    assert page.period_picker.currentData() == ALL
    assert page.list.selected_id() == past

    def planned(dialog):
        seen["when"] = (dialog.value("day"), dialog.starts.time(), dialog.ends.time())

    with_dialog(lambda: page.plan_visit_at(datetime(2027, 2, 10, 9, 15)), planned)
    assert seen["when"] == (date(2027, 2, 10), QTime(9, 15), QTime(10, 45))


def test_move_a_visit(make_page, desk, school_id, anna):
    visit_id = _visit(desk, school_id, anna)
    page = make_page()
    page.list.select_id(visit_id)

    def move(dialog):
        assert not dialog.editors["school_id"].isEnabled()
        dialog.starts.setTime(QTime(12, 0))
        assert dialog.ends.time() == QTime(13, 30)
        fill(dialog, notes="Bring the robots")
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.move_action.trigger, move)
    visit = desk.visits.get(visit_id)
    assert (visit.starts_at, visit.notes) == (datetime(2027, 2, 3, 12), "Bring the robots")


def test_models_on_demo_data(make_page, desk, qtmodeltester, qtbot):
    fill_demo_data(desk, "small", today=TODAY)
    request_id = desk.requests.add(RequestDraft(desk.schools.choices()[0][0], received_on=TODAY))
    page = make_page()
    assert page.list.model.total > 0
    assert page.requests.model.total > 0
    qtmodeltester.check(page.list.model)
    qtmodeltester.check(page.requests.model)
    page.period_picker.setCurrentIndex(page.period_picker.findData("past"))
    assert all(page.list.model.value(r, "starts_at").date() <= TODAY
               for r in range(page.list.model.rowCount()))
    dialog = ProposalDialog(page, desk, request_id, today=TODAY, now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.matches
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(match_model([]))
    model = dialog.model
    shown = [model.row_object(r) for r in range(model.rowCount())]
    assert shown == dialog.matches  # the ranking, best first
    assert dialog.selected_match() == dialog.matches[0]
    dialog.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by the earliest free slot
    earliest = [model.index(r, 2).data(SORT_ROLE) for r in range(model.rowCount())]
    free = [slot for slot in earliest if slot is not None]
    assert len(set(free)) > 1 and free == sorted(free) and earliest[:len(free)] == free


def test_the_lists_columns_look_as_the_page_says():
    visits = visit_looks()
    assert [visits["hours"].render(m) for m in (75, 60, 45)] == ["1 h 15 min", "1 h", "45 min"]
    assert (visits["request"].render(True), visits["request"].render(False)) == ("Request", "")
    requests = request_looks(TODAY)
    assert requests["age"].render(date(2027, 1, 8)) == "12 d"
    assert requests["age"].render(TODAY) == "today"


def test_every_mistake_in_the_log_and_request_forms_is_named_at_once(make_page, desk,
                                                                      school_id, anna):
    visit_id = _visit(desk, school_id, anna)
    page = make_page()
    page.pinned_now = datetime(2027, 2, 3, 12)
    page.list.select_id(visit_id)
    shown = {}

    def log(dialog):
        fill(dialog, status="done", teachers_reached="-3", hours_spent="two")
        dialog.accept()
        shown["log"] = errors_shown(dialog)

    def request(dialog):
        fill(dialog, school_id="Korson koulu", minutes="long", teachers_count="-2")
        dialog.windows_editor.add_row(date(2027, 2, 10), date(2027, 2, 1))
        dialog.accept()
        shown["request"] = errors_shown(dialog)

    with_dialog(page.log_action.trigger, log)
    with_dialog(page.new_request_action.trigger, request)
    assert set(shown["log"]) == {"teachers_reached", "hours_spent"}
    assert set(shown["request"]) == {"minutes", "teachers_count", "windows"}
    assert desk.visits.get(visit_id).status is VisitStatus.BOOKED
    assert _request_count(desk) == 0


def test_a_change_elsewhere_refreshes_what_shows_it_only(make_page, desk, school_id, anna,
                                                         request_id):
    page = make_page()
    resets = {"requests": [], "visits": []}
    page.requests.model.modelReset.connect(lambda: resets["requests"].append(1))
    page.list.model.modelReset.connect(lambda: resets["visits"].append(1))
    operations().did_execute.emit(Changes.of({RecordKind.REQUEST}), None)
    assert resets == {"requests": [1], "visits": []}
    desk.settings.set_int("travel_buffer_minutes", 45)  # as another window would
    operations().did_execute.emit(Changes.of({RecordKind.SETTING}), None)
    assert page.travel_buffer.value() == 45
    assert resets == {"requests": [1], "visits": []}


def _shown(page) -> set[int]:
    model = page.list.model
    while model.canFetchMore():
        model.fetchMore()
    return {model.id_at(row) for row in range(model.rowCount())}


def test_the_list_opens_on_this_school_year_and_all_years_are_one_click_away(
        make_page, desk, school_id, anna):
    """Issue 25, as on the Lessons page: a question about now does not read the years
    behind it; every year and "All years" are one click away, and the choice is kept."""
    desk.school_years.create(SchoolYearDraft(2025))
    coming = _visit(desk, school_id, anna)
    done = desk.visits.book(VisitDraft(school_id, anna, datetime(2026, 9, 9, 9),
                                       datetime(2026, 9, 9, 10)), now=datetime(2026, 9, 1))
    ben = desk.tutors.add(TutorDraft(name="Ben Koski", home_school_id=school_id,
                                     agreement_start=date(2025, 8, 1),
                                     agreement_end=date(2026, 7, 31), **WEEKDAYS))
    last_year = desk.visits.book(VisitDraft(school_id, ben, datetime(2025, 10, 8, 9),
                                            datetime(2025, 10, 8, 10)),
                                 now=datetime(2025, 10, 1))
    page = make_page()
    assert page.period_picker.currentText() == "This school year"
    assert _shown(page) == {coming, done}
    texts = [page.period_picker.itemText(i) for i in range(page.period_picker.count())]
    assert texts == ["This school year", "Upcoming", "Past", "This term", "2025–2026",
                     "All years"]

    page.period_picker.setCurrentIndex(texts.index("2025–2026"))
    assert _shown(page) == {last_year}
    again = make_page()  # the next time the page is opened
    assert again.period_picker.currentText() == "2025–2026"
    assert _shown(again) == {last_year}
    again.period_picker.setCurrentIndex(again.period_picker.findData(ALL))  # one click
    assert _shown(again) == {coming, done, last_year}
