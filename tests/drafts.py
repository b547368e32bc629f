"""Changing a record in a test as a form does: its draft, with some fields changed."""

from dataclasses import fields, replace
from typing import Any


def edit(service: Any, record_id: int, **changes: Any) -> Any:
    """``edit(desk.schools, school_id, notes="…")``: update the record from its current
    draft with ``changes`` (what a form saves when those fields were edited). Keywords
    that are not the draft's go to ``update`` itself (``confirmed=True``, ``now=…``);
    returns what ``update`` returns."""
    draft = service.draft(record_id)
    names = {f.name for f in fields(draft)}
    options = {key: changes.pop(key) for key in list(changes) if key not in names}
    return service.update(record_id, replace(draft, **changes), **options)


def edit_part(service: Any, part: str, record_id: int, **changes: Any) -> None:
    """``edit_part(desk.recruitment, "round", round_id, closes=…)``: as ``edit``, for a
    service that keeps several kinds of record (``update_round`` from ``round_draft``)."""
    draft = getattr(service, f"{part}_draft")(record_id)
    getattr(service, f"update_{part}")(record_id, replace(draft, **changes))
