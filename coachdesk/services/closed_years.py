"""Closed school years: their lessons, visits and loans stay in every list and report that
asks for them, and no longer change (issue 25: archive, not delete).

The check runs as every unit of work flushes (``Database.on_flush``), so no service can
add, change, move into or out of, or delete a record of a closed year by forgetting it. A
record's day: a lesson's or a visit's start (before and after the change), an
enrollment's lesson; a loan by the day it was returned, or lent if it is new, so that a
device lent before the year was closed can still come back.
"""

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_state

from coachdesk.domain.calendar import SchoolYear
from coachdesk.domain.devices import Loan
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.lessons import Enrollment, Lesson
from coachdesk.domain.text import tr
from coachdesk.domain.visits import Visit

DATED = (Lesson, Visit, Enrollment, Loan)


class YearClosed(CoachDeskError):
    """The change touches a record of a closed school year; nothing was saved."""


def refuse_closed_years(session: Session, _context, _instances) -> None:
    touched = [entity for entity in (*session.new, *session.dirty, *session.deleted)
               if isinstance(entity, DATED)]
    if not touched:
        return
    with session.no_autoflush:  # one small read; the days only when a year is closed
        closed = session.execute(select(SchoolYear.name, SchoolYear.starts, SchoolYear.ends)
                                 .where(SchoolYear.closed)).all()
    if not closed:
        return
    days = {day for entity in touched for day in _days(session, entity)}
    for name, starts, ends in closed:
        if any(starts <= day <= ends for day in days):
            raise YearClosed(tr(
                "The school year {name} is closed: its lessons, visits and loans can be "
                "read but not changed, so nothing was saved. Reopen the year on the School "
                "calendar page to change them.").format(name=name))


def _days(session: Session, entity: object) -> Iterable[date]:
    if isinstance(entity, Lesson | Visit):
        return _as_days(_values(session, entity, "starts_at"))
    if isinstance(entity, Enrollment):
        with session.no_autoflush:
            lesson = session.get(Lesson, entity.lesson_id)
        return () if lesson is None else _as_days([lesson.starts_at])
    if isinstance(entity, Loan):
        days = _values(session, entity, "returned_on")
        if entity in session.new:
            days.append(entity.out_on)
        return _as_days(days)
    return ()


def _values(session: Session, entity: object, name: str) -> list:
    """The attribute's value now and, for a changed record, as it was read."""
    if entity in session.dirty:
        history = instance_state(entity).attrs[name].history
        return [*history.deleted, *history.unchanged, *history.added]
    return [getattr(entity, name)]


def _as_days(values: Iterable[date | datetime | None]) -> list[date]:
    return [v.date() if isinstance(v, datetime) else v for v in values if v is not None]
