"""The demo's grant: the Grants page and the grant report have something real to show."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from coachdesk.domain.grants import LineKind
from coachdesk.storage import tables as t
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)


def test_the_demo_has_a_grant_partly_spent_with_its_hours_valued(small_demo, tmp_path):
    with open_copy(small_demo(TODAY).path, tmp_path / "demo.sqlite3") as desk:
        (grant_id, name), = desk.grants.choices()
        follow = desk.follow_up.of_grant(grant_id, TODAY)
        assert name.endswith("2026–2027")
        assert follow.grant.own_share == (follow.grant.amount / 4).quantize(Decimal("0.01"))
        # Spent as far as the year has gone (a third of it), booked, money left, and
        # no line running over.
        assert 0.2 < follow.grant_spent / follow.grant.amount < 0.5
        assert follow.grant_committed > 0 and follow.left > 0
        assert not follow.lines_running_over
        salary = next(line for line in follow.lines if line.costs.spent
                      and desk.valued_hours.by_line(grant_id, TODAY).get(line.line_id))
        assert "palkat" in salary.name or "salaries" in salary.name.lower()
        kinds = {line.kind for line in desk.grants.draft(grant_id).lines}
        assert kinds == {LineKind.TUTOR_SALARIES, LineKind.SUBSTITUTES, LineKind.TRAINING,
                         LineKind.TRAVEL}
        with desk.db.engine.connect() as conn:
            costs = conn.execute(select(t.tutors.c.hourly_cost)).scalars().all()
        assert costs and None not in costs
