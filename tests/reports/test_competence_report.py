"""The competence sheets of the school report and the municipal summary, reopened with
openpyxl: every count recomputed from the database with the test's own query (each active
teacher's latest level on the scale, read row by row here), the targets and the charts."""

from datetime import date

import openpyxl
import pytest
from sqlalchemy import text

from coachdesk.reports.school_report import write_school_report
from coachdesk.reports.summary_report import write_summary_report
from tests.prepared import open_copy
from tests.reports.read_back import chart_parts, table_below

TODAY = date(2026, 11, 24)
FIRST, LAST = date(2026, 8, 1), date(2027, 7, 31)
SHEET = "Competence levels"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        yield desk


def recomputed(desk) -> dict[int, dict[str, object]]:
    """Per school: its staff, and each active teacher's latest level on Helsinki's scale
    on TODAY (the latest date, of one day the last row), found without the service."""
    with desk.db.reading() as conn:
        staff = conn.execute(text(
            "SELECT t.id, t.school_id, s.name FROM teachers t JOIN schools s "
            "ON s.id = t.school_id WHERE NOT t.archived AND NOT s.archived")).all()
        rows = conn.execute(text(
            "SELECT teacher_id, level, assessed_on, id FROM competence_levels "
            "WHERE scale = 'helsinki3' AND assessed_on <= :day ORDER BY assessed_on, id"),
            {"day": TODAY}).all()
        own = conn.execute(text("SELECT school_id, level, share FROM competence_targets "
                                "WHERE school_id IS NOT NULL")).all()
    latest = {}
    for teacher_id, level, _day, _id in rows:  # in order: the last one stays
        latest[teacher_id] = level
    schools: dict[int, dict[str, object]] = {}
    for teacher_id, school_id, name in staff:
        school = schools.setdefault(school_id, {"name": name, "staff": 0, "levels": []})
        school["staff"] += 1
        if teacher_id in latest:
            school["levels"].append(latest[teacher_id])
    for school in schools.values():
        school["targets"] = {1: 1.0, 2: 0.9, 3: 0.2}
    for school_id, level, share in own:
        schools[school_id]["targets"][level] = share / 100
    return schools


def test_the_school_report_shows_the_staff_by_level_against_the_targets(demo, tmp_path):
    schools = recomputed(demo)
    school_id = next(s for s in sorted(schools) if demo.levels.own_targets(s))  # own targets
    expected = schools[school_id]
    path = write_school_report(demo, school_id, FIRST, LAST, tmp_path / "r.xlsx", today=TODAY,
                               language="en")
    ws = openpyxl.load_workbook(path)[SHEET]
    table = table_below(ws, "Level")
    levels = expected["levels"]
    staff = expected["staff"]
    assert table["Not assessed"][1] == staff - len(levels)
    city_staff = sum(s["staff"] for s in schools.values())
    for n, name in [(1, "Level 1: basic skills"), (2, "Level 2: in everyday teaching"),
                    (3, "Level 3: develops and guides others")]:
        at_or_above = sum(1 for x in levels if x >= n)
        target = expected["targets"][n]
        needed = -(-round(target * 100) * staff // 100)  # rounded up
        city = sum(1 for s in schools.values() for x in s["levels"] if x >= n)
        assert table[name][1:] == (
            sum(1 for x in levels if x == n), at_or_above,
            pytest.approx(at_or_above / staff), pytest.approx(target),
            max(0, needed - at_or_above), pytest.approx(city / city_staff))
    assert f"Staff: {staff} teachers" in ws["A3"].value
    [chart] = [c for c in chart_parts(path) if c.sheet == SHEET]
    assert chart.kind == "barChart"
    assert chart.series_titles == [f"'{SHEET}'!B{_header_row(ws)}"]
    assert chart.categories == [f"'{SHEET}'!$A${_header_row(ws) + 1}:$A${_header_row(ws) + 4}"]


def _header_row(ws) -> int:
    return next(row[0].row for row in ws.iter_rows() if row[0].value == "Level")


def test_the_summary_shows_each_schools_staff_by_level(demo, tmp_path):
    schools = recomputed(demo)
    path = write_summary_report(demo, FIRST, LAST, tmp_path / "s.xlsx", language="en",
                                today=TODAY)
    ws = openpyxl.load_workbook(path)[SHEET]
    table = table_below(ws, "School")
    assert len(table) == len(schools) + 1  # and the city's total row
    for school in schools.values():
        row = table[school["name"]]
        levels, staff = school["levels"], school["staff"]
        assert row[1:6] == (staff, staff - len(levels), *(
            sum(1 for x in levels if x == n) for n in (1, 2, 3)))
        assert row[6:9] == tuple(pytest.approx(sum(1 for x in levels if x >= n) / staff)
                                 for n in (1, 2, 3))
    city = table["The city"]
    assert city[1] == sum(s["staff"] for s in schools.values())
    assert city[3:6] == tuple(sum(1 for s in schools.values() for x in s["levels"] if x == n)
                              for n in (1, 2, 3))
    [chart] = [c for c in chart_parts(path) if c.sheet == SHEET]
    assert len(chart.series_titles) == 4  # not assessed, and at each of the three levels


def test_no_sheet_when_no_level_was_ever_recorded(demo, tmp_path):
    from coachdesk.services.level_figures import level_report

    with demo.db.reading() as conn:
        report = level_report(conn, date(2020, 1, 1))  # before any assessment
    assert not report.shown and report.schools
