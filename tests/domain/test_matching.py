"""Matching tutors to a school's request: who may go at all, the order (strength in the
topics, serving the school, free time, hours left; then the earliest slot, then the name)
and the reasons shown for each tutor."""

from datetime import datetime

import pytest

from coachdesk.domain.matching import Applicant, can_serve, rank
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import TutorKind

SCRATCH, ROBOTS = 1, 2
TOPICS = {SCRATCH: "Scratch", ROBOTS: "Robotics"}
SCHOOL = "Korson koulu"
MONDAY_9 = (datetime(2026, 9, 7, 9), datetime(2026, 9, 7, 10, 30))
TUESDAY_8 = (datetime(2026, 9, 8, 8), datetime(2026, 9, 8, 9, 30))


def person(tutor_id: int, name: str, kind=TutorKind.ROAMING, serves=True,
           strengths=None, hours_left: float | None = 20.0) -> Applicant:
    return Applicant(tutor_id, name, kind, serves, dict(strengths or {}), hours_left)


def ranked(applicants, slots=None, topics=None, hours_needed=1.5):
    return rank(applicants, TOPICS if topics is None else topics, slots or {}, hours_needed,
                SCHOOL)


def order(applicants, slots=None, **options) -> list[str]:
    return [m.name for m in ranked(applicants, slots, **options)]


# -- who may go ---------------------------------------------------------------------------


def test_a_school_tutor_serves_only_their_own_school():
    assert can_serve(person(1, "A", kind=TutorKind.SCHOOL, serves=True))
    assert not can_serve(person(1, "A", kind=TutorKind.SCHOOL, serves=False))
    assert can_serve(person(1, "A", kind=TutorKind.ROAMING, serves=False))


def test_a_school_tutor_of_another_school_is_never_proposed():
    # The best in every way, but a school tutor somewhere else.
    elsewhere = person(1, "Aino", kind=TutorKind.SCHOOL, serves=False,
                       strengths={SCRATCH: Level.ADVANCED, ROBOTS: Level.ADVANCED},
                       hours_left=100)
    roamer = person(2, "Bertta", serves=False)
    assert order([elsewhere, roamer], {1: [MONDAY_9]}) == ["Bertta"]
    assert ranked([elsewhere]) == []


def test_a_roaming_tutor_not_yet_serving_the_school_is_proposed():
    (match,) = ranked([person(1, "Aino", serves=False)])
    assert match.tutor_id == 1
    assert f"Roaming tutor, not yet serving {SCHOOL}" in match.reasons


# -- the order ----------------------------------------------------------------------------


def test_strength_in_the_topics_comes_first():
    basic = person(1, "Aino", strengths={SCRATCH: Level.BASIC})
    advanced = person(2, "Bertta", strengths={SCRATCH: Level.ADVANCED})
    both = person(3, "Cecilia", strengths={SCRATCH: Level.BASIC, ROBOTS: Level.BASIC})
    none = person(4, "Doris", strengths={99: Level.ADVANCED})  # strong in something else
    assert order([none, basic, both, advanced]) == ["Bertta", "Cecilia", "Aino", "Doris"]


def test_strength_outweighs_serving_the_school():
    strong_roamer = person(1, "Bertta", serves=False, strengths={SCRATCH: Level.ADVANCED})
    weak_own = person(2, "Aino", serves=True)
    assert order([weak_own, strong_roamer]) == ["Bertta", "Aino"]


def test_serving_the_school_comes_before_roaming():
    roamer = person(1, "Aino", serves=False)
    own = person(2, "Bertta", serves=True)
    assert order([roamer, own]) == ["Bertta", "Aino"]


def test_free_time_in_the_windows_counts():
    busy = person(1, "Aino")
    free = person(2, "Bertta")
    assert order([busy, free], {2: [TUESDAY_8]}) == ["Bertta", "Aino"]
    assert order([busy, free], {1: [TUESDAY_8]}) == ["Aino", "Bertta"]


def test_more_hours_left_comes_first():
    short = person(1, "Aino", hours_left=0.5)
    plenty = person(2, "Bertta", hours_left=10)
    assert order([short, plenty]) == ["Bertta", "Aino"]
    # Enough for the visit is enough: more hours than needed add nothing.
    enough = person(1, "Aino", hours_left=1.5)
    assert ranked([enough, plenty])[0].score == ranked([enough, plenty])[1].score


def test_no_hours_left_ranks_below_unknown_hours():
    spent = person(1, "Aino", hours_left=-3)
    unknown = person(2, "Bertta", hours_left=None)
    plenty = person(3, "Cecilia", hours_left=10)
    assert order([spent, unknown, plenty]) == ["Cecilia", "Bertta", "Aino"]


def test_a_visit_needing_no_hours_leaves_everyone_equal_on_hours():
    short = person(1, "Bertta", hours_left=0)
    plenty = person(2, "Aino", hours_left=10)
    first, second = ranked([short, plenty], hours_needed=0)
    assert first.score == second.score


def test_without_topics_strength_does_not_decide():
    a = person(1, "Aino", strengths={SCRATCH: Level.ADVANCED})
    b = person(2, "Bertta")
    first, second = ranked([b, a], topics={})
    assert first.score == second.score
    assert "No strength in the topics asked for" not in first.reasons + second.reasons


# -- ties -------------------------------------------------------------------------------


def test_ties_go_to_the_earliest_slot():
    later = person(1, "Aino")
    earlier = person(2, "Bertta")
    assert order([later, earlier], {1: [TUESDAY_8], 2: [MONDAY_9]}) == ["Bertta", "Aino"]


def test_then_to_the_name():
    assert order([person(1, "Cecilia"), person(2, "Aino"), person(3, "Bertta")]) == [
        "Aino", "Bertta", "Cecilia"]
    same_slot = {1: [MONDAY_9], 2: [MONDAY_9]}
    assert order([person(1, "Bertta"), person(2, "Aino")], same_slot) == ["Aino", "Bertta"]


# -- what a match carries ----------------------------------------------------------------


def test_a_match_carries_its_slots_and_hours():
    (match,) = ranked([person(7, "Aino", hours_left=12.25)], {7: [MONDAY_9, TUESDAY_8]})
    assert (match.tutor_id, match.name, match.slots, match.hours_left) == (
        7, "Aino", [MONDAY_9, TUESDAY_8], 12.25)
    assert 0 < match.score <= 1


def test_the_best_possible_match_scores_one():
    best = person(1, "Aino", serves=True, hours_left=10,
                  strengths={SCRATCH: Level.ADVANCED, ROBOTS: Level.ADVANCED})
    assert ranked([best], {1: [MONDAY_9]})[0].score == pytest.approx(1.0)


def test_reasons_name_the_topics_school_slot_and_hours():
    aino = person(1, "Aino", strengths={SCRATCH: Level.ADVANCED, ROBOTS: Level.BASIC},
                  hours_left=12.25)
    (match,) = ranked([aino], {1: [MONDAY_9, TUESDAY_8]})
    assert match.reasons == [
        "Strong in Scratch (advanced)",
        "Strong in Robotics (basic)",
        f"Serves {SCHOOL}",
        "Free 7.9. 9:00–10:30",
        "12.3 h left this term",  # a half rounds up
    ]


def test_reasons_say_what_is_missing():
    (match,) = ranked([person(1, "Aino", serves=False, hours_left=None)])
    assert match.reasons == [
        "No strength in the topics asked for",
        f"Roaming tutor, not yet serving {SCHOOL}",
        "No free time in the preferred windows",
    ]


def test_a_roaming_tutor_strong_in_one_topic_beats_the_schools_own_tutor_without_any():
    own = person(1, "Aino", kind=TutorKind.SCHOOL, serves=True)
    strong = person(2, "Bertta", serves=False, strengths={SCRATCH: Level.BASIC})
    slots = {1: [MONDAY_9], 2: [MONDAY_9]}
    assert order([own, strong], slots) == ["Bertta", "Aino"]
