"""``coachdesk calendar``: a tutor's calendar as an .ics file, for a scheduled run.

    coachdesk calendar --db PATH --tutor NAME --from DATE --to DATE --out FILE.ics [--lang sv]

Each visit is written in its school's teaching language, each lesson in that of its
schools (else the coordinator's); ``--lang fi|sv|en`` writes every event in one. Dates
are ISO (2026-08-01). Every failure raises ``CoachDeskError`` with a clear
message; the ``coachdesk`` command prints it and exits non-zero.
"""

import argparse
from pathlib import Path

from coachdesk.domain.text import tr
from coachdesk.reports.cli import add_language, period_of


def add_calendar_command(subparsers) -> None:
    """Add ``calendar`` to the ``coachdesk`` command's sub-parsers."""
    cal = subparsers.add_parser(
        "calendar", help="write a tutor's visits and lessons for a period as an .ics file",
        description="Write a tutor's visits and lessons for a period as an iCalendar file "
        "that Outlook, Google Calendar and Apple Calendar import. Dates are ISO, e.g. "
        "2026-08-01.")
    cal.set_defaults(run=run_calendar)  # coachdesk.cli.main calls args.run(args)
    # Its own destination: the top-level --db would otherwise be overwritten.
    cal.add_argument("--db", required=True, type=Path, dest="calendar_db", metavar="PATH",
                     help="the CoachDesk database file")
    cal.add_argument("--tutor", required=True, help="the tutor's name")
    cal.add_argument("--from", required=True, dest="first", metavar="DATE",
                     help="the first day, e.g. 2026-08-01")
    cal.add_argument("--to", required=True, dest="last", metavar="DATE",
                     help="the last day, e.g. 2026-12-31")
    cal.add_argument("--out", required=True, type=Path, help="the .ics file to write")
    add_language(cal, "(default: each visit in its school's teaching language)")


def run_calendar(args: argparse.Namespace) -> int:
    """Run ``coachdesk calendar``; returns the exit status."""
    from coachdesk.reports.ical import tutor_calendar, write_ics
    from coachdesk.reports.outfiles import check_suffix
    from coachdesk.services import Desk

    first, last = period_of(args)
    out = check_suffix(args.out, ".ics")
    # An existing file only: the calendar keeps its event numbers in it (so an import
    # again updates the events), but it never creates or upgrades a database.
    with Desk.open(args.calendar_db, create=False) as desk:
        tutor_id, name = desk.outbox.find_tutor(args.tutor)
        written = write_ics(tutor_calendar(desk, tutor_id, first, last,
                                           language=args.output_language), out)
    print(tr("Wrote the calendar of {tutor} to {path}").format(tutor=name, path=written))
    return 0
