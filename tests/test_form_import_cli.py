"""``coachdesk import signups|cancellations|requests``: a form's export, previewed with
--dry-run (nothing saved), taken in all or nothing, with e-mail drafts afterwards."""

from datetime import datetime, timedelta
from email import message_from_bytes, policy

import pytest
from sqlalchemy import func, select

from coachdesk.cli import main
from coachdesk.domain.lessons import LessonStatus
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services import Desk
from coachdesk.storage import tables as t
from tests.form_files import REQUEST_HEADERS, SIGNUP_HEADERS, signup, write_form
from tests.services.test_enrollments import add_lesson

FUTURE = datetime.now().replace(microsecond=0) + timedelta(days=30)
ASKED = datetime.now().replace(microsecond=0) - timedelta(days=1)


@pytest.fixture
def db(db_path):
    with Desk.open(db_path) as desk:
        korso = desk.schools.add(SchoolDraft(name="Korson koulu", language="fi"))
        desk.schools.add(SchoolDraft(name="Dalens skola", language="sv"))
        desk.teachers.add(TeacherDraft(name="Aino Aalto", school_id=korso,
                                       email="aino@korso.fi"))
        add_lesson(desk, korso, starts_at=FUTURE, capacity=1, title="Padlet-perusteet")
        add_lesson(desk, korso, starts_at=FUTURE, title="Seppo-pelit",
                   status=LessonStatus.CANCELLED)
    return db_path


def count(db_path, table) -> int:
    with Desk.open(db_path) as desk, desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def answers(tmp_path):
    return write_form(tmp_path / "ilmoittautumiset.xlsx", SIGNUP_HEADERS, [
        signup(1, ASKED, "Aino Aalto", "aino@korso.fi", "Korson koulu", "Padlet-perusteet",
               "Seppo-pelit"),
        signup(2, ASKED + timedelta(minutes=1), "Bo Berg", "bo@dal.fi", "Dalens skola",
               "Padlet-perusteet")])


def test_dry_run_prints_the_plan_and_saves_nothing(db, tmp_path, capsys):
    path = answers(tmp_path)
    assert main(["import", "signups", str(path), "--db", str(db), "--dry-run",
                 "--add-unknown"]) == 0
    out = capsys.readouterr().out
    assert "Mihin koulutuksiin ilmoittaudut? → Lessons chosen" in out
    assert "Row 2: Aino Aalto — Korson koulu · Padlet-perusteet" in out and "enrolled" in out
    assert "Seppo-pelit" in out and "the lesson has been cancelled" in out
    assert "Row 3: Bo Berg — Dalens skola" in out and "waiting list" in out
    assert "Dry run: nothing was saved." in out
    assert count(db, t.enrollments) == 0 and count(db, t.teachers) == 1
    assert count(db, t.form_rows) == 0


def test_import_writes_the_mails_and_a_second_run_takes_no_one_twice(db, tmp_path, capsys):
    path, mails = answers(tmp_path), tmp_path / "viestit"
    assert main(["import", "signups", str(path), "--db", str(db), "--add-unknown",
                 "--mails", str(mails)]) == 0
    assert "2 e-mail drafts written" in capsys.readouterr().out
    assert count(db, t.enrollments) == 2 and count(db, t.teachers) == 2
    drafts = {p.name: message_from_bytes(p.read_bytes(), policy=policy.default)
              for p in mails.iterdir()}
    assert set(drafts) == {"Aino Aalto.eml", "Bo Berg.eml"}
    aino = drafts["Aino Aalto.eml"]
    assert aino["To"] == "Aino Aalto <aino@korso.fi>"
    body = aino.get_body().get_content()
    assert body.startswith("Hei Aino Aalto,")  # her school speaks Finnish
    assert "Padlet-perusteet" in body and "Seppo-pelit" in body
    assert drafts["Bo Berg.eml"].get_body().get_content().startswith("Hej Bo Berg,")

    assert main(["import", "signups", str(path), "--db", str(db), "--add-unknown"]) == 0
    assert "already imported 2." in capsys.readouterr().out
    assert count(db, t.enrollments) == 2


def test_a_bad_row_exits_non_zero_naming_it(db, tmp_path, capsys):
    path = write_form(tmp_path / "pyynnot.xlsx", REQUEST_HEADERS, [
        [ASKED, "Korson koulu", "Riitta", "Rehtori", "", "Suunnittelu", "", "", "", "", ""],
        [ASKED, "Korson koulu", "Kalle", "Kokki", "", "Ohjaus", "", "", "", "", ""]])
    assert main(["import", "requests", str(path), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "nothing was imported: the rows 3 of the form have problems" in captured.err
    assert "“Kokki” is not a role CoachDesk knows." in captured.out
    assert "Traceback" not in captured.err
    assert count(db, t.visit_requests) == 0
    assert main(["import", "requests", str(path), "--db", str(db), "--dry-run"]) == 1
