"""``coachdesk close-year`` and ``coachdesk reopen-year``: archive a school year, not
delete it (issue 25).

    coachdesk close-year --db PATH --year 2024-2025
    coachdesk reopen-year --db PATH --year 2024-2025

A closed year's lessons, visits, enrollments and loans stay in every list and report and
can no longer be changed (services/closed_years.py); reopening makes them changeable
again. Both write, so they take the file's lock as the window does. Closing a closed year
(or reopening an open one) changes nothing and says so.
"""

import argparse
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr


def add_year_commands(subparsers) -> None:
    for name, closing, text in (
            ("close-year", True, "close a school year: its lessons, visits and loans stay "
             "in every list and report and can no longer be changed"),
            ("reopen-year", False, "reopen a closed school year, so that its records can be "
             "changed again")):
        parser = subparsers.add_parser(name, help=text, description=text[0].upper()
                                       + text[1:] + ".")
        # Its own destination: the top-level --db would otherwise be overwritten.
        parser.add_argument("--db", required=True, type=Path, dest="year_db", metavar="PATH",
                            help="the CoachDesk database file")
        parser.add_argument("--year", required=True, metavar="NAME",
                            help="the school year, e.g. 2024-2025 (or its first year, 2024)")
        parser.set_defaults(run=_close if closing else _reopen)


def _close(args: argparse.Namespace) -> int:
    return _set_closed(args, True)


def _reopen(args: argparse.Namespace) -> int:
    return _set_closed(args, False)


def _set_closed(args: argparse.Namespace, closed: bool) -> int:
    from coachdesk.services import Desk
    from coachdesk.services.file_lock import DatabaseLock

    if not args.year_db.is_file():  # the lock would make the folder of a mistyped path
        raise CoachDeskError(tr("{path} does not exist: name the CoachDesk database file "
                                "with --db PATH.").format(path=args.year_db))
    with DatabaseLock(args.year_db, holder="coachdesk " + args.command), \
            Desk.open(args.year_db, create=False) as desk:
        year_id, name, was_closed = desk.school_years.find(args.year)
        if was_closed != closed:
            desk.school_years.close(year_id, closed)
    if was_closed == closed:
        said = (tr("The school year {name} was already closed; nothing changed.") if closed
                else tr("The school year {name} was not closed; nothing changed."))
    elif closed:
        said = tr("Closed the school year {name}: its lessons, visits and loans stay in "
                  "every list and report and can no longer be changed. Reopen it with "
                  "coachdesk reopen-year.")
    else:
        said = tr("Reopened the school year {name}: its lessons, visits and loans can be "
                  "changed again.")
    print(said.format(name=name))
    return 0
