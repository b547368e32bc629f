"""What the tutoring costs: hours valued, the grant that pays them, and the forecast.

- A tutor's hours cost their hourly cost: each visit or lesson is valued on its own and
  rounded to cents, so that every total is the sum of the rows it comes from.
- The hours of a tutor go to a tutor-salary line of their language unit (the home
  school's teaching language), or to one without a unit. When the periods of several
  grants with such a line overlap, a day's hours go to the grant that ends first (then
  the one that started first): the money that runs out first is used first.
- Spent is what happened (visits done, lessons held, costs dated up to today);
  committed is what is booked (visits booked, lessons planned, later costs).
- The forecast for the period's end is what is spent, and for the days left the pace so
  far or what is booked, whichever is more.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from coachdesk.domain.grants import cents

ZERO = Decimal(0)
ENDING_DAYS = 90  # a period ending this soon with money left is said on Today
LEFT_SHARE = Decimal("0.05")  # … when more than this share of the grant would be left


def hours_cost(minutes: int, hourly_cost: Decimal) -> Decimal:
    """The cost of ``minutes`` of a tutor's time at ``hourly_cost`` €/h, in cents."""
    return cents(Decimal(minutes) * hourly_cost / 60)


def grant_part(cost: Decimal, share: Decimal) -> Decimal:
    """The grant's part of a cost when it covers ``share`` per cent."""
    return cents(cost * share / 100)


@dataclass(frozen=True)
class Candidate:
    """A grant that may pay a unit's tutor hours: its id and period."""

    grant_id: int
    starts: date
    ends: date

    @property
    def priority(self) -> tuple[date, date, int]:
        return self.ends, self.starts, self.grant_id


Days = tuple[date, date]  # first and last day, both included


def charged_periods(candidates: Iterable[Candidate]) -> dict[int, list[Days]]:
    """The days on which each grant pays a unit's tutor hours: its period, less the days
    of the grants before it (ending first, then starting first, then added first)."""
    taken: list[Days] = []
    found: dict[int, list[Days]] = {}
    for grant in sorted(candidates, key=lambda c: c.priority):
        found[grant.grant_id] = subtract((grant.starts, grant.ends), taken)
        taken.append((grant.starts, grant.ends))
    return found


def subtract(period: Days, taken: Sequence[Days]) -> list[Days]:
    """``period`` without the days of ``taken``, as ordered periods."""
    left = [period]
    for first, last in taken:
        kept: list[Days] = []
        for a, b in left:
            if last < a or first > b:
                kept.append((a, b))
                continue
            if a < first:
                kept.append((a, first - timedelta(days=1)))
            if last < b:
                kept.append((last + timedelta(days=1), b))
        left = kept
    return sorted(left)


def forecast(spent: Decimal, committed: Decimal, first: date, last: date,
             today: date) -> Decimal:
    """The costs at the end of the period ``first``–``last`` as seen on ``today``: what
    is spent, and for the days left the pace so far or what is booked, whichever is more
    (before the period, what is booked; after it, what is spent and still booked)."""
    if not first <= today < last:
        return spent + committed
    elapsed = (today - first).days + 1
    remaining = (last - today).days
    at_pace = cents(spent * remaining / elapsed)
    return spent + max(committed, at_pace)


@dataclass(frozen=True)
class Money:
    """Spent and committed costs (all money, before the grant's share)."""

    spent: Decimal = ZERO
    committed: Decimal = ZERO

    def __add__(self, other: "Money") -> "Money":
        return Money(self.spent + other.spent, self.committed + other.committed)


def total(items: Iterable[Money]) -> Money:
    found = Money()
    for item in items:
        found = found + item
    return found


@dataclass(frozen=True)
class LineFigures:
    """A budget line followed up: its budget (the grant's money), the costs spent and
    committed, and what they take of the grant at its share."""

    line_id: int
    name: str
    budget: Decimal
    costs: Money
    forecast: Decimal  # the costs by the period's end
    share: Decimal  # per cent

    @property
    def grant_spent(self) -> Decimal:
        return grant_part(self.costs.spent, self.share)

    @property
    def grant_committed(self) -> Decimal:
        return grant_part(self.costs.committed, self.share)

    @property
    def grant_forecast(self) -> Decimal:
        return grant_part(self.forecast, self.share)

    @property
    def left(self) -> Decimal:
        """The line's grant money not spent nor committed."""
        return self.budget - self.grant_spent - self.grant_committed

    @property
    def used(self) -> float | None:
        """The share of the budget spent and committed (1.0 is all of it)."""
        if not self.budget:
            return None
        return float((self.grant_spent + self.grant_committed) / self.budget)

    @property
    def runs_over(self) -> bool:
        """What is spent and booked, or the forecast, takes more than the budget."""
        return self.left < 0 or self.grant_forecast > self.budget


def line_figures(line_id: int, name: str, budget: Decimal, costs: Money, share: Decimal,
                 first: date, last: date, today: date) -> LineFigures:
    return LineFigures(line_id, name, budget, costs,
                       forecast(costs.spent, costs.committed, first, last, today), share)


def ends_with_money_left(amount: Decimal, grant_forecast: Decimal, last: date,
                         today: date) -> bool:
    """The period ends within :data:`ENDING_DAYS` and the forecast leaves more than
    :data:`LEFT_SHARE` of the grant unused."""
    if not today <= last <= today + timedelta(days=ENDING_DAYS) or amount <= 0:
        return False
    return amount - grant_forecast > amount * LEFT_SHARE


Month = tuple[int, int]  # (year, month)


def months_of(first: date, last: date) -> list[Month]:
    """The months a period touches, in order: 15.8.2025–2.10.2025 is August to October."""
    found, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


@dataclass(frozen=True)
class Booked:
    """One cost of a line: an entered cost, or a tutor's valued visit or lesson."""

    day: date
    line_id: int
    amount: Decimal
    done: bool  # spent; False: committed

    @property
    def money(self) -> Money:
        return Money(self.amount, ZERO) if self.done else Money(ZERO, self.amount)


def by_line_and_month(items: Iterable[Booked]
                      ) -> tuple[dict[int, Money], dict[Month, dict[int, Money]]]:
    """The costs summed per line, and per month and line."""
    lines: dict[int, Money] = {}
    months: dict[Month, dict[int, Money]] = {}
    for item in items:
        lines[item.line_id] = lines.get(item.line_id, Money()) + item.money
        month = months.setdefault((item.day.year, item.day.month), {})
        month[item.line_id] = month.get(item.line_id, Money()) + item.money
    return lines, months
