"""Putting a draft's values on an entity, and finding the entity a command names."""

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from coachdesk.domain.errors import NotFound
from coachdesk.domain.text import tr
from coachdesk.domain.validation import storable


def apply(entity: object, fields: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:  # a programming error, not a user's
        raise TypeError(f"unknown fields for {type(entity).__name__}: {sorted(unknown)}")
    for key, value in fields.items():
        setattr(entity, key, storable(value) if type(value) is str else value)


Entity = TypeVar("Entity")


def get_or_raise(session: Session, cls: type[Entity], entity_id: int, what: str,
                 lock: bool = False) -> Entity:
    """The entity, or NotFound; ``lock``: its row is held until the transaction ends."""
    entity = session.get(cls, entity_id, with_for_update=lock or None)
    if entity is None:
        raise NotFound(tr("That {what} no longer exists.").format(what=what))
    return entity
