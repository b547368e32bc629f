"""The demo city with earlier school years behind it (``--years``): the past is held and
logged, and the current year is the same whatever history lies behind it."""

from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services import Desk, backups
from coachdesk.services.demo import fill_demo_data
from coachdesk.storage import tables as t

TODAY = date(2026, 11, 24)
THIS_YEAR = datetime(2026, 8, 1)


@pytest.fixture(scope="module")
def three_years(tmp_path_factory):
    """The small demo with two earlier school years, made once for this module, and its
    counts."""
    path = tmp_path_factory.mktemp("history") / "coachdesk.sqlite3"
    with Desk.open(path) as desk:
        counts = fill_demo_data(desk, "small", seed=7, today=TODAY, years=3)
    return path, counts


def rows(path, sql: str, **params):
    with Desk.open(path) as desk, desk.db.reading() as conn:
        return conn.execute(text(sql), params).all()


def test_every_school_year_has_its_calendar(three_years):
    path, counts = three_years
    assert counts["school years"] == 3
    with Desk.open(path) as desk, desk.db.reading() as conn:
        starts = sorted(conn.scalars(select(t.school_years.c.starts)))
        terms = conn.scalar(select(t.terms.c.id).order_by(t.terms.c.starts).limit(1))
    assert starts == [date(2024, 8, 1), date(2025, 8, 1), date(2026, 8, 1)]
    assert terms is not None


def test_earlier_years_are_held_logged_and_returned(three_years):
    path, _ = three_years
    visits = dict(rows(path, "SELECT status, count(*) FROM visits WHERE starts_at < :y "
                             "GROUP BY status", y=THIS_YEAR))
    assert visits.get("done", 0) > 0 and "booked" not in visits
    lessons = dict(rows(path, "SELECT status, count(*) FROM lessons WHERE starts_at < :y "
                              "GROUP BY status", y=THIS_YEAR))
    assert lessons.get("held", 0) > 0 and not {"planned", "published"} & set(lessons)
    assert rows(path, "SELECT count(*) FROM enrollments e JOIN lessons l ON l.id = e.lesson_id"
                      " WHERE l.starts_at < :y AND e.attendance = 'present'",
                y=THIS_YEAR)[0][0] > 0
    assert rows(path, "SELECT count(*) FROM loans WHERE out_on < '2024-11-24' "
                      "AND returned_on IS NULL") == [(0,)]
    assert rows(path, "SELECT min(out_on) FROM loans")[0][0] < "2025-01-01"
    assert rows(path, "SELECT count(*) FROM visit_topics vt JOIN visits v ON v.id = vt.visit_id"
                      " WHERE v.starts_at < :y", y=THIS_YEAR)[0][0] > 0


def test_the_file_passes_the_check(three_years):
    path, _ = three_years
    assert backups.check(path).ok


def test_the_current_year_is_the_same_whatever_history_lies_behind_it(three_years, tmp_path):
    path, _ = three_years
    current = ("SELECT s.name, v.starts_at, v.ends_at, v.status FROM visits v JOIN schools s "
               "ON s.id = v.school_id WHERE v.starts_at >= :y ORDER BY v.starts_at, s.name")
    lessons = "SELECT title, starts_at, status FROM lessons WHERE starts_at >= :y ORDER BY 2, 1"
    one = tmp_path / "one.sqlite3"
    with Desk.open(one) as desk:
        fill_demo_data(desk, "small", seed=7, today=TODAY)
    assert rows(path, current, y=THIS_YEAR) == rows(one, current, y=THIS_YEAR)
    assert rows(path, lessons, y=THIS_YEAR) == rows(one, lessons, y=THIS_YEAR)


@pytest.mark.parametrize("years", [0, 11])
def test_years_out_of_range_are_refused(desk, years):
    with pytest.raises(CoachDeskError, match="1 to 10 school years"):
        fill_demo_data(desk, "small", today=TODAY, years=years)
