"""desk.situations on a real database: a school's devices, platforms and network, the
needs noted at it (from its detail and from a visit's log), and what is made of them."""

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.situations import (
    DeviceAge,
    DeviceKind,
    DeviceLine,
    DeviceUser,
    NeedDraft,
    NeedStatus,
    SituationDraft,
)
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft, VisitLog
from coachdesk.services.situations import city_situations
from coachdesk.storage import tables as t

TODAY = date(2026, 12, 2)
DAY = date(2026, 9, 9)
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31),
             "released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
             "released_from": time(8), "released_until": time(17)}
CHROMEBOOKS = DeviceLine(DeviceUser.PUPILS, DeviceKind.CHROMEBOOK, 120, DeviceAge.MIDDLE)
LAPTOPS = DeviceLine(DeviceUser.TEACHERS, DeviceKind.LAPTOP, 35, DeviceAge.OLD)


@pytest.fixture
def tutor_id(desk, school_id):
    desk.school_years.create(SchoolYearDraft(2026))
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                      home_school_id=school_id, **AGREEMENT))


def visit(desk, school_id, tutor_id) -> int:
    return desk.visits.book(VisitDraft(school_id, tutor_id, datetime(2026, 9, 9, 9),
                                       datetime(2026, 9, 9, 10)),
                            now=datetime(2026, 9, 1, 12))


def test_a_situation_recorded_reads_back_and_a_new_one_replaces_it(desk, school_id,
                                                                   tutor_id):
    assert not desk.situations.get(school_id).recorded
    desk.situations.record(school_id, SituationDraft(
        (CHROMEBOOKS, LAPTOPS), ("Teams", "Wilma", "teams"), "Wifi weak in the gym ",
        looked_on=DAY, tutor_id=tutor_id), today=TODAY)
    got = desk.situations.get(school_id)
    assert got.recorded and got.looked_by == "Maija Meikäläinen"
    assert got.draft == SituationDraft((CHROMEBOOKS, LAPTOPS), ("Teams", "Wilma"),
                                       "Wifi weak in the gym", "", DAY, tutor_id)
    desk.situations.record(school_id, SituationDraft((LAPTOPS,), ("Seppo",)), today=TODAY)
    got = desk.situations.get(school_id)
    assert got.draft.devices == (LAPTOPS,) and got.draft.platforms == ("Seppo",)
    assert got.draft.looked_on == TODAY and got.looked_by == ""  # the coordinator
    with desk.db.engine.connect() as conn:
        assert conn.execute(select(t.school_devices.c.id)).all().__len__() == 1


def test_a_bad_device_row_saves_nothing(desk, school_id):
    with pytest.raises(ValidationError) as caught:
        desk.situations.record(school_id, SituationDraft((CHROMEBOOKS, DeviceLine())))
    assert "Device row 2" in caught.value.errors["devices"]
    assert not desk.situations.get(school_id).recorded


def test_needs_have_a_date_who_noted_them_and_a_status(desk, school_id, tutor_id):
    wifi = desk.situations.note(school_id, NeedDraft("Wifi weak in the gym", DAY, tutor_id))
    teams = desk.situations.note(school_id, NeedDraft("Teams assignments"), today=TODAY)
    needs = {n.id: n for n in desk.situations.needs(school_id)}
    assert (needs[wifi].noted_on, needs[wifi].noted_by, needs[wifi].status) == (
        DAY, "Maija Meikäläinen", NeedStatus.OPEN)
    assert (needs[teams].noted_on, needs[teams].noted_by) == (TODAY, "")
    desk.situations.set_status(wifi, NeedStatus.RESOLVED, today=TODAY)
    needs = desk.situations.needs(school_id)
    assert [n.id for n in needs] == [teams, wifi]  # the resolved last
    assert needs[1].resolved_on == TODAY
    assert desk.situations.open_needs(school_id) == [(teams, "Teams assignments")]
    assert desk.situations.get(school_id).last_look == TODAY
    desk.situations.delete(teams)
    with pytest.raises(NotFound):
        desk.situations.set_status(teams, NeedStatus.OPEN)


def test_a_visit_log_notes_new_needs_and_resolves_old_ones(desk, school_id, tutor_id):
    old = desk.situations.note(school_id, NeedDraft("Seppo logins", date(2026, 8, 20)))
    visit_id = visit(desk, school_id, tutor_id)
    desk.visits.log(visit_id, VisitLog("done", new_needs=("Projector in A12 broken",),
                                       resolved_need_ids=(old,)),
                    now=datetime(2026, 9, 10))
    new, resolved = desk.situations.needs(school_id)
    assert (new.description, new.noted_on, new.tutor_id, new.status) == (
        "Projector in A12 broken", DAY, tutor_id, NeedStatus.OPEN)
    assert (resolved.id, resolved.status, resolved.resolved_on) == (
        old, NeedStatus.RESOLVED, DAY)


def test_a_log_with_a_bad_need_saves_neither_the_log_nor_the_needs(desk, school_id,
                                                                   tutor_id):
    visit_id = visit(desk, school_id, tutor_id)
    with pytest.raises(ValidationError) as caught:
        desk.visits.log(visit_id, VisitLog("done", teachers_reached=5,
                                           new_needs=("Fine", "x" * 400)),
                        now=datetime(2026, 9, 10))
    assert "new_needs" in caught.value.errors
    assert desk.visits.get(visit_id).teachers_reached is None
    assert desk.situations.needs(school_id) == []
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu"))
    elsewhere = desk.situations.note(other, NeedDraft("Wifi"))
    with pytest.raises(ValidationError) as caught:
        desk.visits.log(visit_id, VisitLog("done", resolved_need_ids=(elsewhere,)),
                        now=datetime(2026, 9, 10))
    assert desk.situations.needs(other)[0].status is NeedStatus.OPEN
    with pytest.raises(ValidationError):  # nobody was there to notice anything
        desk.visits.log(visit_id, VisitLog("no_show", new_needs=("Wifi",)),
                        now=datetime(2026, 9, 10))
    assert desk.situations.needs(school_id) == []


def test_a_need_becomes_a_visit_request_or_a_lesson_and_is_planned(desk, school_id,
                                                                   tutor_id):
    need = desk.situations.note(school_id, NeedDraft("Teams assignments for grade 7"))
    draft = desk.situations.request_draft(need, today=TODAY)
    assert (draft.school_id, draft.description, draft.received_on) == (
        school_id, "Teams assignments for grade 7", TODAY)
    request_id = desk.requests.add(draft)
    desk.situations.link_request(need, request_id)
    (got,) = desk.situations.needs(school_id)
    assert (got.status, got.request_id) == (NeedStatus.PLANNED, request_id)

    other = desk.situations.note(school_id, NeedDraft("Seppo for the teachers"))
    lesson_id = desk.lessons.add(LessonDraft(
        title="Seppo", tutor_ids=(tutor_id,), place_kind="school", school_id=school_id,
        starts_at=datetime(2026, 9, 9, 14), ends_at=datetime(2026, 9, 9, 15)))
    desk.situations.link_lesson(other, lesson_id)
    got = next(n for n in desk.situations.needs(school_id) if n.id == other)
    assert (got.status, got.lesson_id) == (NeedStatus.PLANNED, lesson_id)
    with pytest.raises(NotFound):
        desk.situations.link_lesson(other, lesson_id + 1000)


def test_the_city_sees_the_needs_most_noted_and_the_schools_not_looked_at(desk, school_id):
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu"))
    never = desk.schools.add(SchoolDraft(name="Vanha koulu"))
    desk.situations.note(school_id, NeedDraft("Wifi weak", date(2026, 10, 1)))
    desk.situations.note(other, NeedDraft("wifi weak", date(2025, 10, 1)))
    desk.situations.note(other, NeedDraft("Seppo logins", date(2025, 10, 1)))
    city = desk.situations.city(TODAY)
    assert [(n.description, n.times, n.schools) for n in city.most_noted] == [
        ("Wifi weak", 2, 2), ("Seppo logins", 1, 1)]
    assert [(s.school_id, s.last_look) for s in city.not_looked] == [
        (never, None), (other, date(2025, 10, 1))]
    assert (city.schools, city.open_needs) == (3, 3)


def test_a_period_counts_the_needs_noted_in_it_and_those_not_resolved(desk, school_id):
    old = desk.situations.note(school_id, NeedDraft("Wifi weak", date(2023, 10, 1)))
    desk.situations.set_status(old, NeedStatus.RESOLVED, today=date(2023, 11, 1))
    desk.situations.note(school_id, NeedDraft("Seppo logins", date(2024, 2, 1)))  # still open
    desk.situations.note(school_id, NeedDraft("Teams assignments", date(2026, 9, 1)))
    with desk.db.reading() as conn:
        year = city_situations(conn, TODAY, date(2026, 8, 1), date(2027, 7, 31))
        always = city_situations(conn, TODAY)
    assert sorted(n.description for n in year.most_noted) == ["Seppo logins",
                                                              "Teams assignments"]
    assert len(always.most_noted) == 3  # without a period: every need ever noted
