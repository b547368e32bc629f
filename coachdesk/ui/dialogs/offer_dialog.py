"""Publish the term's offer: the period, the school (or every school), the language and
how to sign up; then where to save it. Writes the PDF, the HTML page and the .ics."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.file_names import safe_file_name
from coachdesk.domain.language import LANGUAGES
from coachdesk.domain.text import tr
from coachdesk.reports.offer import Offer, offer_title, write_offer
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.offer_pdf import write_offer_pdf
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of

REMEMBERED = ("school_id", "language", "sign_up")


def language_names() -> dict[str, str]:
    return {"fi": tr("Finnish"), "sv": tr("Swedish"), "en": tr("English")}


def offer_fields(desk: Desk) -> list[Field]:
    names = language_names()
    return [
        Field("first", tr("From"), "date", required=True),
        Field("last", tr("Until"), "date", required=True),
        Field("school_id", tr("Offered to"), "choice",
              [(None, tr("Every school"))] + list(desk.schools.choices())),
        Field("language", tr("Language"), "choice",
              [(None, tr("The school's teaching language"))]
              + [(code, names[code]) for code in LANGUAGES]),
        Field("sign_up", tr("How to sign up"), "multiline",
              placeholder=tr("e.g. By e-mail to the ICT coordinator by the Friday before")),
    ]


def default_period(desk: Desk, today: date) -> tuple[date, date]:
    """From today to the end of the term under way (or the next one), else 90 days."""
    ends = [last for _id, _name, first, last in desk.school_years.terms() if last >= today]
    return today, min(ends) if ends else today + timedelta(days=90)


def publish_offer(parent: QWidget | None, desk: Desk, today: date | None = None
                  ) -> list[Path] | None:
    """The dialog, then the save dialog; returns the files written, None if cancelled."""
    today = today or date.today()
    first, last = default_period(desk, today)
    store = settings()
    school = store.value("offer/school_id")
    values = {"first": first, "last": last, "school_id": int(school) if school else None,
              "language": store.value("offer/language") or None,
              "sign_up": store.value("offer/sign_up") or ""}

    dialog = FormDialog(parent, tr("Publish the offer"), offer_fields(desk), values,
                        _checked, "offer_dialog",
                        check=problems_of(lambda v: Offer(**v)))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).setText(tr("Publish…"))
    if not dialog.exec():
        return None
    offer: Offer = dialog.result_value
    for key in REMEMBERED:
        store.setValue(f"offer/{key}", getattr(offer, key) or "")
    title = offer_title(desk, offer)
    suggested = mail_dialog.documents_folder() / f"{safe_file_name(title)}.pdf"
    name = mail_dialog.ask_save_path(parent, tr("Publish the offer"), str(suggested),
                                     tr("PDF files (*.pdf)"))
    if not name:
        return None
    pdf = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    written = run_op(parent, lambda: write_offer(desk, offer, pdf.with_suffix(".html")))
    if not written or written.value is None:
        return None
    page, calendar = written.value
    try:  # laid out by Qt: on this thread, not the writer's
        write_offer_pdf(page.read_text(encoding="utf-8"), pdf, title)
    except CoachDeskError as exc:
        messages.error(parent, str(exc))
        return None
    messages.inform(parent, tr("Publish the offer"), tr(
        "The offer is ready to share:\n{pdf} to print or send,\n{page} for the intranet,\n"
        "{calendar} for teachers' calendars.").format(pdf=pdf, page=page, calendar=calendar))
    return [pdf, page, calendar]


def _checked(values: dict) -> Offer:
    offer = Offer(**values)
    offer.check()
    return offer
