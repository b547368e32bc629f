"""desk.grant_report: what the grant report workbook shows, read once.

The funder's figures over the grant's period (see coachdesk.services.figures for what
each counts): the tutors with an agreement in force in the period, school tutors and
roaming tutors apart; the schools served (a done visit or an attendance at a lesson);
the different teachers reached; the lessons held and the visits done; the tutors'
hours on the grant's salary lines; and the money, per budget line and per language unit,
with every underlying row (each entered cost and each valued visit or lesson) so that any
figure can be traced.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from coachdesk.domain.costing import Money
from coachdesk.domain.errors import NotFound
from coachdesk.domain.lessons import LessonStatus
from coachdesk.domain.schools import Language
from coachdesk.domain.text import search_key, tr
from coachdesk.domain.tutors import RecruitmentStatus, TutorKind
from coachdesk.services.figures import midnight, school_activity
from coachdesk.services.follow_up import FollowUpService, GrantFollowUp
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


@dataclass(frozen=True)
class CostRow:
    """One row under the figures: an entered cost, or a tutor's visit or lesson valued."""

    day: date
    line: str
    what: str  # "cost", "visit", "lesson", "network_meeting"
    description: str  # the cost's description, or the tutor's name
    school: str
    minutes: int | None
    hourly_cost: Decimal | None
    amount: Decimal
    done: bool  # spent; False: committed
    reference: str = ""


@dataclass(frozen=True)
class UnitCosts:
    """The costs of the lines of one language unit (None: the lines of every unit)."""

    language: Language | None
    budget: Decimal
    costs: Money
    grant_spent: Decimal


@dataclass(frozen=True)
class GrantReport:
    follow: GrantFollowUp
    school_tutors: int
    roaming_tutors: int
    schools_served: int
    teachers_reached: int
    lessons_held: int
    visits_done: int
    tutor_minutes: int  # done, on the grant's salary lines
    units: list[UnitCosts]
    rows: list[CostRow]


class GrantReportService:
    def __init__(self, db: Database, follow_up: FollowUpService):
        self.db = db
        self.follow_up = follow_up

    def find_grant(self, name: str) -> tuple[int, str]:
        """(id, name) of the grant called ``name`` (case does not matter)."""
        g = t.grants.c
        with self.db.reading() as conn:
            found = conn.execute(select(g.id, g.name)
                                 .where(g.name_key == search_key(name))).first()
            if found is None:
                names = [row.name for row in conn.execute(
                    select(g.name).order_by(g.starts.desc()).limit(5))]
                hint = tr(" The grants are: {names}.").format(names=", ".join(names)) \
                    if names else tr(" There are no grants yet.")
                raise NotFound(tr("There is no grant called “{name}”.").format(name=name)
                               + hint)
        return found.id, found.name

    def of_grant(self, grant_id: int, today: date | None = None) -> GrantReport:
        today = today or date.today()
        follow = self.follow_up.of_grant(grant_id, today)
        grant = follow.grant
        first, last = grant.period
        start, end = midnight(first), midnight(last + timedelta(days=1))
        hours = self.follow_up.valued_hours.of_grant(grant_id, today)
        with self.db.reading() as conn:
            kinds = self._tutor_kinds(conn, first, last)
            schools = school_activity(conn, start, end, today).values()
            lessons = conn.execute(select(func.count()).select_from(t.lessons).where(
                t.lessons.c.status == LessonStatus.HELD, t.lessons.c.starts_at >= start,
                t.lessons.c.starts_at < end)).scalar_one()
            line_language = dict(conn.execute(
                select(t.budget_lines.c.id, t.budget_lines.c.language)
                .where(t.budget_lines.c.grant_id == grant_id)).all())
            rows = self._rows(conn, grant_id, today)
            names = dict(conn.execute(select(t.schools.c.id, t.schools.c.name)).all())
        lines = {line.line_id: line.name for line in follow.lines}
        rows += [CostRow(h.day, lines[h.line_id], h.what, h.tutor,
                         names.get(h.school_id, ""), h.minutes, h.hourly_cost, h.cost, h.done)
                 for h in hours]
        rows.sort(key=lambda row: (row.day, row.line, row.what, row.description))
        return GrantReport(
            follow, kinds.get(TutorKind.SCHOOL, 0), kinds.get(TutorKind.ROAMING, 0),
            sum(1 for s in schools if s.visits_done or s.lesson_attendances),
            sum(s.teachers_reached for s in schools), lessons,
            sum(s.visits_done for s in schools),
            sum(h.minutes for h in hours if h.done),
            self._units(follow, line_language), rows)

    @staticmethod
    def _tutor_kinds(conn, first: date, last: date) -> dict[TutorKind, int]:
        tu = t.tutors.c
        in_force = and_(tu.status == RecruitmentStatus.APPOINTED,
                        or_(tu.agreement_start.is_(None), tu.agreement_start <= last),
                        or_(tu.agreement_end.is_(None), tu.agreement_end >= first))
        return dict(conn.execute(select(tu.kind, func.count()).where(in_force)
                                 .group_by(tu.kind)).all())

    @staticmethod
    def _rows(conn, grant_id: int, today: date) -> list[CostRow]:
        k, b, sc = t.costs.c, t.budget_lines.c, t.schools.c
        found = conn.execute(
            select(k.spent_on, b.name, k.description, sc.name.label("school"), k.amount,
                   k.reference)
            .select_from(t.costs.join(t.budget_lines)
                         .outerjoin(t.schools, sc.id == k.school_id))
            .where(b.grant_id == grant_id)).all()
        return [CostRow(row.spent_on, row.name, "cost", row.description, row.school or "",
                        None, None, Decimal(row.amount), row.spent_on <= today,
                        row.reference) for row in found]

    @staticmethod
    def _units(follow: GrantFollowUp, language: dict[int, Language | None]) -> list[UnitCosts]:
        found: dict[Language | None, UnitCosts] = {}
        for line in follow.lines:
            unit = language.get(line.line_id)
            now = found.get(unit, UnitCosts(unit, Decimal(0), Money(), Decimal(0)))
            found[unit] = UnitCosts(unit, now.budget + line.budget, now.costs + line.costs,
                                    now.grant_spent + line.grant_spent)
        order = [Language.FINNISH, Language.SWEDISH, Language.OTHER, None]
        return [found[unit] for unit in order if unit in found]
