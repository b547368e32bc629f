"""desk.privacy: erasing a person keeps the anonymous counts; exporting gives everything
about them and nothing about anyone else."""

from datetime import date, datetime, time, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, insert, select

from coachdesk.domain.attendance import Feedback
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    LoanRequest,
    ReservationRequest,
    ReturnRequest,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import Attendance, Lesson, LessonStatus
from coachdesk.domain.recruitment import CandidateDraft, RoundDraft
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import RecruitmentStatus, TutorDraft
from coachdesk.domain.visits import VisitDraft, VisitLog
from coachdesk.reports.person_export import write_person_export
from coachdesk.services.privacy import erased_name
from coachdesk.storage import tables as t
from tests.drafts import edit

NOW = datetime(2026, 9, 1, 8, 0)
PAST = datetime(2026, 8, 20, 14, 0)
WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(16)}
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}


def count(desk, table, *where) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table).where(*where))


def row(desk, table, row_id):
    with desk.db.reading() as conn:
        return conn.execute(select(table).where(table.c.id == row_id)).one()


def counts(desk) -> dict[str, int]:
    return {table.name: count(desk, table) for table in (
        t.teachers, t.tutors, t.enrollments, t.visits, t.visit_teachers, t.loans,
        t.reservations, t.candidates, t.candidate_steps, t.lesson_tutors)}


def all_text(path) -> str:
    wb = load_workbook(path)
    return "\n".join(str(cell.value) for ws in wb.worksheets for r in ws.iter_rows()
                     for cell in r if cell.value is not None)


@pytest.fixture
def world(desk, school_id):
    """Liisa (a teacher) and Maija (a tutor) with something of everything; Pekka and
    Matti, another teacher and tutor, with the same kinds of things."""
    desk.school_years.create(SchoolYearDraft(2026))
    liisa = desk.teachers.add(TeacherDraft(name="Liisa Opettaja", email="liisa@vantaa.fi",
                                           school_id=school_id, subjects="Maths",
                                           notes="Likes robots"))
    pekka = desk.teachers.add(TeacherDraft(name="Pekka Toinen", email="pekka@vantaa.fi",
                                           school_id=school_id, notes="Pekka's note"))
    topic = desk.topics.add(TopicDraft(name="Scratch"))
    maija = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                       home_school_id=school_id, notes="Tutor note",
                                       strengths={topic: "advanced"}, **AGREEMENT, **WEEKDAYS))
    matti = desk.tutors.add(TutorDraft(name="Matti Virtanen", email="matti@vantaa.fi",
                                       home_school_id=school_id, **AGREEMENT, **WEEKDAYS))

    lesson = Lesson(title="Padlet basics", starts_at=PAST, ends_at=PAST + timedelta(hours=1),
                    school_id=school_id, status=LessonStatus.PUBLISHED)
    with desk.db.transaction() as s:
        s.add(lesson)
        s.flush()
        s.execute(insert(t.lesson_tutors).values(lesson_id=lesson.id, tutor_id=maija))
    for teacher in (liisa, pekka):
        desk.enrollments.enroll(lesson.id, teacher, now=PAST - timedelta(days=5))
    liisa_enr = desk.enrollments.find(lesson.id, liisa).id
    pekka_enr = desk.enrollments.find(lesson.id, pekka).id
    desk.enrollments.mark_attendance(
        lesson.id, {liisa_enr: Attendance.PRESENT, pekka_enr: Attendance.PRESENT}, now=NOW)
    desk.enrollments.give_feedback(liisa_enr, Feedback(5, "Liisa says Maija was great"))
    desk.enrollments.give_feedback(pekka_enr, Feedback(4, "Pekka's comment"))

    visit = desk.visits.book(VisitDraft(school_id, maija, datetime(2026, 9, 8, 9),
                                        datetime(2026, 9, 8, 10), notes="Met Liisa in room 12"),
                             now=NOW)
    desk.visits.log(visit, VisitLog("done", teacher_ids=(liisa,), notes="Met Liisa in room 12"),
                    now=datetime(2026, 9, 8, 12))
    other_visit = desk.visits.book(VisitDraft(school_id, matti, datetime(2026, 9, 9, 9),
                                              datetime(2026, 9, 9, 10), notes="Matti's visit"),
                                   now=NOW)

    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    ipad = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    robot = desk.devices.add(DeviceDraft(asset_tag="ROB-001", category="iPad"))
    desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TEACHER, liisa, notes="Liisa's loan"),
                         today=date(2026, 8, 10))
    desk.loans.check_in(ReturnRequest(ipad), today=date(2026, 8, 20))
    desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TUTOR, maija, notes="Maija's loan"),
                         today=date(2026, 8, 21))
    desk.loans.check_in(ReturnRequest(ipad), today=date(2026, 8, 25))
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.TEACHER, pekka, notes="Pekka's loan"),
                         today=date(2026, 8, 21))
    desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.TEACHER, liisa, date(2026, 10, 1),
                                          date(2026, 10, 5), notes="For Liisa"),
                       today=date(2026, 9, 1))

    rnd = desk.recruitment.add_round(RoundDraft(name="Tutorhaku 2026", opens=date(2026, 3, 1),
                                                closes=date(2026, 3, 31)))
    cand_liisa = desk.recruitment.add_candidate(rnd, CandidateDraft(
        teacher_id=liisa, motivation="I love ICT", notes="Strong"), on=date(2026, 3, 2))
    desk.recruitment.move(cand_liisa, RecruitmentStatus.DECLINED, on=date(2026, 3, 20),
                          reason="No release")
    cand_pekka = desk.recruitment.add_candidate(rnd, CandidateDraft(
        teacher_id=pekka, motivation="Pekka's"), on=date(2026, 3, 3))
    with desk.db.transaction() as s:  # Maija was appointed from this round
        s.execute(t.candidates.update().where(t.candidates.c.id == cand_pekka)
                  .values(tutor_id=None))
        cand_maija = s.execute(insert(t.candidates).values(
            round_id=rnd, name="Maija Meikäläinen", email="maija@vantaa.fi",
            home_school_id=school_id, motivation="Maija's motivation", consent="given",
            status="appointed", tutor_id=maija)).inserted_primary_key[0]
    return {"liisa": liisa, "pekka": pekka, "maija": maija, "matti": matti,
            "lesson": lesson.id, "liisa_enr": liisa_enr, "pekka_enr": pekka_enr,
            "visit": visit, "other_visit": other_visit, "ipad": ipad, "robot": robot,
            "cand_liisa": cand_liisa, "cand_pekka": cand_pekka, "cand_maija": cand_maija,
            "school": school_id}


# -- erasing a teacher ---------------------------------------------------------------------


def test_erasing_a_teacher_removes_their_personal_data(desk, world):
    liisa = world["liisa"]
    before = counts(desk)
    desk.privacy.erase_teacher(liisa)

    teacher = row(desk, t.teachers, liisa)
    assert (teacher.name, teacher.email, teacher.subjects, teacher.notes) == (
        erased_name(liisa), "", "", "")
    assert teacher.archived
    assert "liisa" not in teacher.search_key
    assert row(desk, t.enrollments, world["liisa_enr"]).feedback_comment == ""
    cand = row(desk, t.candidates, world["cand_liisa"])
    assert (cand.name, cand.email, cand.motivation, cand.notes, cand.decline_reason) == (
        erased_name(liisa), "", "", "", "")
    with desk.db.reading() as conn:
        notes = set(conn.scalars(select(t.loans.c.notes).where(t.loans.c.teacher_id == liisa)))
        notes |= set(conn.scalars(select(t.reservations.c.notes)
                                  .where(t.reservations.c.teacher_id == liisa)))
        steps = set(conn.scalars(select(t.candidate_steps.c.note)
                                 .where(t.candidate_steps.c.candidate_id == world["cand_liisa"])))
    assert notes == {""} and steps == {""}
    # Nothing counted in the statistics went away.
    assert counts(desk) == before


def test_erasing_a_teacher_keeps_the_anonymous_counts(desk, world):
    liisa_enr = row(desk, t.enrollments, world["liisa_enr"])
    fill_before = desk.enrollments.fill(world["lesson"])
    average_before = desk.enrollments.average_score(world["lesson"])
    desk.privacy.erase_teacher(world["liisa"])
    after = row(desk, t.enrollments, world["liisa_enr"])
    assert (after.status, after.attendance, after.feedback_score, after.teacher_id) == (
        liisa_enr.status, liisa_enr.attendance, liisa_enr.feedback_score, world["liisa"])
    assert desk.enrollments.fill(world["lesson"]) == fill_before
    assert desk.enrollments.average_score(world["lesson"]) == average_before
    assert count(desk, t.visit_teachers, t.visit_teachers.c.teacher_id == world["liisa"]) == 1
    assert count(desk, t.loans, t.loans.c.teacher_id == world["liisa"]) == 1


def test_erasing_a_teacher_leaves_other_people_alone(desk, world):
    pekka = row(desk, t.teachers, world["pekka"])
    pekka_enr = row(desk, t.enrollments, world["pekka_enr"])
    desk.privacy.erase_teacher(world["liisa"])
    assert row(desk, t.teachers, world["pekka"]) == pekka
    assert row(desk, t.enrollments, world["pekka_enr"]) == pekka_enr
    assert row(desk, t.candidates, world["cand_pekka"]).motivation == "Pekka's"
    assert row(desk, t.tutors, world["maija"]).name == "Maija Meikäläinen"


def test_erasing_leaves_no_trace_in_the_change_log(desk, world):
    with desk.db.transaction() as s:  # as the audit trail records a change
        s.execute(insert(t.change_log).values(
            at=NOW, table_name="teachers", row_id=world["liisa"], action="update",
            changes='{"name": ["Liisa O", "Liisa Opettaja"]}'))
        s.execute(insert(t.change_log).values(
            at=NOW, table_name="teachers", row_id=world["pekka"], action="update",
            changes='{"notes": ["", "Pekka\'s note"]}'))
    desk.privacy.erase_teacher(world["liisa"])
    with desk.db.reading() as conn:
        logged = " ".join(conn.scalars(select(t.change_log.c.changes)))
    assert "Liisa" not in logged
    assert "Pekka" in logged


def test_entries_of_rows_removed_before_the_erase_go_too(desk, world):
    """A row that pointed at the person and was deleted since (an application withdrawn)
    is not found among their rows, but its entries in the change log still hold it."""
    gone = 9000
    with desk.db.transaction() as s:  # as the audit trail records a deleted row
        for row_id, teacher, name in ((gone, world["liisa"], "Liisa Opettaja"),
                                      (gone + 1, world["pekka"], "Pekka Toinen")):
            s.execute(insert(t.change_log).values(
                at=NOW, table_name="candidates", row_id=row_id, action="insert",
                changes=f'{{"name": [null, "{name}"], "teacher_id": [null, {teacher}]}}'))
            s.execute(insert(t.change_log).values(
                at=NOW, table_name="candidates", row_id=row_id, action="update",
                changes=f'{{"notes": ["", "{name} phoned"]}}'))
            s.execute(insert(t.change_log).values(
                at=NOW, table_name="candidates", row_id=row_id, action="delete",
                changes=f'{{"id": {row_id}, "name": "{name}", "teacher_id": {teacher}}}'))
            s.execute(insert(t.change_log).values(
                at=NOW, table_name="candidate_steps", row_id=row_id, action="insert",
                changes=f'{{"candidate_id": [null, {row_id}], "note": [null, "{name}"]}}'))
    desk.privacy.erase_teacher(world["liisa"])
    with desk.db.reading() as conn:
        logged = " ".join(conn.scalars(select(t.change_log.c.changes)))
    assert "Liisa" not in logged
    assert count(desk, t.change_log, t.change_log.c.row_id == gone + 1) == 4  # Pekka's stay


def test_a_teacher_with_a_device_on_loan_is_not_erased(desk, world):
    pekka = row(desk, t.teachers, world["pekka"])
    with pytest.raises(ValidationError) as caught:
        desk.privacy.erase_teacher(world["pekka"])
    assert set(caught.value.errors) == {"loans"}
    assert "Pekka Toinen still has a device on loan" in str(caught.value)
    assert row(desk, t.teachers, world["pekka"]) == pekka  # nothing half-done
    desk.loans.check_in(ReturnRequest(world["robot"]), today=date(2026, 8, 30))
    desk.privacy.erase_teacher(world["pekka"])
    assert row(desk, t.teachers, world["pekka"]).name == erased_name(world["pekka"])


def test_erasing_an_unknown_person(desk, world):
    with pytest.raises(NotFound):
        desk.privacy.erase_teacher(9999)
    with pytest.raises(NotFound):
        desk.privacy.erase_tutor(9999)


def test_erasing_twice_is_harmless(desk, world):
    desk.privacy.erase_teacher(world["liisa"])
    desk.privacy.erase_teacher(world["liisa"])
    assert row(desk, t.teachers, world["liisa"]).name == erased_name(world["liisa"])


# -- erasing a tutor -----------------------------------------------------------------------


def test_erasing_a_tutor_keeps_visits_lessons_and_hours(desk, world):
    maija = world["maija"]
    before = counts(desk)
    hours = desk.tutors.hours_used(maija, date(2026, 8, 1), date(2027, 7, 31))
    desk.privacy.erase_tutor(maija)

    tutor = row(desk, t.tutors, maija)
    assert (tutor.name, tutor.email, tutor.notes, tutor.archived) == (
        erased_name(maija), "", "", True)
    assert desk.tutors.strengths_of(maija) == []
    assert row(desk, t.visits, world["visit"]).notes == ""
    assert row(desk, t.visits, world["other_visit"]).notes == "Matti's visit"
    cand = row(desk, t.candidates, world["cand_maija"])
    assert (cand.name, cand.email, cand.motivation) == (erased_name(maija), "", "")
    assert counts(desk) == before
    assert desk.tutors.hours_used(maija, date(2026, 8, 1), date(2027, 7, 31)) == hours
    assert row(desk, t.tutors, world["matti"]).name == "Matti Virtanen"


def test_a_tutor_with_a_device_on_loan_is_not_erased(desk, world):
    desk.loans.check_out(LoanRequest(world["ipad"], BorrowerKind.TUTOR, world["maija"],
                                     due_on=date(2026, 9, 20)), today=date(2026, 9, 1))
    with pytest.raises(ValidationError, match="still has a device on loan"):
        desk.privacy.erase_tutor(world["maija"])
    assert row(desk, t.tutors, world["maija"]).email == "maija@vantaa.fi"


def test_footprint_counts_what_is_held(desk, world):
    liisa = desk.privacy.footprint("teacher", world["liisa"])
    assert (liisa.name, liisa.enrollments, liisa.visits, liisa.loans, liisa.loans_out,
            liisa.reservations, liisa.applications) == ("Liisa Opettaja", 1, 1, 1, 0, 1, 1)
    maija = desk.privacy.footprint("tutor", world["maija"])
    assert (maija.visits, maija.lessons, maija.loans, maija.applications) == (1, 1, 1, 1)
    assert desk.privacy.footprint("teacher", world["pekka"]).loans_out == 1


# -- exporting -----------------------------------------------------------------------------


def test_a_teachers_export_holds_their_rows_and_no_one_elses(desk, world, tmp_path):
    path = write_person_export(desk, "teacher", world["liisa"], tmp_path / "liisa.xlsx",
                               today=date(2026, 9, 30))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Person", "Enrollments", "Trainings completed", "Certificates",
                             "Training done elsewhere", "Visits", "Loans", "Reservations",
                             "Recruitment"]
    text = all_text(path)
    for expected in ("Liisa Opettaja", "liisa@vantaa.fi", "Maths", "Likes robots",
                     "Korson koulu", "Padlet basics", "Liisa says Maija was great",
                     "Met Liisa in room 12", "VAN-001", "Liisa's loan", "For Liisa",
                     "Tutorhaku 2026", "I love ICT", "No release", "30.9.2026"):
        assert expected in text, expected
    for other in ("Pekka", "pekka@", "ROB-001", "Matti's visit"):
        assert other not in text, other
    enrollments = list(wb["Enrollments"].iter_rows(min_row=2, values_only=True))
    assert len(enrollments) == 1
    assert enrollments[0][4] == 5  # the score as a number
    assert isinstance(enrollments[0][1], datetime)


def test_a_tutors_export(desk, world, tmp_path):
    path = write_person_export(desk, "tutor", world["maija"], tmp_path / "maija.xlsx")
    wb = load_workbook(path)
    assert "Lessons taught" in wb.sheetnames
    text = all_text(path)
    for expected in ("Maija Meikäläinen", "maija@vantaa.fi", "Tutor note", "Scratch",
                     "Padlet basics", "Met Liisa in room 12", "Maija's loan",
                     "Maija's motivation"):
        assert expected in text, expected
    for other in ("Matti", "Pekka's comment", "Liisa's loan", "I love ICT"):
        assert other not in text, other
    visits = list(wb["Visits"].iter_rows(min_row=2, values_only=True))
    assert len(visits) == 1


def test_an_export_after_erasing_holds_no_personal_data(desk, world, tmp_path):
    desk.privacy.erase_teacher(world["liisa"])
    text = all_text(write_person_export(desk, "teacher", world["liisa"], tmp_path / "x.xlsx"))
    assert "Liisa" not in text and "liisa@" not in text
    assert erased_name(world["liisa"]) in text


def test_formula_like_text_stays_text_in_the_export(desk, world, tmp_path):
    edit(desk.teachers, world["liisa"], notes="=HYPERLINK(\"http://x\")")
    path = write_person_export(desk, "teacher", world["liisa"], tmp_path / "x.xlsx")
    ws = load_workbook(path)["Person"]
    cells = [c for r in ws.iter_rows() for c in r if c.value == "=HYPERLINK(\"http://x\")"]
    assert cells and all(c.data_type == "s" for c in cells)
