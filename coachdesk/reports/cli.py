"""``coachdesk report …``: the Excel reports from the command line, for scheduled runs.

    coachdesk report school --db PATH --school NAME --from DATE --to DATE --out FILE.xlsx
    coachdesk report summary --db PATH --from DATE --to DATE --out FILE.xlsx
    coachdesk report devices --db PATH --out FILE.xlsx
    coachdesk report all-schools --db PATH --from DATE --to DATE --out-dir DIR
    coachdesk report grant --db PATH --grant NAME --out FILE.xlsx

A school's report is written in the school's teaching language, the summary and the
device report in the coordinator's (``coachdesk --lang``, $COACHDESK_LANG, the window's
choice or the system's); ``--lang fi|sv|en`` after the kind writes any of them in that
language. Dates are ISO (2026-08-01). Every failure raises ``CoachDeskError`` with a clear
message; the ``coachdesk`` command prints it and exits non-zero.
"""

import argparse
import sys
from datetime import date
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.language import LANGUAGES
from coachdesk.domain.text import tr

SCHOOLS_LANGUAGE = "(default: the school's teaching language)"
OURS = "(default: the language CoachDesk speaks to you)"


def add_report_commands(subparsers) -> None:
    """Add ``report`` and its kinds to the ``coachdesk`` command's sub-parsers."""
    report = subparsers.add_parser(
        "report", help="write an Excel report (school, summary, devices, all-schools, grant)",
        description="Write an Excel report. Dates are ISO, e.g. 2026-08-01.")
    report.set_defaults(run=run_report)  # coachdesk.cli.main calls args.run(args)
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND")
    kinds.required = True

    school = kinds.add_parser("school", help="one school's report for a period")
    _db(school)
    school.add_argument("--school", required=True, help="the school's name")
    _period(school)
    school.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    school.add_argument("--costs", action="store_true",
                        help="with what the grants' budget lines paid for the school")
    _today(school)
    add_language(school, SCHOOLS_LANGUAGE)

    summary = kinds.add_parser("summary", help="the municipal summary for a period")
    _db(summary)
    _period(summary)
    summary.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    _today(summary)
    add_language(summary, OURS)

    devices = kinds.add_parser("devices", help="inventory, loans and reservations")
    _db(devices)
    devices.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    _today(devices)
    add_language(devices, OURS)

    every = kinds.add_parser("all-schools", help="one school report per school into a folder")
    _db(every)
    _period(every)
    every.add_argument("--out-dir", required=True, type=Path, dest="out_dir",
                       help="the folder for the reports (made if missing)")
    _today(every)
    add_language(every, "(default: each school's teaching language)")

    grant = kinds.add_parser("grant", help="a grant's figures and costs, for the funder")
    _db(grant)
    grant.add_argument("--grant", required=True, help="the grant's name")
    grant.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    _today(grant)
    add_language(grant, OURS)


def _db(parser: argparse.ArgumentParser) -> None:
    # Its own destination: the top-level --db would otherwise be overwritten.
    parser.add_argument("--db", required=True, type=Path, dest="report_db", metavar="PATH",
                        help="the CoachDesk database file")


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", required=True, dest="first", metavar="DATE",
                        help="the first day, e.g. 2026-08-01")
    parser.add_argument("--to", required=True, dest="last", metavar="DATE",
                        help="the last day, e.g. 2027-07-31")


def add_language(parser: argparse.ArgumentParser, default: str) -> None:
    # Its own destination: the top-level --lang (the messages' language) stays apart.
    parser.add_argument("--lang", choices=LANGUAGES, dest="output_language",
                        help=f"the language to write it in {default}")


def _today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="DATE",
                        help="the day the report is made on: visits and lessons from it "
                             "on are planned, loans and waits are counted on it "
                             "(default: today)")


def parse_day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CoachDeskError(tr("{what} “{text}” is not a date: write it as 2026-08-01.")
                             .format(what=what, text=text)) from None


def period_of(args: argparse.Namespace) -> tuple[date, date]:
    """The period of ``--from`` and ``--to`` (both required by the parser)."""
    first = parse_day(args.first, "--from")
    last = parse_day(args.last, "--to")
    assert first is not None and last is not None
    if last < first:
        raise CoachDeskError(tr("The period ends ({last}) before it starts ({first}).")
                             .format(first=args.first, last=args.last))
    return first, last


def _xlsx(path: Path) -> Path:
    if path.suffix.lower() != ".xlsx":
        raise CoachDeskError(tr("{path}: give a file name ending in .xlsx.").format(path=path))
    return path


def run_report(args: argparse.Namespace) -> int:
    """Run ``coachdesk report KIND``; returns the exit status."""
    from coachdesk.services import Desk

    kind = args.report_kind
    if kind not in ("devices", "grant"):  # the input is checked before the database opens
        first, last = period_of(args)
    today = parse_day(getattr(args, "today", None), "--today")
    if kind != "all-schools":
        out = _xlsx(args.out)
    language = args.output_language  # None: each report's own default
    with Desk.open_for_reading(args.report_db) as desk:  # a report changes no database
        if kind == "school":
            from coachdesk.reports.school_report import write_school_report

            school_id, name = desk.reports.find_school(args.school)
            written = write_school_report(desk, school_id, first, last, out, today=today,
                                          language=language, costs=args.costs)
            print(tr("Wrote the report of {school} to {path}").format(school=name,
                                                                       path=written))
        elif kind == "summary":
            from coachdesk.reports.summary_report import write_summary_report

            written = write_summary_report(desk, first, last, out, language=language,
                                           today=today)
            print(tr("Wrote the municipal summary to {path}").format(path=written))
        elif kind == "grant":
            from coachdesk.reports.grant_report import write_grant_report

            grant_id, name = desk.grant_report.find_grant(args.grant)
            written = write_grant_report(desk, grant_id, out, today=today, language=language)
            print(tr("Wrote the report of the grant {grant} to {path}").format(
                grant=name, path=written))
        elif kind == "devices":
            from coachdesk.reports.device_report import write_device_report

            written = write_device_report(desk, out, today=today, language=language)
            print(tr("Wrote the device report to {path}").format(path=written))
        else:
            from coachdesk.reports.all_schools import write_all_schools

            def progress(done: int, total: int) -> None:
                print(f"[{done}/{total}]", file=sys.stderr, flush=True)

            result = write_all_schools(desk, first, last, args.out_dir, today=today,
                                       progress=progress, language=language)
            print(tr("Wrote %n school reports to {path}", None, len(result.written)).format(
                path=args.out_dir))
    return 0
