"""The announcement dialog: published lessons by term, topic and school; schools and who
there gets it; the preview in three languages; Copy, Open in mail program (a mailto
link, or an .eml when too long) and Save .eml; the templates dialog."""

import email
import email.policy
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from coachdesk.domain.kinds import RecordKind
from coachdesk.reports import messages as mail_messages
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs import mail_dialog
from coachdesk.ui.dialogs.announcement_dialog import AnnouncementDialog
from coachdesk.ui.dialogs.templates_dialog import TemplatesDialog
from coachdesk.ui.operations import operations
from tests.reports.communication import build

TODAY = date(2026, 9, 1)


@pytest.fixture
def world(desk):
    return build(desk)


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(mail_dialog, "open_url", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def dialog(qtbot, desk, world, answers):
    make_application()
    d = AnnouncementDialog(None, desk, today=TODAY)
    qtbot.addWidget(d)
    d.show()
    return d


def tick(widget, text: str, on: bool = True) -> None:
    for i in range(widget.count()):
        if text in widget.item(i).text():
            widget.item(i).setCheckState(Qt.CheckState.Checked if on
                                         else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"{text!r} is not in the list")


def texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_only_published_lessons_are_offered(dialog):
    assert texts(dialog.lessons) == ["9.9.2026 14:30  Scratch basics",
                                     "2.12.2026 15:00  Scratch games"]
    assert not dialog.preview.open_button.isEnabled()
    assert "Tick the lessons" in dialog.preview.error.text()


def test_filters_by_term_topic_and_school(dialog, world):
    dialog.term.setCurrentIndex(dialog.term.findText("Spring term 2027"))
    assert texts(dialog.lessons) == []
    dialog.term.setCurrentIndex(dialog.term.findText("Autumn term 2026"))
    assert len(texts(dialog.lessons)) == 2
    dialog.school.setCurrentIndex(dialog.school.findData(world.korso))
    assert len(texts(dialog.lessons)) == 2  # both are open to all schools
    assert world.korso in dialog.school_ids()  # announcing a school's lessons to it
    tick(dialog.lessons, "Scratch basics")
    dialog.topic.setCurrentIndex(dialog.topic.findText("Scratch"))
    assert world.at_school in dialog.lesson_ids()  # ticks survive a new filter


def test_preview_in_three_languages(dialog):
    tick(dialog.lessons, "Scratch basics")
    tick(dialog.schools, "Korson koulu")
    assert dialog.preview.subject.text() == "Tutoropettajien koulutuksia 9.9.2026–9.9.2026"
    assert "klo 14.30–16.00: Scratch basics" in dialog.preview.body.toPlainText()
    assert "pirjo.rehtori@vantaa.fi" in dialog.preview.recipients.text()
    assert "koulutukset.ics" in dialog.preview.attachments.text()
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.preview.subject.text().startswith("Tutorlärarnas utbildningar")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "14:30–16:00: Scratch basics" in dialog.preview.body.toPlainText()
    dialog.to_teachers.setChecked(True)
    assert "Bcc: " in dialog.preview.recipients.text()
    assert "aino@vantaa.fi" in dialog.preview.recipients.text()


def test_a_school_without_a_principal_email_is_named(dialog):
    tick(dialog.lessons, "Scratch basics")
    tick(dialog.schools, "Tyhjälän koulu")
    assert "Tyhjälän koulu" in dialog.preview.error.text()
    assert dialog.preview.error.isVisibleTo(dialog)
    assert not dialog.preview.save_button.isEnabled()


def test_copy_and_open_in_mail_program(dialog, opened):
    tick(dialog.lessons, "Scratch basics")
    tick(dialog.schools, "Korson koulu")
    dialog.preview.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Tutoropettajien koulutuksia") and "Scratch basics" in copied
    dialog.preview.open_button.click()
    (url,) = opened
    assert url.scheme() == "mailto"
    parts = urlsplit(bytes(url.toEncoded()).decode())
    assert parts.path == "pirjo.rehtori@vantaa.fi,ilkka.tietonen@vantaa.fi"
    assert parse_qs(parts.query)["subject"] == [dialog.preview.subject.text()]


def test_a_long_message_is_saved_and_opened_as_eml(dialog, opened, monkeypatch, tmp_path,
                                                   answers):
    monkeypatch.setattr(mail_messages, "MAILTO_LIMIT", 100)
    monkeypatch.setattr(mail_dialog.Mail.mailto, "__defaults__", (100,))
    target = tmp_path / "ilmoitus"
    monkeypatch.setattr(mail_dialog, "ask_save_path", lambda *a: str(target))
    tick(dialog.lessons, "Scratch basics")
    tick(dialog.schools, "Korson koulu")
    dialog.preview.open_button.click()
    saved = tmp_path / "ilmoitus.eml"
    assert saved.is_file()
    (url,) = opened
    assert url.isLocalFile() and url.toLocalFile() == str(saved)


def test_save_eml(dialog, monkeypatch, tmp_path):
    target = tmp_path / "out.eml"
    monkeypatch.setattr(mail_dialog, "ask_save_path", lambda *a: str(target))
    tick(dialog.lessons, "Scratch basics")
    tick(dialog.lessons, "Scratch games")
    tick(dialog.schools, "Ankarskolan")
    dialog.preview.save_button.click()
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "stina.rektor@vantaa.fi"
    assert [p.get_filename() for p in message.iter_attachments()] == ["koulutukset.ics"]
    monkeypatch.setattr(mail_dialog, "ask_save_path", lambda *a: "")  # cancelled
    dialog.preview.save_button.click()


def test_lessons_given_are_ticked(qtbot, desk, world, answers):
    d = AnnouncementDialog(None, desk, lesson_ids=[world.online], today=TODAY)
    qtbot.addWidget(d)
    assert d.lesson_ids() == [world.online]


def test_templates_dialog_lists_placeholders_and_shows_errors(qtbot, desk, answers):
    make_application()
    d = TemplatesDialog(None, desk, "report_cover", "en")
    qtbot.addWidget(d)
    d.show()
    assert "{file_name}" in d.places.text()
    assert d.state.text() == "The default text"
    d.body.setPlainText("Dear {principl}")
    assert not d.save()
    assert "{principl}" in d.error.text() and d.error.isVisibleTo(d)
    d.body.setPlainText("Dear {principal}, see {file_name}.")
    assert d.save()
    assert not desk.templates.get("report_cover", "en").is_default
    d.language.setCurrentIndex(d.language.findData("fi"))
    assert d.body.toPlainText().startswith("Hei {principal}")
    d.language.setCurrentIndex(d.language.findData("en"))
    assert d.body.toPlainText() == "Dear {principal}, see {file_name}."
    d.reset()  # answers: yes
    assert desk.templates.get("report_cover", "en").is_default
    assert d.body.toPlainText().startswith("Dear {principal},\n\nattached")


def test_a_template_saved_is_heard_by_the_window(qtbot, desk, answers):
    make_application()
    d = TemplatesDialog(None, desk, "report_cover", "en")
    qtbot.addWidget(d)
    heard = []

    def hear(changes, _initiator) -> None:
        heard.append(changes.kinds)

    operations().did_execute.connect(hear)
    try:
        d.body.setPlainText("Dear {principal}.")
        assert d.save()
        d.reset()
    finally:
        operations().did_execute.disconnect(hear)
    assert [RecordKind.TEMPLATE in kinds for kinds in heard] == [True, True]


def test_a_visit_gone_meanwhile_is_said_not_raised(qtbot, desk, answers):
    from coachdesk.ui.dialogs.communication_actions import (
        save_visit_ics,
        send_visit_confirmation,
    )

    make_application()
    send_visit_confirmation(None, desk, 9999)
    assert save_visit_ics(None, desk, 9999) is None
    assert len(answers["errors"]) == 2


# -- the pages' hooks ---------------------------------------------------------------------
def _page(qtbot, page):
    qtbot.addWidget(page)
    page.show()
    page.start()
    return page


def test_visits_page_sends_a_confirmation_and_saves_an_ics(qtbot, desk, world, answers,
                                                          monkeypatch, tmp_path):
    from datetime import datetime

    from coachdesk.ui import messages
    from coachdesk.ui.dialogs import communication_actions
    from coachdesk.ui.pages.visits_page import VisitsPage

    make_application()
    page = _page(qtbot, VisitsPage(desk, today=TODAY, now=datetime(2026, 9, 1, 12)))
    assert page.list.select_id(world.visit)
    shown = []
    monkeypatch.setattr(messages, "choose", lambda *a: 1)  # the tutor
    monkeypatch.setattr(communication_actions.MailDialog, "exec",
                        lambda self: shown.append(self.panel.mail))
    page.confirm_action.trigger()
    (mail,) = shown
    assert mail.to == [("Maija Meikäläinen", "maija@vantaa.fi")]
    assert mail.subject == "Koulukäynti: Korson koulu 10.9.2026 klo 9.00"
    target = tmp_path / "visit"
    monkeypatch.setattr(mail_dialog, "ask_save_path", lambda *a: str(target))
    page.ics_action.trigger()
    from icalendar import Calendar

    cal = Calendar.from_ical((tmp_path / "visit.ics").read_bytes())
    assert str(cal.walk("VEVENT")[0]["uid"]).startswith(f"visit-{world.visit}@")


def test_tutors_page_exports_the_terms_calendar(qtbot, desk, world, answers, monkeypatch,
                                                tmp_path):
    from icalendar import Calendar

    from coachdesk.ui.pages.tutors_page import TutorsPage

    make_application()
    page = _page(qtbot, TutorsPage(desk, today=TODAY))
    assert page.list.select_id(world.tutor)
    target = tmp_path / "maija.ics"
    monkeypatch.setattr(mail_dialog, "ask_save_path", lambda *a: str(target))
    page.calendar_action.trigger()
    cal = Calendar.from_ical(target.read_bytes())
    assert "Scratch basics" in [str(e["summary"]) for e in cal.walk("VEVENT")]


def test_lessons_page_opens_the_announcement(qtbot, desk, world, answers, monkeypatch):
    from coachdesk.ui.dialogs import communication_actions
    from coachdesk.ui.pages.lessons_page import LessonsPage

    make_application()
    page = _page(qtbot, LessonsPage(desk, today=TODAY))
    page.list.select_id(world.at_school)
    seen = []
    monkeypatch.setattr(communication_actions.AnnouncementDialog, "exec",
                        lambda self: seen.append(self.lesson_ids()))
    page.announce_action.trigger()
    assert seen == [[world.at_school]]
