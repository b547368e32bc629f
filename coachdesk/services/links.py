"""A record's many-to-many links (a lesson's tutors, a visit's topics, …): read, checked and
replaced the same way for every link table."""

from collections.abc import Iterable

from sqlalchemy import Column, Table, delete, insert, select

from coachdesk.domain.errors import ValidationError
from coachdesk.services.versions import touch
from coachdesk.storage import audit
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
    the linked rows (``lesson_tutors.c.tutor_id``). A change is logged in the record's
    history with the linked records' names, and makes the record a version newer (a form
    open on it saves over it only on purpose)."""
    link = owner.table
    wanted = sorted(set(ids))
    before = sorted(s.scalars(select(other).where(owner == owner_id)))
    if before == wanted:
        return
    record = next(iter(owner.foreign_keys)).column.table
    touch(s, record, owner_id)
    s.execute(delete(link).where(owner == owner_id))
    rows = [{owner.key: owner_id, other.key: i} for i in wanted]
    if rows:
        s.execute(insert(link), rows)
    audit.record_links(s, record.name, owner_id, link.name,
                       _names(s, other, before), _names(s, other, wanted))


def _names(s, other: Column, ids: list[int]) -> list[str]:
    """The linked records' names (their ids where a table has no names), sorted."""
    target = next(iter(other.foreign_keys)).column.table
    if not ids:
        return []
    if "name" not in target.c:
        return [str(i) for i in ids]
    return sorted(s.scalars(select(target.c.name).where(target.c.id.in_(ids))))
