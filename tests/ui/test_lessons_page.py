from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QTime

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.formats import formats
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.lessons import LessonDraft, LessonSeriesDraft, LessonStatus, PlaceKind
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.demo import fill_demo_data
from coachdesk.ui import messages
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.conflicts_dialog import ask_reason
from coachdesk.ui.operations import operations
from coachdesk.ui.pages.lessons_page import ALL, UPCOMING, LessonsPage, lesson_looks
from tests.ui.helpers import errors_shown, fill, with_dialog

TODAY = date(2026, 11, 26)
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}
WEDNESDAY = date(2027, 2, 3)  # spring term; the winter break is 22.–28.2.2027


@pytest.fixture
def year(desk):
    return desk.school_years.create(SchoolYearDraft(2026))


@pytest.fixture
def anna(desk, school_id, year):
    return desk.tutors.add(TutorDraft(name="Anna Virtanen", home_school_id=school_id, **AGREEMENT,
                                      **WEEKDAYS))


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
def make_page(qtbot, desk, answers):
    def make() -> LessonsPage:
        make_application()
        page = LessonsPage(desk, today=TODAY)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.start()
        return page
    return make


def _lesson(desk, tutors, day=WEDNESDAY, title="Scratch basics", **changes) -> int:
    fields = {"title": title, "place_kind": "school", "school_id": changes.pop("school_id"),
              "room": "A12", "starts_at": datetime.combine(day, time(14, 30)),
              "ends_at": datetime.combine(day, time(16)), "capacity": 12, **changes}
    return desk.lessons.add(LessonDraft(**fields, tutor_ids=tuple(tutors)))


def club(tutor, rule, first, last) -> LessonSeriesDraft:
    """The Scratch club at Heureka, 14:30–16:00 by ``rule``."""
    return LessonSeriesDraft(
        LessonDraft(title="Scratch club", place_kind=PlaceKind.VENUE,
                    venue="Heureka learning centre", tutor_ids=(tutor,)),
        Repeat(rule, first, last, time(14, 30), time(16)))


def _titles(page) -> list[str]:
    model = page.list.model
    return [model.value(r, "title") for r in range(model.rowCount())]


def _when(dialog, day: date, starts: QTime, ends: QTime) -> None:
    dialog.set_value("day", day)
    dialog.starts.setTime(starts)  # the end moves with the start...
    dialog.ends.setTime(ends)  # ...so it is set after it


def test_plan_a_lesson_through_the_form(make_page, desk, school_id, anna):
    page = make_page()
    seen = {}

    def plan(dialog):
        fill(dialog, title="Scratch basics", place_kind=PlaceKind.SCHOOL.value,
             school_id="Korson koulu", room="A12", capacity="12")
        assert not dialog.editors["venue"].isVisibleTo(dialog)
        assert not dialog.editors["school_ids"].isEnabled()  # open to all schools
        _when(dialog, WEDNESDAY, QTime(14, 30), QTime(16, 0))
        dialog.set_value("tutor_ids", [anna])
        assert dialog.check_conflicts() == []
        seen["warning"] = dialog.warnings.text()
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.new_action.trigger, plan)
    assert "No conflicts" in seen["warning"]
    assert _titles(page) == ["Scratch basics"]
    lesson = desk.lessons.get(page.list.selected_id())
    assert (lesson.starts_at, lesson.ends_at) == (datetime(2027, 2, 3, 14, 30),
                                                  datetime(2027, 2, 3, 16, 0))
    assert (lesson.school_id, lesson.room, lesson.capacity) == (school_id, "A12", 12)
    assert desk.lessons.tutors_of(lesson.id) == [(anna, "Anna Virtanen")]
    detail = page.detail.text.text()
    assert "Anna Virtanen" in detail and "Korson koulu, room A12" in detail
    assert "0 of 12 seats taken" in detail


def test_the_place_shows_only_the_fields_that_apply(make_page, desk, school_id, anna):
    page = make_page()

    def places(dialog):
        def shown(*keys):
            return [k for k in keys if dialog.editors[k].isVisibleTo(dialog)]

        fill(dialog, place_kind=PlaceKind.ONLINE.value)
        assert shown("school_id", "room", "venue", "online_url") == ["online_url"]
        fill(dialog, place_kind=PlaceKind.VENUE.value)
        assert shown("school_id", "room", "venue", "online_url") == ["venue"]
        dialog.editors["open_to_all"].setChecked(False)
        assert dialog.editors["school_ids"].isEnabled()

    with_dialog(page.new_action.trigger, places)


def test_end_before_start_is_shown_at_the_time_and_nothing_saved(make_page, desk, school_id,
                                                                 anna):
    page = make_page()
    shown = {}

    def plan(dialog):
        fill(dialog, title="Scratch basics", school_id="Korson koulu")
        _when(dialog, WEDNESDAY, QTime(16, 0), QTime(14, 30))
        dialog.set_value("tutor_ids", [anna])
        dialog.accept()
        shown.update(errors_shown(dialog))
        assert dialog.isVisible()
        assert not dialog.errors["ends_at"].isHidden()

    with_dialog(page.new_action.trigger, plan)
    assert list(shown) == ["ends_at"]
    assert "end after it starts" in shown["ends_at"]
    assert page.list.model.total == 0


def test_a_conflict_asks_for_a_reason_and_records_it(make_page, desk, school_id, anna):
    _lesson(desk, [anna], school_id=school_id)
    page = make_page()
    seen = {}

    def back(conflicts):
        seen["listed"] = conflicts.list.text()
        conflicts.reject()

    def go_ahead(conflicts):
        conflicts.accept()  # no reason: refused beside the box
        seen["no reason"] = conflicts.error.text()
        conflicts.reason.setPlainText("The only afternoon the staff can come")
        conflicts.accept()

    def plan(dialog):
        fill(dialog, title="micro:bit", school_id="Korson koulu", room="B2")
        _when(dialog, WEDNESDAY, QTime(15, 0), QTime(16, 30))
        dialog.set_value("tutor_ids", [anna])
        seen["live"] = dialog.check_conflicts()
        with_dialog(dialog.accept, back)
        assert dialog.isVisible()  # back to the form, nothing saved
        assert page.list.model.total == 1
        with_dialog(dialog.accept, go_ahead)

    with_dialog(page.new_action.trigger, plan)
    assert len(seen["live"]) == 1 and "Anna Virtanen is already booked" in seen["live"][0]
    assert "Anna Virtanen is already booked" in seen["listed"]
    assert "Write the reason" in seen["no reason"]
    assert sorted(_titles(page)) == ["Scratch basics", "micro:bit"]
    lesson = desk.lessons.get(page.list.selected_id())
    assert lesson.title == "micro:bit"
    assert lesson.override_reason == "The only afternoon the staff can come"
    assert "The only afternoon the staff can come" in page.detail.text.text()


def test_plan_a_series_that_skips_the_winter_break(make_page, desk, school_id, anna):
    page = make_page()
    seen = {}

    def plan(dialog):
        fill(dialog, title="Scratch club", place_kind=PlaceKind.VENUE.value,
             venue="Heureka learning centre")
        dialog.set_value("tutor_ids", [anna])
        for day, box in dialog.plan.day_boxes.items():
            box.setChecked(day == 3)  # Wednesdays
        # a week of break only: the rule gives no date, said at the rule
        dialog.set_value("first_day", date(2027, 2, 22))
        dialog.set_value("last_day", date(2027, 2, 28))
        assert dialog.update_preview() is None
        seen["no dates"] = dialog.errors["rule"].text()
        dialog.set_value("first_day", WEDNESDAY)
        dialog.set_value("last_day", date(2027, 3, 17))
        preview = dialog.update_preview()
        assert dialog.errors["rule"].isHidden()
        seen["dates"] = dialog.shown_dates()
        seen["kept"] = preview.kept
        seen["summary"] = dialog.summary.text()
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.series_action.trigger, plan)
    assert "no school days" in seen["no dates"]
    assert ("skipped", "We 24.2.2027 — Winter break") in seen["dates"]
    assert [kind for kind, _text in seen["dates"]].count("kept") == 6
    assert seen["summary"] == "6 lessons · 1 skipped"
    assert _titles(page) == ["Scratch club"] * 6
    model = page.list.model
    assert [model.value(r, "starts_at").date() for r in range(model.rowCount())] == seen["kept"]
    assert all(page.list.model.value(r, "series") for r in range(model.rowCount()))
    assert "Every Wednesday 14:30–16:00" in page.detail.text.text()


def test_series_conflicts_are_marked_in_the_preview(make_page, desk, school_id, anna):
    _lesson(desk, [anna], day=date(2027, 2, 10), school_id=school_id)
    page = make_page()
    seen = {}

    def plan(dialog):
        fill(dialog, title="Scratch club", place_kind=PlaceKind.ONLINE.value,
             online_url="https://meet.example.fi/scratch")
        dialog.set_value("tutor_ids", [anna])
        for day, box in dialog.plan.day_boxes.items():
            box.setChecked(day == 3)
        dialog.set_value("first_day", WEDNESDAY)
        dialog.set_value("last_day", date(2027, 2, 17))
        dialog.update_preview()
        seen["dates"] = dialog.shown_dates()
        seen["detail"] = dialog.date_detail.text()

    with_dialog(page.series_action.trigger, plan)
    assert [kind for kind, _text in seen["dates"]] == ["kept", "conflict", "kept"]
    assert "a tutor is booked elsewhere" in seen["dates"][1][1]
    assert "Anna Virtanen is already booked" in seen["detail"]


def test_edit_a_series_lesson_and_the_following(make_page, desk, school_id, anna, choices):
    ids = desk.lessons.add_series(club(anna, "FREQ=WEEKLY;BYDAY=WE", WEDNESDAY,
                                       date(2027, 3, 17)))
    page = make_page()
    assert page.list.select_id(ids[2])  # 17.2.2027
    choices["answers"] = [1]  # this and all following

    def edit(dialog):
        fill(dialog, title="Scratch club (later)")
        dialog.starts.setTime(QTime(15, 0))
        assert dialog.ends.time() == QTime(16, 30)  # the length is kept
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.edit_action.trigger, edit)
    assert "one of a series" in choices["asked"][0][0]
    lessons = [desk.lessons.get(i) for i in ids]
    assert [x.title for x in lessons] == ["Scratch club"] * 2 + ["Scratch club (later)"] * 4
    assert [x.starts_at.time() for x in lessons] == [time(14, 30)] * 2 + [time(15)] * 4
    assert [x.ends_at.time() for x in lessons] == [time(16)] * 2 + [time(16, 30)] * 4

    choices["answers"] = [None]  # cancel the question: the form stays open, nothing saved

    def undecided(dialog):
        fill(dialog, title="Never saved")
        dialog.accept()
        assert dialog.isVisible()

    with_dialog(page.edit_action.trigger, undecided)
    assert desk.lessons.get(ids[2]).title == "Scratch club (later)"


def test_cancel_asks_first(make_page, desk, school_id, anna, answers, choices):
    single = _lesson(desk, [anna], school_id=school_id)
    ids = desk.lessons.add_series(club(anna, "FREQ=WEEKLY;BYDAY=TH", date(2027, 2, 4),
                                       date(2027, 3, 4)))
    page = make_page()
    page.list.select_id(single)
    answers["answer"] = False
    page.cancel_action.trigger()
    assert "Scratch basics" in answers["confirm"][0]
    assert desk.lessons.get(single).status is LessonStatus.PLANNED
    answers["answer"] = True
    page.cancel_action.trigger()
    assert desk.lessons.get(single).status is LessonStatus.CANCELLED
    assert not page.cancel_action.isEnabled()  # already cancelled
    assert "Cancelled" in page.detail.text.text()

    page.list.select_id(ids[1])
    choices["answers"] = [None, 0, 1]
    page.cancel_action.trigger()  # "Cancel": nothing happens
    assert [desk.lessons.get(i).status for i in ids] == [LessonStatus.PLANNED] * len(ids)
    page.cancel_action.trigger()  # this one only
    assert [desk.lessons.get(i).status.value for i in ids[:3]] == [
        "planned", "cancelled", "planned"]
    page.list.select_id(ids[2])
    page.cancel_action.trigger()  # this and the following
    assert {desk.lessons.get(i).status for i in ids[2:]} == {LessonStatus.CANCELLED}
    assert desk.lessons.get(ids[0]).status is LessonStatus.PLANNED


def test_duplicate_plans_the_same_lesson_a_week_later(make_page, desk, school_id, anna):
    original = _lesson(desk, [anna], school_id=school_id)
    page = make_page()
    page.list.select_id(original)
    seen = {}

    def copy(dialog):
        seen["day"] = dialog.value("day")
        seen["title"] = dialog.value("title")
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.duplicate_action.trigger, copy)
    assert (seen["day"], seen["title"]) == (WEDNESDAY + timedelta(days=7), "Scratch basics")
    copy_id = page.list.selected_id()
    assert copy_id != original
    assert desk.lessons.get(copy_id).starts_at == datetime(2027, 2, 10, 14, 30)
    assert desk.lessons.tutors_of(copy_id) == [(anna, "Anna Virtanen")]


def test_the_calendar_opens_lessons_and_plans_them(make_page, desk, school_id, anna):
    past = _lesson(desk, [anna], day=date(2026, 9, 9), school_id=school_id)
    page = make_page()
    page.period_picker.setCurrentIndex(page.period_picker.findData(UPCOMING))
    assert page.list.model.total == 0  # upcoming only
    seen = {}

    def opened(dialog):
        seen["title"] = dialog.value("title")

    with_dialog(lambda: page.open_lesson(past), opened)
    assert seen["title"] == "Scratch basics"
    assert page.period_picker.currentData() == ALL
    assert page.list.selected_id() == past

    def planned(dialog):
        seen["when"] = (dialog.value("day"), dialog.starts.time(), dialog.ends.time())

    with_dialog(lambda: page.plan_lesson_at(datetime(2027, 2, 10, 9, 15)), planned)
    assert seen["when"] == (date(2027, 2, 10), QTime(9, 15), QTime(10, 45))


def test_a_reason_is_required_to_go_ahead(qtbot, desk, year, anna, school_id):
    make_application()
    conflicts = desk.lessons.conflicts(LessonDraft(title="x", place_kind="venue",
                                                   starts_at=datetime(2027, 2, 24, 14),
                                                   ends_at=datetime(2027, 2, 24, 15),
                                                   tutor_ids=[anna]))
    answer = {}

    def handle(dialog):
        assert "Winter break" in dialog.list.text()
        dialog.accept()
        assert dialog.isVisible()
        dialog.reason.setPlainText("  Catch-up day agreed with the school  ")
        dialog.accept()

    with_dialog(lambda: answer.setdefault("reason", ask_reason(None, conflicts)), handle)
    assert answer["reason"] == "Catch-up day agreed with the school"


def test_filters_detail_and_list_model_on_demo_data(make_page, desk, qtmodeltester):
    fill_demo_data(desk, "small", today=TODAY)
    page = make_page()
    page.period_picker.setCurrentIndex(page.period_picker.findData(UPCOMING))
    upcoming = page.list.model.total
    assert upcoming > 0
    assert all(page.list.model.value(r, "starts_at").date() >= TODAY
               for r in range(page.list.model.rowCount()))
    page.period_picker.setCurrentIndex(page.period_picker.findData(ALL))
    assert page.list.model.total > upcoming
    qtmodeltester.check(page.list.model)

    page.status_picker.setCurrentIndex(page.status_picker.findData("held"))
    assert {page.list.model.value(r, "status") for r in range(page.list.model.rowCount())} == {
        LessonStatus.HELD}
    page.status_picker.setCurrentIndex(0)
    series_row = next(r for r in range(page.list.model.rowCount())
                      if page.list.model.value(r, "series"))
    page.list.view.selectRow(series_row)
    assert "The first Wednesday of each month" in page.detail.text.text()
    tutor = page.tutor_picker.itemData(1)
    page.tutor_picker.setCurrentIndex(1)
    name = page.tutor_picker.currentText()
    assert page.list.model.total > 0
    assert all(name in page.list.model.value(r, "tutors")
               for r in range(page.list.model.rowCount()))
    assert tutor is not None
    qtmodeltester.check(page.list.model)


def test_the_lists_columns_look_as_the_page_says():
    looks = lesson_looks()
    assert looks["enrolled"].render(2, 2) == "2 / 2"  # with the capacity beside it
    assert looks["enrolled"].with_key == "capacity"
    assert looks["enrolled"].render(1, None) == "1"  # no limit
    assert looks["place"].render("online") == "Online"
    assert looks["place"].render("Korson koulu") == "Korson koulu"
    assert looks["feedback"].render(4.5) == f"4{formats().decimal_point}5"
    assert (looks["series"].render(True), looks["series"].render(False)) == ("Series", "")


def test_every_mistake_in_the_lesson_form_is_named_at_once(make_page, desk, school_id, anna):
    page = make_page()
    shown = {}

    def plan(dialog):
        fill(dialog, title=" ", school_id="Korson koulu", capacity="many")
        _when(dialog, WEDNESDAY, QTime(14, 30), QTime(16, 0))
        dialog.accept()  # no tutor chosen either
        shown.update(errors_shown(dialog))
        assert dialog.isVisible()

    with_dialog(page.new_action.trigger, plan)
    assert set(shown) == {"title", "capacity", "tutor_ids"}
    assert "whole number" in shown["capacity"]
    assert page.list.model.total == 0


def test_a_change_elsewhere_refreshes_the_pickers_not_the_lessons(make_page, desk, school_id,
                                                                  anna):
    page = make_page()
    resets = []
    page.list.model.modelReset.connect(lambda: resets.append(1))
    topic = desk.topics.add(TopicDraft(name="Robotics", level="basic", audience="all"))
    assert page.topic_picker.findData(topic) < 0
    operations().did_execute.emit(Changes.of({RecordKind.TOPIC}), None)
    assert page.topic_picker.findData(topic) > 0
    operations().did_execute.emit(Changes.of({RecordKind.DEVICE}), None)
    assert resets == [1]  # the list shows topics; devices it does not


def test_the_list_opens_on_this_school_year_and_remembers_the_year_chosen(
        make_page, desk, school_id, year, anna):
    """Issue 25: a question about now does not read the years behind it; every year and
    "All years" are one click away, and the choice is kept for the next time."""
    desk.school_years.create(SchoolYearDraft(2025))
    _lesson(desk, [anna], school_id=school_id, title="This year")
    ben = desk.tutors.add(TutorDraft(name="Ben Koski", home_school_id=school_id,
                                     agreement_start=date(2025, 8, 1),
                                     agreement_end=date(2026, 7, 31), **WEEKDAYS))
    _lesson(desk, [ben], day=date(2025, 10, 8), school_id=school_id, title="Last year")
    page = make_page()
    assert page.period_picker.currentText() == "This school year"
    assert _titles(page) == ["This year"]
    texts = [page.period_picker.itemText(i) for i in range(page.period_picker.count())]
    assert texts == ["This school year", "Upcoming", "This term", "2025–2026", "All years"]

    page.period_picker.setCurrentIndex(texts.index("2025–2026"))
    assert _titles(page) == ["Last year"]
    again = make_page()  # the next time the page is opened
    assert again.period_picker.currentText() == "2025–2026"
    assert _titles(again) == ["Last year"]
    again.period_picker.setCurrentIndex(again.period_picker.findData(ALL))
    assert sorted(_titles(again)) == ["Last year", "This year"]
