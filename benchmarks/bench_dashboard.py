"""The Today page's figures on the large demo database (300 schools, 10,000 teachers,
200 tutors, 20,000 lessons, 300,000 enrollments, 100,000 visits, 50,000 loans).

    python benchmarks/bench_dashboard.py [--db PATH] [--today YYYY-MM-DD]

Prints the median and spread of the attention list, each of its rules, the term at a
glance and its parts, and the first steps of an empty database.
"""

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from common import large_demo, timed

from coachdesk.services import Desk
from coachdesk.services.dashboard import _start

RULES = ["_reservations", "_overdue_loans", "_new_requests", "_unlogged_visits",
         "_unmarked_lessons", "_loans_due", "_agreements_ending", "_visits_soon",
         "_lessons_soon"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    today = args.today
    with Desk.open(large_demo(args.db)) as desk:
        dashboard = desk.dashboard
        timed("attention list (all rules)", lambda: dashboard.attention(today))
        with desk.db.reading() as conn:
            for rule in RULES:
                timed(f"  rule {rule.strip('_')}",
                      lambda r=rule: getattr(dashboard, r)(conn, today))
        timed("term at a glance (all charts)", lambda: dashboard.glance(today))
        name, first, last = dashboard._term(today)
        start, end = _start(first), _start(last + timedelta(days=1))
        with desk.db.reading() as conn:
            timed("  tutor hours", lambda: dashboard._tutor_hours(conn, first, last, start,
                                                                   end))
            timed("  visits and attendances per month",
                  lambda: dashboard._months(conn, first, last, start, end))
            timed("  share of teachers reached per school",
                  lambda: dashboard._reach(conn, start, end))
        timed("getting started", dashboard.getting_started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
