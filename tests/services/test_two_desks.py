"""Two coordinators at the same moment, on two real connections: the same tutor booked
into overlapping times, the last seat of a lesson, the same device lent out, the same
form saved twice. Each race
runs many times, on a SQLite file and on the test run's PostgreSQL server; every time one
desk succeeds and the other hears the usual refusal: nothing doubled, nothing lost."""

import threading
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import partial

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.conflicts import ConflictsFound
from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    LoanRequest,
    ReturnRequest,
)
from coachdesk.domain.errors import ChangedMeanwhile, ValidationError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import EnrollmentStatus, Lesson, LessonStatus
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.services import Desk
from coachdesk.storage import tables as t
from tests.prepared import open_copy

ROUNDS = 25
TODAY = date(2026, 9, 7)
NOW = datetime(2026, 9, 1, 12, 0)
WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17), "agreement_start": date(2026, 8, 1),
            "agreement_end": date(2027, 7, 31)}


@pytest.fixture(params=["sqlite", "postgresql"])
def two_desks(request, db_path, migrated_template):
    """Two desks on one database, each with its own engine and connections."""
    if request.param == "sqlite":
        first = open_copy(migrated_template, db_path)
        second = Desk.open(db_path)
    else:
        url = request.getfixturevalue("pg_desk_url")
        first, second = Desk.open_url(url), Desk.open_url(url)
    yield first, second
    first.close()
    second.close()


def at_once(*calls):
    """Run each call on its own thread, released together; what each returned or raised."""
    barrier = threading.Barrier(len(calls))
    outcomes: list = [None] * len(calls)

    def run(i, call):
        try:
            barrier.wait()
            outcomes[i] = call()
        except BaseException as exc:  # noqa: BLE001 - the outcome is what the test judges
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads), "a desk is still waiting"
    return outcomes


def one_won(outcomes, refusal: type) -> None:
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(refused) == 1, outcomes
    assert isinstance(refused[0], refusal), refused[0]


def count(desk, table, *where) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table).where(*where))


def test_one_tutor_is_never_booked_twice_at_the_same_hour(two_desks):
    a, b = two_desks
    a.school_years.create(SchoolYearDraft(2026))
    korso = a.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    ankkuri = a.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))
    tutor = a.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                    home_school_id=korso, **WEEKDAYS))
    day = date(2026, 9, 7)
    for _ in range(ROUNDS):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        nine, half_past = datetime.combine(day, time(9)), datetime.combine(day, time(9, 30))
        outcomes = at_once(
            partial(a.visits.book, VisitDraft(korso, tutor, nine, nine + timedelta(hours=1)),
                    now=NOW),
            partial(b.visits.book, VisitDraft(ankkuri, tutor, half_past,
                                              half_past + timedelta(hours=1)), now=NOW))
        one_won(outcomes, ConflictsFound)
        day += timedelta(days=1)
    assert count(a, t.visits) == ROUNDS


def test_the_last_seat_goes_to_one_teacher(two_desks):
    a, b = two_desks
    school = a.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    teachers = [a.teachers.add(TeacherDraft(name=f"Opettaja {i}", school_id=school))
                for i in range(2)]
    starts = datetime(2030, 1, 7, 14)
    for round_ in range(ROUNDS):
        lesson = Lesson(title=f"Padlet {round_}", starts_at=starts + timedelta(days=round_),
                        ends_at=starts + timedelta(days=round_, hours=1), school_id=school,
                        capacity=1, open_to_all=True, status=LessonStatus.PUBLISHED)
        with a.db.transaction() as s:
            s.add(lesson)
            s.flush()
            lesson_id = lesson.id
        outcomes = at_once(partial(a.enrollments.enroll, lesson_id, teachers[0], now=NOW),
                           partial(b.enrollments.enroll, lesson_id, teachers[1], now=NOW))
        assert sorted(outcomes) == sorted([EnrollmentStatus.ENROLLED,
                                           EnrollmentStatus.WAITLISTED]), outcomes
        assert count(a, t.enrollments, t.enrollments.c.lesson_id == lesson_id,
                     t.enrollments.c.status == EnrollmentStatus.ENROLLED) == 1


def test_one_device_is_never_lent_twice(two_desks):
    a, b = two_desks
    school = a.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    a.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    device = a.devices.add(DeviceDraft(asset_tag="IPAD-001", category="iPad"))
    for _ in range(ROUNDS):
        outcomes = at_once(
            *(lambda desk=desk: desk.loans.check_out(
                LoanRequest(device, BorrowerKind.SCHOOL, school, due_on=TODAY + timedelta(
                    days=14)), today=TODAY) for desk in (a, b)))
        one_won(outcomes, ValidationError)
        assert count(a, t.loans, t.loans.c.returned_on.is_(None)) == 1
        a.loans.check_in(ReturnRequest(device, returned_on=TODAY), today=TODAY)
    assert count(a, t.loans) == ROUNDS


def test_the_database_itself_holds_one_open_loan_per_device(two_desks):
    """Whatever writes to it (another program, an import): the index is the last word."""
    a, _ = two_desks
    school = a.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    a.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    device = a.devices.add(DeviceDraft(asset_tag="IPAD-001", category="iPad"))
    loan = {"device_id": device, "borrower_kind": BorrowerKind.SCHOOL, "school_id": school,
            "out_on": TODAY, "due_on": TODAY + timedelta(days=14)}
    with a.db.transaction() as s:
        s.execute(insert(t.loans), loan)
    with pytest.raises(IntegrityError), a.db.transaction() as s:
        s.execute(insert(t.loans), loan)
    with a.db.transaction() as s:  # a returned loan beside the open one is fine
        s.execute(insert(t.loans), {**loan, "returned_on": TODAY})
    assert count(a, t.loans) == 2


def test_the_same_form_saved_twice_keeps_one_whole(two_desks):
    a, b = two_desks
    school = a.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))

    def save(desk, version, draft):
        with desk.versions.expecting(RecordKind.SCHOOL, school, version):
            desk.schools.update(school, draft)

    for round_ in range(ROUNDS):
        version = a.versions.of(RecordKind.SCHOOL, school)
        drafts = [replace(a.schools.draft(school), notes=f"{who} {round_}",
                          address=f"{who}tie {round_}") for who in "ab"]
        outcomes = at_once(partial(save, a, version, drafts[0]),
                           partial(save, b, version, drafts[1]))
        saved = b.schools.draft(school)
        assert any(isinstance(o, BaseException) for o in outcomes), (
            round_, version, b.versions.of(RecordKind.SCHOOL, school), saved,
            [(e.login, e.changes) for e in b.history.of(RecordKind.SCHOOL, school)[:3]])
        one_won(outcomes, ChangedMeanwhile)
        assert saved == drafts[outcomes.index(None)]  # the winner's values, all of them
        assert b.versions.of(RecordKind.SCHOOL, school) == version + 1
