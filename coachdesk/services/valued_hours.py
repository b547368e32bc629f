"""desk.valued_hours: the tutors' released time as a cost of the grants' salary lines.

The hours are those the figures count (coachdesk.services.figures): a done visit's time
spent (else its time booked), a held lesson's or network meeting's time for each tutor
who taught it; a visit booked or a lesson planned from today on is committed. Each is
valued at its tutor's hourly cost, on its own and rounded to cents
(coachdesk.domain.costing), and goes to a tutor-salary line of the tutor's language unit
(their home school's teaching language), else to the grant's salary line without a unit.
Only grants that value the hours take them; of overlapping ones, the grant ending first.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from coachdesk.domain.costing import Candidate, Days, charged_periods, hours_cost
from coachdesk.domain.grants import LineKind
from coachdesk.domain.lessons import LessonKind, LessonStatus
from coachdesk.domain.schools import Language
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.figures import UPCOMING, midnight, visit_minutes
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


@dataclass(frozen=True)
class ValuedHours:
    """One visit or lesson of one tutor, as a cost of a salary line."""

    day: date
    tutor_id: int
    tutor: str
    what: str  # "visit", "lesson" or "network_meeting"
    record_id: int  # the visit's or the lesson's id
    school_id: int | None  # where it was (a lesson may be held elsewhere)
    minutes: int
    hourly_cost: Decimal | None  # None: the tutor has no hourly cost yet
    line_id: int
    done: bool  # spent; False: committed (booked, planned)

    @property
    def cost(self) -> Decimal:
        """What the time costs (0 while the tutor has no hourly cost)."""
        return Decimal(0) if self.hourly_cost is None else hours_cost(self.minutes,
                                                                      self.hourly_cost)


@dataclass(frozen=True)
class _Line:
    grant_id: int
    line_id: int
    language: Language | None
    starts: date
    ends: date


class ValuedHoursService:
    def __init__(self, db: Database):
        self.db = db

    def of_grant(self, grant_id: int, today: date | None = None) -> list[ValuedHours]:
        """The tutors' hours the grant's salary lines pay, by day; ``today`` splits what
        is committed from what is neither (a visit booked in the past, never logged)."""
        today = today or date.today()
        with self.db.reading() as conn:
            lines = self._salary_lines(conn)
            own = [line for line in lines if line.grant_id == grant_id]
            if not own:
                return []
            periods = {unit: charged_periods(self._candidates(lines, unit)).get(grant_id, [])
                       for unit in Language}
            targets = {unit: self._line_for(own, unit) for unit in Language}
            first = min(line.starts for line in own)
            last = max(line.ends for line in own)
            found = [(unit, row) for unit, row in self._hours(conn, first, last, today)
                     if targets[unit] is not None and _within(row.day, periods[unit])]
        found.sort(key=lambda pair: (pair[1].day, pair[1].tutor, pair[1].record_id))
        return [ValuedHours(**{**vars(row), "line_id": targets[unit]}) for unit, row in found]

    def by_line(self, grant_id: int, today: date | None = None) -> dict[int, "LineHours"]:
        """The grant's salary lines with the hours they pay, valued."""
        return totals_by_line(self.of_grant(grant_id, today))

    # -- reading --------------------------------------------------------------------------
    @staticmethod
    def _salary_lines(conn) -> list[_Line]:
        g, b = t.grants.c, t.budget_lines.c
        rows = conn.execute(
            select(g.id, b.id.label("line_id"), b.language, g.starts, g.ends)
            .select_from(t.budget_lines.join(t.grants))
            .where(b.kind == LineKind.TUTOR_SALARIES, g.values_hours)).all()
        return [_Line(*row) for row in rows]

    @staticmethod
    def _candidates(lines: list[_Line], unit: Language) -> list[Candidate]:
        """The grants with a salary line that can pay the hours of a unit's tutors."""
        return list({line.grant_id: Candidate(line.grant_id, line.starts, line.ends)
                     for line in lines if line.language in (unit, None)}.values())

    @staticmethod
    def _line_for(lines: list[_Line], unit: Language) -> int | None:
        """The grant's salary line for a unit's tutors: the unit's own, else the common."""
        for wanted in (unit, None):
            found = next((line.line_id for line in lines if line.language == wanted), None)
            if found is not None:
                return found
        return None

    @staticmethod
    def _hours(conn, first: date, last: date, today: date):
        """(unit, row) for every visit and lesson of a tutor from ``first`` to ``last``
        that is spent or committed; the row's line is filled in by the caller."""
        tu, sc, v = t.tutors.c, t.schools.c, t.visits.c
        le, lt = t.lessons.c, t.lesson_tutors.c
        start, end = midnight(first), midnight(last + timedelta(days=1))
        visits = conn.execute(
            select(v.id, v.starts_at, v.status, v.school_id, visit_minutes().label("minutes"),
                   tu.id.label("tutor_id"), tu.name, tu.hourly_cost, sc.language)
            .select_from(t.visits.join(t.tutors, tu.id == v.tutor_id)
                         .join(t.schools, sc.id == tu.home_school_id))
            .where(v.starts_at >= start, v.starts_at < end,
                   v.status.in_((VisitStatus.DONE, VisitStatus.BOOKED)))).all()
        lessons = conn.execute(
            select(le.id, le.starts_at, le.status, le.kind, le.school_id, le.minutes,
                   tu.id.label("tutor_id"), tu.name, tu.hourly_cost, sc.language)
            .select_from(t.lesson_tutors.join(t.lessons).join(t.tutors, tu.id == lt.tutor_id)
                         .join(t.schools, sc.id == tu.home_school_id))
            .where(le.starts_at >= start, le.starts_at < end,
                   le.status.in_((LessonStatus.HELD, *UPCOMING)))).all()
        found = []
        for row in visits:
            done = row.status is VisitStatus.DONE
            if done or row.starts_at >= midnight(today):
                found.append((row.language, _row(row, "visit", done)))
        for row in lessons:
            done = row.status is LessonStatus.HELD
            if done or row.starts_at >= midnight(today):
                what = "network_meeting" if row.kind is LessonKind.NETWORK_MEETING \
                    else "lesson"
                found.append((row.language, _row(row, what, done)))
        return found


def _row(row, what: str, done: bool) -> ValuedHours:
    hourly = None if row.hourly_cost is None else Decimal(row.hourly_cost)
    return ValuedHours(_day(row.starts_at), row.tutor_id, row.name, what, row.id,
                       row.school_id, int(row.minutes or 0), hourly, 0, done)


def _day(moment: datetime) -> date:
    return moment.date()


def _within(day: date, periods: list[Days]) -> bool:
    return any(first <= day <= last for first, last in periods)


@dataclass(frozen=True)
class LineHours:
    """A salary line's hours: what they cost, spent and committed, and the minutes of
    tutors who have no hourly cost yet (valued at nothing until they have)."""

    minutes: int = 0
    spent: Decimal = Decimal(0)
    committed: Decimal = Decimal(0)
    unvalued_minutes: int = 0


def totals_by_line(rows: list[ValuedHours]) -> dict[int, LineHours]:
    found: dict[int, LineHours] = defaultdict(LineHours)
    for row in rows:
        now = found[row.line_id]
        found[row.line_id] = LineHours(
            now.minutes + row.minutes,
            now.spent + (row.cost if row.done else 0),
            now.committed + (0 if row.done else row.cost),
            now.unvalued_minutes + (row.minutes if row.hourly_cost is None else 0))
    return dict(found)
