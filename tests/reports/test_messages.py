"""E-mail drafts parsed back with the standard ``email`` package: headers, body and the
attached .ics and workbook; mailto links and their limit; refusals that name what to
fill in, with no file written."""

import email
import email.policy
from datetime import date, datetime
from io import BytesIO
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.reports import messages
from coachdesk.reports.messages import (
    CONTACTS,
    SCHOOL,
    TEACHERS,
    TUTOR,
    Mail,
    MailtoTooLong,
    announcement,
    save_eml,
    visit_confirmation,
    write_report_covers,
)
from coachdesk.services.templates import ANNOUNCEMENT, TemplateText
from tests.drafts import edit
from tests.reports.communication import build

NOW = datetime(2026, 9, 1, 12, 0)
AUTUMN = (date(2026, 8, 1), date(2026, 12, 31))


@pytest.fixture
def world(desk):
    return build(desk)


def parse_eml(path) -> email.message.EmailMessage:
    with open(path, "rb") as f:
        return email.message_from_binary_file(f, policy=email.policy.default)


def attachments(message) -> dict[str, tuple[str, bytes]]:
    return {part.get_filename(): (part.get_content_type(), part.get_content())
            for part in message.iter_attachments()}


def body_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


# -- announcements --------------------------------------------------------------------------
def test_announcement_in_finnish_to_principals_and_ict_contacts(desk, world, tmp_path):
    mail = announcement(desk, [world.online, world.at_school], [world.korso, world.ankare],
                        "fi", now=NOW)
    path = save_eml(mail, tmp_path / "ilmoitus.eml", now=NOW)
    message = parse_eml(path)
    assert message["Subject"] == "Tutoropettajien koulutuksia 9.9.2026–2.12.2026"
    to = [a.addr_spec for a in message["To"].addresses]
    assert to == ["stina.rektor@vantaa.fi", "pirjo.rehtori@vantaa.fi",
                  "ilkka.tietonen@vantaa.fi"]  # schools by name, principal first
    assert message["To"].addresses[1].display_name == "Pirjo Rehtori"
    assert message["X-Unsent"] == "1"
    assert message["Bcc"] is None
    body = body_of(message)
    assert "- ke 9.9.2026 klo 14.30–16.00: Scratch basics" in body
    assert "Scratch · perustaso · Korson koulu, luokka A12" in body
    assert "- ke 2.12.2026 klo 15.00–16.30: Scratch games" in body
    assert "keskitaso · verkossa: https://meet.example/scratch" in body
    assert "Ilmoittautuminen" in body and "(2 kpl)" in body
    assert body.index("Scratch basics") < body.index("Scratch games")
    files = attachments(message)
    assert list(files) == ["koulutukset.ics"]
    kind, data = files["koulutukset.ics"]
    assert kind == "text/calendar"
    cal = Calendar.from_ical(data)
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Scratch basics",
                                                              "Scratch games"]


@pytest.mark.parametrize("language, subject, line", [
    ("sv", "Tutorlärarnas utbildningar 9.9.2026–9.9.2026",
     "- ons 9.9.2026 kl. 14.30–16.00: Scratch basics"),
    ("en", "Tutor teachers' trainings 9.9.2026–9.9.2026",
     "- Wed 9.9.2026 14:30–16:00: Scratch basics"),
])
def test_announcement_in_swedish_and_english(desk, world, language, subject, line):
    mail = announcement(desk, [world.at_school], [world.ankare], language)
    message = email.message_from_bytes(mail.as_bytes(), policy=email.policy.default)
    assert message["Subject"] == subject
    assert line in body_of(message)


def test_announcement_to_teachers_goes_in_bcc(desk, world):
    mail = announcement(desk, [world.at_school], [world.korso, world.ankare], "fi",
                        audience=TEACHERS)
    message = email.message_from_bytes(mail.as_bytes(), policy=email.policy.default)
    assert message["To"] is None
    assert sorted(a.addr_spec for a in message["Bcc"].addresses) == [
        "aino@vantaa.fi", "eero@vantaa.fi", "sara@vantaa.fi"]  # "Ei Postia" has none


def test_a_school_with_no_principal_email_is_named(desk, world, tmp_path):
    with pytest.raises(ValidationError, match="Tyhjälän koulu") as caught:
        announcement(desk, [world.at_school], [world.korso, world.nameless], "fi")
    assert "Schools page" in str(caught.value)


def test_a_school_with_no_teacher_email_is_named(desk, world):
    with pytest.raises(ValidationError, match="Tyhjälän koulu.*Teachers page"):
        announcement(desk, [world.at_school], [world.nameless], "fi", audience=TEACHERS)


@pytest.mark.parametrize("which, expected", [
    ("planned", "Robots"), ("cancelled", "Cancelled lesson")])
def test_only_published_lessons_are_announced(desk, world, which, expected):
    with pytest.raises(ValidationError, match=expected):
        announcement(desk, [world.at_school, getattr(world, which)], [world.korso], "fi")


def test_nothing_chosen(desk, world):
    with pytest.raises(ValidationError, match="lessons"):
        announcement(desk, [], [world.korso], "fi")
    with pytest.raises(ValidationError, match="schools"):
        announcement(desk, [world.at_school], [], "fi")
    with pytest.raises(ValidationError, match="“de”"):
        announcement(desk, [world.at_school], [world.korso], "de")


def test_a_lesson_without_a_date_is_named(desk, world, monkeypatch):
    from coachdesk.services.outbox import Outbox

    real = Outbox.lessons

    def undated(self, ids):
        from dataclasses import replace
        return [replace(x, starts_at=None) for x in real(self, ids)]

    monkeypatch.setattr(Outbox, "lessons", undated)
    with pytest.raises(ValidationError, match="“Scratch basics” has no date"):
        announcement(desk, [world.at_school], [world.korso], "fi")


def test_an_edited_template_with_an_unknown_placeholder_never_gets_stored(desk, world):
    with pytest.raises(ValidationError, match=r"\{venue\}"):
        desk.templates.save(TemplateText(ANNOUNCEMENT, "fi", "Koulutukset", "Paikka: {venue}"))
    desk.templates.save(TemplateText(ANNOUNCEMENT, "fi", "Koulutukset {count}",
                                     "{lessons}\n\nTervetuloa!"))
    mail = announcement(desk, [world.at_school], [world.korso], "fi")
    assert mail.subject == "Koulutukset 1"
    assert mail.body.endswith("Tervetuloa!")


# -- mailto ---------------------------------------------------------------------------------
def test_mailto_carries_addressees_subject_and_body(desk, world):
    mail = announcement(desk, [world.at_school], [world.korso], "fi")
    url = mail.mailto()
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == ["pirjo.rehtori@vantaa.fi",
                                              "ilkka.tietonen@vantaa.fi"]
    query = parse_qs(parts.query)
    assert query["subject"] == [mail.subject]
    assert query["body"][0].replace("\r\n", "\n") == mail.body
    assert " " not in url and "\n" not in url


def test_mailto_refuses_past_its_limit(desk):
    mail = Mail("Subject", "x" * 3000, to=[("", "a@b.fi")])
    with pytest.raises(MailtoTooLong, match=".eml"):
        mail.mailto()
    assert len(Mail("S", "short", bcc=[("", "a@b.fi")]).mailto()) < messages.MAILTO_LIMIT


# -- visit confirmations --------------------------------------------------------------------
def test_visit_confirmation_to_the_school(desk, world, tmp_path):
    mail = visit_confirmation(desk, world.visit, SCHOOL, now=NOW)
    message = parse_eml(save_eml(mail, tmp_path / "vahvistus.eml"))
    assert message["Subject"] == "Tutoropettajan käynti: Korson koulu 10.9.2026"  # school: fi
    assert [a.addr_spec for a in message["To"].addresses] == ["pirjo.rehtori@vantaa.fi"]
    assert [a.addr_spec for a in message["Cc"].addresses] == ["ilkka.tietonen@vantaa.fi"]
    body = body_of(message)
    assert "Maija Meikäläinen tulee kouluunne to 10.9.2026 klo 9.00–11.00" in body
    assert "henkilöstön koulutus" in body and "Valmistautukaa" in body
    (name, (kind, data)), = attachments(message).items()
    assert kind == "text/calendar"
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["uid"]).startswith(f"visit-{world.visit}@")


def test_visit_confirmation_to_the_tutor_in_swedish(desk, world):
    mail = visit_confirmation(desk, world.visit, TUTOR, language="sv")
    message = email.message_from_bytes(mail.as_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "maija@vantaa.fi"
    assert message["Subject"] == "Skolbesök: Korson koulu 10.9.2026 kl. 9.00"
    body = body_of(message)
    assert "Urpiaisentie 14, Vantaa" in body
    assert "Ilkka Tietonen <ilkka.tietonen@vantaa.fi>" in body


def test_visit_confirmation_refusals(desk, world):
    with pytest.raises(ValidationError, match="booked"):
        visit_confirmation(desk, world.cancelled_visit, SCHOOL)
    edit(desk.schools, world.korso, principal_email="")
    with pytest.raises(ValidationError, match="Korson koulu.*Schools page"):
        visit_confirmation(desk, world.visit, SCHOOL)
    edit(desk.tutors, world.tutor, email="")
    with pytest.raises(ValidationError, match="Maija Meikäläinen has no e-mail"):
        visit_confirmation(desk, world.visit, TUTOR)


# -- report cover mails ---------------------------------------------------------------------
def test_one_cover_mail_per_principal_with_the_workbook(desk, world, tmp_path):
    written = write_report_covers(desk, *AUTUMN, tmp_path / "mails",
                                  [world.korso, world.ankare], today=date(2026, 12, 31),
                                  now=NOW)
    assert [p.name for p in written] == ["Ankarskolan.eml", "Korson koulu.eml"]
    assert sorted(p.name for p in (tmp_path / "mails").iterdir()) == [
        "Ankarskolan.eml", "Korson koulu.eml"]
    korso = parse_eml(written[1])
    assert korso["Subject"] == "Tutoroinnin raportti: Korson koulu 1.8.2026–31.12.2026"
    assert [a.addr_spec for a in korso["To"].addresses] == ["pirjo.rehtori@vantaa.fi"]
    assert "Korson koulu.xlsx" in body_of(korso)
    ankare = parse_eml(written[0])
    assert ankare["Subject"].startswith("Tutorrapport: Ankarskolan")  # the school's language
    (name, (kind, data)), = attachments(korso).items()
    assert name == "Korson koulu.xlsx"
    assert kind == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    book = load_workbook(BytesIO(data))
    assert "Korson koulu" in str(book.worksheets[0]["A1"].value)


def test_cover_mails_in_a_chosen_language(desk, world, tmp_path):
    (path,) = write_report_covers(desk, *AUTUMN, tmp_path, [world.ankare], language="en")
    assert parse_eml(path)["Subject"] == "Tutoring report: Ankarskolan 1.8.2026–31.12.2026"


def test_no_cover_mail_is_written_while_a_principal_email_is_missing(desk, world, tmp_path):
    with pytest.raises(ValidationError, match="Tyhjälän koulu"):
        write_report_covers(desk, *AUTUMN, tmp_path / "mails")  # every school
    assert not (tmp_path / "mails").exists()


def test_a_failed_write_leaves_no_mail_behind(desk, world, tmp_path, monkeypatch):
    calls = []
    real = messages.save_eml

    def failing(mail, path, now=None):
        calls.append(path)
        if len(calls) == 2:
            raise CoachDeskError("disk full")
        return real(mail, path, now)

    monkeypatch.setattr(messages, "save_eml", failing)
    with pytest.raises(CoachDeskError, match="disk full"):
        write_report_covers(desk, *AUTUMN, tmp_path / "mails", [world.korso, world.ankare])
    assert list((tmp_path / "mails").iterdir()) == []


def test_save_eml_wants_eml(tmp_path):
    with pytest.raises(CoachDeskError, match=r"\.eml"):
        save_eml(Mail("S", "B"), tmp_path / "x.txt")
    assert list(tmp_path.iterdir()) == []


def test_contacts_constant_is_the_default(desk, world):
    assert announcement(desk, [world.at_school], [world.korso], "en").to == announcement(
        desk, [world.at_school], [world.korso], "en", audience=CONTACTS).to
