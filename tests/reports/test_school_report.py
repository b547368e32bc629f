"""The school report, reopened with openpyxl and checked against the database; and all
schools at once into a folder."""

from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import text, update

from coachdesk.domain.errors import NotFound
from coachdesk.domain.file_names import safe_file_name, unique_file_names
from coachdesk.reports.all_schools import write_all_schools
from coachdesk.reports.school_report import write_school_report
from coachdesk.storage import tables as t
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)
FIRST, LAST = date(2026, 8, 1), date(2027, 7, 31)
START, END = datetime(2026, 8, 1), datetime(2027, 8, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        yield desk


def scalar(desk, sql: str, **params):
    with desk.db.reading() as conn:
        return conn.execute(text(sql), params).scalar()


def busiest_school(desk) -> int:
    return scalar(desk, "SELECT school_id FROM visits WHERE status = 'done' "
                        "GROUP BY school_id ORDER BY count(*) DESC, school_id LIMIT 1")


def figures_sheet(ws) -> dict[str, object]:
    """The key figures: label → value, read from the table under 'Key figure'."""
    found, inside = {}, False
    for label, value, *_ in ws.iter_rows(values_only=True):
        if label == "Key figure":
            inside = True
        elif inside and label is None:
            break
        elif inside:
            found[label] = value
    return found


def data_rows(ws) -> list[tuple]:
    return list(ws.iter_rows(min_row=2, values_only=True))


@pytest.fixture(scope="module")
def report(demo, tmp_path_factory):
    school = busiest_school(demo)
    path = tmp_path_factory.mktemp("out") / "school.xlsx"
    write_school_report(demo, school, FIRST, LAST, path, today=TODAY)
    return school, openpyxl.load_workbook(path)


def test_the_sheets_of_a_principal_report(report):
    _, book = report
    assert book.sheetnames == ["Summary", "Visits", "Lessons", "Devices on loan",
                               "Open requests"]
    assert book.properties.creator == "CoachDesk"
    assert "tutoring 1.8.2026–31.7.2027" in book.properties.title


def test_key_figures_match_the_database(demo, report):
    school, book = report
    figures = figures_sheet(book["Summary"])
    p = {"s": school, "a": START, "b": END}
    assert figures["Visits done"] == scalar(
        demo, "SELECT count(*) FROM visits WHERE school_id = :s AND status = 'done' "
              "AND starts_at >= :a AND starts_at < :b", **p) > 0
    hours = scalar(demo, "SELECT sum(coalesce(spent_minutes, minutes)) / 60.0 FROM visits "
                         "WHERE school_id = :s AND status = 'done' AND starts_at >= :a "
                         "AND starts_at < :b", **p)
    assert figures["Tutor hours at the school"] == pytest.approx(hours)
    assert figures["Teachers reached in visits"] == scalar(
        demo, "SELECT sum(teachers_reached) FROM visits WHERE school_id = :s "
              "AND status = 'done' AND starts_at >= :a AND starts_at < :b", **p)
    attended = """FROM enrollments e JOIN lessons l ON l.id = e.lesson_id
                  JOIN teachers te ON te.id = e.teacher_id
                  WHERE te.school_id = :s AND e.status = 'enrolled'
                  AND e.attendance IN ('present', 'late') AND l.status != 'cancelled'
                  AND l.starts_at >= :a AND l.starts_at < :b"""
    assert figures["Lessons attended by the school's teachers"] == scalar(
        demo, "SELECT count(*) " + attended, **p)
    assert figures["Hours of lessons attended"] == pytest.approx(
        scalar(demo, "SELECT coalesce(sum(l.minutes), 0) / 60.0 " + attended, **p))
    assert figures["Teachers who attended a lesson"] == scalar(
        demo, "SELECT count(DISTINCT e.teacher_id) " + attended, **p)
    assert figures["Active teachers"] == demo.schools.active_teacher_count(school)
    on_loan = scalar(demo, """SELECT count(*) FROM loans WHERE out_on <= :d
        AND (returned_on IS NULL OR returned_on > :d) AND (lost_on IS NULL OR lost_on > :d)
        AND (school_id = :s OR teacher_id IN (SELECT id FROM teachers WHERE school_id = :s))
        """, s=school, d=TODAY)
    assert figures["Devices on loan on 24.11.2026"] == on_loan
    assert figures["Open requests"] == scalar(
        demo, "SELECT count(*) FROM visit_requests WHERE school_id = :s "
              "AND status IN ('new', 'scheduled')", s=school)


def test_months_add_up_to_the_key_figures_and_have_a_native_chart(report):
    _, book = report
    ws = book["Summary"]
    figures = figures_sheet(ws)
    rows = list(ws.iter_rows(values_only=True))
    header = next(n for n, row in enumerate(rows) if row[0] == "Month")
    months = [row for row in rows[header + 1:] if row[0] is not None]
    assert len(months) == 12  # August to July, months without visits as zeros
    # named as text in the report's language: Excel would name them in the reader's
    assert [m[0] for m in months][:2] == ["August 2026", "September 2026"]
    assert sum(m[1] for m in months) == figures["Visits done"]
    assert sum(m[2] for m in months) == pytest.approx(figures["Tutor hours at the school"])
    assert sum(m[3] for m in months) == figures["Lessons attended by the school's teachers"]
    [chart] = ws._charts
    assert chart.tagname == "barChart"
    assert ws.freeze_panes is not None and ws.print_title_rows


def test_detail_sheets_hold_every_row_of_the_period(demo, report):
    school, book = report
    p = {"s": school, "a": START, "b": END}
    visits = data_rows(book["Visits"])
    assert len(visits) == scalar(demo, "SELECT count(*) FROM visits WHERE school_id = :s "
                                       "AND starts_at >= :a AND starts_at < :b", **p)
    assert all(isinstance(v[0], datetime) for v in visits)
    assert book["Visits"]["A2"].number_format == "d.m.yyyy"
    assert {v[5] for v in visits} <= {"Done", "Booked", "No-show", "Cancelled"}
    lessons = data_rows(book["Lessons"])
    assert len(lessons) == scalar(demo, """SELECT count(*) FROM enrollments e
        JOIN lessons l ON l.id = e.lesson_id JOIN teachers te ON te.id = e.teacher_id
        WHERE te.school_id = :s AND e.status = 'enrolled' AND l.status != 'cancelled'
        AND l.starts_at >= :a AND l.starts_at < :b""", **p)
    assert sum(1 for r in lessons if r[7] == "yes") == figures_sheet(book["Summary"])[
        "Lessons attended by the school's teachers"]
    assert len(data_rows(book["Devices on loan"])) == figures_sheet(book["Summary"])[
        "Devices on loan on 24.11.2026"]
    assert len(data_rows(book["Open requests"])) == figures_sheet(book["Summary"])[
        "Open requests"]
    for name in book.sheetnames[1:]:
        ws = book[name]
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")


def test_notes_typed_like_formulas_reach_excel_as_text(demo, tmp_path):
    school = busiest_school(demo)
    note = "=HYPERLINK(\"http://evil.example\",\"click\")"
    with demo.db.transaction() as s:
        visit = s.execute(text("SELECT min(id) FROM visits WHERE school_id = :s"),
                          {"s": school}).scalar()
        s.execute(update(t.visits).where(t.visits.c.id == visit).values(notes=note))
    path = write_school_report(demo, school, FIRST, LAST, tmp_path / "r.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["Visits"]
    [cell] = [c for c in ws["J"] if c.value == note]
    assert cell.data_type == "s"


def test_a_period_without_activity_gives_zeros_not_errors(demo, tmp_path):
    school = busiest_school(demo)
    path = write_school_report(demo, school, date(2020, 1, 1), date(2020, 1, 31),
                               tmp_path / "empty.xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)
    figures = figures_sheet(book["Summary"])
    assert figures["Visits done"] == 0 and figures["Tutor hours at the school"] == 0
    assert data_rows(book["Visits"]) == []


def test_an_unknown_school_is_refused(demo, tmp_path):
    with pytest.raises(NotFound):
        write_school_report(demo, 99_999, FIRST, LAST, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_find_school_ignores_case_and_suggests_names(demo):
    school_id, name = demo.schools.choices()[0]
    assert demo.reports.find_school(name.upper()) == (school_id, name)
    with pytest.raises(NotFound, match="Did you mean"):
        demo.reports.find_school("koulu")


# -- all schools --------------------------------------------------------------------------
def test_file_names_are_safe_everywhere_and_unique():
    assert safe_file_name('Koulu: "A/B" <1>?') == "Koulu_ _A_B_ _1_"
    assert safe_file_name("CON") == "_CON"
    assert safe_file_name(" ... ") == "school"
    assert unique_file_names(["Korson koulu", "korson koulu", "Korson/koulu"]) == [
        "Korson koulu.xlsx", "korson koulu (2).xlsx", "Korson_koulu.xlsx"]


def test_all_schools_writes_one_report_per_school_with_progress(demo, tmp_path):
    seen = []
    result = write_all_schools(demo, FIRST, LAST, tmp_path / "reports", today=TODAY,
                               progress=lambda done, total: seen.append((done, total)))
    schools = demo.schools.choices()
    assert result.total == len(schools) and not result.cancelled
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == sorted(
        f"{name}.xlsx" for _, name in schools)
    assert seen == [(n, len(schools)) for n in range(len(schools) + 1)]
    school_id, name = schools[0]
    book = openpyxl.load_workbook(tmp_path / "reports" / f"{name}.xlsx")
    assert book["Summary"]["A1"].value == name


def test_all_schools_can_be_cancelled_and_keeps_whole_files(demo, tmp_path):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    result = write_all_schools(demo, FIRST, LAST, tmp_path, today=TODAY, cancelled=cancelled)
    assert result.cancelled and len(result.written) == 2
    assert sorted(tmp_path.iterdir()) == sorted(result.written)
    for path in result.written:
        openpyxl.load_workbook(path)  # complete and readable
