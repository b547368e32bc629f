"""desk.requests on a real database: requests with their preferred windows and topics, the
requests list, proposals of who could go (ranked, with free slots inside the windows) and
booking a proposal as a visit linked to the request."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.conflicts import ConflictsFound
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.requests import (
    AskedBy,
    PreferredTime,
    RequestDraft,
    RequestStatus,
    Urgency,
)
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft, VisitLog, VisitPurpose, VisitStatus
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t
from tests.drafts import edit

WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}
TUESDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=TU", "released_from": time(8),
            "released_until": time(12)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
TODAY = date(2026, 9, 1)  # a Tuesday early in the autumn term
NOW = datetime(2026, 9, 1, 12)
WEEK = PreferredTime(date(2026, 9, 8), date(2026, 9, 11), time(9), time(12))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def count(desk, table) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


@pytest.fixture
def year(desk):
    return desk.school_years.create(SchoolYearDraft(2026))


@pytest.fixture
def other_school(desk):
    return desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))


@pytest.fixture
def scratch(desk):
    return desk.topics.add(TopicDraft(name="Scratch"))


@pytest.fixture
def padlet(desk):
    return desk.topics.add(TopicDraft(name="Padlet"))


@pytest.fixture
def maija(desk, school_id, year, scratch):
    """A school tutor of the asking school, strong in Scratch, every weekday 8–17."""
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school_id,
                                      strengths={scratch: "advanced"}, **AGREEMENT, **WEEKDAYS))


@pytest.fixture
def roamer(desk, school_id, other_school, year):
    """A roaming tutor not yet serving the asking school, Tuesdays 8–12, 10 h a term."""
    return desk.tutors.add(TutorDraft(name="Riikka Roaming", kind="roaming",
                                      home_school_id=other_school, school_ids=[other_school],
                                      allotted_hours_per_term=10, **AGREEMENT, **TUESDAYS))


@pytest.fixture
def elsewhere(desk, other_school, year, scratch):
    """A school tutor of another school: never proposed."""
    return desk.tutors.add(TutorDraft(name="Aapo Ankkuri", home_school_id=other_school,
                                      strengths={scratch: "advanced"}, **AGREEMENT, **WEEKDAYS))


def add(desk, school_id, windows=(), topic_ids=(), **fields) -> int:
    base = {"received_on": TODAY, "asked_by": "teacher", "asked_by_name": "Sanna Opettaja",
            "purpose": "staff_training", "minutes": 90, "description": "Scratch for grade 5"}
    return desk.requests.add(RequestDraft(school_id, windows=tuple(windows),
                                          topic_ids=tuple(topic_ids), **{**base, **fields}))


# -- the request --------------------------------------------------------------------------


def test_add_a_request(desk, school_id, scratch, padlet):
    request_id = add(desk, school_id, windows=[WEEK, PreferredTime(date(2026, 10, 1))],
                     topic_ids=[scratch, padlet, scratch], teachers_count=6,
                     urgency="high", description="  Scratch for grade 5 ")
    request = desk.requests.get(request_id)
    assert (request.school_id, request.received_on, request.asked_by, request.asked_by_name) == (
        school_id, TODAY, AskedBy.TEACHER, "Sanna Opettaja")
    assert (request.purpose, request.minutes, request.teachers_count, request.urgency) == (
        VisitPurpose.STAFF_TRAINING, 90, 6, Urgency.HIGH)
    assert (request.description, request.status) == ("Scratch for grade 5", RequestStatus.NEW)
    windows = desk.requests.windows_of(request_id)
    assert [(w.first_day, w.last_day, w.starts, w.ends) for w in windows] == [
        (date(2026, 9, 8), date(2026, 9, 11), "09:00", "12:00"),
        (date(2026, 10, 1), date(2026, 10, 1), "08:00", "16:00")]  # one day, the school day
    assert desk.requests.topics_of(request_id) == [(padlet, "Padlet"), (scratch, "Scratch")]


def test_a_request_takes_defaults(desk, school_id):
    request = desk.requests.get(desk.requests.add(RequestDraft(school_id)))
    assert (request.received_on, request.minutes, request.status, request.urgency) == (
        date.today(), 90, RequestStatus.NEW, Urgency.NORMAL)
    assert desk.requests.windows_of(request.id) == []
    assert desk.requests.topics_of(request.id) == []


def test_update_a_request(desk, school_id, scratch, padlet):
    request_id = add(desk, school_id, windows=[WEEK], topic_ids=[scratch])
    edit(desk.requests, request_id, minutes=60, urgency="low")
    assert (desk.requests.get(request_id).minutes, desk.requests.get(request_id).urgency) == (
        60, Urgency.LOW)
    # Windows and topics stay unless changed.
    assert len(desk.requests.windows_of(request_id)) == 1
    assert desk.requests.topics_of(request_id) == [(scratch, "Scratch")]
    edit(desk.requests, request_id, topic_ids=[padlet])
    assert desk.requests.topics_of(request_id) == [(padlet, "Padlet")]
    assert len(desk.requests.windows_of(request_id)) == 1
    edit(desk.requests, request_id, windows=[PreferredTime(date(2026, 10, 2), date(2026, 10, 3))])
    assert [w.first_day for w in desk.requests.windows_of(request_id)] == [date(2026, 10, 2)]
    assert desk.requests.topics_of(request_id) == [(padlet, "Padlet")]
    edit(desk.requests, request_id, windows=[], topic_ids=[])
    assert desk.requests.windows_of(request_id) == []
    assert desk.requests.topics_of(request_id) == []


@pytest.mark.parametrize("window, message", [
    (PreferredTime(date(2026, 9, 11), date(2026, 9, 8)),
     "Preferred time 2: The last day cannot be before the first."),
    (PreferredTime(date(2026, 9, 8), starts=time(12), ends=time(9)),
     "Preferred time 2: The preferred hours must end after they start."),
])
def test_bad_windows_are_refused(desk, school_id, window, message):
    assert errors_of(add, desk, school_id, windows=[WEEK, window]) == {"windows": message}
    assert count(desk, t.visit_requests) == 0
    assert count(desk, t.request_windows) == 0


def test_a_bad_window_in_an_update_keeps_the_old_windows(desk, school_id):
    request_id = add(desk, school_id, windows=[WEEK], minutes=90)
    errors = errors_of(edit, desk.requests, request_id, minutes=60,
                       windows=[PreferredTime(date(2026, 9, 9), date(2026, 9, 1))])
    assert list(errors) == ["windows"]
    assert [w.first_day for w in desk.requests.windows_of(request_id)] == [date(2026, 9, 8)]
    assert desk.requests.get(request_id).minutes == 90


@pytest.mark.parametrize("fields, field", [
    ({"minutes": 10}, "minutes"),
    ({"minutes": 9 * 60}, "minutes"),
    ({"teachers_count": -6}, "teachers_count"),
    ({"urgency": "yesterday"}, "urgency"),
    ({"asked_by": "pupil"}, "asked_by"),
])
def test_bad_fields_are_refused(desk, school_id, fields, field):
    assert field in errors_of(add, desk, school_id, **fields)
    assert count(desk, t.visit_requests) == 0


def test_the_school_must_be_active(desk, school_id, other_school):
    desk.schools.archive(other_school)
    for school in (other_school, 999):
        assert errors_of(add, desk, school) == {"school_id": "Choose an active school."}
    assert count(desk, t.visit_requests) == 0


def test_cancel_a_request(desk, school_id):
    request_id = add(desk, school_id)
    desk.requests.cancel(request_id)
    assert desk.requests.get(request_id).status is RequestStatus.CANCELLED
    errors = errors_of(desk.requests.cancel, request_id)
    assert errors == {"status": "Only an open request can be cancelled."}


def test_a_missing_request(desk):
    with pytest.raises(NotFound):
        desk.requests.get(999)
    with pytest.raises(NotFound):
        desk.requests.cancel(999)


# -- the list -----------------------------------------------------------------------------


def listed(desk, **filters) -> list[int]:
    return desk.requests.list_source().ids(ListRequest(filters=filters))


def test_the_open_filter(desk, school_id, other_school, maija):
    new = add(desk, school_id, received_on=date(2026, 8, 20))
    scheduled = add(desk, school_id, received_on=date(2026, 8, 25))
    desk.requests.book(scheduled, maija, at(date(2026, 9, 8), 9), now=NOW)
    cancelled = add(desk, other_school, received_on=date(2026, 8, 10))
    desk.requests.cancel(cancelled)
    assert listed(desk) == [cancelled, new, scheduled]
    assert listed(desk, open=True) == [new, scheduled]
    assert listed(desk, open=False) == [cancelled, new, scheduled]
    assert listed(desk, status="scheduled") == [scheduled]
    assert listed(desk, school_id=other_school) == [cancelled]
    assert listed(desk, urgency="normal", open=True) == [new, scheduled]


def test_the_age_column(desk, school_id, scratch):
    old = add(desk, school_id, received_on=date(2026, 8, 20), topic_ids=[scratch])
    fresh = add(desk, school_id, received_on=TODAY)
    source = desk.requests.list_source()
    keys = [c.key for c in source.columns]
    rows = {i: dict(zip(keys, row, strict=True)) for i, row in
            zip([old, fresh], source.rows([old, fresh]), strict=True)}
    # the day received, which the page shows as "12 d" and "today" (test_visits_page.py)
    assert (rows[old]["age"], rows[fresh]["age"]) == (date(2026, 8, 20), TODAY)
    assert rows[old]["topics"] == "Scratch"
    assert rows[old]["visits"] == 0
    assert rows[old]["status"] is RequestStatus.NEW
    # The oldest waits longest: sorting by age puts it first.
    assert source.ids(ListRequest(sort_key="age")) == [old, fresh]


# -- proposals ----------------------------------------------------------------------------


def test_propose_ranks_tutors_who_can_serve_the_school(desk, school_id, scratch, maija, roamer,
                                                       elsewhere):
    request_id = add(desk, school_id, windows=[WEEK], topic_ids=[scratch])
    matches = desk.requests.propose(request_id, today=TODAY)
    assert [m.tutor_id for m in matches] == [maija, roamer]
    best = matches[0]
    assert "Strong in Scratch (advanced)" in best.reasons
    assert "Serves Korson koulu" in best.reasons
    assert best.hours_left is None
    assert matches[1].hours_left == 10
    assert "Roaming tutor, not yet serving Korson koulu" in matches[1].reasons


def test_proposed_slots_lie_inside_the_windows(desk, school_id, maija, roamer):
    request_id = add(desk, school_id, windows=[WEEK, PreferredTime(date(2026, 9, 21),
                                                                   starts=time(13), ends=time(15))])
    by_tutor = {m.tutor_id: m.slots for m in desk.requests.propose(request_id, today=TODAY,
                                                                   slots_per_tutor=10)}
    found = by_tutor[maija]
    assert found[0] == (at(date(2026, 9, 8), 9), at(date(2026, 9, 8), 10, 30))  # the earliest
    assert {s.date() for s, _ in found} == {date(2026, 9, d) for d in (8, 9, 10, 11, 21)}
    for starts, ends in found:
        assert ends - starts == timedelta(minutes=90)
        assert ((starts.date() <= date(2026, 9, 11) and time(9) <= starts.time()
                 and ends.time() <= time(12))
                or (starts.date() == date(2026, 9, 21) and time(13) <= starts.time()
                    and ends.time() <= time(15)))
    assert len({s.time() for s, _ in found}) > 2  # spread over the hours asked for
    # Riikka works on Tuesdays until 12: only Tuesday 8.9. fits, two visits' worth.
    assert by_tutor[roamer] == [(at(date(2026, 9, 8), 9), at(date(2026, 9, 8), 10, 30)),
                                (at(date(2026, 9, 8), 10, 30), at(date(2026, 9, 8), 12))]


def test_several_slots_spread_over_the_days_and_hours_asked_for(desk, school_id, year):
    """A tutor released on Tuesdays and Thursdays, a window of 8–12 over four days: not
    only 8:00 on each day, but the hours of the window on both days."""
    both = desk.tutors.add(TutorDraft(
        name="Tiina Tiistai", home_school_id=school_id, released_rule="FREQ=WEEKLY;BYDAY=TU,TH",
        released_from=time(8), released_until=time(16), **AGREEMENT))
    request_id = add(desk, school_id, windows=[PreferredTime(
        date(2026, 9, 7), date(2026, 9, 10), time(8), time(12))], minutes=60)
    (match,) = desk.requests.propose(request_id, today=TODAY)
    tuesday, thursday = date(2026, 9, 8), date(2026, 9, 10)
    assert match.tutor_id == both
    assert match.slots == [(at(tuesday, 8), at(tuesday, 9)), (at(tuesday, 9, 30),
                                                             at(tuesday, 10, 30)),
                           (at(thursday, 8, 45), at(thursday, 9, 45)),
                           (at(thursday, 11), at(thursday, 12))]


def test_slots_avoid_the_tutors_bookings(desk, school_id, other_school, maija):
    tuesday, wednesday = date(2026, 9, 8), date(2026, 9, 9)
    desk.visits.book(VisitDraft(school_id, maija, at(tuesday, 9), at(tuesday, 11)), now=NOW)
    desk.visits.book(VisitDraft(other_school, maija, at(wednesday, 11), at(wednesday, 12)),
                     now=NOW)
    request_id = add(desk, school_id, windows=[WEEK])
    (match,) = desk.requests.propose(request_id, today=TODAY)
    # 8.9. has no 90 minutes left after 11:00; on 9.9. the visit at Ankkuri at 11 needs
    # 30 minutes of travel, so 9:00–10:30 fits exactly. The others spread over the hours.
    assert match.slots == [(at(date(2026, 9, 9), 9), at(date(2026, 9, 9), 10, 30)),
                           (at(date(2026, 9, 10), 9), at(date(2026, 9, 10), 10, 30)),
                           (at(date(2026, 9, 10), 10, 30), at(date(2026, 9, 10), 12)),
                           (at(date(2026, 9, 11), 9, 45), at(date(2026, 9, 11), 11, 15))]


def test_a_window_already_past_is_left_out(desk, school_id, maija):
    request_id = add(desk, school_id, windows=[
        PreferredTime(date(2026, 8, 20), date(2026, 8, 28)),
        PreferredTime(date(2026, 8, 31), date(2026, 9, 3), starts=time(9), ends=time(12))])
    (match,) = desk.requests.propose(request_id, today=TODAY, slots_per_tutor=10)
    # From tomorrow on: a slot earlier today may already have passed.
    assert {start.date() for start, _ in match.slots} == {date(2026, 9, 2), date(2026, 9, 3)}


def test_without_windows_the_next_four_weeks_are_searched(desk, school_id, roamer):
    request_id = add(desk, school_id)
    (match,) = desk.requests.propose(request_id, today=TODAY, slots_per_tutor=10)
    # Tuesdays from tomorrow to four weeks ahead: 8., 15., 22. and 29.9.; not today (1.9.)
    # and not 6.10.
    assert {start.date() for start, _ in match.slots} == {
        date(2026, 9, d) for d in (8, 15, 22, 29)}
    assert match.slots[0][0] == at(date(2026, 9, 8), 8)


def test_only_past_windows_search_the_next_four_weeks(desk, school_id, roamer):
    request_id = add(desk, school_id, windows=[PreferredTime(date(2026, 8, 1), date(2026, 8, 31))])
    (match,) = desk.requests.propose(request_id, today=TODAY, slots_per_tutor=10)
    assert {start.date() for start, _ in match.slots} == {
        date(2026, 9, d) for d in (8, 15, 22, 29)}


def test_a_tutor_without_free_time_is_still_proposed_last(desk, school_id, maija, roamer):
    request_id = add(desk, school_id, windows=[PreferredTime(date(2026, 9, 9), date(2026, 9, 10))])
    matches = desk.requests.propose(request_id, today=TODAY)
    assert [m.tutor_id for m in matches] == [maija, roamer]
    assert matches[1].slots == []
    assert "No free time in the preferred windows" in matches[1].reasons


def test_hours_left_count_booked_and_logged_visits(desk, school_id, other_school, roamer):
    first = desk.visits.book(VisitDraft(other_school, roamer, at(date(2026, 9, 8), 8),
                                        at(date(2026, 9, 8), 10)), now=NOW)
    desk.visits.log(first, VisitLog("done", hours_spent=3), now=datetime(2026, 9, 9))
    desk.visits.book(VisitDraft(other_school, roamer, at(date(2026, 9, 15), 8),
                                at(date(2026, 9, 15), 9)), now=NOW)
    request_id = add(desk, school_id, windows=[WEEK])
    (match,) = desk.requests.propose(request_id, today=TODAY)
    assert match.hours_left == 6
    assert "6 h left this term" in match.reasons


def test_slots_stay_inside_the_agreement(desk, school_id, year):
    ending = desk.tutors.add(TutorDraft(name="Kaisa Kesken", home_school_id=school_id,
                                        agreement_start=date(2026, 8, 1),
                                        agreement_end=date(2026, 9, 9), **WEEKDAYS))
    starting = desk.tutors.add(TutorDraft(name="Ville Uusi", home_school_id=school_id,
                                          agreement_start=date(2026, 9, 10),
                                          agreement_end=date(2027, 7, 31), **WEEKDAYS))
    request_id = add(desk, school_id, windows=[WEEK])
    by_tutor = {m.tutor_id: m.slots for m in desk.requests.propose(request_id, today=TODAY,
                                                                   slots_per_tutor=10)}
    assert {s.date() for s, _ in by_tutor[ending]} == {date(2026, 9, 8), date(2026, 9, 9)}
    assert {s.date() for s, _ in by_tutor[starting]} == {date(2026, 9, 10), date(2026, 9, 11)}
    # Every proposed slot can be booked.
    for tutor, slots in by_tutor.items():
        for starts, _ in slots:
            desk.requests.book(request_id, tutor, starts, now=NOW)


def test_a_tutor_whose_agreement_misses_the_windows_is_not_proposed(desk, school_id, year,
                                                                    maija):
    desk.tutors.add(TutorDraft(name="Kaisa Kesken", home_school_id=school_id,
                               agreement_start=date(2026, 8, 1), agreement_end=date(2026, 9, 4),
                               **WEEKDAYS))
    request_id = add(desk, school_id, windows=[WEEK])
    assert [m.tutor_id for m in desk.requests.propose(request_id, today=TODAY)] == [maija]


# -- booking a proposal -----------------------------------------------------------------


def test_book_a_proposal(desk, school_id, scratch, padlet, maija):
    request_id = add(desk, school_id, windows=[WEEK], topic_ids=[scratch, padlet], minutes=75,
                     purpose="device_setup")
    (match,) = desk.requests.propose(request_id, today=TODAY)
    starts, ends = match.slots[0]
    visit_id = desk.requests.book(request_id, maija, starts, now=NOW)
    visit = desk.visits.get(visit_id)
    assert (visit.school_id, visit.tutor_id, visit.starts_at, visit.ends_at) == (
        school_id, maija, at(date(2026, 9, 8), 9), at(date(2026, 9, 8), 10, 15))
    assert ends == visit.ends_at
    assert (visit.purpose, visit.request_id, visit.status, visit.minutes) == (
        VisitPurpose.DEVICE_SETUP, request_id, VisitStatus.BOOKED, 75)
    assert desk.visits.topics_of(visit_id) == [(padlet, "Padlet"), (scratch, "Scratch")]
    assert desk.requests.get(request_id).status is RequestStatus.SCHEDULED
    row = desk.requests.list_source().rows([request_id])[0]
    assert row[[c.key for c in desk.requests.list_source().columns].index("visits")] == 1
    # The slot is taken now: the next proposal starts later.
    (again,) = desk.requests.propose(request_id, today=TODAY)
    assert again.slots[0][0] > starts


def test_booking_a_proposal_checks_conflicts(desk, school_id, maija):
    request_id = add(desk, school_id, windows=[WEEK])
    desk.requests.book(request_id, maija, at(date(2026, 9, 8), 9), now=NOW)
    with pytest.raises(ConflictsFound):
        desk.requests.book(request_id, maija, at(date(2026, 9, 8), 10), now=NOW)
    visit_id = desk.requests.book(request_id, maija, at(date(2026, 9, 8), 10), confirmed=True,
                                  override_reason="Two groups", now=NOW)
    assert desk.visits.get(visit_id).override_reason == "Two groups"


def test_booking_a_proposal_in_the_past_is_refused(desk, school_id, maija):
    request_id = add(desk, school_id, windows=[WEEK])
    errors = errors_of(desk.requests.book, request_id, maija, at(date(2026, 9, 8), 9),
                       now=datetime(2026, 9, 8, 11))
    assert list(errors) == ["starts_at"]
    assert desk.requests.get(request_id).status is RequestStatus.NEW
    assert count(desk, t.visits) == 0


def test_the_request_is_done_when_its_visit_is_logged(desk, school_id, maija):
    request_id = add(desk, school_id, windows=[WEEK])
    visit_id = desk.requests.book(request_id, maija, at(date(2026, 9, 8), 9), now=NOW)
    desk.visits.log(visit_id, VisitLog("done", teachers_reached=8), now=datetime(2026, 9, 8, 11))
    assert desk.requests.get(request_id).status is RequestStatus.DONE
    assert listed(desk, open=True) == []


def test_window_times_are_kept_as_the_day(desk, school_id, maija):
    """A window without hours is the school day, 8:00–16:00."""
    request_id = add(desk, school_id, windows=[PreferredTime(date(2026, 9, 8))], minutes=60)
    (match,) = desk.requests.propose(request_id, today=TODAY, slots_per_tutor=1)
    assert match.slots == [(at(date(2026, 9, 8), 8), at(date(2026, 9, 8), 9))]
    assert all(time(8) <= s.time() and e.time() <= time(16) for s, e in match.slots)
    assert timedelta(minutes=60) == match.slots[0][1] - match.slots[0][0]
