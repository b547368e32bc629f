"""The ``coachdesk`` command: the window by default, plus headless sub-commands."""

import argparse
import sys
from pathlib import Path

from coachdesk import __version__, i18n, paths
from coachdesk.certificates_cli import add_certificate_commands
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.language import LANGUAGES
from coachdesk.domain.text import tr
from coachdesk.offer_cli import add_offer_command
from coachdesk.reports.calendar_cli import add_calendar_command
from coachdesk.reports.cli import add_report_commands
from coachdesk.reports.import_cli import add_import_commands
from coachdesk.safety_cli import add_safety_commands
from coachdesk.self_test import add_self_test
from coachdesk.server_cli import add_server_commands
from coachdesk.training_record_cli import add_training_record_command
from coachdesk.years_cli import add_year_commands


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk",
        description="CoachDesk: plan and report teacher peer coaching.",
    )
    parser.add_argument("--version", action="version", version=f"CoachDesk {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        help="database file to open (default: $COACHDESK_DB, or coachdesk.sqlite3 "
        "in your data folder)",
    )
    parser.add_argument(
        "--url", help="a database server URL instead of a file, e.g. postgresql://host/coachdesk"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="the language of the window and of the messages "
        "(default: $COACHDESK_LANG, the choice made in the window, or the system's)")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="fill an empty database with a demo municipality")
    demo.add_argument("--db", type=Path, dest="demo_db", required=True, help="database file")
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--years", type=int, default=1,
                      help="school years of records, the earlier ones all held and logged")
    add_import_commands(sub)
    add_report_commands(sub)
    add_calendar_command(sub)
    add_offer_command(sub)
    add_certificate_commands(sub)
    add_training_record_command(sub)
    add_safety_commands(sub)
    add_server_commands(sub)
    add_year_commands(sub)
    add_self_test(parser, sub)
    return parser


def _counted() -> dict[str, str]:
    """What the demo counts, named in the language spoken."""
    return {"schools": tr("Schools"), "teachers": tr("Teachers"), "topics": tr("Topics"),
            "tutors": tr("Tutors"), "lessons": tr("Lessons"), "enrollments": tr("Enrollments"),
            "visits": tr("Visits"), "devices": tr("Devices"), "loans": tr("Loans"),
            "reservations": tr("Reservations")}


def _demo_data(args: argparse.Namespace) -> int:
    from coachdesk.services import Desk
    from coachdesk.services.demo import fill_demo_data
    from coachdesk.services.file_lock import DatabaseLock

    def progress(message: str, fraction: float) -> None:
        print(f"[{fraction:4.0%}] {message}", file=sys.stderr)

    with DatabaseLock(args.demo_db, holder="coachdesk demo-data"), \
            Desk.open(args.demo_db) as desk:
        counts = fill_demo_data(desk, args.scale, seed=args.seed, progress=progress,
                                years=args.years)
    names = _counted()
    width = max(len(names.get(name, name)) for name in counts)
    for name, count in counts.items():
        print(f"{names.get(name, name):>{width}}: {count}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    i18n.install(i18n.choose_language(args.lang))
    try:
        if args.command == "demo-data":
            return _demo_data(args)
        if getattr(args, "run", None):  # sub-commands that name their own handler
            return args.run(args)
        from coachdesk.ui.app import run  # Qt is loaded only for the window

        return run(db_path=args.db or paths.default_database(), url=args.url)
    except CoachDeskError as exc:
        print(f"coachdesk: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file the system refused where no closer check said it
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"coachdesk: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
