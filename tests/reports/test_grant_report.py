"""The grant report workbook: every figure recomputed here from the database with queries
of its own, the rows sheet adding up to the costs, and the command line."""

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest
from sqlalchemy import func, insert, select

from coachdesk.cli import main
from coachdesk.domain.grants import CostDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.reports.grant_report import write_grant_report
from coachdesk.storage import tables as t
from tests.domain.test_grants import helsinki
from tests.services.test_tutors import add_lesson, add_visit

D = Decimal
TODAY = date(2019, 10, 15)
AGREEMENT = {"agreement_start": date(2019, 1, 1), "agreement_end": date(2020, 7, 31)}


@pytest.fixture
def grant(desk) -> int:
    """Two units' tutors at work, a teacher visited and one at a lesson, costs entered."""
    fi = desk.schools.add(SchoolDraft(name="Kallion koulu", language="fi"))
    sv = desk.schools.add(SchoolDraft(name="Kottby lågstadieskola", language="sv"))
    desk.schools.add(SchoolDraft(name="Unserved skola", language="sv"))
    maija = desk.tutors.add(TutorDraft(name="Maija", home_school_id=fi,
                                       hourly_cost=D("45.50"), **AGREEMENT))
    sara = desk.tutors.add(TutorDraft(name="Sara", home_school_id=sv, hourly_cost=D("41.17"),
                                      kind="roaming", school_ids=(fi, sv), **AGREEMENT))
    desk.tutors.add(TutorDraft(name="Later", home_school_id=fi, agreement_start=date(2021, 1, 1),
                               agreement_end=date(2021, 7, 31)))
    grant_id = desk.grants.add(helsinki())
    lines = desk.grants.lines(grant_id)
    add_visit(desk, maija, fi, datetime(2019, 9, 3, 9), 90)
    add_visit(desk, sara, sv, datetime(2019, 9, 5, 9), 50)
    add_lesson(desk, [maija, sara], datetime(2019, 10, 2, 14), 120)
    add_visit(desk, maija, fi, datetime(2019, 11, 5, 9), 60, "booked")
    anna = desk.teachers.add(TeacherDraft(name="Anna", school_id=fi))
    bo = desk.teachers.add(TeacherDraft(name="Bo", school_id=sv))
    with desk.db.engine.begin() as conn:
        visit = conn.scalar(select(t.visits.c.id).where(t.visits.c.tutor_id == maija)
                            .order_by(t.visits.c.starts_at))
        lesson = conn.scalar(select(t.lessons.c.id))
        conn.execute(insert(t.visit_teachers).values(visit_id=visit, teacher_id=anna))
        conn.execute(insert(t.enrollments).values(
            lesson_id=lesson, teacher_id=bo, enrolled_at=datetime(2019, 9, 20),
            status="enrolled", attendance="present"))
        conn.execute(insert(t.enrollments).values(
            lesson_id=lesson, teacher_id=anna, enrolled_at=datetime(2019, 9, 20),
            status="enrolled", attendance="present"))
    desk.costs.add(CostDraft(lines[2].id, date(2019, 9, 12), D("1234.50"), "Venue",
                             school_id=fi, reference="V-77"))
    desk.costs.add(CostDraft(lines[1].id, date(2019, 10, 1), D("310"), "Substitute"))
    desk.costs.add(CostDraft(lines[2].id, date(2019, 12, 1), D("99.99"), "Booked venue"))
    return grant_id


def cents(value) -> Decimal:
    return D(value).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def recomputed(desk, grant_id: int) -> dict[str, object]:
    """The first sheet's figures from the database, by queries of this test's own."""
    g, tu, v, le, lt = (t.grants.c, t.tutors.c, t.visits.c, t.lessons.c, t.lesson_tutors.c)
    with desk.db.engine.connect() as conn:
        grant = conn.execute(select(g.starts, g.ends, g.amount, g.share, g.own_share)
                             .where(g.id == grant_id)).one()
        start = datetime.combine(grant.starts, datetime.min.time())
        end = datetime.combine(grant.ends + timedelta(days=1), datetime.min.time())
        kinds = dict(conn.execute(
            select(tu.kind, func.count()).where(tu.agreement_start <= grant.ends,
                                                tu.agreement_end >= grant.starts)
            .group_by(tu.kind)).all())
        in_period = (v.starts_at >= start) & (v.starts_at < end)
        visited = {r[0] for r in conn.execute(select(v.school_id).where(
            in_period, v.status == "done"))}
        attended = {r[0] for r in conn.execute(
            select(t.teachers.c.school_id).select_from(
                t.enrollments.join(t.teachers).join(t.lessons))
            .where(t.enrollments.c.attendance.in_(["present", "late"]),
                   le.status != "cancelled", le.starts_at >= start, le.starts_at < end))}
        teachers = {r[0] for r in conn.execute(
            select(t.visit_teachers.c.teacher_id).select_from(t.visit_teachers.join(t.visits))
            .where(in_period, v.status == "done"))} | {r[0] for r in conn.execute(
                select(t.enrollments.c.teacher_id).select_from(t.enrollments.join(t.lessons))
                .where(t.enrollments.c.attendance.in_(["present", "late"]),
                       le.starts_at >= start, le.starts_at < end))}
        work = conn.execute(select(v.starts_at, v.minutes, v.status, tu.hourly_cost)
                            .join(t.tutors, tu.id == v.tutor_id).where(in_period)).all()
        work += conn.execute(select(le.starts_at, le.minutes, le.status, tu.hourly_cost)
                             .select_from(t.lesson_tutors.join(t.lessons)
                                          .join(t.tutors, tu.id == lt.tutor_id))
                             .where(le.starts_at >= start, le.starts_at < end)).all()
        costs = conn.execute(select(t.costs.c.spent_on, t.costs.c.amount)).all()
        held = conn.scalar(select(func.count()).select_from(t.lessons).where(
            le.status == "held", le.starts_at >= start, le.starts_at < end))
    today = datetime.combine(TODAY, datetime.min.time())
    done = [w for w in work if w.status in ("done", "held")]
    booked = [w for w in work if w.status in ("booked", "planned") and w.starts_at >= today]
    spent = sum(cents(D(w.minutes) * D(w.hourly_cost) / 60) for w in done) + sum(
        D(c.amount) for c in costs if c.spent_on <= TODAY)
    committed = sum(cents(D(w.minutes) * D(w.hourly_cost) / 60) for w in booked) + sum(
        D(c.amount) for c in costs if c.spent_on > TODAY)
    return {"school_tutors": kinds.get("school", 0), "roaming_tutors": kinds.get("roaming", 0),
            "schools": len(visited | attended), "teachers": len(teachers), "held": held,
            "visits": sum(1 for w in work if w.status == "done"),
            "minutes": sum(w.minutes for w in done), "amount": D(grant.amount),
            "share": float(grant.share) / 100, "spent": spent, "committed": committed,
            "own_budget": D(grant.own_share)}


def test_every_figure_of_the_workbook_is_the_databases(desk, grant, tmp_path):
    path = write_grant_report(desk, grant, tmp_path / "grant.xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Budget lines", "Per month", "Rows"]
    summary = book["Summary"]
    shown = {row[0].value: row[1].value for row in summary.iter_rows(min_row=5, max_col=2)
             if row[0].value}
    want = recomputed(desk, grant)
    lines = [row for row in book["Budget lines"].iter_rows(min_row=2, values_only=True)]
    # Each line's grant part is its own costs at 80 %, rounded; the total is their sum.
    grant_spent = sum(cents(D(str(row[2])) * D("0.8")) for row in lines[:-1])
    assert {key: shown[key] for key in [
        "School tutors", "Roaming tutors", "Schools served", "Teachers reached (different)",
        "Lessons held", "Visits done"]} == {
        "School tutors": want["school_tutors"], "Roaming tutors": want["roaming_tutors"],
        "Schools served": want["schools"], "Teachers reached (different)": want["teachers"],
        "Lessons held": want["held"], "Visits done": want["visits"]}
    assert (want["school_tutors"], want["roaming_tutors"], want["schools"],
            want["teachers"]) == (1, 1, 2, 2)  # "Later" is outside; the third school idle
    hours = shown["Tutors' hours on the grant"]  # [h]:mm, read back as a duration
    assert round(hours.total_seconds() / 60) == want["minutes"] == 90 + 50 + 2 * 120
    assert D(str(shown["Grant"])) == want["amount"]
    assert shown["Share of the costs the grant covers"] == want["share"]
    assert D(str(shown["Costs spent"])) == want["spent"]
    assert D(str(shown["Costs committed (booked)"])) == want["committed"]
    assert D(str(shown["Of which the grant pays"])) == grant_spent
    assert D(str(shown["Own share so far"])) == want["spent"] - grant_spent
    assert D(str(shown["Own share budgeted"])) == want["own_budget"]
    committed_part = sum(D(str(row[5])) for row in lines[:-1])
    assert D(str(shown["Grant left"])) == want["amount"] - grant_spent - committed_part
    # The lines' total row, and the rows sheet adding up to the costs.
    assert lines[-1][0] == "Total"
    assert D(str(lines[-1][2])) == want["spent"] and D(str(lines[-1][4])) == want["committed"]
    rows = list(book["Rows"].iter_rows(min_row=2, values_only=True))
    assert sum(D(str(r[7])) for r in rows if r[8] == "spent") == want["spent"]
    assert sum(D(str(r[7])) for r in rows if r[8] == "committed") == want["committed"]
    months = list(book["Per month"].iter_rows(min_row=2, values_only=True))
    assert len(months) == 19 + 1 and months[-1][0] == "Total"
    assert D(str(months[-1][-2])) == want["spent"]


def test_the_report_is_written_in_the_language_asked(desk, grant, tmp_path, window_in_english):
    path = write_grant_report(desk, grant, tmp_path / "avustus.xlsx", today=TODAY,
                              language="fi")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Yhteenveto"
    labels = [row[0].value for row in book["Yhteenveto"].iter_rows(min_row=5, max_col=1)]
    assert "Omarahoitusosuus tähän mennessä" in labels


def test_the_command_line_writes_the_grant_report(desk, grant, tmp_path, capsys):
    if desk.path is None:
        pytest.skip("the command line opens a file")
    desk.close()
    out = tmp_path / "grant.xlsx"
    code = main(["report", "grant", "--db", str(desk.path), "--grant", "tutor TEACHERS "
                 "2019–2020", "--out", str(out), "--today", "2019-10-15", "--lang", "en"])
    assert code == 0 and out.exists()
    assert "Wrote the report of the grant Tutor teachers 2019–2020" in capsys.readouterr().out
    code = main(["report", "grant", "--db", str(desk.path), "--grant", "Nope", "--out",
                 str(tmp_path / "x.xlsx")])
    err = capsys.readouterr().err
    assert code != 0 and "There is no grant called “Nope”. The grants are: Tutor teachers" in err
    assert not (tmp_path / "x.xlsx").exists()
