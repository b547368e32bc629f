"""A record's many-to-many links (a lesson's tutors, a visit's topics, …): read, checked and
replaced the same way for every link table."""

from collections.abc import Iterable

from sqlalchemy import Column, Table, delete, insert, select

from coachdesk.domain.errors import ValidationError
from coachdesk.storage.database import Database


def linked_names(db: Database, owner: Column, owner_id: int, target: Table,
                 order_by: Column) -> list[tuple[int, str]]:
    """(id, name) of the ``target`` rows linked to one record; ``owner`` is the link
    table's column that names the record (``lesson_tutors.c.lesson_id``)."""
    query = (select(target.c.id, target.c.name).join(owner.table)
             .where(owner == owner_id).order_by(order_by))
    with db.reading() as conn:
        return [tuple(r) for r in conn.execute(query)]


def require_known(s, target: Table, ids: Iterable[int], field: str, message: str) -> None:
    """Refuse ids that are not in ``target``: another window may have deleted one."""
    wanted = set(ids)
    known = set(s.scalars(select(target.c.id).where(target.c.id.in_(wanted))))
    if known != wanted:
        raise ValidationError({field: message})


def replace_links(s, owner: Column, owner_id: int, other: Column, ids: Iterable[int]) -> None:
    """Make the record's links exactly ``ids``: ``other`` is the link table's column for
    the linked rows (``lesson_tutors.c.tutor_id``)."""
    link = owner.table
    s.execute(delete(link).where(owner == owner_id))
    rows = [{owner.key: owner_id, other.key: i} for i in sorted(set(ids))]
    if rows:
        s.execute(insert(link), rows)
