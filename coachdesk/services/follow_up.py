"""desk.follow_up: a grant followed up — per budget line and per month, the budget, what
is spent and what is committed, what is left, the forecast for the period's end, and the
own share so far.

A line's costs are the costs entered on it (spent up to today, committed after) and, on a
salary line, the tutors' hours valued (desk.valued_hours). The grant pays its share of
them; the budget of a line is the grant's money for it, so a line is compared to the
grant's part of its costs. The own share so far is the rest of the costs spent.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from coachdesk.domain.costing import (
    Booked,
    LineFigures,
    Money,
    Month,
    by_line_and_month,
    ends_with_money_left,
    line_figures,
    months_of,
    total,
)
from coachdesk.domain.formats import format_date, format_money
from coachdesk.domain.grants import Grant
from coachdesk.domain.text import tr
from coachdesk.services.fields import get_or_raise
from coachdesk.services.valued_hours import ValuedHoursService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


@dataclass(frozen=True)
class GrantFollowUp:
    grant: Grant
    today: date
    lines: list[LineFigures]  # in the order the lines were given
    months: list[Month]  # every month of the period
    per_month: dict[Month, dict[int, Money]]  # month: line id: its costs

    @property
    def costs(self) -> Money:
        return total(line.costs for line in self.lines)

    @property
    def grant_spent(self) -> Decimal:
        return sum((line.grant_spent for line in self.lines), Decimal(0))

    @property
    def grant_committed(self) -> Decimal:
        return sum((line.grant_committed for line in self.lines), Decimal(0))

    @property
    def grant_forecast(self) -> Decimal:
        return sum((line.grant_forecast for line in self.lines), Decimal(0))

    @property
    def left(self) -> Decimal:
        """The grant's money not spent nor committed."""
        return self.grant.amount - self.grant_spent - self.grant_committed

    @property
    def own_share_spent(self) -> Decimal:
        """What the municipality has paid of the costs spent so far."""
        return self.costs.spent - self.grant_spent

    @property
    def lines_running_over(self) -> list[LineFigures]:
        return [line for line in self.lines if line.runs_over]

    @property
    def ends_with_money_left(self) -> bool:
        return ends_with_money_left(self.grant.amount, self.grant_forecast,
                                    self.grant.period[1], self.today)

    def warnings(self) -> list[tuple[str, bool]]:
        """What the follow-up warns of (the Grants page, Today), each with whether it is
        urgent: a line already over its budget is, one only forecast to run over is not."""
        said = [(tr("“{line}” is about to run over its budget.").format(line=line.name),
                 line.left < 0) for line in self.lines_running_over]
        if self.ends_with_money_left:
            said.append((tr("The period ends on {day} and the forecast leaves {left} of "
                            "the grant unused.").format(
                day=format_date(self.grant.period[1]),
                left=format_money(self.grant.amount - self.grant_forecast)), False))
        return said

    def month_total(self, month: Month) -> Money:
        return total(self.per_month.get(month, {}).values())


class FollowUpService:
    def __init__(self, db: Database, valued_hours: ValuedHoursService):
        self.db = db
        self.valued_hours = valued_hours

    def of_grant(self, grant_id: int, today: date | None = None) -> GrantFollowUp:
        today = today or date.today()
        b, k = t.budget_lines.c, t.costs.c
        with self.db.transaction() as s:
            grant = get_or_raise(s, Grant, grant_id, tr("grant"))
            lines = s.execute(select(b.id, b.name, b.budget).where(b.grant_id == grant_id)
                              .order_by(b.id)).all()
            entered = s.execute(
                select(k.spent_on, k.line_id, k.amount)
                .select_from(t.costs.join(t.budget_lines))
                .where(b.grant_id == grant_id)).all()
        items = [Booked(row.spent_on, row.line_id, Decimal(row.amount), row.spent_on <= today)
                 for row in entered]
        items += [Booked(row.day, row.line_id, row.cost, row.done)
                  for row in self.valued_hours.of_grant(grant_id, today)]
        per_line, per_month = by_line_and_month(items)
        figures = [line_figures(row.id, row.name, Decimal(row.budget),
                                per_line.get(row.id, Money()), Decimal(grant.share),
                                *grant.period, today) for row in lines]
        return GrantFollowUp(grant, today, figures, months_of(*grant.period), per_month)
