"""What booking a lesson and a visit share: which dates of a series a change is for, and
how a series repeats."""

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker


class Scope(StrEnum):
    """Which dates of a series a change or a cancellation is for."""

    THIS = "this"  # this date only
    FOLLOWING = "following"  # this date and every later one of its series


def scope_of(scope: Scope) -> Scope:
    """``scope`` itself: anything else is a programming error, never taken for THIS."""
    if not isinstance(scope, Scope):
        raise TypeError(f"a scope is a Scope, not {scope!r}")
    return scope


@dataclass(frozen=True)
class Repeat:
    """How a series repeats: the rule ("FREQ=WEEKLY;BYDAY=WE"), the first and last day it
    may give, and the time of day of each date."""

    rule: str
    first_day: date | None
    last_day: date | None
    starts: time
    ends: time

    def check(self) -> None:
        """Raise ValidationError naming every wrong field (the rule itself is read when
        the dates are made)."""
        c = Checker()
        if self.first_day is None or self.last_day is None:
            c.fail("first_day" if self.first_day is None else "last_day",
                   tr("Give the first and the last day of the series."))
        else:
            c.plausible_year("first_day", self.first_day, tr("First day"))
            c.plausible_year("last_day", self.last_day, tr("Last day"))
            c.order("last_day", self.first_day, self.last_day,
                    tr("The series cannot end before it starts."))
        c.order("ends", self.starts, self.ends, tr("It must end after it starts."), strict=True)
        c.raise_if_any()


def errors_of(*checks) -> dict[str, str]:
    """The errors of several checks together (the first message of a field wins), so that
    a form shows every mistake at once."""
    errors: dict[str, str] = {}
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
    return errors

