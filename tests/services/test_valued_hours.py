"""desk.valued_hours on a real database: the tutors' visits and lessons valued at their
hourly cost, on the salary line of their language unit, shared among grants."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.grants import LineDraft, LineKind
from coachdesk.domain.schools import Language, SchoolDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.valued_hours import LineHours
from tests.domain.test_grants import helsinki
from tests.services.test_tutors import add_lesson, add_visit

D = Decimal
AGREEMENT = {"agreement_start": date(2019, 1, 1), "agreement_end": date(2020, 7, 31)}
TODAY = date(2019, 10, 1)


@pytest.fixture
def tutors(desk):
    """Maija (Finnish unit, 45,50 €/h), Sara (Swedish unit, 40 €/h), Timo (no cost yet)."""
    fi = desk.schools.add(SchoolDraft(name="Kallion koulu", language="fi"))
    sv = desk.schools.add(SchoolDraft(name="Kottby lågstadieskola", language="sv"))
    return {
        "maija": desk.tutors.add(TutorDraft(name="Maija", home_school_id=fi,
                                            hourly_cost=D("45.50"), **AGREEMENT)),
        "sara": desk.tutors.add(TutorDraft(name="Sara", home_school_id=sv,
                                           hourly_cost=D("40"), **AGREEMENT)),
        "timo": desk.tutors.add(TutorDraft(name="Timo", home_school_id=fi, **AGREEMENT)),
        "fi": fi, "sv": sv,
    }


def _lines(desk, grant_id) -> dict[str, int]:
    return {line.name: line.id for line in desk.grants.lines(grant_id)}


def test_the_hourly_cost_is_kept_exactly_and_checked(desk, tutors):
    assert desk.tutors.draft(tutors["maija"]).hourly_cost == D("45.50")
    with pytest.raises(ValidationError) as caught:
        desk.tutors.update(tutors["maija"], replace(desk.tutors.draft(tutors["maija"]),
                                                    hourly_cost=D("45.555")))
    assert set(caught.value.errors) == {"hourly_cost"}


def test_hours_go_to_the_line_of_the_tutors_unit_valued_row_by_row(desk, tutors):
    grant = desk.grants.add(helsinki())
    lines = _lines(desk, grant)
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 9, 3, 9), 90)
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 9, 4, 9), 50)
    add_lesson(desk, [tutors["maija"], tutors["sara"]], datetime(2019, 9, 5, 14), 120)
    add_visit(desk, tutors["sara"], tutors["sv"], datetime(2019, 11, 5, 9), 60, "booked")
    add_visit(desk, tutors["timo"], tutors["fi"], datetime(2019, 9, 6, 9), 60)
    # Neither spent nor committed: cancelled, and booked in the past but never logged.
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 9, 10, 9), 60, "cancelled")
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 9, 11, 9), 60, "booked")
    # Outside the grant's period.
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2020, 8, 3, 9), 60)

    rows = desk.valued_hours.of_grant(grant, today=TODAY)
    assert [(r.day, r.tutor, r.what, r.minutes, r.cost, r.done) for r in rows] == [
        (date(2019, 9, 3), "Maija", "visit", 90, D("68.25"), True),
        (date(2019, 9, 4), "Maija", "visit", 50, D("37.92"), True),  # 37.9166… on its own
        (date(2019, 9, 5), "Maija", "lesson", 120, D("91.00"), True),
        (date(2019, 9, 5), "Sara", "lesson", 120, D("80.00"), True),
        (date(2019, 9, 6), "Timo", "visit", 60, D("0"), True),  # no hourly cost yet
        (date(2019, 11, 5), "Sara", "visit", 60, D("40.00"), False),
    ]
    by_line = desk.valued_hours.by_line(grant, today=TODAY)
    assert by_line[lines["Tutor salaries, Finnish"]] == LineHours(
        90 + 50 + 120 + 60, D("197.17"), D("0"), 60)
    assert by_line[lines["Tutor salaries, Swedish"]] == LineHours(180, D("80.00"), D("40.00"))
    assert lines["Development days"] not in by_line


def test_a_grant_that_does_not_value_hours_takes_none(desk, tutors):
    grant = desk.grants.add(helsinki(values_hours=False))
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 9, 3, 9), 90)
    assert desk.valued_hours.of_grant(grant, today=TODAY) == []


def test_a_common_salary_line_takes_every_units_hours(desk, tutors):
    grant = desk.grants.add(helsinki(lines=(
        LineDraft("Salaries", LineKind.TUTOR_SALARIES, D("1000")),)))
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 9, 3, 9), 60)
    add_visit(desk, tutors["sara"], tutors["sv"], datetime(2019, 9, 3, 9), 60)
    rows = desk.valued_hours.of_grant(grant, today=TODAY)
    assert {(r.tutor, r.line_id) for r in rows} == {
        ("Maija", _lines(desk, grant)["Salaries"]), ("Sara", _lines(desk, grant)["Salaries"])}


def test_overlapping_grants_share_the_days_the_one_ending_first_first(desk, tutors):
    old = desk.grants.add(helsinki())  # 1.1.2019–31.7.2020
    new = desk.grants.add(helsinki(name="Tutors 2020–2021", starts=date(2020, 1, 1),
                                   ends=date(2021, 7, 31), lines=(LineDraft(
                                       "Salaries", LineKind.TUTOR_SALARIES, D("9000"),
                                       Language.FINNISH),)))
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2020, 3, 3, 9), 60)
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2020, 9, 1, 9), 60)
    today = date(2021, 1, 1)
    assert [r.day for r in desk.valued_hours.of_grant(old, today)] == [date(2020, 3, 3)]
    assert [r.day for r in desk.valued_hours.of_grant(new, today)] == [date(2020, 9, 1)]


def test_what_the_grants_paid_for_a_school(desk, tutors):
    """desk.reports.school_costs: per line, the costs entered for the school and the
    tutors' done time there valued; committed time and other schools' costs left out."""
    from coachdesk.domain.grants import CostDraft

    grant = desk.grants.add(helsinki())
    lines = _lines(desk, grant)
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 9, 3, 9), 90)  # 68,25 €
    add_visit(desk, tutors["sara"], tutors["fi"], datetime(2019, 9, 4, 9), 30)  # 20,00 €
    add_visit(desk, tutors["maija"], tutors["sv"], datetime(2019, 9, 5, 9), 60)  # elsewhere
    add_visit(desk, tutors["maija"], tutors["fi"], datetime(2019, 11, 5, 9), 60, "booked")
    days = lines["Development days"]
    desk.costs.add(CostDraft(days, date(2019, 9, 12), D("100.10"), school_id=tutors["fi"]))
    desk.costs.add(CostDraft(days, date(2019, 9, 13), D("0.20"), school_id=tutors["fi"]))
    desk.costs.add(CostDraft(days, date(2019, 9, 13), D("50"), school_id=tutors["sv"]))
    desk.costs.add(CostDraft(days, date(2019, 9, 14), D("70")))  # no school
    desk.costs.add(CostDraft(days, date(2019, 7, 1), D("9"), school_id=tutors["fi"]))
    found = desk.reports.school_costs(tutors["fi"], date(2019, 8, 1), date(2019, 12, 31),
                                      today=TODAY)
    assert [(c.grant, c.line, c.entered, c.hours, c.total) for c in found] == [
        ("Tutor teachers 2019–2020", "Tutor salaries, Finnish", D("0"), D("68.25"),
         D("68.25")),
        ("Tutor teachers 2019–2020", "Tutor salaries, Swedish", D("0"), D("20.00"),
         D("20.00")),
        ("Tutor teachers 2019–2020", "Development days", D("100.30"), D("0"), D("100.30"))]
    report = desk.reports.school_report(tutors["fi"], date(2019, 8, 1), date(2019, 12, 31),
                                        today=TODAY, costs=True)
    assert report.costs == found
    assert desk.reports.school_report(tutors["fi"], date(2019, 8, 1), date(2019, 12, 31),
                                      today=TODAY).costs is None  # not asked for
    assert desk.reports.school_costs(tutors["fi"], date(2021, 1, 1), date(2021, 6, 30)) == []
