"""desk.offer: the term's open lessons as teachers see them published (issue 24).

Which lessons a school's teachers are offered: those published for the period that are
open to all or listed for that school. A lesson cancelled since it was published stays
in the calendar file (marked cancelled, so that a teacher's copy updates) but leaves the
brochure.
"""

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, or_, select

from coachdesk.domain.lessons import EnrollmentStatus, LessonStatus
from coachdesk.domain.topics import Audience
from coachdesk.services.outbox import LessonInfo, Outbox
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

OFFERED = (LessonStatus.PUBLISHED,)
IN_THE_CALENDAR = (LessonStatus.PUBLISHED, LessonStatus.CANCELLED)


@dataclass(frozen=True)
class OfferedLesson:
    info: LessonInfo  # title, times, place, tutors, the topic and its level
    audience: Audience | None  # the topic's, None for a lesson without a topic
    seats_left: int | None  # None: no limit
    series_id: int | None  # lessons of one series are offered together


class OfferService:
    def __init__(self, db: Database, outbox: Outbox):
        self.db = db
        self.outbox = outbox

    def lesson_ids(self, first: date, last: date, school_id: int | None = None,
                   statuses: tuple[LessonStatus, ...] = OFFERED) -> list[int]:
        """The lessons from ``first`` to ``last`` (whole days) offered to ``school_id``'s
        teachers (every published lesson when None), by time."""
        le, ls = t.lessons.c, t.lesson_schools.c
        query = (select(le.id)
                 .where(le.starts_at >= datetime.combine(first, time.min),
                        le.starts_at <= datetime.combine(last, time.max),
                        le.status.in_(statuses))
                 .order_by(le.starts_at, le.id))
        if school_id is not None:
            listed = select(ls.lesson_id).where(ls.school_id == school_id)
            query = query.where(or_(le.open_to_all, le.id.in_(listed)))
        with self.db.reading() as conn:
            return list(conn.scalars(query))

    def lessons(self, first: date, last: date, school_id: int | None = None
                ) -> list[OfferedLesson]:
        """The brochure's lessons: published, with their seats left, by time."""
        ids = self.lesson_ids(first, last, school_id)
        if not ids:
            return []
        le, tp, en = t.lessons.c, t.topics.c, t.enrollments.c
        taken = (select(en.lesson_id, func.count().label("n"))
                 .where(en.status == EnrollmentStatus.ENROLLED, en.lesson_id.in_(ids))
                 .group_by(en.lesson_id).subquery())
        with self.db.reading() as conn:
            extra = {row.id: row for row in conn.execute(
                select(le.id, le.capacity, le.series_id, tp.audience,
                       func.coalesce(taken.c.n, 0).label("taken"))
                .outerjoin(t.topics, tp.id == le.topic_id)
                .outerjoin(taken, taken.c.lesson_id == le.id)
                .where(le.id.in_(ids)))}
        offered = []
        for info in self.outbox.lessons(ids):
            row = extra[info.id]
            seats = None if row.capacity is None else max(row.capacity - row.taken, 0)
            offered.append(OfferedLesson(info, row.audience, seats, row.series_id))
        return offered
