"""An assignment's review pairs mailed and printed: a draft per reviewer naming whose work
and the due day, in the reviewer's school's language; the list of pairs read back; a clear
refusal before reviewers are assigned, and nothing written."""

import email
import email.policy
from datetime import date

import pytest
from openpyxl import load_workbook

from coachdesk.domain.assignments import AssignmentDraft
from coachdesk.domain.errors import ValidationError
from coachdesk.reports.review_pairs import write_pairs_workbook, write_review_mails
from tests.services.test_certificates import training as made_training  # noqa: F401


@pytest.fixture
def assignment(desk, made_training):  # noqa: F811
    training_id, people = made_training
    assignment_id = desk.assignments.add(training_id, AssignmentDraft(
        "Oppimistehtävä", date(2026, 10, 15)))
    desk.assignments.record_handed_in(assignment_id, set(people.values()), date(2026, 10, 1))
    return assignment_id, people


def read(path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def test_each_reviewer_gets_a_draft_naming_whose_work_and_the_due_day(
        desk, assignment, tmp_path):
    assignment_id, people = assignment
    desk.teachers.update(people["Aino"], desk.teachers.draft(people["Aino"]).__class__(
        **{**vars(desk.teachers.draft(people["Aino"])), "email": "aino@korso.fi"}))
    desk.assignments.assign_reviewers(assignment_id, 1)
    pairs = {p.reviewer: p.author for p in desk.assignments.pairs(assignment_id)}

    written = write_review_mails(desk, assignment_id, tmp_path / "mails")
    assert sorted(p.name for p in written) == [
        "Oppimistehtävä – Aino.eml", "Oppimistehtävä – Bertta.eml",
        "Oppimistehtävä – Cecilia.eml"]
    aino = read(tmp_path / "mails" / "Oppimistehtävä – Aino.eml")
    assert aino["To"] == "Aino <aino@korso.fi>"
    assert aino["Subject"] == "Vertaisarviointi: Oppimistehtävä"
    body = aino.get_content()
    assert f"– {pairs['Aino']} (" in body and "15.10.2026" in body and "Digiloikka" in body
    cecilia = read(tmp_path / "mails" / "Oppimistehtävä – Cecilia.eml")  # a Swedish school
    assert cecilia["Subject"] == "Kamratbedömning: Oppimistehtävä"
    assert f"– {pairs['Cecilia']} (" in cecilia.get_content()
    assert cecilia["To"] is None  # no address known: the coordinator fills it in


def test_the_list_of_pairs_is_written_to_print(desk, assignment, tmp_path):
    assignment_id, _people = assignment
    desk.assignments.assign_reviewers(assignment_id, 2)
    path = write_pairs_workbook(desk, assignment_id, tmp_path / "pairs.xlsx",
                                today=date(2026, 10, 2))
    ws = load_workbook(path).active
    rows = [r for r in ws.iter_rows(values_only=True) if any(r)]
    assert rows[0][0] == "Peer reviews: Oppimistehtävä"
    header = rows.index(next(r for r in rows if r[0] == "Reviewer"))
    found = {(r[0], r[2]) for r in rows[header + 1:]}
    assert len(found) == 6 and all(a != b for a, b in found)


def test_before_reviewers_are_assigned_nothing_goes_out(desk, assignment, tmp_path):
    assignment_id, _people = assignment
    with pytest.raises(ValidationError, match="assign them first"):
        write_review_mails(desk, assignment_id, tmp_path / "mails")
    with pytest.raises(ValidationError, match="assign them first"):
        write_pairs_workbook(desk, assignment_id, tmp_path / "pairs.xlsx")
    assert not (tmp_path / "mails").exists() and not (tmp_path / "pairs.xlsx").exists()
