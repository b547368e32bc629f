"""desk.tutors on a real database: the register, plans, served schools, strengths, hours."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, insert, select

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import RecruitmentStatus, TutorDraft, TutorKind
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t
from tests.drafts import edit

TUESDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=TU", "released_from": time(8),
            "released_until": time(15)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}


def add_topic(desk, name: str) -> int:
    with desk.db.engine.begin() as conn:
        return conn.execute(insert(t.topics).values(
            name=name, level="basic", audience="all")).inserted_primary_key[0]


def tutor_count(desk) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t.tutors))


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


@pytest.fixture
def other_school(desk):
    return desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))


@pytest.fixture
def third_school(desk):
    return desk.schools.add(SchoolDraft(name="Hakunilan koulu", kind="primary", language="fi"))


@pytest.fixture
def tutor_id(desk, school_id):
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                      home_school_id=school_id, allotted_hours_per_term=100,
                                      **AGREEMENT, **TUESDAYS))


# -- adding and updating ----------------------------------------------------------------


def test_add_and_get(desk, school_id, tutor_id):
    tutor = desk.tutors.get(tutor_id)
    assert (tutor.name, tutor.email, tutor.home_school_id) == (
        "Maija Meikäläinen", "maija@vantaa.fi", school_id)
    assert (tutor.kind, tutor.status) == (TutorKind.SCHOOL, RecruitmentStatus.APPOINTED)
    assert (tutor.agreement_start, tutor.agreement_end) == (date(2026, 8, 1), date(2027, 7, 31))
    assert (tutor.released_rule, tutor.released_from, tutor.released_until) == (
        "FREQ=WEEKLY;BYDAY=TU", "8:00", "15:00")
    assert tutor.allotted_hours_per_term == 100


def test_hours_per_week_without_fixed_days(desk, school_id):
    # The form reads "7,5" (tests/ui/test_tutors_page.py); the service gets the number.
    tutor = desk.tutors.get(desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id,
                                                       weekly_hours=7.5, **AGREEMENT)))
    assert (tutor.weekly_hours, tutor.released_rule) == (7.5, "")


def test_update_the_plan(desk, tutor_id):
    edit(desk.tutors, tutor_id, released_rule="FREQ=WEEKLY;BYDAY=MO,TH", released_from=time(12),
         released_until=time(16))
    tutor = desk.tutors.get(tutor_id)
    assert (tutor.released_rule, tutor.released_from, tutor.released_until) == (
        "FREQ=WEEKLY;BYDAY=MO,TH", "12:00", "16:00")


def test_a_missing_tutor(desk):
    with pytest.raises(NotFound):
        desk.tutors.get(999)
    with pytest.raises(NotFound):
        edit(desk.tutors, 999, name="x")


@pytest.mark.parametrize(("fields", "field"), [
    ({"released_rule": "every tuesday"}, "released_rule"),
    ({"released_rule": "FREQ=WEEKLY;INTERVAL=0;BYDAY=TU"}, "released_rule"),
    ({"released_rule": "FREQ=WEEKLY;BYDAY=SA,SU"}, "released_rule"),  # no school days
    ({"released_from": None}, "released_from"),
    ({"released_until": time(7)}, "released_until"),
    ({"released_until": time(8)}, "released_until"),
    ({"weekly_hours": 50}, "weekly_hours"),
    ({"weekly_hours": -1}, "weekly_hours"),
    ({"weekly_hours": 0}, "weekly_hours"),
    ({"allotted_hours_per_term": 5000}, "allotted_hours_per_term"),
    ({"agreement_end": date(2026, 7, 1)}, "agreement_end"),  # before it starts
    ({"agreement_start": None}, "agreement_start"),  # an appointed tutor needs the period
    ({"kind": "freelance"}, "kind"),
    ({"email": "maija@"}, "email"),
    ({"home_school_id": 999}, "home_school_id"),
])
def test_a_bad_field_is_named_and_nothing_changes(desk, tutor_id, fields, field):
    before = desk.tutors.get(tutor_id)
    errors = errors_of(edit, desk.tutors, tutor_id, **fields)
    assert field in errors
    after = desk.tutors.get(tutor_id)
    for key in ("name", "email", "home_school_id", "kind", "agreement_start", "agreement_end",
                "released_rule", "released_from", "released_until", "weekly_hours",
                "allotted_hours_per_term"):
        assert getattr(after, key) == getattr(before, key), key


def test_nothing_is_added_when_a_field_is_bad(desk, school_id):
    errors = errors_of(desk.tutors.add, TutorDraft(name="Matti", home_school_id=school_id,
                                                   agreement_start=date(2026, 8, 1),
                                                   agreement_end=date(2026, 7, 31), **TUESDAYS))
    assert set(errors) == {"agreement_end"}
    assert tutor_count(desk) == 0


def test_every_bad_field_is_named_at_once(desk):
    errors = errors_of(desk.tutors.add, TutorDraft(name=" ", email="x", released_rule="nonsense",
                                                   released_from=time(15), released_until=time(8),
                                                   weekly_hours=99,
                                                   agreement_start=date(2026, 8, 1),
                                                   agreement_end=date(2026, 1, 1)))
    assert set(errors) >= {"name", "email", "home_school_id", "released_rule",
                           "released_until", "weekly_hours", "agreement_end"}
    assert tutor_count(desk) == 0


def test_times_without_days_or_hours_are_refused(desk, school_id):
    errors = errors_of(desk.tutors.add, TutorDraft(name="Matti", home_school_id=school_id,
                                                   released_from=time(8), released_until=time(15),
                                                   **AGREEMENT))
    assert set(errors) == {"released_rule"}


def test_a_plan_with_no_school_days_in_the_agreement_is_refused(desk, school_id):
    desk.school_years.create(SchoolYearDraft(2026))
    # From 10 June the spring term is over: a Tuesday plan gives nothing until August.
    errors = errors_of(desk.tutors.add, TutorDraft(name="Matti", home_school_id=school_id,
                                                   agreement_start=date(2027, 6, 10),
                                                   agreement_end=date(2027, 7, 31), **TUESDAYS))
    assert set(errors) == {"released_rule"}
    assert "10.6.2027" in errors["released_rule"]
    assert tutor_count(desk) == 0


def test_a_plan_inside_the_christmas_break_is_refused(desk, school_id):
    desk.school_years.create(SchoolYearDraft(2026))
    errors = errors_of(desk.tutors.add, TutorDraft(name="Matti", home_school_id=school_id,
                                                   agreement_start=date(2026, 12, 21),
                                                   agreement_end=date(2027, 1, 6), **TUESDAYS))
    assert set(errors) == {"released_rule"}


# -- served schools ---------------------------------------------------------------------


def test_a_school_tutor_serves_only_the_home_school(desk, school_id, other_school):
    tid = desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id,
                                     school_ids=[other_school], **AGREEMENT))
    assert desk.tutors.schools_of(tid) == [(school_id, "Korson koulu")]


def test_a_roaming_tutor_serves_the_chosen_schools(desk, school_id, other_school, third_school):
    tid = desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id, kind="roaming",
                                     school_ids=[third_school, other_school], **AGREEMENT))
    assert desk.tutors.schools_of(tid) == [(other_school, "Ankkurin koulu"),
                                           (third_school, "Hakunilan koulu")]
    edit(desk.tutors, tid, school_ids=[school_id])
    assert desk.tutors.schools_of(tid) == [(school_id, "Korson koulu")]


@pytest.mark.parametrize("school_ids", [(), []])
def test_a_roaming_tutor_without_schools_is_refused(desk, school_id, school_ids):
    errors = errors_of(desk.tutors.add, TutorDraft(name="Matti", home_school_id=school_id,
                                                   kind="roaming", school_ids=school_ids,
                                                   **AGREEMENT))
    assert set(errors) == {"school_ids"}
    assert tutor_count(desk) == 0


def test_a_vanished_school_is_refused(desk, school_id):
    errors = errors_of(desk.tutors.add, TutorDraft(name="Matti", home_school_id=school_id,
                                                   kind="roaming", school_ids=[999], **AGREEMENT))
    assert set(errors) == {"school_ids"}
    assert tutor_count(desk) == 0


def test_changing_kind_and_home_school_rewrites_the_schools(desk, tutor_id, school_id,
                                                            other_school, third_school):
    edit(desk.tutors, tutor_id, kind="roaming", school_ids=[other_school, third_school])
    assert [s for s, _ in desk.tutors.schools_of(tutor_id)] == [other_school, third_school]
    edit(desk.tutors, tutor_id, kind="school")
    assert desk.tutors.schools_of(tutor_id) == [(school_id, "Korson koulu")]
    edit(desk.tutors, tutor_id, home_school_id=other_school)
    assert desk.tutors.schools_of(tutor_id) == [(other_school, "Ankkurin koulu")]


def test_a_roaming_update_with_no_schools_changes_nothing(desk, school_id, other_school):
    tid = desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id, kind="roaming",
                                     school_ids=[other_school], **AGREEMENT))
    assert set(errors_of(edit, desk.tutors, tid, school_ids=[])) == {"school_ids"}
    assert desk.tutors.schools_of(tid) == [(other_school, "Ankkurin koulu")]


# -- strengths --------------------------------------------------------------------------


def test_strengths_with_levels(desk, school_id):
    ai, robots = add_topic(desk, "Tekoäly"), add_topic(desk, "Robotiikka")
    tid = desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id, **AGREEMENT,
                                     strengths={ai: "advanced", robots: Level.BASIC}))
    assert desk.tutors.strengths_of(tid) == [(robots, "Robotiikka", Level.BASIC),
                                             (ai, "Tekoäly", Level.ADVANCED)]
    edit(desk.tutors, tid, strengths={ai: "intermediate"})
    assert desk.tutors.strengths_of(tid) == [(ai, "Tekoäly", Level.INTERMEDIATE)]
    edit(desk.tutors, tid, notes="ei muutosta vahvuuksiin")
    assert desk.tutors.strengths_of(tid) == [(ai, "Tekoäly", Level.INTERMEDIATE)]
    edit(desk.tutors, tid, strengths={})
    assert desk.tutors.strengths_of(tid) == []


def test_a_bad_level_is_refused_and_nothing_saved(desk, school_id):
    ai = add_topic(desk, "Tekoäly")
    errors = errors_of(desk.tutors.add, TutorDraft(name="Matti", home_school_id=school_id,
                                                   **AGREEMENT, strengths={ai: "expert"}))
    assert set(errors) == {"strengths"}
    assert tutor_count(desk) == 0


# -- agreements -------------------------------------------------------------------------


def test_end_agreement_keeps_the_tutor(desk, tutor_id):
    desk.tutors.end_agreement(tutor_id, date(2026, 12, 31))
    tutor = desk.tutors.get(tutor_id)
    assert (tutor.agreement_start, tutor.agreement_end) == (date(2026, 8, 1), date(2026, 12, 31))
    assert tutor.archived is False
    assert tutor_count(desk) == 1
    assert desk.tutors.choices(on=date(2026, 12, 31)) == [(tutor_id, "Maija Meikäläinen")]
    assert desk.tutors.choices(on=date(2027, 1, 1)) == []
    assert desk.tutors.choices() == [(tutor_id, "Maija Meikäläinen")]


def test_an_agreement_can_end_before_the_tutor_ever_worked(desk, tutor_id):
    """A tutor who withdraws in the first week: the plan gives no school day left, yet
    ending the agreement must not be refused."""
    desk.school_years.create(SchoolYearDraft(2026))
    desk.tutors.end_agreement(tutor_id, date(2026, 8, 2))
    assert desk.tutors.get(tutor_id).agreement_end == date(2026, 8, 2)


def test_an_agreement_cannot_end_before_it_starts(desk, tutor_id):
    errors = errors_of(desk.tutors.end_agreement, tutor_id, date(2026, 7, 1))
    assert set(errors) == {"agreement_end"}
    assert desk.tutors.get(tutor_id).agreement_end == date(2027, 7, 31)


def test_choices_before_the_agreement(desk, tutor_id):
    assert desk.tutors.choices(on=date(2026, 7, 31)) == []
    assert desk.tutors.choices(on=date(2026, 8, 1)) == [(tutor_id, "Maija Meikäläinen")]


def test_ending_soon_within_60_days(desk, school_id):
    ids = {}
    for name, end in [("Aino", date(2026, 9, 30)), ("Eino", date(2026, 10, 30)),
                      ("Iida", date(2026, 10, 31)), ("Oona", date(2026, 8, 31)),
                      ("Ukko", date(2026, 9, 1))]:
        ids[name] = desk.tutors.add(TutorDraft(name=name, home_school_id=school_id,
                                               agreement_start=date(2026, 8, 1), agreement_end=end))
    today = date(2026, 9, 1)  # 60 days later: 31 October
    assert desk.tutors.ending_soon(today) == [
        (ids["Ukko"], "Ukko", date(2026, 9, 1)),
        (ids["Aino"], "Aino", date(2026, 9, 30)),
        (ids["Eino"], "Eino", date(2026, 10, 30)),
        (ids["Iida"], "Iida", date(2026, 10, 31)),
    ]
    assert [i for i, _, _ in desk.tutors.ending_soon(today, days=28)] == [ids["Ukko"]]


# -- hours ------------------------------------------------------------------------------


def add_visit(desk, tutor_id, school_id, starts: datetime, minutes: int, status="done"):
    with desk.db.engine.begin() as conn:
        conn.execute(insert(t.visits).values(
            school_id=school_id, tutor_id=tutor_id, starts_at=starts,
            ends_at=starts + timedelta(hours=3), purpose="co_teaching", status=status,
            minutes=minutes))


def add_lesson(desk, tutor_ids, starts: datetime, minutes: int, status="held"):
    with desk.db.engine.begin() as conn:
        lesson = conn.execute(insert(t.lessons).values(
            title="Tekoäly opetuksessa", level="basic", kind="training", place_kind="online",
            starts_at=starts, ends_at=starts + timedelta(hours=2), status=status,
            minutes=minutes)).inserted_primary_key[0]
        for tid in tutor_ids:
            conn.execute(insert(t.lesson_tutors).values(lesson_id=lesson, tutor_id=tid))


@pytest.fixture
def worked(desk, tutor_id, school_id):
    """Maija: done visits and held lessons, and some that do not count."""
    other = desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id, **AGREEMENT))
    add_visit(desk, tutor_id, school_id, datetime(2026, 9, 1, 8), 120)
    add_visit(desk, tutor_id, school_id, datetime(2026, 9, 8, 8), 90)
    add_visit(desk, tutor_id, school_id, datetime(2026, 9, 15, 8), 180, status="booked")
    add_visit(desk, tutor_id, school_id, datetime(2026, 9, 22, 8), 180, status="cancelled")
    add_visit(desk, tutor_id, school_id, datetime(2026, 9, 29, 8), 180, status="no_show")
    add_visit(desk, other, school_id, datetime(2026, 9, 1, 8), 600)
    add_lesson(desk, [tutor_id, other], datetime(2026, 9, 2, 14), 90)
    add_lesson(desk, [tutor_id], datetime(2026, 9, 3, 14), 60, status="planned")
    add_lesson(desk, [tutor_id], datetime(2026, 9, 4, 14), 60, status="cancelled")
    add_lesson(desk, [tutor_id], datetime(2027, 1, 12, 14), 30)  # spring term
    add_visit(desk, tutor_id, school_id, datetime(2026, 7, 31, 23), 45)  # before the year
    return other


def test_hours_used_count_done_visits_and_held_lessons(desk, tutor_id, worked):
    # 120 + 90 visits, 90 + 30 lessons, 45 on 31 July is outside the period.
    assert desk.tutors.hours_used(tutor_id, date(2026, 8, 1), date(2027, 7, 31)) == 5.5
    assert desk.tutors.hours_used(worked, date(2026, 8, 1), date(2027, 7, 31)) == 11.5


def test_hours_used_inside_the_period_only(desk, tutor_id, worked):
    assert desk.tutors.hours_used(tutor_id, date(2026, 9, 2), date(2026, 9, 2)) == 1.5
    assert desk.tutors.hours_used(tutor_id, date(2026, 9, 1), date(2026, 9, 2)) == 3.5
    assert desk.tutors.hours_used(tutor_id, date(2026, 7, 31), date(2026, 7, 31)) == 0.75
    assert desk.tutors.hours_used(tutor_id, date(2027, 8, 1), date(2028, 7, 31)) == 0


def test_hours_used_without_any_work(desk, tutor_id):
    assert desk.tutors.hours_used(tutor_id, date(2026, 8, 1), date(2027, 7, 31)) == 0


def test_planned_hours_in_a_school_year(desk, tutor_id):
    desk.school_years.create(SchoolYearDraft(2026))
    # September 2026: five Tuesdays of 7 hours.
    assert desk.tutors.planned_hours(tutor_id, date(2026, 9, 1), date(2026, 9, 30)) == 35
    # October: the Tuesday of the autumn break (week 42) is left out.
    assert desk.tutors.planned_hours(tutor_id, date(2026, 10, 1), date(2026, 10, 31)) == 21
    # August: the term starts on Wednesday 12 August, after the first two Tuesdays.
    assert desk.tutors.planned_hours(tutor_id, date(2026, 8, 1), date(2026, 8, 31)) == 14
    # Summer: nothing.
    assert desk.tutors.planned_hours(tutor_id, date(2027, 6, 7), date(2027, 7, 31)) == 0


def test_planned_hours_stay_inside_the_agreement(desk, tutor_id):
    desk.school_years.create(SchoolYearDraft(2026))
    desk.tutors.end_agreement(tutor_id, date(2026, 9, 15))
    assert desk.tutors.planned_hours(tutor_id, date(2026, 9, 1), date(2026, 9, 30)) == 21
    assert desk.tutors.planned_hours(tutor_id, date(2026, 10, 1), date(2026, 10, 31)) == 0
    slots = desk.tutors.planned_slots(tutor_id, date(2026, 9, 1), date(2026, 9, 30))
    assert [a for a, _ in slots] == [datetime(2026, 9, d, 8) for d in (1, 8, 15)]


def test_planned_hours_across_the_change_to_winter_time(desk, tutor_id):
    desk.school_years.create(SchoolYearDraft(2026))
    slots = desk.tutors.planned_slots(tutor_id, date(2026, 10, 19), date(2026, 11, 1))
    assert slots == [(datetime(2026, 10, d, 8), datetime(2026, 10, d, 15)) for d in (20, 27)]
    assert desk.tutors.planned_hours(tutor_id, date(2026, 10, 19), date(2026, 11, 1)) == 14


def test_planned_hours_per_week_count_school_days(desk, school_id):
    desk.school_years.create(SchoolYearDraft(2026))
    tid = desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id, weekly_hours=10,
                                     **AGREEMENT))
    assert desk.tutors.planned_hours(tid, date(2026, 9, 7), date(2026, 9, 13)) == 10
    assert desk.tutors.planned_hours(tid, date(2026, 10, 12), date(2026, 10, 18)) == 0
    assert desk.tutors.planned_hours(tid, date(2027, 5, 3), date(2027, 5, 9)) == pytest.approx(8)


def test_every_other_week_counts_from_the_agreement_start(desk, school_id):
    desk.school_years.create(SchoolYearDraft(2026))
    tid = desk.tutors.add(TutorDraft(name="Matti", home_school_id=school_id,
                                     agreement_start=date(2026, 8, 31),
                                     agreement_end=date(2027, 7, 31), released_from=time(8),
                                     released_until=time(12),
                                     released_rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"))
    slots = desk.tutors.planned_slots(tid, date(2026, 9, 7), date(2026, 9, 30))
    assert [a.date() for a, _ in slots] == [date(2026, 9, 15), date(2026, 9, 29)]


# -- the list ---------------------------------------------------------------------------


def listed(desk, today=date(2026, 11, 26), **request) -> list[int]:
    return desk.tutors.list_source(today=today).ids(ListRequest(**request))


def row_of(desk, tutor_id, today=date(2026, 11, 26), **filters) -> dict:
    source = desk.tutors.list_source(today=today)
    (row,) = source.rows([tutor_id], ListRequest(filters=filters))
    return dict(zip([c.key for c in source.columns], row, strict=True))


def test_list_columns(desk, tutor_id, school_id, other_school, worked):
    ai, robots = add_topic(desk, "Tekoäly"), add_topic(desk, "Robotiikka")
    edit(desk.tutors, tutor_id, kind="roaming", school_ids=[school_id, other_school],
         strengths={ai: "advanced", robots: "basic"})
    row = row_of(desk, tutor_id)
    assert row["name"] == "Maija Meikäläinen"
    assert row["school"] == "Korson koulu"
    assert row["kind"] is TutorKind.ROAMING
    assert sorted(row["strengths"].split(", ")) == ["Robotiikka", "Tekoäly"]
    assert row["schools"] == 2
    assert row["hours"] == 5.5  # the school year of ``today``
    assert row["allotted"] == 100
    assert row["agreement_end"] == date(2027, 7, 31)
    assert not row["renewal"]
    assert not row["archived"]


def test_list_hours_for_a_chosen_period(desk, tutor_id, worked):
    period = {"period_start": datetime(2026, 9, 1), "period_end": datetime(2026, 9, 3)}
    assert row_of(desk, tutor_id, **period)["hours"] == 3.5
    spring = {"period_start": datetime(2027, 1, 1), "period_end": datetime(2027, 8, 1)}
    assert row_of(desk, tutor_id, **spring)["hours"] == 0.5
    # Period parameters are not filters: every tutor is still listed.
    assert listed(desk, filters=period) == listed(desk)


def test_list_hours_default_to_the_school_year_of_today(desk, tutor_id, worked):
    assert row_of(desk, tutor_id, today=date(2027, 7, 31))["hours"] == 5.5
    assert row_of(desk, tutor_id, today=date(2026, 7, 31))["hours"] == 0.75
    assert row_of(desk, tutor_id, today=date(2027, 8, 1))["hours"] == 0


def test_list_renewal_flag(desk, tutor_id):
    assert row_of(desk, tutor_id, today=date(2027, 6, 1))["renewal"]
    assert not row_of(desk, tutor_id, today=date(2027, 5, 31))["renewal"]
    assert not row_of(desk, tutor_id, today=date(2027, 8, 1))["renewal"]


def test_list_filters(desk, tutor_id, school_id, other_school, third_school):
    ai = add_topic(desk, "Tekoäly")
    roamer = desk.tutors.add(TutorDraft(name="Roope", home_school_id=other_school, kind="roaming",
                                        school_ids=[third_school, school_id],
                                        strengths={ai: "basic"}, agreement_start=date(2025, 8, 1),
                                        agreement_end=date(2026, 7, 31)))
    assert listed(desk) == [tutor_id, roamer]
    assert listed(desk, filters={"kind": "roaming"}) == [roamer]
    assert listed(desk, filters={"kind": TutorKind.SCHOOL}) == [tutor_id]
    assert listed(desk, filters={"kind": None}) == [tutor_id, roamer]
    assert listed(desk, filters={"topic_id": ai}) == [roamer]
    assert listed(desk, filters={"school_id": school_id}) == [tutor_id, roamer]
    assert listed(desk, filters={"school_id": third_school}) == [roamer]
    assert listed(desk, filters={"school_id": other_school}) == []  # home, but not served
    assert listed(desk, filters={"current": True}) == [tutor_id]  # Roope's ended
    assert listed(desk, filters={"current": False}) == [tutor_id, roamer]
    assert listed(desk, filters={"archived": False}) == [tutor_id, roamer]
    assert listed(desk, text="roope") == [roamer]
    assert listed(desk, text="ankkurin") == [roamer]


def test_list_sorts_by_hours_used_against_allotted(desk, school_id, tutor_id, worked):
    # Maija: 5.5 of 100 h; Matti: 11.5 h, nothing allotted (sorted as 11.5 of 1).
    third = desk.tutors.add(TutorDraft(name="Aapo", home_school_id=school_id,
                                       allotted_hours_per_term=2, **AGREEMENT))
    add_visit(desk, third, school_id, datetime(2026, 10, 1, 8), 60)  # 1 of 2 h
    assert listed(desk, sort_key="hours") == [tutor_id, third, worked]
    assert listed(desk, sort_key="hours", descending=True) == [worked, third, tutor_id]
    # by surname: Aapo, Matti, Meikäläinen (Maija)
    assert listed(desk, sort_key="name") == [third, worked, tutor_id]


def test_a_time_kept_as_08_00_stays_so_when_other_fields_change(desk, tutor_id):
    """Older records and the demo keep "08:00": saving the strengths or the notes
    rewrites no time, so the history shows no change that was not made."""
    with desk.db.engine.begin() as conn:
        conn.execute(t.tutors.update().where(t.tutors.c.id == tutor_id).values(
            released_from="08:00"))
    assert desk.tutors.draft(tutor_id).released_from == time(8)
    edit(desk.tutors, tutor_id, notes="Koodikerho")
    assert desk.tutors.get(tutor_id).released_from == "08:00"
    edit(desk.tutors, tutor_id, released_from=time(9))
    assert desk.tutors.get(tutor_id).released_from == "9:00"
