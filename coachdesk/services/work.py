"""What each teacher has done of a training's assignments, for its completion rule."""

from collections import Counter
from collections.abc import Callable

from sqlalchemy import select

from coachdesk.domain.training import Work
from coachdesk.storage import tables as t


def work_of(conn, training_id: int) -> Callable[[int], tuple[Work, ...]]:
    """A function giving one teacher's :class:`Work` on each of the training's
    assignments (by due date), read in three queries for all teachers at once."""
    a, sub, rv = t.assignments.c, t.submissions.c, t.reviews.c
    assignments = conn.execute(select(a.id, a.title, a.due_on)
                               .where(a.training_id == training_id)
                               .order_by(a.due_on.is_(None), a.due_on, a.id)).all()
    ids = [row.id for row in assignments]
    handed = {(row.assignment_id, row.teacher_id) for row in conn.execute(
        select(sub.assignment_id, sub.teacher_id).where(sub.assignment_id.in_(ids)))}
    asked: Counter = Counter()
    given: Counter = Counter()
    for row in conn.execute(select(rv.assignment_id, rv.reviewer_id, rv.done)
                            .where(rv.assignment_id.in_(ids))):
        asked[row.assignment_id, row.reviewer_id] += 1
        given[row.assignment_id, row.reviewer_id] += bool(row.done)

    def of(teacher_id: int) -> tuple[Work, ...]:
        return tuple(Work(row.title, row.due_on, (row.id, teacher_id) in handed,
                          asked[row.id, teacher_id], given[row.id, teacher_id])
                     for row in assignments)

    return of
