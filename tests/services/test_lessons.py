"""desk.lessons on a real database: single lessons, conflicts as warnings with a recorded
reason, series with their preview, editing this or the following lessons, cancelling,
capacity against enrollments, calendar events and the lessons list."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, insert, select

from coachdesk.domain.bookings import Repeat, Scope
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.conflicts import ConflictKind, ConflictsFound
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import (
    LessonDraft,
    LessonKind,
    LessonSeriesDraft,
    LessonStatus,
    PlaceKind,
)
from coachdesk.domain.recurrence import Skipped
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t
from tests.drafts import edit

WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
DAY = date(2026, 9, 9)  # a Wednesday in the autumn term
EVERY_SECOND_WEDNESDAY = "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
SERIES_DAYS = [date(2026, 8, 19), date(2026, 9, 2), date(2026, 9, 16), date(2026, 9, 30),
               date(2026, 10, 28), date(2026, 11, 11), date(2026, 11, 25), date(2026, 12, 9)]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def fields(school_id, /, **changes) -> dict:
    base = {"title": "Scratch basics", "place_kind": "school", "school_id": school_id,
            "room": "A12", "starts_at": at(DAY, 14, 30), "ends_at": at(DAY, 16),
            "capacity": 12}
    return {**base, **changes}


def plan(school_id, tutors, /, **changes) -> LessonDraft:
    """The lesson of ``fields``, taught by ``tutors``."""
    return LessonDraft(**fields(school_id, **changes), tutor_ids=tuple(tutors))


def wednesdays(draft: LessonDraft, first=date(2026, 8, 19), last=date(2026, 12, 19),
               starts=time(14, 30), ends=time(16), rule=EVERY_SECOND_WEDNESDAY
               ) -> LessonSeriesDraft:
    """``draft`` every second Wednesday of the autumn term (by default)."""
    return LessonSeriesDraft(draft, Repeat(rule, first, last, starts, ends))


def count(desk, table) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def conflicts_of(call, *args, **kwargs) -> list:
    with pytest.raises(ConflictsFound) as caught:
        call(*args, **kwargs)
    return caught.value.conflicts


def add_visit(desk, school_id, tutor_id, starts, ends, status="booked") -> int:
    with desk.db.engine.begin() as conn:
        return conn.execute(insert(t.visits).values(
            school_id=school_id, tutor_id=tutor_id, starts_at=starts, ends_at=ends,
            purpose="co_teaching", status=status,
            minutes=int((ends - starts).total_seconds() // 60))).inserted_primary_key[0]


def add_topic(desk, name: str) -> int:
    with desk.db.engine.begin() as conn:
        return conn.execute(insert(t.topics).values(
            name=name, level="basic", audience="all")).inserted_primary_key[0]


@pytest.fixture
def year(desk):
    return desk.school_years.create(SchoolYearDraft(2026))


@pytest.fixture
def other_school(desk):
    return desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))


@pytest.fixture
def tutor_id(desk, school_id, year):
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                      home_school_id=school_id, **AGREEMENT, **WEEKDAYS))


@pytest.fixture
def other_tutor(desk, school_id, year):
    return desk.tutors.add(TutorDraft(name="Matti Virtanen", email="matti@vantaa.fi",
                                      home_school_id=school_id, **AGREEMENT, **WEEKDAYS))


@pytest.fixture
def lesson_id(desk, school_id, tutor_id):
    return desk.lessons.add(plan(school_id, [tutor_id]))


@pytest.fixture
def series(desk, school_id, tutor_id) -> list[int]:
    return desk.lessons.add_series(wednesdays(plan(school_id, [tutor_id])))


# -- one lesson -------------------------------------------------------------------------


def test_add_a_lesson(desk, school_id, other_school, tutor_id, other_tutor):
    topic = add_topic(desk, "Scratch")
    lesson_id = desk.lessons.add(plan(school_id, [tutor_id, other_tutor], topic_id=topic,
                                      level="intermediate", open_to_all=False,
                                      notes="Bring a laptop", school_ids=[school_id, other_school]))
    lesson = desk.lessons.get(lesson_id)
    assert (lesson.title, lesson.topic_id, lesson.level, lesson.kind) == (
        "Scratch basics", topic, Level.INTERMEDIATE, LessonKind.TRAINING)
    assert (lesson.place_kind, lesson.school_id, lesson.room) == (
        PlaceKind.SCHOOL, school_id, "A12")
    assert (lesson.starts_at, lesson.ends_at, lesson.minutes) == (
        at(DAY, 14, 30), at(DAY, 16), 90)
    assert (lesson.capacity, lesson.open_to_all, lesson.status) == (
        12, False, LessonStatus.PLANNED)
    assert (lesson.notes, lesson.override_reason, lesson.series_id) == (
        "Bring a laptop", "", None)
    assert desk.lessons.tutors_of(lesson_id) == [(tutor_id, "Maija Meikäläinen"),
                                                 (other_tutor, "Matti Virtanen")]
    assert desk.lessons.schools_of(lesson_id) == [(other_school, "Ankkurin koulu"),
                                                  (school_id, "Korson koulu")]
    assert desk.lessons.series_of(lesson_id) is None


def test_an_online_lesson_keeps_no_school(desk, school_id, tutor_id):
    lesson_id = desk.lessons.add(plan(school_id, [tutor_id], place_kind="online",
                                      online_url="https://teams.example/abc"))
    lesson = desk.lessons.get(lesson_id)
    assert (lesson.place_kind, lesson.school_id, lesson.room, lesson.online_url) == (
        PlaceKind.ONLINE, None, "", "https://teams.example/abc")


def test_a_missing_lesson(desk):
    with pytest.raises(NotFound):
        desk.lessons.get(999)
    with pytest.raises(NotFound):
        edit(desk.lessons, 999, title="x")
    with pytest.raises(NotFound):
        desk.lessons.cancel(999)


@pytest.mark.parametrize(("changes", "field"), [
    ({"ends_at": at(DAY, 14)}, "ends_at"),  # before it starts
    ({"ends_at": at(DAY, 14, 30)}, "ends_at"),  # ends as it starts
    ({"ends_at": None}, "ends_at"),  # the form's date left empty
    ({"title": "  "}, "title"),
    ({"place_kind": "online"}, "online_url"),
    ({"place_kind": "online", "online_url": "  "}, "online_url"),
    ({"school_id": None}, "school_id"),
    ({"level": "expert"}, "level"),
    ({"kind": "webinar"}, "kind"),
    ({"place_kind": "garden"}, "place_kind"),
    ({"status": "done"}, "status"),
    ({"capacity": -3}, "capacity"),
])
def test_a_bad_field_is_named_and_nothing_is_saved(desk, school_id, tutor_id, changes, field):
    assert field in errors_of(desk.lessons.add, plan(school_id, [tutor_id], **changes))
    assert count(desk, t.lessons) == 0
    assert count(desk, t.lesson_tutors) == 0


@pytest.mark.parametrize("tutors", [[], [999]])
def test_a_lesson_needs_known_tutors(desk, school_id, tutor_id, tutors):
    assert "tutor_ids" in errors_of(desk.lessons.add, plan(school_id, tutors))
    assert count(desk, t.lessons) == 0


def test_a_bad_update_changes_nothing(desk, school_id, lesson_id):
    errors = errors_of(edit, desk.lessons, lesson_id, title="", ends_at=at(DAY, 13))
    assert {"title", "ends_at"} <= set(errors)
    lesson = desk.lessons.get(lesson_id)
    assert (lesson.title, lesson.ends_at) == ("Scratch basics", at(DAY, 16))


# -- conflicts --------------------------------------------------------------------------


def test_a_tutor_teaching_elsewhere(desk, school_id, other_school, tutor_id, lesson_id):
    later = fields(other_school, title="micro:bit", starts_at=at(DAY, 15),
                   ends_at=at(DAY, 16, 30))
    (conflict,) = conflicts_of(desk.lessons.add, LessonDraft(**later, tutor_ids=[tutor_id]))
    assert conflict.kind is ConflictKind.TUTOR_BUSY
    assert "Maija Meikäläinen" in conflict.message
    assert "Scratch basics" in conflict.message and "14:30–16:00" in conflict.message
    assert count(desk, t.lessons) == 1
    assert [c.kind for c in desk.lessons.conflicts(LessonDraft(**later, tutor_ids=[tutor_id]))] == [
        ConflictKind.TUTOR_BUSY]
    assert count(desk, t.lessons) == 1


def test_back_to_back_lessons_at_one_school_are_fine(desk, school_id, tutor_id, lesson_id):
    desk.lessons.add(plan(school_id, [tutor_id], room="B7", starts_at=at(DAY, 16),
                          ends_at=at(DAY, 17)))
    assert count(desk, t.lessons) == 2


def test_back_to_back_at_another_school_leaves_no_time_to_travel(desk, school_id, other_school,
                                                                  tutor_id, lesson_id):
    found = conflicts_of(desk.lessons.add, plan(other_school, [tutor_id], starts_at=at(DAY, 16),
                                                ends_at=at(DAY, 17)))
    assert [c.kind for c in found] == [ConflictKind.TRAVEL_TIME]
    desk.settings.set_int("travel_buffer_minutes", 0)
    desk.lessons.add(plan(other_school, [tutor_id], starts_at=at(DAY, 16), ends_at=at(DAY, 17)))
    assert count(desk, t.lessons) == 2


def test_every_conflict_is_named(desk, school_id, tutor_id, lesson_id):
    clash = fields(school_id, title="micro:bit", starts_at=at(DAY, 16) - timedelta(minutes=30),
                   ends_at=at(DAY, 17, 30))
    found = conflicts_of(desk.lessons.add, LessonDraft(**clash, tutor_ids=[tutor_id]))
    assert sorted(c.kind for c in found) == sorted([
        ConflictKind.TUTOR_BUSY, ConflictKind.ROOM_TAKEN, ConflictKind.OUTSIDE_RELEASED_TIME])
    assert all("Scratch basics" in c.message for c in found
               if c.kind is not ConflictKind.OUTSIDE_RELEASED_TIME)
    assert count(desk, t.lessons) == 1


def test_confirmed_without_a_reason_is_refused(desk, school_id, tutor_id, lesson_id):
    clash = fields(school_id, room="B7", title="micro:bit")
    assert "override_reason" in errors_of(desk.lessons.add,
                                          LessonDraft(**clash, tutor_ids=[tutor_id]),
                                          confirmed=True, override_reason="  ")
    assert count(desk, t.lessons) == 1


def test_confirmed_with_a_reason_saves_and_records_it(desk, school_id, tutor_id, lesson_id):
    clash = fields(school_id, room="B7", title="micro:bit")
    new_id = desk.lessons.add(LessonDraft(**clash, tutor_ids=[tutor_id]), confirmed=True,
                              override_reason=" Two groups, one teaching each half ")
    assert desk.lessons.get(new_id).override_reason == "Two groups, one teaching each half"
    assert desk.lessons.get(lesson_id).override_reason == ""
    assert count(desk, t.lessons) == 2


def test_no_reason_is_kept_without_conflicts(desk, school_id, tutor_id):
    lesson_id = desk.lessons.add(plan(school_id, [tutor_id]), confirmed=True,
                                 override_reason="just in case")
    assert desk.lessons.get(lesson_id).override_reason == ""


def test_the_reason_goes_when_a_change_removes_the_conflicts(desk, school_id, tutor_id,
                                                             lesson_id):
    clash = fields(school_id, room="B7", title="micro:bit")
    new_id = desk.lessons.add(LessonDraft(**clash, tutor_ids=[tutor_id]), confirmed=True,
                              override_reason="Two groups")
    edit(desk.lessons, new_id, starts_at=clash["starts_at"] + timedelta(days=7),
         ends_at=clash["ends_at"] + timedelta(days=7))
    assert desk.lessons.get(new_id).override_reason == ""


def test_a_room_double_booked(desk, school_id, other_school, tutor_id, other_tutor, lesson_id):
    same_room = fields(school_id, room=" a12 ", title="micro:bit")
    (conflict,) = conflicts_of(desk.lessons.add, LessonDraft(**same_room, tutor_ids=[other_tutor]))
    assert conflict.kind is ConflictKind.ROOM_TAKEN
    assert "Scratch basics" in conflict.message
    desk.lessons.add(plan(school_id, [other_tutor], room="B7"))
    desk.lessons.add(plan(other_school, [other_tutor], title="Same room elsewhere",
                          starts_at=at(DAY, 8), ends_at=at(DAY, 9)))
    desk.lessons.add(plan(other_school, [other_tutor], starts_at=at(DAY, 9), ends_at=at(DAY, 10)))
    assert count(desk, t.lessons) == 4


def test_a_venue_double_booked(desk, school_id, tutor_id, other_tutor):
    venue = {"place_kind": "venue", "venue": "Tikkurila library"}
    desk.lessons.add(plan(school_id, [tutor_id], **venue))
    (conflict,) = conflicts_of(desk.lessons.add, plan(school_id, [other_tutor], place_kind="venue",
                                                      venue="tikkurila LIBRARY"))
    assert conflict.kind is ConflictKind.ROOM_TAKEN


def test_a_tutor_already_visiting(desk, school_id, other_school, tutor_id):
    add_visit(desk, other_school, tutor_id, at(DAY, 13), at(DAY, 15))
    (conflict,) = conflicts_of(desk.lessons.add, plan(school_id, [tutor_id]))
    assert conflict.kind is ConflictKind.TUTOR_BUSY
    assert "Ankkurin koulu" in conflict.message and "Maija Meikäläinen" in conflict.message
    assert count(desk, t.lessons) == 0


def test_a_cancelled_visit_or_lesson_is_no_conflict(desk, school_id, other_school, tutor_id,
                                                   lesson_id):
    add_visit(desk, other_school, tutor_id, at(DAY, 13), at(DAY, 15), status="cancelled")
    desk.lessons.cancel(lesson_id)
    assert desk.lessons.conflicts(plan(school_id, [tutor_id])) == []
    desk.lessons.add(plan(school_id, [tutor_id]))


def test_a_break_and_a_holiday(desk, school_id, tutor_id):
    autumn = date(2026, 10, 14)
    (conflict,) = conflicts_of(desk.lessons.add, plan(school_id, [tutor_id],
                                                      starts_at=at(autumn, 9),
                                                      ends_at=at(autumn, 10)))
    assert conflict.kind is ConflictKind.BREAK and "Autumn break" in conflict.message
    ascension = date(2027, 5, 6)
    (conflict,) = conflicts_of(desk.lessons.add, plan(school_id, [tutor_id],
                                                      starts_at=at(ascension, 9),
                                                      ends_at=at(ascension, 10)))
    assert conflict.kind is ConflictKind.HOLIDAY


def test_outside_released_time(desk, school_id, tutor_id):
    saturday = date(2026, 9, 12)
    (conflict,) = conflicts_of(desk.lessons.add, plan(school_id, [tutor_id],
                                                      starts_at=at(saturday, 9),
                                                      ends_at=at(saturday, 10)))
    assert conflict.kind is ConflictKind.OUTSIDE_RELEASED_TIME
    assert "Maija Meikäläinen" in conflict.message


def test_every_other_week_counts_from_the_agreement_start(desk, school_id, year):
    """Agreement from Saturday 1.8.2026, every second Wednesday: 12.8., 26.8., 9.9. …"""
    tutor = desk.tutors.add(TutorDraft(name="Liisa Laine", home_school_id=school_id, **AGREEMENT,
                                       released_rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
                                       released_from=time(8), released_until=time(17)))
    assert desk.lessons.conflicts(plan(school_id, [tutor])) == []
    off_week = DAY + timedelta(days=7)
    (conflict,) = desk.lessons.conflicts(plan(school_id, [tutor], starts_at=at(off_week, 14, 30),
                                              ends_at=at(off_week, 16)))
    assert conflict.kind is ConflictKind.OUTSIDE_RELEASED_TIME
    assert "Liisa Laine" in conflict.message


def test_a_lesson_moved_onto_itself_is_no_conflict(desk, lesson_id):
    assert edit(desk.lessons, lesson_id, starts_at=at(DAY, 15)) == [lesson_id]
    assert desk.lessons.get(lesson_id).starts_at == at(DAY, 15)


def test_an_update_into_a_conflict_is_a_warning(desk, school_id, other_school, tutor_id,
                                                lesson_id):
    other = desk.lessons.add(plan(other_school, [tutor_id], starts_at=at(DAY, 9),
                                  ends_at=at(DAY, 10)))
    (conflict,) = conflicts_of(edit, desk.lessons, other, starts_at=at(DAY, 15),
                               ends_at=at(DAY, 16))
    assert conflict.kind is ConflictKind.TUTOR_BUSY
    assert desk.lessons.get(other).starts_at == at(DAY, 9)
    edit(desk.lessons, other, starts_at=at(DAY, 15), ends_at=at(DAY, 16), confirmed=True,
         override_reason="Co-taught")
    lesson = desk.lessons.get(other)
    assert (lesson.starts_at, lesson.override_reason) == (at(DAY, 15), "Co-taught")


# -- series -----------------------------------------------------------------------------


def test_preview_a_series(desk, school_id, other_school, tutor_id):
    clash = desk.lessons.add(plan(other_school, [tutor_id], starts_at=at(SERIES_DAYS[2], 14),
                                  ends_at=at(SERIES_DAYS[2], 15)))
    preview = desk.lessons.preview_series(wednesdays(plan(school_id, [tutor_id])))
    assert preview.kept == SERIES_DAYS
    assert preview.skipped == [Skipped(date(2026, 10, 14), "Autumn break")]
    assert list(preview.conflicts) == [SERIES_DAYS[2]]
    assert [c.kind for c in preview.conflicts[SERIES_DAYS[2]]] == [ConflictKind.TUTOR_BUSY]
    assert count(desk, t.lessons) == 1 and count(desk, t.lesson_series) == 0
    conflicts_of(desk.lessons.add_series, wednesdays(plan(school_id, [tutor_id])))
    assert count(desk, t.lessons) == 1 and count(desk, t.lesson_series) == 0
    desk.lessons.cancel(clash)
    assert desk.lessons.preview_series(wednesdays(plan(school_id, [tutor_id]))).conflicts == {}


def test_add_a_series(desk, school_id, tutor_id, series):
    lessons = [desk.lessons.get(i) for i in series]
    assert [x.starts_at for x in lessons] == [at(d, 14, 30) for d in SERIES_DAYS]
    assert [x.ends_at for x in lessons] == [at(d, 16) for d in SERIES_DAYS]
    assert {x.series_id for x in lessons} != {None} and len({x.series_id for x in lessons}) == 1
    assert all(x.title == "Scratch basics" and x.room == "A12" for x in lessons)
    assert all(desk.lessons.tutors_of(i) == [(tutor_id, "Maija Meikäläinen")] for i in series)
    info = desk.lessons.series_of(series[3])
    assert (info.id, info.rule, info.first_day, info.last_day) == (
        lessons[0].series_id, EVERY_SECOND_WEDNESDAY, SERIES_DAYS[0], SERIES_DAYS[-1])


def test_a_series_with_conflicts_goes_ahead_with_a_reason(desk, school_id, other_school,
                                                          tutor_id):
    desk.lessons.add(plan(other_school, [tutor_id], starts_at=at(SERIES_DAYS[2], 14),
                          ends_at=at(SERIES_DAYS[2], 15)))
    draft = wednesdays(plan(school_id, [tutor_id]))
    assert "override_reason" in errors_of(desk.lessons.add_series, draft, confirmed=True)
    ids = desk.lessons.add_series(draft, confirmed=True, override_reason="Moved the visit")
    reasons = [desk.lessons.get(i).override_reason for i in ids]
    assert reasons == ["", "", "Moved the visit", "", "", "", "", ""]


@pytest.mark.parametrize(("rule", "first", "last", "field"), [
    ("FREQ=WEEKLY;BYDAY=SA", date(2026, 9, 1), date(2026, 9, 30), "rule"),
    (EVERY_SECOND_WEDNESDAY, date(2026, 12, 21), date(2027, 1, 5), "rule"),  # Christmas
    ("every second wednesday", date(2026, 9, 1), date(2026, 9, 30), "rule"),
    (EVERY_SECOND_WEDNESDAY, date(2026, 9, 30), date(2026, 9, 1), "last_day"),
    (EVERY_SECOND_WEDNESDAY, None, date(2026, 10, 30), "first_day"),
    (EVERY_SECOND_WEDNESDAY, date(2026, 9, 1), None, "last_day"),
    (EVERY_SECOND_WEDNESDAY, date(1, 9, 1), date(2026, 10, 30), "first_day"),
])
def test_a_series_without_dates_is_refused(desk, school_id, tutor_id, rule, first, last, field):
    assert field in errors_of(desk.lessons.preview_series, wednesdays(plan(school_id, [tutor_id]),
                                                                      first, last, rule=rule))
    assert field in errors_of(desk.lessons.add_series, wednesdays(plan(school_id, [tutor_id]),
                                                                  first, last, rule=rule))
    assert count(desk, t.lessons) == 0 and count(desk, t.lesson_series) == 0


@pytest.mark.parametrize(("starts", "ends", "field"), [
    (time(16), time(14, 30), "ends"), (time(14, 30), time(14, 30), "ends"),
])
def test_series_times_are_checked(desk, school_id, tutor_id, starts, ends, field):
    assert field in errors_of(desk.lessons.add_series, wednesdays(plan(school_id, [tutor_id]),
                                                                  starts=starts, ends=ends))
    assert count(desk, t.lessons) == 0 and count(desk, t.lesson_series) == 0


def test_a_series_needs_a_tutor(desk, school_id, year):
    assert "tutor_ids" in errors_of(desk.lessons.add_series, wednesdays(plan(school_id, [])))
    assert count(desk, t.lessons) == 0 and count(desk, t.lesson_series) == 0


# -- editing a series -------------------------------------------------------------------


def test_update_this_lesson_only(desk, series):
    assert edit(desk.lessons, series[2], title="Scratch: loops", starts_at=at(
        SERIES_DAYS[2], 14), ends_at=at(SERIES_DAYS[2], 15, 30)) == [series[2]]
    lessons = [desk.lessons.get(i) for i in series]
    assert [x.title for x in lessons] == ["Scratch basics"] * 2 + ["Scratch: loops"] + [
        "Scratch basics"] * 5
    assert [x.starts_at for x in lessons] == [
        at(d, 14) if n == 2 else at(d, 14, 30) for n, d in enumerate(SERIES_DAYS)]


def test_update_this_and_the_following(desk, series, other_tutor):
    changed = edit(desk.lessons, series[3], scope=Scope.FOLLOWING, title="Scratch: games",
                   starts_at=at(SERIES_DAYS[3], 15), ends_at=at(SERIES_DAYS[3], 17),
                   tutor_ids=[other_tutor])
    assert changed == series[3:]
    lessons = [desk.lessons.get(i) for i in series]
    assert [x.title for x in lessons] == ["Scratch basics"] * 3 + ["Scratch: games"] * 5
    assert [(x.starts_at, x.ends_at) for x in lessons] == [
        (at(d, 14, 30), at(d, 16)) if n < 3 else (at(d, 15), at(d, 17))
        for n, d in enumerate(SERIES_DAYS)]
    assert [x.minutes for x in lessons] == [90] * 3 + [120] * 5
    assert [desk.lessons.tutors_of(i)[0][0] for i in series].count(other_tutor) == 5
    assert desk.lessons.tutors_of(series[2])[0][0] != other_tutor


def test_following_shifts_each_lesson_by_the_same_amount(desk, series):
    """Only the end moves: each later lesson keeps its own day and start, and ends later."""
    edit(desk.lessons, series[5], scope=Scope.FOLLOWING, ends_at=at(SERIES_DAYS[5], 16, 45))
    lessons = [desk.lessons.get(i) for i in series]
    assert [x.ends_at for x in lessons] == [
        at(d, 16, 45) if n >= 5 else at(d, 16) for n, d in enumerate(SERIES_DAYS)]
    assert [x.starts_at for x in lessons] == [at(d, 14, 30) for d in SERIES_DAYS]


def test_following_on_a_single_lesson_is_that_lesson(desk, school_id, tutor_id, lesson_id):
    later = desk.lessons.add(plan(school_id, [tutor_id], starts_at=at(DAY, 16, 30),
                                  ends_at=at(DAY, 17)))
    assert edit(desk.lessons, lesson_id, scope=Scope.FOLLOWING, title="x") == [lesson_id]
    assert desk.lessons.get(later).title == "Scratch basics"
    assert desk.lessons.cancel(lesson_id, scope=Scope.FOLLOWING) == [lesson_id]
    assert desk.lessons.get(later).status is LessonStatus.PLANNED


def test_a_cancelled_lesson_takes_no_time(desk, school_id, other_school, tutor_id, lesson_id):
    other = desk.lessons.add(plan(other_school, [tutor_id], starts_at=at(DAY, 9),
                                  ends_at=at(DAY, 10)))
    desk.lessons.cancel(other)
    edit(desk.lessons, other, starts_at=at(DAY, 15), ends_at=at(DAY, 16), notes="moved")
    lesson = desk.lessons.get(other)
    assert (lesson.starts_at, lesson.status, lesson.override_reason) == (
        at(DAY, 15), LessonStatus.CANCELLED, "")


def test_following_refuses_all_when_one_conflicts(desk, school_id, other_school, tutor_id,
                                                  series):
    desk.lessons.add(plan(other_school, [tutor_id], starts_at=at(SERIES_DAYS[6], 16, 15),
                          ends_at=at(SERIES_DAYS[6], 17)), confirmed=True,
                          override_reason="no time to travel, on purpose")
    (conflict,) = conflicts_of(edit, desk.lessons, series[4], scope=Scope.FOLLOWING,
                               ends_at=at(SERIES_DAYS[4], 16, 30), title="Longer")
    assert conflict.kind is ConflictKind.TUTOR_BUSY
    assert [desk.lessons.get(i).ends_at for i in series[4:]] == [
        at(d, 16) for d in SERIES_DAYS[4:]]
    assert {desk.lessons.get(i).title for i in series} == {"Scratch basics"}


def test_cancel_this_lesson(desk, series):
    assert desk.lessons.cancel(series[1]) == [series[1]]
    assert [desk.lessons.get(i).status for i in series] == [
        LessonStatus.CANCELLED if n == 1 else LessonStatus.PLANNED for n in range(8)]


def test_cancel_this_and_the_following(desk, series):
    assert desk.lessons.cancel(series[5], scope=Scope.FOLLOWING) == series[5:]
    assert [desk.lessons.get(i).status for i in series] == [LessonStatus.PLANNED] * 5 + [
        LessonStatus.CANCELLED] * 3


@pytest.mark.parametrize("scope", ["following", "sideways", None])
def test_a_scope_is_a_scope_never_a_word(desk, series, scope):
    """Lessons and visits share one workflow: a scope that is not a Scope is a programming
    error, never taken for this lesson only (nor refused only by lessons)."""
    with pytest.raises(TypeError):
        desk.lessons.cancel(series[3], scope)
    with pytest.raises(TypeError):
        edit(desk.lessons, series[3], scope=scope, title="Changed")
    lessons = [desk.lessons.get(i) for i in series]
    assert {x.status for x in lessons} == {LessonStatus.PLANNED}
    assert {x.title for x in lessons} == {"Scratch basics"}


def test_a_held_lesson_cannot_be_cancelled(desk, series):
    edit(desk.lessons, series[0], status="held")
    assert "status" in errors_of(desk.lessons.cancel, series[0])
    assert desk.lessons.get(series[0]).status is LessonStatus.HELD
    # cancelling the series from there leaves the held one as it was
    assert desk.lessons.cancel(series[0], scope=Scope.FOLLOWING) == series[1:]
    assert desk.lessons.get(series[0]).status is LessonStatus.HELD


# -- capacity ---------------------------------------------------------------------------


def test_capacity_below_the_enrolled_count_is_refused(desk, school_id, lesson_id):
    teachers = [desk.teachers.add(TeacherDraft(name=f"Opettaja {n}",
                                               school_id=school_id)) for n in range(3)]
    for teacher in teachers:
        desk.enrollments.enroll(lesson_id, teacher, now=datetime(2026, 9, 1, 8))
    assert "capacity" in errors_of(edit, desk.lessons, lesson_id, capacity=2, title="Other")
    lesson = desk.lessons.get(lesson_id)
    assert (lesson.capacity, lesson.title) == (12, "Scratch basics")
    edit(desk.lessons, lesson_id, capacity=3)
    assert desk.lessons.get(lesson_id).capacity == 3
    edit(desk.lessons, lesson_id, capacity=None)
    assert desk.lessons.get(lesson_id).capacity is None


def test_a_larger_capacity_takes_teachers_off_the_waitlist(desk, school_id, lesson_id):
    edit(desk.lessons, lesson_id, capacity=1)
    teachers = [desk.teachers.add(TeacherDraft(name=f"Opettaja {n}",
                                               school_id=school_id)) for n in range(3)]
    got = [desk.enrollments.enroll(lesson_id, teacher, now=datetime(2026, 9, 1, 8, n))
           for n, teacher in enumerate(teachers)]
    assert [s.value for s in got] == ["enrolled", "waitlisted", "waitlisted"]
    edit(desk.lessons, lesson_id, capacity=2)
    with desk.db.engine.connect() as conn:
        rows = dict(conn.execute(select(t.enrollments.c.teacher_id, t.enrollments.c.status)
                                 .where(t.enrollments.c.lesson_id == lesson_id)).all())
    assert [rows[teacher].value for teacher in teachers] == ["enrolled", "enrolled",
                                                             "waitlisted"]


# -- calendar events --------------------------------------------------------------------


@pytest.fixture
def week(desk, school_id, other_school, tutor_id, other_tutor):
    """Three lessons in one week: at Korso by Maija, at a venue open to Ankkuri only by
    Matti, online for everyone by both."""
    monday = date(2026, 9, 7)
    korso = desk.lessons.add(plan(school_id, [tutor_id], starts_at=at(monday, 9),
                                  ends_at=at(monday, 10)))
    venue = desk.lessons.add(plan(school_id, [other_tutor], title="micro:bit", place_kind="venue",
                                  venue="Tikkurila library", open_to_all=False,
                                  starts_at=at(monday + timedelta(days=1), 9),
                                  ends_at=at(monday + timedelta(days=1), 10),
                                  school_ids=[other_school]))
    online = desk.lessons.add(plan(school_id, [other_tutor, tutor_id], title="Teams",
                                   place_kind="online", online_url="https://x.example",
                                   starts_at=at(monday + timedelta(days=2), 9),
                                   ends_at=at(monday + timedelta(days=2), 10)))
    return monday, korso, venue, online


def test_events_of_a_week(desk, tutor_id, other_tutor, week):
    monday, korso, venue, online = week
    events = desk.lessons.events(monday, monday + timedelta(days=6))
    assert [e.id for e in events] == [korso, venue, online]
    assert [e.place for e in events] == ["Korson koulu, A12", "Tikkurila library", "Online"]
    assert events[2].tutor_ids == tuple(sorted([tutor_id, other_tutor]))
    assert (events[0].kind, events[0].title, events[0].status) == (
        "lesson", "Scratch basics", "planned")
    assert desk.lessons.events(monday + timedelta(days=1), monday + timedelta(days=1)) == [
        events[1]]
    assert desk.lessons.events(monday + timedelta(days=3), monday + timedelta(days=6)) == []


def test_events_by_tutor(desk, tutor_id, other_tutor, week):
    monday, korso, venue, online = week
    last = monday + timedelta(days=6)
    assert [e.id for e in desk.lessons.events(monday, last, tutor_id=tutor_id)] == [
        korso, online]
    assert [e.id for e in desk.lessons.events(monday, last, tutor_id=other_tutor)] == [
        venue, online]


def test_events_by_school(desk, school_id, other_school, week):
    monday, korso, venue, online = week
    last = monday + timedelta(days=6)
    assert [e.id for e in desk.lessons.events(monday, last, school_id=school_id)] == [korso]
    assert [e.id for e in desk.lessons.events(monday, last, school_id=other_school)] == [venue]


# -- the lessons list -------------------------------------------------------------------


def listed(desk, **request) -> list[int]:
    return desk.lessons.list_source().ids(ListRequest(**request))


def test_list_filters(desk, school_id, other_school, tutor_id, other_tutor, week, series):
    monday, korso, venue, online = week
    topic = add_topic(desk, "micro:bit")
    edit(desk.lessons, venue, topic_id=topic)
    desk.lessons.cancel(korso)
    everything = listed(desk)
    assert sorted(everything) == sorted([korso, venue, online, *series])
    assert listed(desk, filters={"status": "cancelled"}) == [korso]
    assert listed(desk, filters={"topic_id": topic}) == [venue]
    assert listed(desk, filters={"tutor_id": other_tutor}) == [venue, online]
    assert listed(desk, filters={"school_id": other_school}) == [venue]
    assert korso in listed(desk, filters={"school_id": school_id})
    assert listed(desk, filters={"from": monday, "until": monday + timedelta(days=6)}) == [
        korso, venue, online]
    assert listed(desk, filters={"from": monday + timedelta(days=2),
                                 "until": monday + timedelta(days=2)}) == [online]
    series_id = desk.lessons.get(series[0]).series_id
    assert listed(desk, filters={"series_id": series_id}) == series
    assert listed(desk, filters={"kind": "network_meeting"}) == []
    assert listed(desk, filters={"status": None, "tutor_id": None}) == everything
    assert listed(desk, text="micro") == [venue]


def test_list_sorted_by_start(desk, week, series):
    monday, korso, venue, online = week
    source = desk.lessons.list_source()
    ids = source.ids(ListRequest())
    starts = [row[0] for row in source.rows(ids)]
    assert starts == sorted(starts) and len(ids) == 11
    assert ids.index(series[1]) < ids.index(korso) < ids.index(venue) < ids.index(
        online) < ids.index(series[2])
    assert source.ids(ListRequest(sort_key="starts_at", descending=True)) == ids[::-1]


def test_list_enrolled_of_capacity(desk, school_id, lesson_id, tutor_id):
    unlimited = desk.lessons.add(plan(school_id, [tutor_id], capacity=None, starts_at=at(DAY, 9),
                                      ends_at=at(DAY, 10)))
    teachers = [desk.teachers.add(TeacherDraft(name=f"Opettaja {n}",
                                               school_id=school_id)) for n in range(3)]
    edit(desk.lessons, lesson_id, capacity=2)
    for n, teacher in enumerate(teachers):
        desk.enrollments.enroll(lesson_id, teacher, now=datetime(2026, 9, 1, 8, n))
    desk.enrollments.enroll(unlimited, teachers[0], now=datetime(2026, 9, 1, 9))
    source = desk.lessons.list_source()
    keys = [c.key for c in source.columns]
    by_id = source.rows_by_id([lesson_id, unlimited])

    def value(lesson: int, key: str):
        return by_id[lesson][keys.index(key)]

    # the page shows them as "2 / 2" and "1" (tests/ui/test_lessons_page.py)
    assert (value(lesson_id, "enrolled"), value(lesson_id, "capacity")) == (2, 2)
    assert value(lesson_id, "waiting") == 1
    assert (value(unlimited, "enrolled"), value(unlimited, "capacity")) == (1, None)
    assert value(lesson_id, "tutors") == "Maija Meikäläinen"
    assert value(lesson_id, "place") == "Korson koulu"
