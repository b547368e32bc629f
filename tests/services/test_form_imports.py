"""desk.forms on a real database and real form exports (issue 24): sign-ups into seats
and the waiting list in the order of the form's timestamps, a second import of the same
file, unknown teachers, cancelled lessons, cancellations and visit requests."""

import unicodedata
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from coachdesk.domain.lessons import EnrollmentStatus, LessonStatus
from coachdesk.domain.requests import AskedBy, Urgency
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.visits import VisitPurpose
from coachdesk.reports.imports import read_plan
from coachdesk.services.form_rows import FormKind, FormProblems, Outcome, Refusal
from coachdesk.storage import tables as t
from tests.form_files import (
    CANCEL_HEADERS,
    REQUEST_HEADERS,
    SIGNUP_HEADERS,
    signup,
    write_form,
)
from tests.services.test_enrollments import add_lesson, add_series, statuses

NOW = datetime(2026, 9, 1, 8, 0)
SOON = datetime(2026, 9, 10, 14, 0)
ASKED = datetime(2026, 8, 25, 9, 15)


@pytest.fixture
def world(desk):
    """Two schools, three teachers, a lesson with two seats, a full-ish series, a
    cancelled lesson."""
    korso = desk.schools.add(SchoolDraft(name="Korson koulu", kind="comprehensive",
                                         language="fi"))
    dal = desk.schools.add(SchoolDraft(name="Dalens skola", kind="primary", language="sv"))
    people = {
        "aino": desk.teachers.add(TeacherDraft(name="Aino Aalto", school_id=korso,
                                               email="aino.aalto@korso.fi")),
        "ben": desk.teachers.add(TeacherDraft(name="Ben Berg", school_id=dal,
                                              email="ben.berg@dal.fi")),
        "cai": desk.teachers.add(TeacherDraft(name="Cai Carlsson", school_id=dal)),
    }
    padlet = add_lesson(desk, korso, starts_at=SOON, capacity=2, title="Padlet-perusteet")
    series, sessions = add_series(
        desk, korso, [SOON + timedelta(days=7 * i) for i in range(3)], capacity=1,
        title="Tekoäly opetuksessa")
    cancelled = add_lesson(desk, korso, starts_at=SOON + timedelta(days=2),
                           status=LessonStatus.CANCELLED, title="Seppo-pelit")
    return {"korso": korso, "dal": dal, **people, "padlet": padlet, "series": series,
            "sessions": sessions, "cancelled": cancelled}


def rows_of(path, kind):
    return read_plan(path, kind).records()


def signups_file(tmp_path, name="vastaukset.xlsx"):
    return write_form(tmp_path / name, SIGNUP_HEADERS, [
        # answered in this order of time, written in another order of rows
        signup(3, ASKED + timedelta(minutes=20), "Cai Carlsson", "", "Dalens skola",
               "Padlet-perusteet"),
        signup(1, ASKED, "Aino Aalto", "AINO.AALTO@korso.fi ", "Korson koulu",
               "padlet-perusteet", "Tekoäly opetuksessa"),
        signup(2, ASKED + timedelta(minutes=5), "Ben Berg", "ben.berg@dal.fi",
               "Dalens skola", "Padlet-perusteet", "Tekoäly opetuksessa", "Seppo-pelit"),
    ])


def outcomes(plan):
    return [(x.row, x.who.split(" — ")[0], x.what.split(" (")[0], x.outcome, x.refusal)
            for x in plan.lines]


def test_signups_take_seats_in_the_order_of_the_timestamps(desk, world, tmp_path):
    rows = rows_of(signups_file(tmp_path), FormKind.SIGNUPS)

    plan = desk.forms.apply(FormKind.SIGNUPS, rows, now=NOW)

    # Aino (row 3, answered first) and Ben get the two seats, Cai (row 2) waits; the
    # series has one seat, so Ben waits for it; the cancelled lesson refuses Ben.
    assert outcomes(plan) == [
        (3, "Aino Aalto", "Padlet-perusteet", Outcome.ENROLLED, None),
        (3, "Aino Aalto", "Tekoäly opetuksessa", Outcome.ENROLLED, None),
        (4, "Ben Berg", "Padlet-perusteet", Outcome.ENROLLED, None),
        (4, "Ben Berg", "Tekoäly opetuksessa", Outcome.WAITLISTED, None),
        (4, "Ben Berg", "Seppo-pelit", Outcome.REFUSED, Refusal.CANCELLED),
        (2, "Cai Carlsson", "Padlet-perusteet", Outcome.WAITLISTED, None),
    ]
    assert plan.saved and plan.ok
    assert statuses(desk, world["padlet"]) == {
        world["aino"]: EnrollmentStatus.ENROLLED, world["ben"]: EnrollmentStatus.ENROLLED,
        world["cai"]: EnrollmentStatus.WAITLISTED}
    for session in world["sessions"]:  # the whole series: a seat, then the queue
        assert statuses(desk, session) == {world["aino"]: EnrollmentStatus.ENROLLED,
                                           world["ben"]: EnrollmentStatus.WAITLISTED}
    assert "waiting list for 3 of 3 sessions" in plan.lines[3].note
    assert "place 1 in the queue" in plan.lines[5].note


def test_a_second_import_of_the_same_file_enrolls_no_one_twice(desk, world, tmp_path):
    path = signups_file(tmp_path)
    desk.forms.apply(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)
    before = _enrollment_rows(desk)

    again = desk.forms.apply(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)

    assert {x.outcome for x in again.lines} == {Outcome.ALREADY}
    assert [x.row for x in again.lines] == [3, 4, 2]
    assert _enrollment_rows(desk) == before


def test_the_same_answer_twice_in_one_file_counts_once(desk, world, tmp_path):
    answer = signup(1, ASKED, "Aino Aalto", "aino.aalto@korso.fi", "Korson koulu",
                    "Padlet-perusteet")
    path = write_form(tmp_path / "twice.xlsx", SIGNUP_HEADERS, [answer, answer])

    plan = desk.forms.apply(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)

    assert [x.outcome for x in plan.lines] == [Outcome.ENROLLED, Outcome.ALREADY]
    assert "row 2" in plan.lines[1].note


def test_preview_shows_the_plan_and_saves_nothing(desk, world, tmp_path):
    rows = rows_of(signups_file(tmp_path), FormKind.SIGNUPS)

    plan = desk.forms.preview(FormKind.SIGNUPS, rows, now=NOW)

    assert plan.count(Outcome.ENROLLED) == 3 and plan.count(Outcome.WAITLISTED) == 2
    assert not plan.saved
    assert _enrollment_rows(desk) == set()
    assert _register_size(desk) == 0


def test_an_unknown_teacher_is_left_for_later_or_added_when_asked(desk, world, tmp_path):
    path = write_form(tmp_path / "new.xlsx", SIGNUP_HEADERS, [
        signup(1, ASKED, "Dora Dahl", "dora.dahl@korso.fi", "korson KOULU",
               "Padlet-perusteet")])
    rows = rows_of(path, FormKind.SIGNUPS)

    left = desk.forms.apply(FormKind.SIGNUPS, rows, now=NOW)
    assert [x.outcome for x in left.lines] == [Outcome.UNKNOWN]
    assert _register_size(desk) == 0  # not taken in: a later import may add her

    added = desk.forms.apply(FormKind.SIGNUPS, rows, add_unknown=True, now=NOW)
    assert [x.outcome for x in added.lines] == [Outcome.ENROLLED]
    assert added.new_teachers == 1 and "new teacher" in added.lines[0].note
    with desk.db.reading() as conn:
        dora = conn.execute(select(t.teachers.c.id, t.teachers.c.school_id).where(
            t.teachers.c.email == "dora.dahl@korso.fi")).one()
    assert dora.school_id == world["korso"]
    assert statuses(desk, world["padlet"]) == {dora.id: EnrollmentStatus.ENROLLED}


def test_a_teacher_is_found_by_name_and_school_in_another_unicode_form(desk, world,
                                                                      tmp_path):
    path = write_form(tmp_path / "nfd.xlsx", SIGNUP_HEADERS, [
        # Cai has no e-mail on record: found by name and school, in any case
        signup(1, ASKED, "CAI CARLSSON", "", "Dalens skola", "Padlet-perusteet"),
        # a title typed on a Mac (NFD), with spaces around it
        signup(2, ASKED, "Aino Aalto", "aino.aalto@korso.fi", "Korson koulu",
               "  " + unicodedata.normalize("NFD", "TEKOÄLY opetuksessa") + " ")])

    plan = desk.forms.apply(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)

    assert [(x.teacher_id, x.outcome) for x in plan.lines] == [
        (world["cai"], Outcome.ENROLLED), (world["aino"], Outcome.ENROLLED)]


def test_a_bad_row_names_its_row_and_nothing_is_saved(desk, world, tmp_path):
    path = write_form(tmp_path / "bad.xlsx", SIGNUP_HEADERS, [
        signup(1, ASKED, "Aino Aalto", "aino.aalto@korso.fi", "Korson koulu",
               "Padlet-perusteet"),
        signup(2, ASKED, "Ben Berg", "ben.berg@dal.fi", "Dalens skola", "Scratch-kerho"),
    ])
    rows = rows_of(path, FormKind.SIGNUPS)

    with pytest.raises(FormProblems) as caught:
        desk.forms.apply(FormKind.SIGNUPS, rows, now=NOW)

    assert "rows 3 of the form" in str(caught.value)
    assert "Row 3: Ben Berg" in str(caught.value) and "Scratch-kerho" in str(caught.value)
    assert caught.value.plan.problem_rows == [3]
    assert _enrollment_rows(desk) == set() and _register_size(desk) == 0
    # left out, the rest goes in
    plan = desk.forms.apply(FormKind.SIGNUPS, rows, left_out={3}, now=NOW)
    assert [x.outcome for x in plan.lines] == [Outcome.ENROLLED, Outcome.LEFT_OUT]


def test_a_timestamp_that_cannot_be_read_is_a_problem_of_its_row(desk, world, tmp_path):
    path = write_form(tmp_path / "time.xlsx", SIGNUP_HEADERS, [
        [1, "eilen", "eilen", "Aino Aalto", "aino.aalto@korso.fi", "Korson koulu",
         "Padlet-perusteet;"]])

    plan = desk.forms.preview(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)

    assert plan.problem_rows == [2] and "eilen" in plan.lines[0].problems[0]


def test_a_choice_with_the_date_picks_one_of_two_lessons_of_the_same_title(desk, world,
                                                                          tmp_path):
    later = add_lesson(desk, world["korso"], starts_at=SOON + timedelta(days=30),
                       title="Padlet-perusteet")
    path = write_form(tmp_path / "dated.xlsx", SIGNUP_HEADERS, [
        signup(1, ASKED, "Aino Aalto", "aino.aalto@korso.fi", "", "Padlet-perusteet"),
        signup(2, ASKED, "Aino Aalto", "aino.aalto@korso.fi", "",
               f"Padlet-perusteet {SOON + timedelta(days=30):%-d.%-m.%Y}")])

    plan = desk.forms.preview(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)

    assert "Several lessons are called" in plan.lines[0].problems[0]
    assert plan.lines[1].outcome is Outcome.ENROLLED
    assert plan.lines[1].lesson_ids == (later,)


def test_microsoft_forms_own_email_and_name_yield_to_the_questions(desk, world, tmp_path):
    path = write_form(tmp_path / "msforms.xlsx", [
        "ID", "Start time", "Completion time", "Email", "Name", "Nimi", "Sähköposti",
        "Koulu", "Koulutukset"], [
        [1, ASKED, ASKED, "anonymous", "", "Aino Aalto", "aino.aalto@korso.fi",
         "Korson koulu", "Padlet-perusteet;"]])

    plan = desk.forms.apply(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)

    assert [(x.teacher_id, x.outcome) for x in plan.lines] == [
        (world["aino"], Outcome.ENROLLED)]


def test_google_forms_commas_and_text_timestamps(desk, world, tmp_path):
    path = write_form(tmp_path / "google.xlsx",
                      ["Aikaleima", "Sähköpostiosoite", "Nimi", "Koulu", "Koulutukset"], [
        ["2026/08/25 9:15:00", "aino.aalto@korso.fi", "Aino Aalto", "Korson koulu",
         "Padlet-perusteet, Tekoäly opetuksessa"]])

    plan = desk.forms.apply(FormKind.SIGNUPS, rows_of(path, FormKind.SIGNUPS), now=NOW)

    assert [x.outcome for x in plan.lines] == [Outcome.ENROLLED, Outcome.ENROLLED]


def test_cancellations_move_the_waiting_list_up(desk, world, tmp_path):
    desk.forms.apply(FormKind.SIGNUPS, rows_of(signups_file(tmp_path), FormKind.SIGNUPS),
                     now=NOW)
    path = write_form(tmp_path / "peruutukset.xlsx", CANCEL_HEADERS, [
        [ASKED + timedelta(days=1), "aino.aalto@korso.fi", "Aino Aalto",
         "Padlet-perusteet;Tekoäly opetuksessa;"],
        [ASKED + timedelta(days=1), "ben.berg@dal.fi", "Ben Berg", "Seppo-pelit;"]])
    rows = rows_of(path, FormKind.CANCELLATIONS)

    plan = desk.forms.apply(FormKind.CANCELLATIONS, rows, now=NOW)

    assert outcomes(plan) == [
        (2, "Aino Aalto", "Padlet-perusteet", Outcome.CANCELLED, None),
        (2, "Cai Carlsson", "Padlet-perusteet", Outcome.MOVED_UP, None),
        (2, "Aino Aalto", "Tekoäly opetuksessa", Outcome.CANCELLED, None),
        (2, "Ben Berg", "Tekoäly opetuksessa", Outcome.MOVED_UP, None),
        (2, "Ben Berg", "Tekoäly opetuksessa", Outcome.MOVED_UP, None),
        (2, "Ben Berg", "Tekoäly opetuksessa", Outcome.MOVED_UP, None),
        (3, "Ben Berg", "Seppo-pelit", Outcome.REFUSED, Refusal.NOT_ENROLLED),
    ]
    assert statuses(desk, world["padlet"])[world["cai"]] is EnrollmentStatus.ENROLLED
    assert statuses(desk, world["padlet"])[world["aino"]] is EnrollmentStatus.CANCELLED
    assert statuses(desk, world["sessions"][0])[world["ben"]] is EnrollmentStatus.ENROLLED
    again = desk.forms.apply(FormKind.CANCELLATIONS, rows, now=NOW)
    assert {x.outcome for x in again.lines} == {Outcome.ALREADY}


def test_requests_from_a_form(desk, world, tmp_path):
    teams = desk.topics.add(TopicDraft(name="Teams"))
    path = write_form(tmp_path / "pyynnot.xlsx", REQUEST_HEADERS, [
        [ASKED, "Korson koulu", "Riitta Rehtori", "Rehtori", "riitta@korso.fi",
         "Henkilöstön koulutus", "Teams;Tekoäly", "1.12.–12.12. klo 8–12; mieluiten aamuisin",
         "Kiireellinen", 12, "Koko henkilöstö"],
        [ASKED + timedelta(hours=1), "DALENS SKOLA", "Dan Dahl", "Lärare", "",
         "Samundervisning", "", "15.10.2026 9:00-11:00", "", "", ""],
    ])
    rows = rows_of(path, FormKind.REQUESTS)

    plan = desk.forms.apply(FormKind.REQUESTS, rows, now=NOW)

    assert [x.outcome for x in plan.lines] == [Outcome.REQUESTED, Outcome.REQUESTED]
    with desk.db.reading() as conn:
        ids = list(conn.scalars(select(t.visit_requests.c.id).order_by(
            t.visit_requests.c.id)))
    first, second = (desk.requests.draft(i) for i in ids)
    assert first.school_id == world["korso"] and first.received_on == ASKED.date()
    assert first.asked_by is AskedBy.PRINCIPAL and first.asked_by_name == "Riitta Rehtori"
    assert first.purpose is VisitPurpose.STAFF_TRAINING
    assert first.urgency is Urgency.HIGH and first.teachers_count == 12
    assert [(w.first_day, w.last_day, w.starts, w.ends) for w in first.windows] == [
        (date(2026, 12, 1), date(2026, 12, 12), time(8), time(12))]
    assert "riitta@korso.fi" in first.description
    assert "mieluiten aamuisin" in first.description  # what is not a time is kept
    assert first.topic_ids == (teams,)
    assert "Topics asked: Tekoäly" in first.description  # a topic CoachDesk lacks is kept
    assert "Koko henkilöstö" in first.description
    assert second.school_id == world["dal"] and second.asked_by is AskedBy.TEACHER
    assert second.purpose is VisitPurpose.CO_TEACHING
    assert [(w.first_day, w.starts, w.ends) for w in second.windows] == [
        (date(2026, 10, 15), time(9), time(11))]
    again = desk.forms.apply(FormKind.REQUESTS, rows, now=NOW)
    assert {x.outcome for x in again.lines} == {Outcome.ALREADY}
    assert len(ids) == 2


def test_a_request_for_an_unknown_school_names_its_row(desk, world, tmp_path):
    path = write_form(tmp_path / "pyynnot.xlsx", REQUEST_HEADERS, [
        [ASKED, "Korson koulu", "Riitta", "Rehtori", "", "Suunnittelu", "", "", "", "", ""],
        [ASKED, "Kuusikon koulu", "Kalle", "Opettaja", "", "Ohjaus", "", "", "", "", ""],
    ])

    with pytest.raises(FormProblems) as caught:
        desk.forms.apply(FormKind.REQUESTS, rows_of(path, FormKind.REQUESTS), now=NOW)

    assert caught.value.plan.problem_rows == [3]
    assert "Kuusikon koulu" in str(caught.value)
    with desk.db.reading() as conn:
        assert conn.scalar(select(func.count()).select_from(t.visit_requests)) == 0


def _enrollment_rows(desk):
    e = t.enrollments.c
    with desk.db.reading() as conn:
        return set(conn.execute(select(e.lesson_id, e.teacher_id, e.status)).all())


def _register_size(desk):
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(t.form_rows))
