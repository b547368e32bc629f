"""What lessons and visits share, and their drafts' own rules, without a database: a scope
is a Scope, a series' repeat and every draft name all their mistakes at once."""

from datetime import date, datetime, time

import pytest

from coachdesk.domain.bookings import Repeat, Scope, scope_of
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import LessonDraft, LessonSeriesDraft, PlaceKind
from coachdesk.domain.requests import PreferredTime, RequestDraft
from coachdesk.domain.visits import VisitDraft, VisitLog, VisitSeriesDraft, VisitStatus

WEDNESDAY = date(2026, 9, 9)


def errors_of(check) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        check()
    return caught.value.errors


@pytest.mark.parametrize("scope", ["following", "this", "sideways", None, 1])
def test_a_scope_is_a_scope_never_a_word(scope):
    with pytest.raises(TypeError):
        scope_of(scope)


def test_the_scopes():
    assert [scope_of(s) for s in Scope] == [Scope.THIS, Scope.FOLLOWING]


def test_a_repeat_names_every_mistake_at_once():
    repeat = Repeat("FREQ=WEEKLY;BYDAY=WE", None, WEDNESDAY, time(16), time(14, 30))
    assert set(errors_of(repeat.check)) == {"first_day", "ends"}
    backwards = Repeat("FREQ=WEEKLY;BYDAY=WE", WEDNESDAY, date(2026, 9, 1), time(9), time(9))
    assert errors_of(backwards.check) == {
        "last_day": "The series cannot end before it starts.",
        "ends": "It must end after it starts."}
    Repeat("FREQ=WEEKLY;BYDAY=WE", WEDNESDAY, WEDNESDAY, time(9), time(10)).check()


def test_a_lesson_draft_names_every_mistake_at_once():
    draft = LessonDraft(title=" ", place_kind=PlaceKind.ONLINE, capacity=-1,
                        starts_at=datetime(2026, 9, 9, 16), ends_at=None)
    assert set(errors_of(draft.check)) == {"title", "online_url", "capacity", "ends_at",
                                           "tutor_ids"}
    assert "tutor_ids" not in errors_of(draft.check_lesson)  # what a conflict check needs


def test_a_lesson_series_says_its_own_and_its_lessons_mistakes():
    lesson = LessonDraft(title="", place_kind=PlaceKind.VENUE, venue="Hall", tutor_ids=(1,))
    series = LessonSeriesDraft(lesson, Repeat("FREQ=WEEKLY;BYDAY=WE", None, None, time(16),
                                              time(15)))
    # the times are the repeat's: they are named there, not as the lesson's
    assert set(errors_of(series.check)) == {"first_day", "ends", "title"}
    assert series.on(WEDNESDAY).starts_at == datetime(2026, 9, 9, 16)


def test_a_visit_draft_names_every_mistake_at_once():
    draft = VisitDraft(None, None, datetime(2026, 9, 9, 10), datetime(2026, 9, 9, 9))
    assert errors_of(draft.check) == {"school_id": "Choose the school.",
                                      "tutor_id": "Choose the tutor.",
                                      "ends_at": "A visit must end after it starts."}
    assert set(errors_of(VisitDraft(1, 2).check)) == {"starts_at", "ends_at"}


def test_a_visit_series_says_its_own_and_its_visits_mistakes():
    series = VisitSeriesDraft(VisitDraft(None, 2), Repeat("FREQ=WEEKLY;BYDAY=TU", WEDNESDAY,
                                                          date(2026, 9, 1), time(9), time(10)))
    assert set(errors_of(series.check)) == {"school_id", "last_day"}


def test_a_visit_log_names_every_mistake_at_once():
    log = VisitLog(VisitStatus.CANCELLED, teachers_reached=-2, hours_spent=25)
    assert set(errors_of(log.check)) == {"status", "teachers_reached", "hours_spent"}
    VisitLog(VisitStatus.NO_SHOW).check()


def test_a_request_draft_names_every_mistake_at_once():
    draft = RequestDraft(None, minutes=10, teachers_count=-1, windows=(
        PreferredTime(WEDNESDAY), PreferredTime(WEDNESDAY, date(2026, 9, 1))))
    assert errors_of(draft.check) == {
        "school_id": "Choose the school that asks.",
        "minutes": "A visit lasts from 15 minutes to 8 hours.",
        "teachers_count": "Number of teachers cannot be negative.",
        "windows": "Preferred time 2: The last day cannot be before the first."}


def test_a_preferred_time_is_kept_as_the_school_day_by_default():
    window = PreferredTime(WEDNESDAY).window(7)
    assert (window.request_id, window.first_day, window.last_day, window.starts,
            window.ends) == (7, WEDNESDAY, WEDNESDAY, "08:00", "16:00")
