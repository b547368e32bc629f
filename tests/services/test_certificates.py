"""desk.certificates on a real database: issuing to those who completed, the same code
when issued again, revoking, and checking codes."""

from datetime import date, datetime, timedelta

import pytest

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import Attendance
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.training import TrainingDraft
from coachdesk.domain.verification import new_code
from coachdesk.services.certificates import Check
from tests.drafts import edit
from tests.services.test_enrollments import add_series

EARLY = datetime(2026, 8, 25, 8, 0)
STARTS = [datetime(2026, 9, 1, 14, 0) + timedelta(weeks=i) for i in range(3)]
AFTER = datetime(2026, 10, 1, 8, 0)
ISSUED = date(2026, 10, 2)


@pytest.fixture
def training(desk, school_id):
    """Three sessions; Aino attends all, Bertta two of three (67 %: not 80 %), and
    Cecilia of a Swedish-speaking school all three."""
    other = desk.schools.add(SchoolDraft(name="Ankkurin skola", kind="primary", language="sv"))
    series_id, lessons = add_series(desk, school_id, STARTS, title="Digiloikka")
    people = {name: desk.teachers.add(TeacherDraft(name=name, school_id=school))
              for name, school in [("Aino", school_id), ("Bertta", school_id),
                                   ("Cecilia", other)]}
    for teacher in people.values():
        desk.enrollments.enroll_series(series_id, teacher, now=EARLY)
    for i, lesson in enumerate(lessons):
        marks = {people["Aino"]: Attendance.PRESENT, people["Cecilia"]: Attendance.LATE,
                 people["Bertta"]: Attendance.ABSENT if i == 0 else Attendance.PRESENT}
        desk.enrollments.mark_attendance(lesson, {
            desk.enrollments.find(lesson, teacher).id: mark
            for teacher, mark in marks.items()}, now=AFTER)
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id,
                                                organiser="Vantaan kaupunki",
                                                signer="Kaisa Koordinaattori"))
    return training, people


def test_those_who_completed_get_a_certificate_and_issuing_again_keeps_the_code(
        desk, training):
    training_id, people = training
    issued = desk.certificates.issue(training_id, ISSUED, AFTER)
    assert [(c.teacher, c.language, c.issued_on) for c in issued] == [
        ("Aino", "fi", ISSUED), ("Cecilia", "sv", ISSUED)]
    codes = {c.teacher: c.code for c in issued}
    assert len(set(codes.values())) == 2

    later = desk.certificates.issue(training_id, ISSUED + timedelta(days=30), AFTER)
    assert {c.teacher: (c.code, c.issued_on) for c in later} == {
        name: (code, ISSUED) for name, code in codes.items()}


def test_a_stricter_rule_issues_fewer_and_nobody_completed_issues_none(desk, training):
    training_id, _people = training
    edit(desk.trainings, training_id, min_attendance=100, late_counts=False)
    assert [c.teacher for c in desk.certificates.issue(training_id, ISSUED, AFTER)] == [
        "Aino"]
    with pytest.raises(ValidationError, match="No teacher has completed"):
        desk.certificates.issue(_empty_training(desk), ISSUED, AFTER)
    assert desk.certificates.of_training(training_id)[0].teacher == "Aino"


def _empty_training(desk) -> int:
    school = desk.schools.add(SchoolDraft(name="Tyhjä koulu"))
    series_id, _ = add_series(desk, school, [datetime(2026, 11, 2, 14, 0)], title="Tyhjä")
    return desk.trainings.add(TrainingDraft(name="Tyhjä", series_id=series_id))


def test_a_code_is_genuine_revoked_unknown_or_mistyped(desk, training):
    training_id, _people = training
    aino = desk.certificates.issue(training_id, ISSUED, AFTER)[0]

    found = desk.certificates.verify(aino.code.lower().replace("-", " "))
    assert found.check is Check.GENUINE and found.genuine
    assert found.certificate.teacher == "Aino" and found.training.name == "Digiloikka"
    assert found.text() == (f"Genuine. {aino.code} certifies that Aino (Korson koulu) "
                            "completed “Digiloikka”, 4.5 h, 1.–15.9.2026; issued on "
                            "2.10.2026.")

    # One character changed: the check character catches it before any look-up.
    altered = aino.code[:3] + ("0" if aino.code[3] != "0" else "1") + aino.code[4:]
    assert desk.certificates.verify(altered).check is Check.MISTYPED
    # A well-formed code that was never issued.
    assert desk.certificates.verify(new_code()).check is Check.UNKNOWN

    with pytest.raises(ValidationError) as no_reason:
        desk.certificates.revoke(aino.code, " ")
    assert set(no_reason.value.errors) == {"reason"}
    desk.certificates.revoke(aino.code, "Attendance marked by mistake",
                             today=date(2026, 10, 9))
    revoked = desk.certificates.verify(aino.code)
    assert revoked.check is Check.REVOKED and not revoked.genuine
    assert revoked.text().startswith("Revoked on 9.10.2026")
    with pytest.raises(ValidationError, match="already revoked"):
        desk.certificates.revoke(aino.code, "again")
    with pytest.raises(NotFound):
        desk.certificates.revoke(new_code(), "no such")
    # Revoked stays revoked: issuing again leaves it out, and the register keeps it.
    assert [c.teacher for c in desk.certificates.issue(training_id, ISSUED, AFTER)] == [
        "Cecilia"]
    register = desk.certificates.of_training(training_id)
    assert [(c.teacher, c.revoked_on, c.revoke_reason) for c in register] == [
        ("Aino", date(2026, 10, 9), "Attendance marked by mistake"),
        ("Cecilia", None, "")]
