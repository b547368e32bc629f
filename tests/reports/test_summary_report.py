"""The municipal summary, reopened with openpyxl: every total and every school's row
recomputed from the database with the tests' own SQL (tests/reports/recompute.py), on the
demo made harder; tutors against the services, topics, months and charts."""

from datetime import date

import openpyxl
import pytest

from coachdesk.reports.summary_report import write_summary_report
from tests.prepared import open_copy
from tests.reports.read_back import chart_parts, first_page_figures, plain
from tests.reports.recompute import (
    END,
    FIRST,
    LAST,
    START,
    TODAY,
    busiest_school,
    expected,
    make_it_harder,
    rows,
    scalar,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        make_it_harder(desk, busiest_school(desk))
        yield desk


@pytest.fixture(scope="module")
def written(demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "summary.xlsx"
    write_summary_report(demo, FIRST, LAST, path, today=TODAY)
    return path, openpyxl.load_workbook(path)


@pytest.fixture(scope="module")
def book(written):
    return written[1]


def table(ws) -> dict[str, dict[str, object]]:
    """First column → {header: value} for a sheet whose header is row 1; hours in minutes."""
    header = [c.value for c in ws[1]]
    return {r[0]: dict(zip(header, (plain(v) for v in r), strict=True))
            for r in ws.iter_rows(min_row=2, values_only=True) if r[0] is not None}


def test_sheets_and_properties(book):
    assert book.sheetnames == ["Summary", "Per month", "Tutors", "Schools", "Topics",
                               "ICT situations", "Competence levels",
                               "How these figures are counted"]
    assert book.properties.creator == "CoachDesk"
    assert book.properties.title == "Tutoring in the municipality 1.8.2026–31.7.2027"
    assert book["Summary"].page_setup.fitToHeight == 1
    for name in ("Tutors", "Schools", "Topics"):
        ws = book[name]
        assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"
        last = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value is not None)
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{last}"


def test_every_schools_row_is_recomputed_from_the_database(demo, book):
    schools = table(book["Schools"])
    figures = expected(demo)
    names = dict(rows(demo, "SELECT name, id FROM schools"))
    archived = {s for (s,) in rows(demo, "SELECT id FROM schools WHERE archived")}
    listed = {names[n] for n in schools}
    assert listed == {s for s, f in figures.items()
                      if s not in archived or f.visits_done or f.attendances}
    for name, row in schools.items():
        mine = figures[names[name]]
        assert row == {
            "School": name, "Visits done": mine.visits_done,
            "Visits planned": mine.visits_planned, "Visit hours": mine.visit_minutes,
            "Teacher contacts in visits": mine.contacts,
            "Teachers reached by visits": mine.visited,
            "Lesson attendances": mine.attendances,
            "Hours of lessons attended": mine.lesson_minutes,
            "Teachers who attended a lesson": mine.attending,
            "Teachers reached by visits or lessons": mine.reached,
            "Active teachers": mine.active,
            "Share of the staff reached": pytest.approx(mine.share_reached),
            "Share of the staff who attended a lesson": pytest.approx(mine.share_attending),
        }


def test_every_total_is_recomputed_from_the_database(demo, book):
    totals = {label: value for label, (value, _) in first_page_figures(book["Summary"]).items()}
    names = dict(rows(demo, "SELECT name, id FROM schools"))
    figures = expected(demo)
    shown = [figures[names[name]] for name in table(book["Schools"])]  # archived ones idle
    p = {"a": START, "b": END}
    lessons = "FROM lessons WHERE status != 'cancelled' AND starts_at >= :a AND starts_at < :b"
    distinct_attending = scalar(demo, """SELECT count(DISTINCT te.id) FROM enrollments e
        JOIN lessons l ON l.id = e.lesson_id JOIN teachers te ON te.id = e.teacher_id
        WHERE e.status = 'enrolled' AND e.attendance IN ('present', 'late')
        AND l.status != 'cancelled' AND l.starts_at >= :a AND l.starts_at < :b
        AND NOT te.archived""", **p)
    active = sum(f.active for f in shown)
    tutors = table(book["Tutors"])
    used = sum(r["Hours used"] for r in tutors.values())
    allotted = sum(r["Hours allotted"] for r in tutors.values())
    assert totals["Visits done"] == scalar(
        demo, "SELECT count(*) FROM visits WHERE status = 'done' AND starts_at >= :a "
              "AND starts_at < :b", **p)
    assert totals == {
        "Tutors": len(tutors),
        "Tutor hours used": used,
        "Tutor hours allotted": allotted,
        "Share of allotted hours used": pytest.approx(used / allotted),
        "Visits done": sum(f.visits_done for f in shown),
        "Visits planned": sum(f.visits_planned for f in shown),
        "Tutor hours in visits": sum(f.visit_minutes for f in shown),
        "Teacher contacts in visits": sum(f.contacts for f in shown),
        "Teachers reached by visits": sum(f.visited for f in shown),
        "Lessons": scalar(demo, "SELECT count(*) " + lessons, **p),
        "Lessons held": scalar(demo, "SELECT count(*) " + lessons + " AND status = 'held'",
                               **p),
        "Lesson attendances": sum(f.attendances for f in shown),
        "Hours of lessons attended": sum(f.lesson_minutes for f in shown),
        "Teachers who attended a lesson": distinct_attending,
        "Teachers reached by visits or lessons": sum(f.reached for f in shown),
        "Active teachers": active,
        "Share of the staff reached": pytest.approx(sum(f.reached for f in shown) / active),
        "Share of the staff who attended a lesson": pytest.approx(distinct_attending / active),
    }


def test_hours_per_tutor_are_the_services_hours_used_against_two_terms(demo, book):
    tutors = table(book["Tutors"])
    ids = dict((name, tid) for tid, name in demo.tutors.choices())
    assert set(tutors) == set(ids)
    for name, row in tutors.items():
        tutor = demo.tutors.get(ids[name])
        assert row["Hours used"] == round(60 * demo.tutors.hours_used(tutor.id, FIRST, LAST))
        assert row["Hours used"] == row["Visit hours"] + row["Lesson hours"]
        # The demo's agreements cover the school year: both terms are allotted in full.
        assert row["Hours allotted"] == round(2 * 60 * tutor.allotted_hours_per_term)
        assert row["Share used"] == pytest.approx(row["Hours used"] / row["Hours allotted"])
    assert book["Tutors"]["H2"].number_format == "0%"
    assert book["Tutors"]["D2"].number_format == "[h]:mm"


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
    visits = dict(rows(demo, """SELECT t.name, count(*) FROM visit_topics vt
        JOIN visits v ON v.id = vt.visit_id JOIN topics t ON t.id = vt.topic_id
        WHERE v.status = 'done' AND v.starts_at >= :a AND v.starts_at < :b
        GROUP BY t.name""", a=START, b=END))
    for name, count in lessons.items():
        assert topics[name]["Lessons"] == count
        assert topics[name]["Attended"] == attended.get(name, 0)
        assert topics[name]["Visits done"] == visits.get(name, 0)
    assert sum(r["Lessons"] for r in topics.values()) == scalar(
        demo, "SELECT count(*) FROM lessons WHERE status != 'cancelled' "
              "AND starts_at >= :a AND starts_at < :b", a=START, b=END)


def test_months_add_up_to_the_totals(book):
    ws = book["Per month"]
    header = [c.value for c in ws[1]]
    months = [[plain(v) for v in r] for r in ws.iter_rows(min_row=2, max_row=13,
                                                            values_only=True)]
    total = [plain(v) for v in next(ws.iter_rows(min_row=14, max_row=14, values_only=True))]
    assert [m[0] for m in months][:2] == ["August 2026", "September 2026"]
    totals = {label: value for label, (value, _) in first_page_figures(book["Summary"]).items()}
    for title, figure in (("Visits done", "Visits done"), ("Visits planned", "Visits planned"),
                          ("Visit hours", "Tutor hours in visits"),
                          ("Lesson attendances", "Lesson attendances"),
                          ("Hours of lessons attended", "Hours of lessons attended")):
        col = header.index(title)
        assert sum(m[col] for m in months) == total[col] == totals[figure], title


def test_charts_a_bar_per_school_month_and_topic_with_visits_and_lessons(demo, written):
    path, book = written
    charts = {c.sheet: c for c in chart_parts(path)}
    assert set(charts) == {"Summary", "Tutors", "Schools", "Topics", "Competence levels"}
    assert not any(c.smooth for c in charts.values())
    assert all(c.kind == "barChart" and c.label_skip == "1" for c in charts.values())
    assert charts["Summary"].categories == ["'Per month'!$A$2:$A$13"] * 3
    schools = len(table(book["Schools"]))
    assert charts["Schools"].categories == [f"'Schools'!$A$2:$A${schools + 1}"] * 2
    header = [c.value for c in book["Schools"][1]]
    titled = [header[ord(ref.split("!")[1][0]) - ord("A")]
              for ref in charts["Schools"].series_titles]
    assert titled == ["Visits done", "Lesson attendances"]
    assert len(charts["Topics"].series_titles) == 2


def test_a_term_allots_one_term(demo, tmp_path):
    path = write_summary_report(demo, date(2026, 8, 12), date(2026, 12, 19),
                                tmp_path / "autumn.xlsx", today=TODAY)
    tutors = table(openpyxl.load_workbook(path)["Tutors"])
    ids = dict((name, tid) for tid, name in demo.tutors.choices())
    for name, row in tutors.items():
        assert row["Hours allotted"] == round(
            60 * demo.tutors.get(ids[name]).allotted_hours_per_term)

