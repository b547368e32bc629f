"""desk.training_record on a real database: training done elsewhere added, edited and
removed; the record gathering lessons attended, trainings completed, certificates and
courses elsewhere with totals per school year; the import of courses from a real .xlsx
(all rows or none, row-numbered problems); the personal-data export and the erase."""

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.training_record import ElsewhereDraft, school_year_of
from coachdesk.reports.imports import read_plan
from coachdesk.reports.person_export import write_person_export
from coachdesk.services.imports import ImportKind, ImportProblems
from coachdesk.storage import tables as t
from tests.services.test_certificates import AFTER, ISSUED, training  # noqa: F401

MOOC = ElsewhereDraft("Digitaidot MOOC", "Opetushallitus", date(2027, 3, 10), 12.5)


def count_elsewhere(desk) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(t.external_trainings))


def test_training_elsewhere_is_added_edited_and_removed(desk, school_id):
    teacher = desk.teachers.add(TeacherDraft(name="Aino Aalto", school_id=school_id))
    added = desk.training_record.add_elsewhere(teacher, MOOC)
    assert desk.training_record.elsewhere_draft(added) == MOOC

    desk.training_record.update_elsewhere(added, ElsewhereDraft(
        "  Digitaidot MOOC 2 ", "OPH", date(2027, 3, 11), 3, "todistus nähty"))
    assert desk.training_record.elsewhere_draft(added) == ElsewhereDraft(
        "Digitaidot MOOC 2", "OPH", date(2027, 3, 11), 3.0, "todistus nähty")

    desk.training_record.delete_elsewhere(added)
    assert count_elsewhere(desk) == 0
    with pytest.raises(NotFound):
        desk.training_record.delete_elsewhere(added)


def test_a_course_without_name_day_or_hours_is_refused_naming_each_field(desk, school_id):
    teacher = desk.teachers.add(TeacherDraft(name="Aino Aalto", school_id=school_id))
    with pytest.raises(ValidationError) as caught:
        desk.training_record.add_elsewhere(teacher, ElsewhereDraft(hours=-2))
    assert set(caught.value.errors) == {"course", "held_on", "hours"}
    with pytest.raises(NotFound):
        desk.training_record.add_elsewhere(teacher + 99, MOOC)
    assert count_elsewhere(desk) == 0


def test_the_record_holds_lessons_completions_certificates_and_courses_by_year(
        desk, training):  # noqa: F811
    training_id, people = training
    desk.certificates.issue(training_id, ISSUED, AFTER)
    aino, bertta = people["Aino"], people["Bertta"]
    desk.training_record.add_elsewhere(aino, MOOC)
    desk.training_record.add_elsewhere(aino, ElsewhereDraft(
        "Tekoäly opetuksessa", "Yliopisto", date(2026, 6, 1), 4))

    record = desk.training_record.record(aino, AFTER)
    assert (record.name, record.school, record.language) == ("Aino", "Korson koulu", "fi")
    assert len(record.lessons) == 3
    assert [c.name for c in record.completed] == ["Digiloikka"]
    assert [c.training for c in record.certificates] == ["Digiloikka"]
    assert [e.course for e in record.elsewhere] == ["Tekoäly opetuksessa", "Digitaidot MOOC"]
    lesson_hours = sum(x.hours for x in record.lessons)
    years = {y.name: y for y in record.years}
    assert list(years) == ["2026–2027", "2025–2026"]  # the latest first
    this = years["2026–2027"]
    assert (this.lessons, this.completed, this.certificates, this.elsewhere) == (3, 1, 1, 1)
    assert this.hours == pytest.approx(lesson_hours + 12.5)
    assert years["2025–2026"].elsewhere_hours == 4
    assert record.total.hours == pytest.approx(lesson_hours + 16.5)

    # Bertta attended two of three sessions: lessons, but no completion, no certificate.
    theirs = desk.training_record.record(bertta, AFTER)
    assert (len(theirs.lessons), theirs.completed, theirs.certificates) == (2, [], [])


def test_school_years_turn_on_the_first_of_august():
    assert school_year_of(date(2026, 7, 31)) == 2025
    assert school_year_of(date(2026, 8, 1)) == 2026


def _workbook(path, rows):
    book = Workbook()
    ws = book.active
    ws.append(["Sähköposti", "Opettaja", "Koulutus", "Järjestäjä", "Päivämäärä", "Tunnit"])
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


@pytest.fixture
def two_teachers(desk, school_id):
    return (desk.teachers.add(TeacherDraft(name="Aino Aalto", email="aino@koulu.fi",
                                           school_id=school_id)),
            desk.teachers.add(TeacherDraft(name="Bertta Berg", school_id=school_id)))


def test_courses_are_imported_from_a_real_workbook_and_again_adds_nothing(
        desk, two_teachers, tmp_path):
    aino, bertta = two_teachers
    path = _workbook(tmp_path / "koulutukset.xlsx", [
        ["aino@koulu.fi", None, "Digitaidot MOOC", "OPH", date(2027, 3, 10), 12.5],
        [None, "Bertta Berg", "Tekoäly", "Yliopisto", "1.6.2026", "4,5"],
    ])
    plan = read_plan(path, ImportKind.TRAINING_ELSEWHERE)
    done = desk.imports.apply(ImportKind.TRAINING_ELSEWHERE, plan.records())
    assert done.creates == 2
    assert [(e.course, e.hours) for e in desk.training_record.record(aino).elsewhere] == [
        ("Digitaidot MOOC", 12.5)]
    assert [(e.held_on, e.hours) for e in desk.training_record.record(bertta).elsewhere] == [
        (date(2026, 6, 1), 4.5)]

    again = desk.imports.apply(ImportKind.TRAINING_ELSEWHERE, plan.records())
    assert (again.creates, again.updates) == (0, 2)
    assert count_elsewhere(desk) == 2


def test_bad_rows_are_named_by_their_row_and_nothing_is_saved(desk, two_teachers, tmp_path):
    path = _workbook(tmp_path / "koulutukset.xlsx", [
        ["aino@koulu.fi", None, "Digitaidot MOOC", "OPH", date(2027, 3, 10), 12.5],
        ["nobody@koulu.fi", None, "Tekoäly", "", date(2027, 3, 10), 2],
        [None, "Bertta Berg", "Robotiikka", "", "31.2.2027", 3],
        [None, "Bertta Berg", "", "", date(2027, 4, 1), 0],
    ])
    records = read_plan(path, ImportKind.TRAINING_ELSEWHERE).records()
    with pytest.raises(ImportProblems) as caught:
        desk.imports.apply(ImportKind.TRAINING_ELSEWHERE, records)
    said = caught.value.preview
    assert [x.row for x in said.problem_lines] == [3, 4, 5]
    text = str(caught.value)
    assert "Row 3" in text and "nobody@koulu.fi" in text
    assert "Row 4" in text and "1.8.2026" in text  # how to write the date
    assert "Row 5" in text and "Course" in text
    assert count_elsewhere(desk) == 0  # not even row 2


def test_the_personal_data_export_holds_the_record_and_the_erase_removes_it(
        desk, training, tmp_path):  # noqa: F811
    training_id, people = training
    aino = people["Aino"]
    desk.certificates.issue(training_id, ISSUED, AFTER)
    desk.training_record.add_elsewhere(aino, MOOC)

    data = desk.privacy.person_data("teacher", aino)
    assert [row[0] for row in data.elsewhere] == ["Digitaidot MOOC"]
    assert [row[0] for row in data.completed] == ["Digiloikka"]

    path = write_person_export(desk, "teacher", aino, tmp_path / "aino.xlsx", language="en")
    book = load_workbook(path)
    assert list(book["Training done elsewhere"].iter_rows(values_only=True))[1][:2] == (
        "Digitaidot MOOC", "Opetushallitus")
    assert list(book["Certificates"].iter_rows(values_only=True))[1][1] == "Digiloikka"

    desk.privacy.erase_teacher(aino)
    assert count_elsewhere(desk) == 0
    record = desk.training_record.record(aino, AFTER)
    assert record.elsewhere == [] and record.name.startswith("Erased person")
