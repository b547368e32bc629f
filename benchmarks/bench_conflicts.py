"""Conflict checks on the large demo database: one lesson, and a series preview.

    python benchmarks/bench_conflicts.py [--db PATH]

The check a lesson form makes while the coordinator edits (the tutors' other lessons and
visits that day, the rooms, the calendar and the released-time plans), and the preview of
a term-long weekly series, which checks every date.
"""

import argparse
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from common import large_demo, timed

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.lessons import LessonDraft, LessonSeriesDraft, PlaceKind
from coachdesk.services import Desk


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with Desk.open(large_demo(args.db)) as desk:
        tutor_id, _name = desk.tutors.choices()[0]
        day = date.today() + timedelta(days=14)
        while day.isoweekday() != 3:
            day += timedelta(days=1)
        draft = LessonDraft(title="Benchmark", tutor_ids=(tutor_id,),
                            place_kind=PlaceKind.VENUE, venue="Tikkurila library",
                            starts_at=datetime.combine(day, time(15)),
                            ends_at=datetime.combine(day, time(16, 30)))
        timed("conflict check for one lesson", lambda: desk.lessons.conflicts(draft), 20)
        _, _, first, last = desk.school_years.term_on(date.today())
        series = LessonSeriesDraft(
            replace(draft, place_kind=PlaceKind.ONLINE, online_url="https://x.example/a"),
            Repeat("FREQ=WEEKLY;BYDAY=WE", first, last, time(15), time(16, 30)))
        timed("preview a weekly series over a term",
              lambda: desk.lessons.preview_series(series), 5)
        timed("calendar events of one week, all tutors",
              lambda: desk.lessons.events(day, day + timedelta(days=6)), 10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
