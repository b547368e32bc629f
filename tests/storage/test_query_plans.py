"""The key list and check queries keep their indexes: each is run through the real
ListSource or service, its SQL recorded, and SQLite's EXPLAIN QUERY PLAN must search the
big table through the expected index, never scan it whole. A change that loses the index
(a function around the column, a new OR, a dropped index) fails here, not in a city."""

from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.services.demo import fill_demo_data
from coachdesk.storage.lists import ListRequest


@contextmanager
def recorded(desk):
    """The SELECT statements (with their parameters) run inside the block, with a WITH
    clause or without."""
    seen: list[tuple[str, tuple]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, tuple(parameters or ())))

    event.listen(desk.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", record)


def plan(desk, statement: str, parameters: tuple) -> list[str]:
    with desk.db.engine.connect() as conn:
        return [row[3] for row in
                conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]


def plans_touching(desk, seen, table: str) -> list[list[str]]:
    found = [plan(desk, s, p) for s, p in seen if f"FROM {table}" in s or f"JOIN {table}" in s]
    assert found, f"no query read {table}"
    return found


def assert_searched(steps: list[str], table: str, index: str) -> None:
    """``table`` is searched through ``index`` and nowhere scanned whole."""
    mine = [s for s in steps if s.split()[1:2] == [table]]
    assert any(s.startswith(f"SEARCH {table} USING") and f"INDEX {index} " in s + " "
               for s in mine), f"{table} not searched with {index}: {steps}"
    assert not any(s.startswith(f"SCAN {table}") for s in mine), \
        f"{table} scanned whole: {steps}"


def ids_plan(desk, source, **filters) -> list[str]:
    with recorded(desk) as seen:
        source.ids(ListRequest(filters=filters))
    assert len(seen) == 1
    return plan(desk, *seen[0])


@pytest.fixture
def tutor_id(desk, school_id):
    today = date.today()
    return desk.tutors.add(TutorDraft(name="Tiina Tutor", home_school_id=school_id,
                                      agreement_start=today - timedelta(days=30),
                                      agreement_end=today + timedelta(days=300)))


def test_teachers_of_one_school(desk, school_id):
    steps = ids_plan(desk, desk.teachers.list_source(), school_id=school_id)
    assert_searched(steps, "teachers", "ix_teachers_school_id")


def test_visits_of_one_tutor_in_a_period(desk, tutor_id):
    steps = ids_plan(desk, desk.visits.list_source(), tutor_id=tutor_id,
                     **{"from": date(2026, 8, 1), "until": date(2026, 12, 31)})
    assert_searched(steps, "visits", "ix_visits_tutor_starts")


@pytest.mark.parametrize("which", ["overdue", "due_soon"])
def test_loans_overdue_or_due_soon_read_the_open_loans_only(desk, which):
    steps = ids_plan(desk, desk.loans.loans_source(date(2026, 11, 26)), **{which: True})
    assert_searched(steps, "loans", "ix_loans_open_due")


def test_enrollments_of_one_lesson(desk):
    steps = ids_plan(desk, desk.enrollments.enrollments_source(), lesson_id=1)
    assert_searched(steps, "enrollments", "ix_enrollments_lesson_teacher")


def test_conflict_check_reads_the_tutors_day_only(desk, school_id, tutor_id):
    day = date.today() + timedelta(days=14)
    with recorded(desk) as seen:
        nine = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
        desk.visits.conflicts(VisitDraft(school_id, tutor_id, nine, nine + timedelta(hours=1)))
    for steps in plans_touching(desk, seen, "visits"):
        assert_searched(steps, "visits", "ix_visits_tutor_starts")
    lesson_plans = [steps for steps in plans_touching(desk, seen, "lessons")
                    if any(s.split()[1:2] == ["lessons"] for s in steps)]
    for steps in lesson_plans:
        assert not any(s.startswith("SCAN lessons") for s in steps), steps
        assert any("lesson_tutors" in s and "tutor_id" in s for s in steps) or any(
            "ix_lessons_starts_at" in s for s in steps), steps


def bounded(steps: list[str], table: str, index: str, column: str) -> None:
    """``table`` is searched through ``index`` with both ends of ``column`` bound: only
    the period asked about is read, however many years lie before it."""
    assert_searched(steps, table, index)
    for step in steps:
        if step.startswith(f"SEARCH {table} USING") and f"INDEX {index} " in step + " ":
            assert f"{column}>" in step and f"{column}<" in step, step


def test_conflict_check_bounds_both_ends_of_the_tutors_day(desk, school_id, tutor_id):
    day = date.today() + timedelta(days=14)
    nine = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
    with recorded(desk) as seen:
        desk.visits.conflicts(VisitDraft(school_id, tutor_id, nine, nine + timedelta(hours=1)))
    for steps in plans_touching(desk, seen, "visits"):
        if any("ix_visits_tutor_starts" in s and "starts_at" in s for s in steps):
            bounded(steps, "visits", "ix_visits_tutor_starts", "starts_at")
    day_lessons = [steps for s, p in seen if "FROM lessons" in s and "lessons.title" in s
                   for steps in [plan(desk, s, p)]]
    assert day_lessons
    for steps in day_lessons:  # the day's lessons, not every lesson the tutor taught
        bounded(steps, "lessons", "ix_lessons_starts_at", "starts_at")
        assert not any("ix_lesson_tutors_tutor_id" in s for s in steps), steps


@pytest.fixture
def history(db_path, small_demo):
    """A small demo city with two earlier school years, its planner statistics gathered
    as demo-data leaves them."""
    from coachdesk.services import Desk

    with Desk.open(db_path) as made:
        fill_demo_data(made, "small", seed=7, today=date.today(), years=3)
    with Desk.open(db_path) as opened:
        yield opened


def service_plans(desk, work) -> list[tuple[str, list[str]]]:
    with recorded(desk) as seen:
        work()
    return [(s, plan(desk, s, p)) for s, p in seen]


def scanned(found: list[tuple[str, list[str]]], *tables: str) -> list[tuple[str, list[str]]]:
    return [(s, steps) for s, steps in found
            if any(step.startswith(f"SCAN {table}") for table in tables for step in steps)]


BIG = ("visits", "lessons", "enrollments", "loans", "lesson_tutors")


def test_today_reads_only_the_period_it_shows(history):
    today = date.today()
    found = service_plans(history, lambda: (history.dashboard.attention(today),
                                            history.dashboard.glance(today)))
    assert scanned(found, *BIG) == []
    by_date = [steps for s, steps in found if "FROM visits" in s and "starts_at" in s]
    assert by_date and all(any("ix_visits_" in step for step in steps) for steps in by_date)
    loans = [steps for s, steps in found if "FROM loans" in s]
    assert loans and all(any("ix_loans_open_due" in step for step in steps)
                         for steps in loans)


def test_the_calendar_reads_only_its_week(history):
    first = date.today()
    last = first + timedelta(days=6)
    found = service_plans(history, lambda: (history.visits.events(first, last),
                                            history.lessons.events(first, last)))
    assert scanned(found, *BIG) == []
    for s, steps in found:
        if "FROM visits" in s:
            bounded(steps, "visits", "ix_visits_starts", "starts_at")


def test_the_free_slot_search_reads_only_its_days(history):
    from sqlalchemy import select

    from coachdesk.storage import tables as t

    with history.db.reading() as conn:
        request_id = conn.scalar(select(t.visit_requests.c.id)
                                 .where(t.visit_requests.c.status == "new").limit(1))
    assert request_id is not None
    found = service_plans(history, lambda: history.requests.propose(request_id))
    assert scanned(found, *BIG) == []
    for s, steps in found:
        if "FROM visits" in s and "visits.ends_at" in s:
            bounded(steps, "visits", "ix_visits_tutor_starts", "starts_at")


def test_the_planner_has_statistics_after_demo_data(history):
    with history.db.reading() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT tbl FROM sqlite_stat1")}
    assert {"visits", "lessons", "enrollments", "loans"} <= tables


def test_the_catalogue_counts_lessons_from_an_index(history):
    source = history.topics.list_source()
    ids = source.ids(ListRequest())
    found = service_plans(history, lambda: source.rows(ids[:50]))
    counts = [steps for s, steps in found if "FROM lessons" in s]
    assert counts
    for steps in counts:
        assert any("COVERING INDEX ix_lessons_topic_status" in step for step in steps), steps
        assert not any(step.startswith("SCAN lessons") for step in steps), steps


def test_the_tutors_hours_read_the_school_years_lessons_once(history):
    source = history.tutors.list_source()
    found = service_plans(history, lambda: source.rows(source.ids(ListRequest())))
    rows = [steps for s, steps in found if "held_minutes" in s]
    assert rows, "the held lessons are not summed once per list"
    for steps in rows:  # not every lesson each tutor ever taught
        assert not any("ix_lesson_tutors_tutor_id" in step for step in steps), steps
        bounded(steps, "lessons", "ix_lessons_starts_at", "starts_at")
        bounded(steps, "visits", "ix_visits_tutor_starts", "starts_at")


@pytest.mark.parametrize("descending", [False, True])
def test_all_years_of_lessons_sorted_by_title_come_in_order_from_an_index(history,
                                                                         descending):
    """"All years" on the Lessons list sorted by title: the ids come in the index's order,
    not sorted whole in a temporary tree (only the ids of one title, descending)."""
    with recorded(history) as seen:
        history.lessons.list_source().ids(ListRequest(sort_key="title",
                                                      descending=descending))
    steps = plan(history, *seen[0])
    assert any(s.startswith("SCAN lessons USING INDEX ix_lessons_title") for s in steps), steps
    assert "USE TEMP B-TREE FOR ORDER BY" not in steps, steps


def this_school_year(desk) -> tuple[date, date]:
    span = next(s for s in desk.school_years.spans() if s[2] <= date.today() <= s[3])
    return span[2], span[3]


@pytest.mark.parametrize("kind", ["lessons", "visits"])
def test_the_lists_as_they_open_read_this_school_year_only(history, kind):
    """The Lessons and Visits pages open on the current school year (issue 25): their
    list reads that year through the date index, not the years behind it."""
    first, last = this_school_year(history)
    source = getattr(history, kind).list_source()
    steps = ids_plan(history, source, **{"from": first, "until": last})
    bounded(steps, kind, {"lessons": "ix_lessons_starts_at",
                          "visits": "ix_visits_starts"}[kind], "starts_at")


def test_the_attendance_totals_of_this_school_year_read_that_year_only(history):
    """The Attendance page opens on the current school year: the totals sum that year's
    lessons, found by their start."""
    from coachdesk.services.enrollments import period

    first, last = this_school_year(history)
    source = history.enrollments.teacher_attendance_source(date.today())
    found = service_plans(history, lambda: source.ordered_rows(ListRequest(
        filters=period(first, last))))
    sums = [steps for s, steps in found if "FROM lessons" in s or "JOIN lessons" in s]
    assert sums
    for steps in sums:
        bounded(steps, "lessons", "ix_lessons_starts_at", "starts_at")


def test_the_trainings_are_ordered_by_their_first_lesson_found_through_its_source(history):
    """The Attendance page lists the trainings newest first when it opens: each one's
    first lesson is found through its series (or its one lesson), not by walking every
    lesson of every year by date until one belongs to it (370 ms on five years)."""
    assert history.trainings.choices()
    found = service_plans(history, history.trainings.choices)
    steps = [step for _s, plan_ in found for step in plan_]
    assert any("ix_lessons_series_id (series_id=?)" in step for step in steps), steps
    assert not any("ix_lessons_starts_at" in step or step.startswith("SCAN lessons")
                   for step in steps), steps
