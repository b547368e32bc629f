"""The municipal summary, reopened with openpyxl and checked against the services and
the database."""

from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import text

from coachdesk.reports.summary_report import write_summary_report
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)
FIRST, LAST = date(2026, 8, 1), date(2027, 7, 31)
START, END = datetime(2026, 8, 1), datetime(2027, 8, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        yield desk


@pytest.fixture(scope="module")
def book(demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "summary.xlsx"
    write_summary_report(demo, FIRST, LAST, path)
    return openpyxl.load_workbook(path)


def rows(desk, sql: str, **params):
    with desk.db.reading() as conn:
        return conn.execute(text(sql), params).all()


def table(ws) -> dict[str, dict[str, object]]:
    """First column → {header: value} for a sheet whose header is row 1."""
    header = [c.value for c in ws[1]]
    return {r[0]: dict(zip(header, r, strict=True))
            for r in ws.iter_rows(min_row=2, values_only=True)}


def test_sheets_and_properties(book):
    assert book.sheetnames == ["Summary", "Tutors", "Schools", "Topics"]
    assert book.properties.creator == "CoachDesk"
    assert book.properties.title == "Tutoring in the municipality 1.8.2026–31.7.2027"
    for name in book.sheetnames[1:]:
        ws = book[name]
        assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}" \
                                     f"{ws.max_row}"


def test_hours_per_tutor_are_the_services_hours_used_against_two_terms(demo, book):
    tutors = table(book["Tutors"])
    ids = dict((name, tid) for tid, name in demo.tutors.choices())
    assert set(tutors) == set(ids)
    for name, row in tutors.items():
        tutor = demo.tutors.get(ids[name])
        assert row["Hours used"] == pytest.approx(demo.tutors.hours_used(tutor.id, FIRST, LAST))
        assert row["Hours used"] == pytest.approx(row["Visit hours"] + row["Lesson hours"])
        # The demo's agreements cover the school year: both terms are allotted in full.
        assert row["Hours allotted"] == pytest.approx(2 * tutor.allotted_hours_per_term)
        assert row["Share used"] == pytest.approx(row["Hours used"] / row["Hours allotted"])
    assert book["Tutors"]["H2"].number_format == "0%"


def test_per_school_figures_match_the_database(demo, book):
    schools = table(book["Schools"])
    assert len(schools) == len(demo.schools.choices())
    done = dict(rows(demo, "SELECT s.name, count(*) FROM visits v JOIN schools s "
                           "ON s.id = v.school_id WHERE v.status = 'done' "
                           "AND v.starts_at >= :a AND v.starts_at < :b GROUP BY s.name",
                     a=START, b=END))
    attending = dict(rows(demo, """SELECT s.name, count(DISTINCT te.id) FROM enrollments e
        JOIN lessons l ON l.id = e.lesson_id JOIN teachers te ON te.id = e.teacher_id
        JOIN schools s ON s.id = te.school_id
        WHERE e.status = 'enrolled' AND e.attendance IN ('present', 'late')
        AND l.status != 'cancelled' AND NOT te.archived
        AND l.starts_at >= :a AND l.starts_at < :b GROUP BY s.name""", a=START, b=END))
    for name, row in schools.items():
        school_id = demo.reports.find_school(name)[0]
        active = demo.schools.active_teacher_count(school_id)
        assert row["Visits done"] == done.get(name, 0)
        assert row["Active teachers"] == active
        assert row["Teachers who attended a lesson"] == attending.get(name, 0)
        assert row["Share who attended"] == pytest.approx(attending.get(name, 0) / active)
    assert sum(r["Visits done"] for r in schools.values()) == sum(done.values())


def test_per_topic_lessons_and_attendance_match_the_database(demo, book):
    topics = table(book["Topics"])
    lessons = dict(rows(demo, "SELECT t.name, count(*) FROM lessons l JOIN topics t "
                              "ON t.id = l.topic_id WHERE l.status != 'cancelled' "
                              "AND l.starts_at >= :a AND l.starts_at < :b GROUP BY t.name",
                        a=START, b=END))
    attended = dict(rows(demo, """SELECT t.name, count(*) FROM enrollments e
        JOIN lessons l ON l.id = e.lesson_id JOIN topics t ON t.id = l.topic_id
        WHERE e.status = 'enrolled' AND e.attendance IN ('present', 'late')
        AND l.status != 'cancelled' AND l.starts_at >= :a AND l.starts_at < :b
        GROUP BY t.name""", a=START, b=END))
    for name, count in lessons.items():
        assert topics[name]["Lessons"] == count
        assert topics[name]["Attended"] == attended.get(name, 0)
    assert sum(r["Lessons"] for r in topics.values()) == rows(
        demo, "SELECT count(*) FROM lessons WHERE status != 'cancelled' "
              "AND starts_at >= :a AND starts_at < :b", a=START, b=END)[0][0]


def test_summary_totals_and_month_chart(demo, book):
    ws = book["Summary"]
    values = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
    assert values["Visits done"] == rows(
        demo, "SELECT count(*) FROM visits WHERE status = 'done' "
              "AND starts_at >= :a AND starts_at < :b", a=START, b=END)[0][0]
    assert values["Tutors"] == len(demo.tutors.choices())
    assert 0 < values["Share of teachers who attended"] < 1
    assert [c.tagname for c in ws._charts] == ["barChart"]
    for name in ("Tutors", "Schools", "Topics"):  # few enough rows in the small town
        assert len(book[name]._charts) == 1


def test_a_term_allots_one_term(demo, tmp_path):
    path = write_summary_report(demo, date(2026, 8, 12), date(2026, 12, 19),
                                tmp_path / "autumn.xlsx")
    tutors = table(openpyxl.load_workbook(path)["Tutors"])
    ids = dict((name, tid) for tid, name in demo.tutors.choices())
    for name, row in tutors.items():
        assert row["Hours allotted"] == pytest.approx(
            demo.tutors.get(ids[name]).allotted_hours_per_term)
