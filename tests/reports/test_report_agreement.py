"""The same question gets the same number everywhere: every school's report against the
municipal summary's row of that school, and both against Today's term figures and the
Attendance page's totals per school, on the demo made harder (tests/reports/recompute.py).
"""

from datetime import datetime, timedelta

import openpyxl
import pytest

from coachdesk.reports.all_schools import write_all_schools
from coachdesk.reports.summary_report import write_summary_report
from coachdesk.services.listing import ListRequest
from tests.prepared import open_copy
from tests.reports.read_back import first_page_figures, plain
from tests.reports.recompute import FIRST, LAST, TODAY, busiest_school, make_it_harder

# A school's report row → the summary's column of the same figure
SHARED = {
    "Visits done": "Visits done", "Visits planned": "Visits planned",
    "Tutor hours at the school": "Visit hours",
    "Teacher contacts in visits": "Teacher contacts in visits",
    "Teachers reached by visits": "Teachers reached by visits",
    "Lesson attendances": "Lesson attendances",
    "Hours of lessons attended": "Hours of lessons attended",
    "Teachers who attended a lesson": "Teachers who attended a lesson",
    "Teachers reached by visits or lessons": "Teachers reached by visits or lessons",
    "Active teachers": "Active teachers",
    "Share of the staff reached": "Share of the staff reached",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        make_it_harder(desk, busiest_school(desk))
        yield desk


def schools_sheet(path) -> dict[str, dict[str, object]]:
    ws = openpyxl.load_workbook(path)["Schools"]
    header = [c.value for c in ws[1]]
    return {r[0]: dict(zip(header, (plain(v) for v in r), strict=True))
            for r in ws.iter_rows(min_row=2, values_only=True) if r[0] is not None}


def test_every_schools_report_agrees_with_the_summary(demo, tmp_path):
    summary = schools_sheet(write_summary_report(demo, FIRST, LAST, tmp_path / "s.xlsx",
                                                 today=TODAY))
    result = write_all_schools(demo, FIRST, LAST, tmp_path / "schools", today=TODAY)
    compared = 0
    for path in result.written:
        book = openpyxl.load_workbook(path)
        name = book["Summary"]["A1"].value
        figures = first_page_figures(book["Summary"])
        row = summary[name]
        for label, column in SHARED.items():
            assert figures[label][0] == pytest.approx(row[column]), (name, label)
        compared += 1
    assert compared == len(summary) - 1  # all but the archived school, written for none


def test_the_reports_agree_with_today_for_the_term(demo):
    glance = demo.dashboard.glance(TODAY)
    summary = demo.reports.municipal_summary(glance.first, glance.last, TODAY)
    assert [(m.month, m.visits, m.attendances) for m in glance.months] == [
        (m.month, m.visits_done, m.lesson_attendances) for m in summary.months]
    by_id = {s.school_id: s for s in summary.schools}
    assert glance.schools
    for reach in glance.schools:
        school = by_id[reach.school_id]
        assert (reach.reached, reach.teachers) == (school.teachers_attending,
                                                   school.active_teachers)
        report = demo.reports.school_report(reach.school_id, glance.first, glance.last,
                                            TODAY)
        assert report.figures.activity == school
    tutors = {t.name: t for t in summary.tutors}
    assert {t.name for t in glance.tutors} == set(tutors)
    for row in glance.tutors:
        assert row.used == pytest.approx(tutors[row.name].minutes_used / 60)
        assert row.allotted == pytest.approx(tutors[row.name].allotted_minutes / 60, abs=0.01)


def test_the_attendance_page_counts_as_the_reports(demo):
    summary = {s.school_id: s for s in demo.reports.municipal_summary(FIRST, LAST, TODAY)
               .schools}
    source = demo.enrollments.school_attendance_source(TODAY)
    period = {"period_start": datetime.combine(FIRST, datetime.min.time()),
              "period_end": datetime.combine(LAST + timedelta(days=1), datetime.min.time())}
    request = ListRequest(filters={"archived": True, **period})
    keys = [c.key for c in source.columns]
    ids = source.ids(request)
    for school_id, values in zip(ids, source.rows(ids, request), strict=True):
        row = dict(zip(keys, values, strict=True))
        school = summary.get(school_id)
        if school is None:
            continue  # an archived school without activity: not in the summary
        assert (row["attended"], row["reached"], row["active_teachers"]) == (
            school.lesson_attendances, school.teachers_attending, school.active_teachers)
        assert row["hours"] == pytest.approx(school.lesson_minutes / 60)
        if school.active_teachers:
            assert row["reached_share"] == pytest.approx(100 * school.share_attending)
