"""The school report, reopened with openpyxl: every figure of its first page recomputed
from the database with the tests' own SQL (tests/reports/recompute.py), on a demo with
archived teachers, cancelled, future and unlogged visits; its charts, sheets and rows;
and all schools at once into a folder."""

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
from tests.reports.read_back import (
    chart_parts,
    data_rows,
    first_page_figures,
    minutes,
    table_below,
)
from tests.reports.recompute import (
    END,
    FIRST,
    LAST,
    START,
    TODAY,
    busiest_school,
    expected,
    make_it_harder,
    medians,
    rows,
    scalar,
)


@pytest.fixture(scope="module")
def demo_and_school(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        school = busiest_school(desk)
        make_it_harder(desk, school)
        yield desk, school


@pytest.fixture(scope="module")
def demo(demo_and_school):
    return demo_and_school[0]


@pytest.fixture(scope="module")
def report(demo_and_school, tmp_path_factory):
    demo, school = demo_and_school
    path = tmp_path_factory.mktemp("out") / "school.xlsx"
    write_school_report(demo, school, FIRST, LAST, path, today=TODAY)
    return school, path, openpyxl.load_workbook(path)


def test_the_sheets_of_a_principal_report(report):
    _, _, book = report
    assert book.sheetnames == ["Summary", "Per month", "Visits", "Lessons", "Devices on loan",
                               "Open requests", "The situation at your school", "Competence levels",
                               "How these figures are counted"]
    assert book.properties.creator == "CoachDesk"
    assert "tutoring 1.8.2026–31.7.2027" in book.properties.title
    first = book["Summary"]
    assert first.page_setup.orientation == "landscape"
    assert first.page_setup.fitToWidth == 1 and first.page_setup.fitToHeight == 1


def test_every_key_figure_is_recomputed_from_the_database(demo, report):
    school, _, book = report
    figures = first_page_figures(book["Summary"])
    mine = expected(demo)[school]
    p = {"s": school, "a": START, "b": END, "t": datetime(2026, 11, 24), "d": TODAY}
    upcoming = scalar(demo, """SELECT count(DISTINCT l.id) FROM enrollments e
        JOIN lessons l ON l.id = e.lesson_id JOIN teachers te ON te.id = e.teacher_id
        WHERE te.school_id = :s AND e.status = 'enrolled'
        AND l.status IN ('planned', 'published') AND l.starts_at >= :t AND l.starts_at < :b
        """, **p)
    waits = [(TODAY - date.fromisoformat(str(day)[:10])).days for (day,) in rows(
        demo, "SELECT received_on FROM visit_requests WHERE school_id = :s "
              "AND status IN ('new', 'scheduled') AND received_on <= :l", s=school, l=LAST)]
    on_loan = scalar(demo, """SELECT count(*) FROM loans WHERE out_on <= :d
        AND (returned_on IS NULL OR returned_on > :d) AND (lost_on IS NULL OR lost_on > :d)
        AND (school_id = :s OR teacher_id IN (SELECT id FROM teachers WHERE school_id = :s))
        """, **p)
    shown = {label: value for label, (value, _) in figures.items()}
    assert shown == {
        "Visits done": mine.visits_done,
        "Visits planned": mine.visits_planned,
        "Tutor hours at the school": mine.visit_minutes,
        "Teacher contacts in visits": mine.contacts,
        "Teachers reached by visits": mine.visited,
        "Lesson attendances": mine.attendances,
        "Hours of lessons attended": mine.lesson_minutes,
        "Teachers who attended a lesson": mine.attending,
        "Upcoming lessons with the school's teachers enrolled": upcoming,
        "Teachers reached by visits or lessons": mine.reached,
        "Active teachers": mine.active,
        "Share of the staff reached": pytest.approx(mine.reached / mine.active),
        "Open requests": len(waits),
        "Longest wait of an open request, days": max(waits) if waits else None,
        "Devices on loan on 24.11.2026": on_loan,
    }
    # The demo made harder: the archived teachers still count in the attendances but
    # not among the different teachers, a contact is not a teacher, nothing is vacuous.
    assert 0 < mine.visited < mine.contacts and mine.attending < mine.attendances
    assert mine.reached <= mine.active and mine.visits_planned > 0 and upcoming > 0


def test_the_city_median_school_is_recomputed_too(demo, report):
    _, _, book = report
    figures = first_page_figures(book["Summary"])
    median = medians(demo, expected(demo))
    assert {label: value for label, (_, value) in figures.items() if value is not None} == {
        "Visits done": median["visits_done"],
        "Tutor hours at the school": median["visit_minutes"],
        "Lesson attendances": median["attendances"],
        "Teachers reached by visits or lessons": median["reached"],
        "Active teachers": median["active"],
        "Share of the staff reached": pytest.approx(median["share_reached"]),
    }
    notes = [c for row in book["Summary"].iter_rows(values_only=True) for c in row
             if isinstance(c, str) and "median school" in c]
    assert notes and f"city's {median['schools']} schools" in notes[0]  # archived: not


def test_hours_are_hours_and_minutes_that_add_up_exactly(report):
    _, _, book = report
    ws = book["Per month"]
    header = [c.value for c in ws[1]]
    months = list(ws.iter_rows(min_row=2, max_row=13))
    total = [c for c in ws[14]]
    assert total[0].value == "Total" and total[0].font.b
    figures = first_page_figures(book["Summary"])
    for title, figure in (("Visit hours", "Tutor hours at the school"),
                          ("Hours of lessons attended", "Hours of lessons attended")):
        col = header.index(title)
        assert {months[0][col].number_format, total[col].number_format} == {"[h]:mm"}
        shown = [minutes(row[col].value) for row in months]
        assert sum(shown) == minutes(total[col].value) == figures[figure][0]
    for title in ("Visits done", "Visits planned", "Lesson attendances"):
        col = header.index(title)
        assert sum(row[col].value for row in months) == total[col].value == figures[title][0]
    # 50 and 35 minutes spent at two 45-minute visits: no rounding to tenths of an hour
    visits = book["Visits"]
    hours = [minutes(r[6]) for r in data_rows(visits) if r[6] is not None]
    assert {50, 35} <= set(hours)
    assert visits["G2"].number_format == "[h]:mm" or visits["G3"].number_format == "[h]:mm"


def test_the_month_chart_has_visits_and_lessons_for_every_month_and_no_curve(report):
    _, path, _ = report
    [chart] = [c for c in chart_parts(path) if c.sheet == "Summary"]
    assert chart.kind == "barChart" and not chart.smooth
    assert chart.categories == ["'Per month'!$A$2:$A$13"] * 3  # twelve months, no total
    assert chart.series_titles == ["'Per month'!B1", "'Per month'!C1", "'Per month'!E1"]
    assert chart.label_skip == "1"


def test_detail_sheets_hold_every_row_of_the_period(demo, report):
    school, _, book = report
    p = {"s": school, "a": START, "b": END}
    visits = data_rows(book["Visits"])
    assert len(visits) == scalar(demo, "SELECT count(*) FROM visits WHERE school_id = :s "
                                       "AND starts_at >= :a AND starts_at < :b", **p)
    assert all(isinstance(v[0], datetime) for v in visits)
    assert book["Visits"]["A2"].number_format == "d.m.yyyy"
    assert {"Done", "Booked", "Cancelled"} <= {v[5] for v in visits} <= {
        "Done", "Booked", "No-show", "Cancelled"}
    assert all((v[6] is None) == (v[5] != "Done") for v in visits)  # hours of done visits
    lessons = data_rows(book["Lessons"])
    assert len(lessons) == scalar(demo, """SELECT count(*) FROM enrollments e
        JOIN lessons l ON l.id = e.lesson_id JOIN teachers te ON te.id = e.teacher_id
        WHERE te.school_id = :s AND e.status = 'enrolled' AND l.status != 'cancelled'
        AND l.starts_at >= :a AND l.starts_at < :b""", **p)
    figures = first_page_figures(book["Summary"])
    assert sum(1 for r in lessons if r[7] == "yes") == figures["Lesson attendances"][0]
    # Lessons still to come are upcoming, not "no"
    later = [r for r in lessons if r[0] >= datetime(2026, 11, 24)]
    assert later and {r[7] for r in later} == {"upcoming"}
    assert {r[7] for r in lessons if r[0] < datetime(2026, 11, 24)} <= {"yes", "no",
                                                                        "not marked"}
    assert len(data_rows(book["Devices on loan"])) == figures["Devices on loan on 24.11.2026"][0]
    requests = data_rows(book["Open requests"])
    assert len(requests) == figures["Open requests"][0]
    assert max((r[1] for r in requests), default=None) == figures[
        "Longest wait of an open request, days"][0]
    for name in ("Visits", "Lessons", "Devices on loan", "Open requests"):
        ws = book[name]
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")


def test_first_page_topics_and_what_is_planned_next(demo, report):
    school, _, book = report
    ws = book["Summary"]
    topics = table_below(ws, "Topic")
    p = {"s": school, "a": START, "b": END}
    visited = dict(rows(demo, """SELECT tp.name, count(*) FROM visit_topics vt
        JOIN visits v ON v.id = vt.visit_id JOIN topics tp ON tp.id = vt.topic_id
        WHERE v.school_id = :s AND v.status = 'done' AND v.starts_at >= :a
        AND v.starts_at < :b GROUP BY tp.name""", **p))
    shown = {name: row[1] for name, row in topics.items() if "other topics" not in name}
    assert shown and all(visited.get(name, 0) == count for name, count in shown.items())
    assert sum(row[1] for row in topics.values()) == sum(visited.values())
    planned = table_below(ws, "Date", column=5)
    assert 0 < len(planned) <= 8
    assert all(row[0] >= datetime(2026, 11, 24) for row in planned.values())
    firsts = [row[0] for row in planned.values()]
    assert firsts == sorted(firsts)


def test_wrapped_text_gets_rows_tall_enough_and_every_style_names_its_font(report):
    _, path, book = report
    ws = book["Visits"]
    long_notes = [row[0].row for row in ws.iter_rows(min_row=2)
                  if isinstance(row[10].value, str) and len(row[10].value) > 60]
    assert long_notes
    for row in long_notes:
        assert ws.row_dimensions[row].height >= 30
        assert ws.cell(row, 11).alignment.wrap_text  # the notes (K) measured above
        assert ws.cell(row, 1).alignment.vertical == "top"  # beside the wrapped text
    fonts = {cell.font.name for sheet in book.worksheets for row in sheet.iter_rows()
             for cell in row}
    assert fonts == {"Calibri"}


def test_notes_typed_like_formulas_reach_excel_as_text(demo, tmp_path):
    school = busiest_school(demo)
    note = "=HYPERLINK(\"http://evil.example\",\"click\")"
    with demo.db.transaction() as s:
        visit = s.execute(text("SELECT min(id) FROM visits WHERE school_id = :s"),
                          {"s": school}).scalar()
        s.execute(update(t.visits).where(t.visits.c.id == visit).values(notes=note))
    path = write_school_report(demo, school, FIRST, LAST, tmp_path / "r.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["Visits"]
    [cell] = [c for c in ws["K"] if c.value == note]
    assert cell.data_type == "s"


def test_a_period_without_activity_gives_zeros_not_errors(demo, tmp_path):
    school = busiest_school(demo)
    path = write_school_report(demo, school, date(2020, 1, 1), date(2020, 1, 31),
                               tmp_path / "empty.xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)
    figures = first_page_figures(book["Summary"])
    assert figures["Visits done"] == (0, 0) and figures["Tutor hours at the school"][0] == 0
    assert figures["Share of the staff reached"][0] == 0
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


def test_all_schools_writes_one_report_per_school_with_progress(demo, tmp_path, report):
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
    # The city read once for all gives each school the figures of its own report.
    busiest, _, alone = report
    [busiest_name] = [n for i, n in schools if i == busiest]
    batch = openpyxl.load_workbook(tmp_path / "reports" / f"{busiest_name}.xlsx")
    assert first_page_figures(batch["Summary"]) == first_page_figures(alone["Summary"])


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


def test_the_costs_of_the_school_when_the_coordinator_asks_for_them(demo, report, tmp_path,
                                                                     window_in_english):
    """The sheet "Costs": per budget line what was entered for the school (recomputed
    here in SQL) and its tutors' time valued, their total on the first page."""
    from decimal import Decimal

    from coachdesk.domain.grants import CostDraft, LineKind

    school, _, plain_book = report
    assert "Costs" not in plain_book.sheetnames  # only when asked for
    grant = demo.grants.draft(demo.grants.choices()[0][0])
    line = next(x.id for x in grant.lines if x.kind is not LineKind.TUTOR_SALARIES)
    day = max(grant.starts, FIRST)
    for amount in ("120.10", "0.20"):
        demo.costs.add(CostDraft(line, day, Decimal(amount), "Venue", school_id=school))
    path = write_school_report(demo, school, FIRST, LAST, tmp_path / "costs.xlsx",
                               today=TODAY, costs=True, language="en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-2:] == ["Costs", "How these figures are counted"]
    cells = [row for row in book["Costs"].iter_rows(values_only=True) if any(row)]
    header = next(n for n, row in enumerate(cells) if row[0] == "Grant")
    *lines, total = cells[header + 1:]  # every line of the one grant, then the total
    assert total[0] == "Total"
    with demo.db.reading() as conn:
        entered = {(grant, line): Decimal(str(amount)) for grant, line, amount in conn.execute(
            text("SELECT g.name, b.name, SUM(k.amount) FROM costs k "
                 "JOIN budget_lines b ON b.id = k.line_id JOIN grants g ON g.id = b.grant_id "
                 "WHERE k.school_id = :school AND k.spent_on BETWEEN :first AND :today "
                 "GROUP BY g.name, b.name"), {"school": school, "first": FIRST,
                                              "today": TODAY})}
    assert sum(entered.values()) >= Decimal("120.30")
    rows = {(row[0], row[1]): row for row in lines}
    assert {key: Decimal(str(row[2])) for key, row in rows.items() if row[2]} == entered
    assert any(row[3] for row in rows.values())  # the tutors' time there, valued
    for row in rows.values():
        assert round(row[2] + row[3], 2) == round(row[4], 2)
    assert round(total[4], 2) == round(sum(row[4] for row in rows.values()), 2)
    figures = first_page_figures(book["Summary"])
    assert round(figures["Costs of the school on the grants"][0], 2) == round(total[4], 2)
    finnish = openpyxl.load_workbook(write_school_report(
        demo, school, FIRST, LAST, tmp_path / "fi.xlsx", today=TODAY, costs=True))
    assert finnish.sheetnames[-2] == "Kustannukset"  # the school's language otherwise
