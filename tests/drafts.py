"""Changing a record in a test as a form does: its draft, with some fields changed."""

from dataclasses import replace
from typing import Any


def edit(service: Any, record_id: int, **changes: Any) -> None:
    """``edit(desk.schools, school_id, notes="…")``: update the record from its current
    draft with ``changes`` (what a form saves when those fields were edited)."""
    service.update(record_id, replace(service.draft(record_id), **changes))
