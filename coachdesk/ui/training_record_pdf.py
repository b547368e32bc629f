"""A teacher's training record as a PDF: its page (:func:`record_page`) laid out on A4 by
Qt's rich-text engine, the way the term's offer is (:mod:`coachdesk.ui.offer_pdf`)."""

from datetime import date
from pathlib import Path

from coachdesk.reports.training_record import record_page
from coachdesk.services import Desk
from coachdesk.ui.offer_pdf import write_offer_pdf as write_page_pdf

__all__ = ["write_page_pdf", "write_record_pdf"]


def write_record_pdf(desk: Desk, teacher_id: int, path: Path | str,
                     language: str | None = None, today: date | None = None) -> Path:
    """The record written to ``path`` completely or not at all, in ``language`` or else
    in that of the teacher's school. Needs a Qt application (ui/headless.py)."""
    page, title = record_page(desk, teacher_id, language, today)
    return write_page_pdf(page, path, title)
