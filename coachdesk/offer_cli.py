"""``coachdesk offer``: the term's offer as a PDF, an HTML page and an .ics, for a run
without the window.

    coachdesk offer --db PATH --from DATE --to DATE --out FILE.pdf [--school NAME]
                    [--lang fi|sv|en] [--sign-up TEXT]

The three files share FILE's name (offer.pdf, offer.html, offer.ics). Written in the
school's teaching language with ``--school``, else in the coordinator's; ``--lang``
chooses. Every failure raises ``CoachDeskError``; ``coachdesk`` prints it and exits
non-zero.
"""

import argparse
from pathlib import Path

from coachdesk.domain.text import tr
from coachdesk.reports.cli import add_language, period_of


def add_offer_command(subparsers) -> None:
    """Add ``offer`` to the ``coachdesk`` command's sub-parsers."""
    offer = subparsers.add_parser(
        "offer", help="publish the open lessons of a period: PDF, HTML page and .ics",
        description="Write the lessons published for a period as a printable PDF, a "
        "self-contained HTML page and a calendar file. Dates are ISO, e.g. 2026-08-01.")
    offer.set_defaults(run=run_offer)
    offer.add_argument("--db", required=True, type=Path, dest="offer_db", metavar="PATH",
                       help="the CoachDesk database file")
    offer.add_argument("--from", required=True, dest="first", metavar="DATE",
                       help="the first day, e.g. 2027-01-07")
    offer.add_argument("--to", required=True, dest="last", metavar="DATE",
                       help="the last day, e.g. 2027-05-31")
    offer.add_argument("--out", required=True, type=Path,
                       help="the PDF to write; the .html and .ics go beside it")
    offer.add_argument("--school", help="only what this school's teachers are offered")
    offer.add_argument("--sign-up", dest="sign_up", default="", metavar="TEXT",
                       help="how to sign up, e.g. 'By e-mail to tvt@vantaa.fi'")
    add_language(offer, "(default: the school's teaching language)")


def run_offer(args: argparse.Namespace) -> int:
    """Run ``coachdesk offer``; returns the exit status."""
    from coachdesk.reports.offer import Offer, offer_title, write_offer
    from coachdesk.reports.outfiles import check_suffix
    from coachdesk.services import Desk

    first, last = period_of(args)
    pdf = check_suffix(args.out, ".pdf")
    with Desk.open(args.offer_db, create=False) as desk:
        school_id = desk.reports.find_school(args.school)[0] if args.school else None
        offer = Offer(first, last, school_id, args.output_language, args.sign_up)
        page, calendar = write_offer(desk, offer, pdf.with_suffix(".html"))
        title = offer_title(desk, offer)
    _write_pdf(page.read_text(encoding="utf-8"), pdf, title)
    print(tr("Wrote the offer to {pdf}, {page} and {calendar}").format(
        pdf=pdf, page=page, calendar=calendar))
    return 0


def _write_pdf(page: str, path: Path, title: str) -> None:
    """Qt lays the page out: an offscreen application is enough, no screen needed."""
    from coachdesk.ui.headless import headless_application
    from coachdesk.ui.offer_pdf import write_offer_pdf

    headless_application()
    write_offer_pdf(page, path, title)
