"""desk.visits on a real database: booking with field errors and refusals, conflicts as
warnings with a recorded reason, moving and cancelling (one date or the following of a
series), series with their preview, the visit log, requests following their visits,
calendar events and the visits list."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from coachdesk.domain.bookings import Repeat, Scope
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.conflicts import ConflictKind, ConflictsFound
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.recurrence import Skipped
from coachdesk.domain.requests import RequestDraft, RequestStatus
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import (
    VisitDraft,
    VisitLog,
    VisitPurpose,
    VisitSeriesDraft,
    VisitStatus,
)
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t
from tests.drafts import edit

WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
NOW = datetime(2026, 9, 1, 12, 0)  # a Tuesday early in the autumn term
DAY = date(2026, 9, 9)  # a Wednesday a week later
TUESDAYS = "FREQ=WEEKLY;BYDAY=TU"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


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


def kinds_of(call, *args, **kwargs) -> list[ConflictKind]:
    return [c.kind for c in conflicts_of(call, *args, **kwargs)]


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
def topic(desk):
    return desk.topics.add(TopicDraft(name="Scratch"))


def book(desk, school_id, tutor_id, day=DAY, hours=(9, 10), now=NOW, confirmed=False,
         override_reason="", request_id=None, **fields) -> int:
    """Book ``fields`` (VisitDraft's) at ``hours`` on ``day``."""
    starts, ends = hours
    draft = VisitDraft(school_id, tutor_id, at(day, starts), at(day, ends), **fields)
    return desk.visits.book(draft, request_id, confirmed, override_reason, now=now)


def series_of(school_id, tutor_id, rule, first, last, starts, ends, **fields
           ) -> VisitSeriesDraft:
    return VisitSeriesDraft(VisitDraft(school_id, tutor_id, **fields),
                            Repeat(rule, first, last, starts, ends))


def lesson(desk, school_id, tutor_id, day=DAY, hours=(14, 16)) -> int:
    return desk.lessons.add(LessonDraft(
        title="Scratch basics", tutor_ids=(tutor_id,), place_kind="school",
        school_id=school_id, room="A12", starts_at=at(day, hours[0]),
        ends_at=at(day, hours[1]), capacity=12))


# -- booking ------------------------------------------------------------------------------


def test_book_a_visit(desk, school_id, tutor_id, topic):
    second = desk.topics.add(TopicDraft(name="Padlet"))
    visit_id = desk.visits.book(VisitDraft(school_id, tutor_id, at(DAY, 9), at(DAY, 10, 30),
                                           purpose="staff_training",
                                           topic_ids=[second, topic, topic],
                                           notes="  Bring iPads "), now=NOW)
    visit = desk.visits.get(visit_id)
    assert (visit.school_id, visit.tutor_id, visit.starts_at, visit.ends_at) == (
        school_id, tutor_id, at(DAY, 9), at(DAY, 10, 30))
    assert (visit.purpose, visit.status, visit.minutes, visit.notes) == (
        VisitPurpose.STAFF_TRAINING, VisitStatus.BOOKED, 90, "Bring iPads")
    assert (visit.override_reason, visit.request_id, visit.series_id) == ("", None, None)
    assert desk.visits.topics_of(visit_id) == [(second, "Padlet"), (topic, "Scratch")]
    assert desk.visits.series_of(visit_id) is None


def test_a_visit_under_way_may_still_be_booked(desk, school_id, tutor_id):
    now = at(DAY, 9, 30)
    visit_id = book(desk, school_id, tutor_id, hours=(9, 10), now=now)
    assert desk.visits.get(visit_id).status is VisitStatus.BOOKED


def test_a_missing_visit(desk):
    with pytest.raises(NotFound):
        desk.visits.get(999)


@pytest.mark.parametrize("ends", [at(DAY, 9), at(DAY, 8, 59)])
def test_end_before_start_is_refused(desk, school_id, tutor_id, ends):
    errors = errors_of(desk.visits.book, VisitDraft(school_id, tutor_id, at(DAY, 9), ends), now=NOW)
    assert errors == {"ends_at": "A visit must end after it starts."}
    assert count(desk, t.visits) == 0


def test_a_visit_over_two_days_is_refused(desk, school_id, tutor_id):
    errors = errors_of(desk.visits.book, VisitDraft(school_id, tutor_id, at(DAY, 9),
                                                    at(DAY + timedelta(days=1), 9)), now=NOW)
    assert "ends_at" in errors


def test_a_time_that_is_not_a_time(desk, school_id, tutor_id):
    errors = errors_of(desk.visits.book, VisitDraft(school_id, tutor_id, None, at(DAY, 10)),
                       now=NOW)  # the form's date left empty
    assert errors == {"starts_at": "Give the date and time."}


def test_an_archived_or_unknown_school_is_refused(desk, school_id, other_school, tutor_id):
    desk.schools.archive(other_school)
    for school in (other_school, 999):
        errors = errors_of(book, desk, school, tutor_id)
        assert errors == {"school_id": "Choose an active school."}
    assert count(desk, t.visits) == 0


def test_an_unknown_topic_is_refused_and_nothing_is_booked(desk, school_id, tutor_id, topic):
    errors = errors_of(desk.visits.book, VisitDraft(school_id, tutor_id, at(DAY, 9), at(DAY, 10),
                                                    topic_ids=[topic, 999]), now=NOW)
    assert errors == {"topic_ids": "A chosen topic no longer exists."}
    assert (count(desk, t.visits), count(desk, t.visit_topics)) == (0, 0)


def test_an_unknown_tutor_is_refused(desk, school_id, year):
    assert errors_of(book, desk, school_id, 999) == {"tutor_id": "Choose the tutor."}


def test_an_unknown_purpose_is_refused(desk, school_id, tutor_id):
    assert "purpose" in errors_of(book, desk, school_id, tutor_id, purpose="picnic")
    assert count(desk, t.visits) == 0


def test_the_agreement_must_cover_the_date(desk, school_id, year):
    short = desk.tutors.add(TutorDraft(name="Aapo", home_school_id=school_id,
                                       agreement_start=date(2026, 9, 1),
                                       agreement_end=date(2026, 9, 30), **WEEKDAYS))
    errors = errors_of(book, desk, school_id, short, day=date(2026, 10, 1))
    assert errors == {"tutor_id": "Aapo's agreement runs 1.9.2026–30.9.2026; it does not "
                                  "cover 1.10.2026."}
    assert "tutor_id" in errors_of(book, desk, school_id, short, day=date(2026, 8, 31),
                                   now=datetime(2026, 8, 1))
    assert count(desk, t.visits) == 0
    assert book(desk, school_id, short, day=date(2026, 9, 30))  # the last day is covered


@pytest.mark.parametrize("now", [at(DAY, 10), at(DAY, 12), at(DAY + timedelta(days=1), 8)])
def test_a_past_time_cannot_be_booked(desk, school_id, tutor_id, now):
    errors = errors_of(book, desk, school_id, tutor_id, hours=(9, 10), now=now)
    assert errors == {"starts_at": "This time has passed: log the visit as done or no-show "
                                   "instead of booking it."}
    assert count(desk, t.visits) == 0


# -- conflicts ---------------------------------------------------------------------------


def test_a_tutor_busy_with_a_lesson(desk, school_id, tutor_id):
    lesson(desk, school_id, tutor_id, hours=(14, 16))
    conflicts = conflicts_of(book, desk, school_id, tutor_id, hours=(15, 16))
    assert [c.kind for c in conflicts] == [ConflictKind.TUTOR_BUSY]
    assert "Scratch basics" in conflicts[0].message
    assert count(desk, t.visits) == 0


def test_a_tutor_busy_with_another_visit(desk, school_id, other_school, tutor_id):
    book(desk, other_school, tutor_id, hours=(9, 11))
    conflicts = conflicts_of(book, desk, other_school, tutor_id, hours=(10, 12))
    assert [c.kind for c in conflicts] == [ConflictKind.TUTOR_BUSY]
    assert "a visit to Ankkurin koulu" in conflicts[0].message
    assert count(desk, t.visits) == 1


def test_another_tutor_is_not_busy(desk, school_id, tutor_id, other_tutor):
    book(desk, school_id, tutor_id, hours=(9, 11))
    assert book(desk, school_id, other_tutor, hours=(9, 11))


def test_a_cancelled_visit_is_no_clash(desk, school_id, tutor_id):
    desk.visits.cancel(book(desk, school_id, tutor_id, hours=(9, 11)))
    assert book(desk, school_id, tutor_id, hours=(9, 11))


def test_outside_released_time(desk, school_id, tutor_id):
    conflicts = conflicts_of(book, desk, school_id, tutor_id, hours=(16, 18))
    assert [c.kind for c in conflicts] == [ConflictKind.OUTSIDE_RELEASED_TIME]
    assert "Maija Meikäläinen" in conflicts[0].message


def test_a_break(desk, school_id, tutor_id):
    autumn_break = date(2026, 10, 13)
    conflicts = conflicts_of(book, desk, school_id, tutor_id, day=autumn_break)
    assert [c.kind for c in conflicts] == [ConflictKind.BREAK]
    assert conflicts[0].message == "13.10.2026 falls on Autumn break."


def test_the_travel_buffer_from_a_visit_at_another_school(desk, school_id, other_school,
                                                         tutor_id):
    book(desk, other_school, tutor_id, hours=(8, 10))
    conflicts = conflicts_of(desk.visits.book, VisitDraft(school_id, tutor_id, at(DAY, 10, 15),
                                                          at(DAY, 11)), now=NOW)
    assert [c.kind for c in conflicts] == [ConflictKind.TRAVEL_TIME]
    assert "Only 15 min" in conflicts[0].message and "30 min" in conflicts[0].message
    # Half an hour later it is fine; so is the same school straight after.
    assert desk.visits.book(VisitDraft(school_id, tutor_id, at(DAY, 10, 30), at(DAY, 11)), now=NOW)
    assert book(desk, school_id, tutor_id, hours=(11, 12))


def test_the_travel_buffer_is_a_setting(desk, school_id, other_school, tutor_id):
    book(desk, other_school, tutor_id, hours=(8, 10))
    desk.settings.set_int("travel_buffer_minutes", 0)
    assert book(desk, school_id, tutor_id, hours=(10, 11))
    desk.settings.set_int("travel_buffer_minutes", 90)
    kinds = kinds_of(book, desk, other_school, tutor_id, hours=(12, 13))
    assert kinds == [ConflictKind.TRAVEL_TIME]


def test_hours_left_in_the_term(desk, school_id, year):
    tutor = desk.tutors.add(TutorDraft(name="Aapo", home_school_id=school_id,
                                       allotted_hours_per_term=3, **AGREEMENT, **WEEKDAYS))
    book(desk, school_id, tutor, hours=(8, 10))  # 2 of 3 h
    conflicts = conflicts_of(book, desk, school_id, tutor, hours=(12, 14))
    assert [c.kind for c in conflicts] == [ConflictKind.HOURS_EXCEEDED]
    assert conflicts[0].message == "Aapo has 1 h left this term; this takes 2 h."
    assert book(desk, school_id, tutor, hours=(12, 13))  # exactly the hour left


def test_hours_of_another_term_do_not_count(desk, school_id, year):
    tutor = desk.tutors.add(TutorDraft(name="Aapo", home_school_id=school_id,
                                       allotted_hours_per_term=2, **AGREEMENT, **WEEKDAYS))
    book(desk, school_id, tutor, hours=(8, 10))
    spring = date(2027, 1, 12)
    assert book(desk, school_id, tutor, day=spring, hours=(8, 10))


def test_a_cancelled_visit_gives_its_hours_back(desk, school_id, year):
    tutor = desk.tutors.add(TutorDraft(name="Aapo", home_school_id=school_id,
                                       allotted_hours_per_term=2, **AGREEMENT, **WEEKDAYS))
    desk.visits.cancel(book(desk, school_id, tutor, hours=(8, 10)))
    assert book(desk, school_id, tutor, hours=(12, 14))


def test_conflicts_are_named_without_saving(desk, school_id, tutor_id):
    visit_id = book(desk, school_id, tutor_id, hours=(9, 11))
    found = desk.visits.conflicts(VisitDraft(school_id, tutor_id, at(DAY, 10), at(DAY, 12)))
    assert [c.kind for c in found] == [ConflictKind.TUTOR_BUSY]
    assert desk.visits.conflicts(VisitDraft(school_id, tutor_id, at(DAY, 10), at(DAY, 12)),
                                 visit_id=visit_id) == []
    assert count(desk, t.visits) == 1


def test_going_ahead_needs_a_reason_which_is_recorded(desk, school_id, tutor_id):
    lesson(desk, school_id, tutor_id, hours=(14, 16))
    errors = errors_of(book, desk, school_id, tutor_id, hours=(15, 16), confirmed=True,
                       override_reason="  ")
    assert list(errors) == ["override_reason"]
    assert count(desk, t.visits) == 0
    visit_id = book(desk, school_id, tutor_id, hours=(15, 16), confirmed=True,
                    override_reason=" The principal asked for Maija ")
    assert desk.visits.get(visit_id).override_reason == "The principal asked for Maija"


def test_a_reason_without_conflicts_is_not_kept(desk, school_id, tutor_id):
    visit_id = book(desk, school_id, tutor_id, confirmed=True, override_reason="Just in case")
    assert desk.visits.get(visit_id).override_reason == ""


# -- moving, changing and cancelling ------------------------------------------------------


def test_move_a_visit(desk, school_id, tutor_id, other_tutor):
    visit_id = book(desk, school_id, tutor_id, hours=(9, 10))
    edit(desk.visits, visit_id, starts_at=at(DAY, 9, 30), ends_at=at(DAY, 11),
         now=NOW)  # overlaps its old time
    visit = desk.visits.get(visit_id)
    assert (visit.starts_at, visit.ends_at, visit.minutes, visit.tutor_id) == (
        at(DAY, 9, 30), at(DAY, 11), 90, tutor_id)
    edit(desk.visits, visit_id, starts_at=at(DAY, 13), ends_at=at(DAY, 14), tutor_id=other_tutor,
         now=NOW)
    assert desk.visits.get(visit_id).tutor_id == other_tutor


def test_move_into_a_conflict(desk, school_id, tutor_id):
    lesson(desk, school_id, tutor_id, hours=(14, 16))
    visit_id = book(desk, school_id, tutor_id, hours=(9, 10))
    assert kinds_of(edit, desk.visits, visit_id, starts_at=at(DAY, 14), ends_at=at(DAY, 15),
                    now=NOW) == [
        ConflictKind.TUTOR_BUSY]
    assert desk.visits.get(visit_id).starts_at == at(DAY, 9)
    edit(desk.visits, visit_id, starts_at=at(DAY, 14), ends_at=at(DAY, 15), confirmed=True,
         override_reason="Co-teaching the lesson", now=NOW)
    visit = desk.visits.get(visit_id)
    assert (visit.starts_at, visit.override_reason) == (at(DAY, 14), "Co-teaching the lesson")
    edit(desk.visits, visit_id, starts_at=at(DAY, 9), ends_at=at(DAY, 10), now=NOW)  # clear again
    assert desk.visits.get(visit_id).override_reason == ""


def test_move_with_bad_times_changes_nothing(desk, school_id, tutor_id):
    visit_id = book(desk, school_id, tutor_id, hours=(9, 10))
    assert "ends_at" in errors_of(edit, desk.visits, visit_id, starts_at=at(DAY, 10),
                                  ends_at=at(DAY, 9), now=NOW)
    august = date(2026, 8, 31)
    assert "starts_at" in errors_of(edit, desk.visits, visit_id, starts_at=at(august, 9),
                                    ends_at=at(august, 10), now=NOW)
    assert desk.visits.get(visit_id).starts_at == at(DAY, 9)


def test_only_a_booked_visit_moves(desk, school_id, tutor_id):
    visit_id = book(desk, school_id, tutor_id)
    desk.visits.cancel(visit_id)
    errors = errors_of(edit, desk.visits, visit_id, starts_at=at(DAY, 11), ends_at=at(DAY, 12),
                       now=NOW)
    assert errors == {"status": "Only a booked visit can be moved."}


def test_update_purpose_notes_and_topics(desk, school_id, other_school, tutor_id, topic):
    visit_id = book(desk, school_id, tutor_id, topic_ids=[topic])
    edit(desk.visits, visit_id, topic_ids=[], purpose="device_setup", notes=" Wi-Fi ")
    visit = desk.visits.get(visit_id)
    assert (visit.purpose, visit.notes) == (VisitPurpose.DEVICE_SETUP, "Wi-Fi")
    assert desk.visits.topics_of(visit_id) == []
    assert "purpose" in errors_of(edit, desk.visits, visit_id, purpose="picnic")
    assert "school_id" in errors_of(edit, desk.visits, visit_id, school_id=other_school)
    assert desk.visits.get(visit_id).school_id == school_id
    with pytest.raises(TypeError):  # no such field
        edit(desk.visits, visit_id, room="B7")


def test_cancel_one_visit(desk, school_id, tutor_id):
    visit_id = book(desk, school_id, tutor_id)
    assert desk.visits.cancel(visit_id) == [visit_id]
    assert desk.visits.get(visit_id).status is VisitStatus.CANCELLED
    errors = errors_of(desk.visits.cancel, visit_id)
    assert errors == {"status": "Only a booked visit can be cancelled."}


# -- series -------------------------------------------------------------------------------

OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
NINE_TO_TEN = (time(9), time(10))
OCTOBER_TUESDAYS = [date(2026, 10, 6), date(2026, 10, 13), date(2026, 10, 20),
                    date(2026, 10, 27)]


def test_preview_skips_breaks_and_conflicting_dates(desk, school_id, tutor_id):
    lesson(desk, school_id, tutor_id, day=date(2026, 10, 20), hours=(9, 10))
    preview = desk.visits.preview_series(series_of(school_id, tutor_id, TUESDAYS, *OCTOBER,
                                                time(8, 30), time(10)))
    assert preview.kept == [date(2026, 10, 6), date(2026, 10, 27)]
    assert [s.day for s in preview.skipped] == [date(2026, 10, 13), date(2026, 10, 20)]
    assert preview.skipped[0] == Skipped(date(2026, 10, 13), "Autumn break")
    assert "Scratch basics" in preview.skipped[1].reason
    assert [c.kind for c in preview.conflicts[date(2026, 10, 20)]] == [
        ConflictKind.TUTOR_BUSY]
    assert count(desk, t.visits) == 0


def test_book_a_series(desk, school_id, tutor_id, topic):
    lesson(desk, school_id, tutor_id, day=date(2026, 10, 20), hours=(9, 10))
    ids = desk.visits.book_series(series_of(school_id, tutor_id, TUESDAYS, *OCTOBER,
                                            time(8, 30), time(10), purpose="planning",
                                            topic_ids=[topic]), now=NOW)
    visits = [desk.visits.get(i) for i in ids]
    assert [v.starts_at for v in visits] == [at(date(2026, 10, 6), 8, 30),
                                             at(date(2026, 10, 27), 8, 30)]
    assert {v.ends_at.time() for v in visits} == {at(DAY, 10).time()}
    assert {v.purpose for v in visits} == {VisitPurpose.PLANNING}
    assert len({v.series_id for v in visits}) == 1 and visits[0].series_id is not None
    assert desk.visits.topics_of(ids[1]) == [(topic, "Scratch")]
    series = desk.visits.series_of(ids[0])
    assert (series.rule, series.first_day, series.last_day) == (
        TUESDAYS, date(2026, 10, 6), date(2026, 10, 27))
    listed = desk.visits.list_source().ids(ListRequest(filters={"series_id": series.id}))
    assert listed == ids


def test_a_series_without_a_free_date(desk, school_id, tutor_id):
    errors = errors_of(desk.visits.book_series, series_of(
        school_id, tutor_id, TUESDAYS, date(2026, 10, 12), date(2026, 10, 18), *NINE_TO_TEN),
        now=NOW)
    assert errors == {"rule": "No date between 12.10.2026 and 18.10.2026 is free for this "
                              "series."}
    assert count(desk, t.visits) == 0
    assert count(desk, t.visit_series) == 0


@pytest.mark.parametrize("rule, first, last, starts, ends, field", [
    ("nonsense", *OCTOBER, time(9), time(10), "rule"),
    (TUESDAYS, date(2026, 10, 31), date(2026, 10, 1), time(9), time(10), "last_day"),
    (TUESDAYS, None, date(2026, 10, 31), time(9), time(10), "first_day"),
    (TUESDAYS, *OCTOBER, time(10), time(9), "ends"),
])
def test_a_series_with_bad_fields(desk, school_id, tutor_id, rule, first, last, starts, ends,
                                  field):
    draft = series_of(school_id, tutor_id, rule, first, last, starts, ends)
    assert field in errors_of(desk.visits.preview_series, draft)
    assert field in errors_of(desk.visits.book_series, draft, now=NOW)
    assert count(desk, t.visits) == 0


def test_a_series_in_the_past_is_refused(desk, school_id, tutor_id):
    errors = errors_of(desk.visits.book_series,
                       series_of(school_id, tutor_id, TUESDAYS, *OCTOBER, *NINE_TO_TEN),
                       now=datetime(2026, 10, 21))
    assert "starts_at" in errors
    assert count(desk, t.visits) == 0
    assert count(desk, t.visit_series) == 0


@pytest.fixture
def weekly(desk, school_id, tutor_id) -> list[int]:
    return desk.visits.book_series(series_of(school_id, tutor_id, TUESDAYS, *OCTOBER,
                                          *NINE_TO_TEN), now=NOW)


def test_move_one_date_of_a_series(desk, weekly):
    first, second, third = weekly
    wednesday = date(2026, 10, 21)
    edit(desk.visits, second, starts_at=at(wednesday, 9), ends_at=at(wednesday, 10), now=NOW)
    assert desk.visits.get(second).starts_at == at(date(2026, 10, 21), 9)
    assert desk.visits.get(second).series_id == desk.visits.get(first).series_id
    assert desk.visits.get(third).starts_at == at(date(2026, 10, 27), 9)


def test_cancel_this_date_of_a_series(desk, weekly):
    first, second, third = weekly
    assert desk.visits.cancel(second) == [second]
    assert [desk.visits.get(i).status for i in weekly] == [
        VisitStatus.BOOKED, VisitStatus.CANCELLED, VisitStatus.BOOKED]


def test_cancel_this_and_the_following(desk, weekly):
    first, second, third = weekly
    desk.visits.cancel(third)
    assert sorted(desk.visits.cancel(second, scope=Scope.FOLLOWING)) == [second]
    assert [desk.visits.get(i).status for i in weekly] == [VisitStatus.CANCELLED
                                                           if i != first else VisitStatus.BOOKED
                                                           for i in weekly]
    assert sorted(desk.visits.cancel(first, scope=Scope.FOLLOWING)) == [first]


@pytest.mark.parametrize("scope", ["following", "sideways", None])
def test_a_scope_is_a_scope_never_a_word(desk, weekly, scope):
    """An unknown scope was ignored here (and refused by lessons): now both refuse
    anything but a Scope, and nothing is cancelled."""
    with pytest.raises(TypeError):
        desk.visits.cancel(weekly[1], scope)
    assert {desk.visits.get(i).status for i in weekly} == {VisitStatus.BOOKED}


def test_cancel_the_following_of_a_series(desk, weekly):
    first, second, third = weekly
    assert sorted(desk.visits.cancel(second, scope=Scope.FOLLOWING)) == [second, third]
    assert desk.visits.get(first).status is VisitStatus.BOOKED


# -- the log ------------------------------------------------------------------------------

AFTER = datetime(2026, 9, 10, 8)


def test_log_before_the_visit_happened_is_refused(desk, school_id, tutor_id):
    visit_id = book(desk, school_id, tutor_id, hours=(9, 10))
    for status in ("done", "no_show"):
        errors = errors_of(desk.visits.log, visit_id, VisitLog(status, teachers_reached=3),
                           now=at(DAY, 8, 59))
        assert errors == {"status": "The visit has not happened yet: log it after 9.9. 9:00."}
    visit = desk.visits.get(visit_id)
    assert (visit.status, visit.teachers_reached) == (VisitStatus.BOOKED, None)


def test_log_a_visit_as_done(desk, school_id, tutor_id, topic):
    teachers = [desk.teachers.add(TeacherDraft(name=n,
                                               school_id=school_id)) for n in ("Sanna", "Aaro")]
    visit_id = book(desk, school_id, tutor_id, hours=(9, 10))
    desk.visits.log(visit_id, VisitLog("done", teachers_reached=12, teacher_ids=teachers,
                                       topic_ids=[topic], hours_spent=1.5, follow_up=True,
                                       notes="More on Scratch"), now=at(DAY, 9))
    visit = desk.visits.get(visit_id)
    assert (visit.status, visit.teachers_reached, visit.spent_minutes) == (
        VisitStatus.DONE, 12, 90)
    assert (visit.follow_up, visit.notes) == (True, "More on Scratch")
    assert desk.visits.teachers_of(visit_id) == [(teachers[1], "Aaro"), (teachers[0], "Sanna")]
    assert desk.visits.topics_of(visit_id) == [(topic, "Scratch")]


def test_named_teachers_give_the_count(desk, school_id, tutor_id):
    teachers = [desk.teachers.add(TeacherDraft(name=n,
                                               school_id=school_id)) for n in ("Sanna", "Aaro")]
    visit_id = book(desk, school_id, tutor_id)
    desk.visits.log(visit_id, VisitLog("done", teacher_ids=teachers), now=AFTER)
    visit = desk.visits.get(visit_id)
    assert (visit.teachers_reached, visit.spent_minutes) == (2, None)


def test_hours_spent_count_as_used(desk, school_id, tutor_id):
    term = (date(2026, 8, 12), date(2026, 12, 19))
    first = book(desk, school_id, tutor_id, hours=(9, 10))
    second = book(desk, school_id, tutor_id, hours=(13, 14))
    assert desk.tutors.hours_used(tutor_id, *term) == 0  # booked is not yet used
    desk.visits.log(first, VisitLog("done", hours_spent=2.5), now=AFTER)
    desk.visits.log(second, VisitLog("done"), now=AFTER)  # no hours written: the booked hour
    assert desk.tutors.hours_used(tutor_id, *term) == 3.5


def test_logged_hours_count_against_hours_left(desk, school_id, year):
    tutor = desk.tutors.add(TutorDraft(name="Aapo", home_school_id=school_id,
                                       allotted_hours_per_term=4, **AGREEMENT, **WEEKDAYS))
    visit_id = book(desk, school_id, tutor, hours=(9, 10))
    desk.visits.log(visit_id, VisitLog("done", hours_spent=3), now=AFTER)
    later = date(2026, 9, 16)
    assert kinds_of(book, desk, school_id, tutor, day=later, hours=(9, 11), now=AFTER) == [
        ConflictKind.HOURS_EXCEEDED]
    assert book(desk, school_id, tutor, day=later, hours=(9, 10), now=AFTER)


def test_an_unknown_teacher_in_the_log_is_refused(desk, school_id, tutor_id):
    teacher = desk.teachers.add(TeacherDraft(name="Sanna", school_id=school_id))
    visit_id = book(desk, school_id, tutor_id)
    errors = errors_of(desk.visits.log, visit_id, VisitLog("done", teacher_ids=[teacher, 999]),
                       now=AFTER)
    assert errors == {"teacher_ids": "A chosen teacher no longer exists."}
    assert desk.visits.get(visit_id).status is VisitStatus.BOOKED
    assert desk.visits.teachers_of(visit_id) == []


def test_log_a_no_show(desk, school_id, tutor_id):
    teacher = desk.teachers.add(TeacherDraft(name="Sanna", school_id=school_id))
    visit_id = book(desk, school_id, tutor_id)
    desk.visits.log(visit_id, VisitLog("no_show", teachers_reached=4, teacher_ids=[teacher],
                                       hours_spent=1), now=AFTER)
    visit = desk.visits.get(visit_id)
    assert (visit.status, visit.teachers_reached, visit.spent_minutes) == (
        VisitStatus.NO_SHOW, None, None)
    assert desk.visits.teachers_of(visit_id) == []
    assert desk.tutors.hours_used(tutor_id, date(2026, 8, 1), date(2027, 7, 31)) == 0


def test_log_again_replaces_the_first_log(desk, school_id, tutor_id):
    teacher = desk.teachers.add(TeacherDraft(name="Sanna", school_id=school_id))
    visit_id = book(desk, school_id, tutor_id)
    desk.visits.log(visit_id, VisitLog("done", teacher_ids=[teacher], hours_spent=2), now=AFTER)
    desk.visits.log(visit_id, VisitLog("no_show"), now=AFTER)
    assert desk.visits.teachers_of(visit_id) == []
    assert desk.visits.get(visit_id).spent_minutes is None


@pytest.mark.parametrize("fields, field", [
    ({"status": "booked"}, "status"),
    ({"status": "cancelled"}, "status"),
    ({"status": "finished"}, "status"),
    ({"status": "done", "teachers_reached": -1}, "teachers_reached"),
    ({"status": "done", "hours_spent": 0}, "hours_spent"),
    ({"status": "done", "hours_spent": 25}, "hours_spent"),
])
def test_log_with_bad_fields(desk, school_id, tutor_id, fields, field):
    visit_id = book(desk, school_id, tutor_id)
    assert field in errors_of(desk.visits.log, visit_id, VisitLog(**fields), now=AFTER)
    assert desk.visits.get(visit_id).status is VisitStatus.BOOKED


# -- requests follow their visits --------------------------------------------------------


def request(desk, school_id) -> int:
    return desk.requests.add(RequestDraft(school_id, description="Scratch for grade 5"))


def test_a_request_is_scheduled_when_booked_and_done_when_logged(desk, school_id, tutor_id):
    request_id = request(desk, school_id)
    assert desk.requests.get(request_id).status is RequestStatus.NEW
    first = book(desk, school_id, tutor_id, hours=(9, 10), request_id=request_id)
    second = book(desk, school_id, tutor_id, day=DAY + timedelta(days=1), hours=(9, 10),
                  request_id=request_id)
    assert desk.requests.get(request_id).status is RequestStatus.SCHEDULED
    desk.visits.log(first, VisitLog("done"), now=datetime(2026, 9, 20))
    assert desk.requests.get(request_id).status is RequestStatus.SCHEDULED  # one still booked
    desk.visits.log(second, VisitLog("done"), now=datetime(2026, 9, 20))
    assert desk.requests.get(request_id).status is RequestStatus.DONE


def test_a_no_show_does_not_finish_a_request(desk, school_id, tutor_id):
    request_id = request(desk, school_id)
    visit_id = book(desk, school_id, tutor_id, request_id=request_id)
    desk.visits.log(visit_id, VisitLog("no_show"), now=AFTER)
    assert desk.requests.get(request_id).status is RequestStatus.SCHEDULED


def test_a_cancelled_visit_does_not_hold_a_request_open(desk, school_id, tutor_id):
    request_id = request(desk, school_id)
    done = book(desk, school_id, tutor_id, hours=(9, 10), request_id=request_id)
    desk.visits.cancel(book(desk, school_id, tutor_id, hours=(11, 12), request_id=request_id))
    desk.visits.log(done, VisitLog("done"), now=AFTER)
    assert desk.requests.get(request_id).status is RequestStatus.DONE


def test_a_series_schedules_its_request(desk, school_id, tutor_id):
    request_id = request(desk, school_id)
    draft = series_of(school_id, tutor_id, TUESDAYS, *OCTOBER, *NINE_TO_TEN)
    ids = desk.visits.book_series(draft, request_id=request_id, now=NOW)
    assert {desk.visits.get(i).request_id for i in ids} == {request_id}
    assert desk.requests.get(request_id).status is RequestStatus.SCHEDULED


def test_booking_for_an_unknown_request_saves_nothing(desk, school_id, tutor_id):
    with pytest.raises(NotFound):
        book(desk, school_id, tutor_id, request_id=999)
    with pytest.raises(NotFound):
        desk.visits.book_series(series_of(school_id, tutor_id, TUESDAYS, *OCTOBER,
                                          *NINE_TO_TEN), request_id=999, now=NOW)
    assert count(desk, t.visits) == 0
    assert count(desk, t.visit_series) == 0


# -- the calendar and the list -------------------------------------------------------------


@pytest.fixture
def several(desk, school_id, other_school, tutor_id, other_tutor):
    """Maija at Korso on 9.9. and at Ankkuri on 16.9. (done, follow-up); Matti at Ankkuri
    on 10.9. (cancelled)."""
    korso = book(desk, school_id, tutor_id, hours=(9, 10))
    ankkuri = book(desk, other_school, tutor_id, day=date(2026, 9, 16), hours=(12, 13))
    desk.visits.log(ankkuri, VisitLog("done", teachers_reached=5, hours_spent=1.25,
                                      follow_up=True), now=datetime(2026, 9, 17))
    matti = book(desk, other_school, other_tutor, day=date(2026, 9, 10), hours=(8, 9))
    desk.visits.cancel(matti)
    return korso, ankkuri, matti


def test_calendar_events(desk, school_id, other_school, tutor_id, other_tutor, several):
    korso, ankkuri, matti = several
    events = desk.visits.events(date(2026, 9, 1), date(2026, 9, 30))
    assert [e.id for e in events] == [korso, matti, ankkuri]
    first = events[0]
    assert (first.kind, first.title, first.starts_at, first.ends_at, first.tutor_ids,
            first.place, first.status) == (
        "visit", "Co-teaching: Korson koulu", at(DAY, 9), at(DAY, 10), (tutor_id,),
        "Korson koulu", "booked")
    assert [e.id for e in desk.visits.events(date(2026, 9, 1), date(2026, 9, 30),
                                             tutor_id=tutor_id)] == [korso, ankkuri]
    assert [e.id for e in desk.visits.events(date(2026, 9, 1), date(2026, 9, 30),
                                             school_id=other_school)] == [matti, ankkuri]
    assert [e.id for e in desk.visits.events(date(2026, 9, 1), date(2026, 9, 30),
                                             tutor_id=other_tutor,
                                             school_id=school_id)] == []
    assert [e.id for e in desk.visits.events(DAY, DAY)] == [korso]
    assert [e.id for e in desk.visits.events(date(2026, 9, 10), date(2026, 9, 15))] == [matti]


def listed(desk, **filters) -> list[int]:
    return desk.visits.list_source().ids(ListRequest(filters=filters))


def test_list_filters(desk, school_id, other_school, tutor_id, other_tutor, several):
    korso, ankkuri, matti = several
    assert listed(desk) == [korso, matti, ankkuri]
    assert listed(desk, school_id=other_school) == [matti, ankkuri]
    assert listed(desk, tutor_id=tutor_id) == [korso, ankkuri]
    assert listed(desk, status="done") == [ankkuri]
    assert listed(desk, status="cancelled") == [matti]
    assert listed(desk, **{"from": date(2026, 9, 10)}) == [matti, ankkuri]
    assert listed(desk, until=date(2026, 9, 10)) == [korso, matti]
    assert listed(desk, **{"from": date(2026, 9, 10), "until": date(2026, 9, 10)}) == [matti]
    assert listed(desk, follow_up=True) == [ankkuri]
    assert listed(desk, follow_up=False) == [korso, matti, ankkuri]
    assert listed(desk, school_id=other_school, tutor_id=tutor_id, status="done") == [ankkuri]


def test_list_rows(desk, topic, several):
    korso, ankkuri, matti = several
    edit(desk.visits, ankkuri, topic_ids=[topic])
    source = desk.visits.list_source()
    keys = [c.key for c in source.columns]
    row = dict(zip(keys, source.rows([ankkuri])[0], strict=True))
    assert (row["school"], row["tutor"], row["reached"], row["topics"], row["follow_up"]) == (
        "Ankkurin koulu", "Maija Meikäläinen", 5, "Scratch", True)
    # the page shows them as "1 h 15 min", "Done" (tests/ui/test_visits_page.py)
    assert (row["hours"], row["status"], row["purpose"]) == (
        75, VisitStatus.DONE, VisitPurpose.CO_TEACHING)
    korso_row = dict(zip(keys, source.rows([korso])[0], strict=True))
    assert (korso_row["hours"], korso_row["request"]) == (60, False)


def test_a_cancelled_visit_cannot_be_logged(desk, school_id, tutor_id):
    visit_id = book(desk, school_id, tutor_id, hours=(9, 10))
    desk.visits.cancel(visit_id)
    errors = errors_of(desk.visits.log, visit_id, VisitLog("done", teachers_reached=3), now=AFTER)
    assert set(errors) == {"status"}
    assert desk.visits.get(visit_id).status is VisitStatus.CANCELLED
