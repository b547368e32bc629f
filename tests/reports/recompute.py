"""The reports' figures computed again, with plain SQL of the tests' own, on a small demo
made harder: archived teachers who attended lessons and were named in visits, a visit
whose time spent differs from its booking, a done visit without a log, a past visit never
logged, a future visit cancelled and an archived school."""

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import text

TODAY = date(2026, 11, 24)
FIRST, LAST = date(2026, 8, 1), date(2027, 7, 31)
START, END = datetime(2026, 8, 1), datetime(2027, 8, 1)

ATTENDED = """FROM enrollments e JOIN lessons l ON l.id = e.lesson_id
    JOIN teachers te ON te.id = e.teacher_id
    WHERE e.status = 'enrolled' AND e.attendance IN ('present', 'late')
    AND l.status != 'cancelled' AND l.starts_at >= :a AND l.starts_at < :b"""
VISITED = """FROM visit_teachers vt JOIN visits v ON v.id = vt.visit_id
    JOIN teachers te ON te.id = vt.teacher_id
    WHERE v.status = 'done' AND v.starts_at >= :a AND v.starts_at < :b AND NOT te.archived"""
DONE = "FROM visits WHERE status = 'done' AND starts_at >= :a AND starts_at < :b"


def rows(desk, sql: str, **params):
    with desk.db.reading() as conn:
        return conn.execute(text(sql), params).all()


def scalar(desk, sql: str, **params):
    with desk.db.reading() as conn:
        return conn.execute(text(sql), params).scalar()


def per_school(desk, sql: str, **params) -> dict[int, int]:
    return {school: value or 0 for school, value in rows(desk, sql, **params)}


@dataclass(frozen=True)
class Expected:
    """One school's figures as the tests count them (minutes for hours)."""

    visits_done: int
    visits_planned: int
    visit_minutes: int
    contacts: int
    visited: int
    attendances: int
    lesson_minutes: int
    attending: int
    reached: int
    active: int

    @property
    def share_reached(self) -> float | None:
        return self.reached / self.active if self.active else None

    @property
    def share_attending(self) -> float | None:
        return self.attending / self.active if self.active else None


def expected(desk, first: date = FIRST, last: date = LAST, today: date = TODAY
             ) -> dict[int, Expected]:
    """Every school's figures over the period, by school id."""
    p = {"a": datetime.combine(first, datetime.min.time()),
         "b": datetime.combine(last + timedelta(days=1), datetime.min.time())}
    done = per_school(desk, "SELECT school_id, count(*) " + DONE + " GROUP BY school_id", **p)
    minutes = per_school(desk, "SELECT school_id, sum(coalesce(spent_minutes, minutes)) "
                         + DONE + " GROUP BY school_id", **p)
    contacts = per_school(desk, "SELECT school_id, sum(teachers_reached) " + DONE
                          + " GROUP BY school_id", **p)
    planned = per_school(desk, "SELECT school_id, count(*) FROM visits WHERE status = "
                         "'booked' AND starts_at >= :t AND starts_at < :b GROUP BY school_id",
                         t=datetime.combine(today, datetime.min.time()), **p)
    visited = per_school(desk, "SELECT te.school_id, count(DISTINCT te.id) " + VISITED
                         + " GROUP BY te.school_id", **p)
    attendances = per_school(desk, "SELECT te.school_id, count(*) " + ATTENDED
                             + " GROUP BY te.school_id", **p)
    lesson_minutes = per_school(desk, "SELECT te.school_id, sum(l.minutes) " + ATTENDED
                                + " GROUP BY te.school_id", **p)
    attending = per_school(desk, "SELECT te.school_id, count(DISTINCT te.id) " + ATTENDED
                           + " AND NOT te.archived GROUP BY te.school_id", **p)
    reached = per_school(desk, "SELECT school_id, count(*) FROM (SELECT te.school_id, te.id "
                         + VISITED + " UNION SELECT te.school_id, te.id " + ATTENDED
                         + " AND NOT te.archived) GROUP BY school_id", **p)
    active = per_school(desk, "SELECT school_id, count(*) FROM teachers WHERE NOT archived "
                        "GROUP BY school_id")
    return {s: Expected(done.get(s, 0), planned.get(s, 0), minutes.get(s, 0),
                        contacts.get(s, 0), visited.get(s, 0), attendances.get(s, 0),
                        lesson_minutes.get(s, 0), attending.get(s, 0), reached.get(s, 0),
                        active.get(s, 0))
            for (s,) in rows(desk, "SELECT id FROM schools")}


def medians(desk, figures: dict[int, Expected]) -> dict[str, object]:
    """The median school of the schools not archived: each figure's own median_low."""
    archived = {s for (s,) in rows(desk, "SELECT id FROM schools WHERE archived")}
    counted = [f for s, f in figures.items() if s not in archived]
    return {
        "visits_done": statistics.median_low(f.visits_done for f in counted),
        "visit_minutes": statistics.median_low(f.visit_minutes for f in counted),
        "attendances": statistics.median_low(f.attendances for f in counted),
        "reached": statistics.median_low(f.reached for f in counted),
        "active": statistics.median_low(f.active for f in counted),
        "share_reached": statistics.median_low(f.share_reached for f in counted if f.active),
        "schools": len(counted),
    }


def busiest_school(desk) -> int:
    return scalar(desk, "SELECT school_id FROM visits WHERE status = 'done' "
                        "GROUP BY school_id ORDER BY count(*) DESC, school_id LIMIT 1")


def make_it_harder(desk, school: int) -> None:
    """What the demo lacks, at ``school`` (see the module's doc)."""
    p = {"s": school, "a": START, "b": END, "t": datetime.combine(TODAY, datetime.min.time())}

    def first(sql: str) -> int:
        found = scalar(desk, sql, **p)
        assert found is not None, sql
        return found

    named = first("SELECT vt.teacher_id FROM visit_teachers vt JOIN visits v "
                  "ON v.id = vt.visit_id JOIN teachers te ON te.id = vt.teacher_id "
                  "WHERE v.school_id = :s AND v.status = 'done' AND te.school_id = :s "
                  "ORDER BY vt.teacher_id LIMIT 1")
    attendee = first("SELECT te.id " + ATTENDED + " AND te.school_id = :s AND te.id != "
                     + str(named) + " ORDER BY te.id LIMIT 1")
    done = [v for (v,) in rows(desk, "SELECT id FROM visits WHERE school_id = :s AND status "
                               "= 'done' AND starts_at >= :a ORDER BY starts_at", **p)]
    booked = first("SELECT id FROM visits WHERE school_id = :s AND status = 'booked' "
                   "AND starts_at >= :t ORDER BY starts_at LIMIT 1")
    other = first("SELECT id FROM schools WHERE id != :s ORDER BY id LIMIT 1")
    with desk.db.transaction() as s:
        run = s.execute
        run(text("UPDATE teachers SET archived = 1 WHERE id IN (:x, :y)"),
            {"x": named, "y": attendee})
        run(text("UPDATE visits SET spent_minutes = 50 WHERE id = :v"), {"v": done[0]})
        run(text("UPDATE visits SET spent_minutes = 35 WHERE id = :v"), {"v": done[1]})
        run(text("UPDATE visits SET teachers_reached = NULL WHERE id = :v"), {"v": done[2]})
        run(text("DELETE FROM visit_teachers WHERE visit_id = :v"), {"v": done[2]})
        run(text("DELETE FROM visit_topics WHERE visit_id = :v"), {"v": done[2]})
        run(text("UPDATE visits SET status = 'booked', teachers_reached = NULL "
                 "WHERE id = :v"), {"v": done[3]})  # happened, never logged
        run(text("DELETE FROM visit_teachers WHERE visit_id = :v"), {"v": done[3]})
        run(text("UPDATE visits SET status = 'cancelled' WHERE id = :v"), {"v": booked})
        run(text("UPDATE schools SET archived = 1 WHERE id = :o"), {"o": other})
