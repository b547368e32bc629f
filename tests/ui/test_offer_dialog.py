"""Lessons ▸ Publish the offer…: the form, its remembered choices and the three files."""

import unicodedata
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate

from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.pages.lessons_page import LessonsPage
from tests.services.test_offer import add_schools, lesson
from tests.ui.helpers import errors_shown, fill, with_dialog

TODAY = date(2026, 12, 2)


def _page(qtbot, desk) -> LessonsPage:
    make_application()
    page = LessonsPage(desk, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.start()
    return page


def dates(dialog, **days: date) -> None:
    for key, day in days.items():
        dialog.editors[key].setDate(QDate(day))


def _pdf_text(path) -> str:
    return " ".join(unicodedata.normalize("NFKC", p.extract_text()).replace("\t", " ")
                    for p in PdfReader(path).pages)


def test_publishing_writes_the_pdf_the_page_and_the_calendar(qtbot, desk, answers,
                                                            monkeypatch, tmp_path):
    _korso, kyrkoby = add_schools(desk)
    lesson(desk, "Scratch basics", date(2027, 1, 12), capacity=12)
    asked = []
    monkeypatch.setattr(mail_dialog, "ask_save_path", lambda parent, title, suggested, f:
                        asked.append(suggested) or str(tmp_path / "offer"))
    page = _page(qtbot, desk)

    def publish(dialog):
        dates(dialog, first=date(2027, 1, 7), last=date(2027, 5, 31))
        fill(dialog, school_id=kyrkoby,
             sign_up="Per e-post till ikt@vanda.fi")
        dialog.accept()

    with_dialog(page.offer_action.trigger, publish)
    pdf = tmp_path / "offer.pdf"  # the suffix added to the name given
    assert asked and asked[0].endswith(".pdf")
    text = _pdf_text(pdf)
    assert "Scratch basics" in text and "Kyrkoby skola" in text and "ikt@vanda.fi" in text
    assert (tmp_path / "offer.html").exists() and (tmp_path / "offer.ics").exists()
    assert answers["errors"] == []

    remembered = {}

    def look(dialog):
        remembered["school"] = dialog.editors["school_id"].currentData()
        remembered["text"] = dialog.editors["sign_up"].toPlainText()
        dialog.reject()

    with_dialog(page.offer_action.trigger, look)
    assert (remembered["school"], remembered["text"]) == (kyrkoby,
                                                          "Per e-post till ikt@vanda.fi")


def test_a_period_that_ends_before_it_starts_is_shown_at_the_field(qtbot, desk, answers,
                                                                   monkeypatch, tmp_path):
    add_schools(desk)
    monkeypatch.setattr(mail_dialog, "ask_save_path", lambda *a: str(tmp_path / "x.pdf"))
    page = _page(qtbot, desk)
    shown = {}

    def publish(dialog):
        dates(dialog, first=date(2027, 5, 31), last=date(2027, 1, 7))
        dialog.accept()
        shown.update(errors_shown(dialog))
        dialog.reject()

    with_dialog(page.offer_action.trigger, publish)
    assert set(shown) == {"last"}
    assert not (tmp_path / "x.pdf").exists()
