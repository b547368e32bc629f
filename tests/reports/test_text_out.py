"""Every output escapes what it writes: names holding a line break, a carriage return, an
escape or a right-to-left override, written straight into the database as an older
CoachDesk may have stored them, still give a calendar that parses, e-mails with no extra
header, and file names without control or bidi characters."""

import email
import email.policy
import re
import unicodedata
from datetime import date

import pytest
from icalendar import Calendar
from sqlalchemy import update

from coachdesk.cli import main
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.file_names import safe_file_name, unique_file_names
from coachdesk.reports import ical
from coachdesk.reports.all_schools import write_all_schools
from coachdesk.reports.messages import (
    TUTOR,
    Mail,
    announcement,
    visit_confirmation,
    write_report_covers,
)
from coachdesk.services import Desk
from coachdesk.storage import tables as t
from tests.reports.communication import NOW, build

AUTUMN = (date(2026, 8, 1), date(2026, 12, 31))
SCHOOL = "Korson\r\nkoulu \u202eslx.exe"
PRINCIPAL = "Pirjo\r\nBcc: evil@example.com"
TUTOR_NAME = "Maija\nMeikä\x1bläinen\u2066"
HEADERS = {"Subject", "To", "Cc", "Date", "X-Unsent", "MIME-Version", "Content-Type",
           "Content-Transfer-Encoding"}
# Control characters, line and paragraph separators, and bidi embeddings and overrides.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def write_old_names(desk, world) -> None:
    """What an older CoachDesk let a form store: a pasted line break, an override."""
    with desk.db.engine.begin() as conn:
        conn.execute(update(t.schools).where(t.schools.c.id == world.korso)
                     .values(name=SCHOOL, principal_name=PRINCIPAL,
                             address="Urpiaisentie 14\r\nVantaa"))
        conn.execute(update(t.tutors).where(t.tutors.c.id == world.tutor)
                     .values(name=TUTOR_NAME))
        conn.execute(update(t.lessons).where(t.lessons.c.id == world.at_school)
                     .values(title="Scratch\r\nbasics", room="A12\nB"))


@pytest.fixture
def world(desk):
    world = build(desk)
    write_old_names(desk, world)
    return world


def parsed(data: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert set(message.keys()) <= HEADERS, message.keys()
    assert all(not part.defects for part in message.walk())
    return message


def check_calendar(data: bytes) -> Calendar:
    cal = Calendar.from_ical(data)
    assert not UNSAFE.search(str(cal.get("x-wr-calname", "")))
    for event in cal.walk("VEVENT"):
        for name in ("summary", "location"):
            if name in event:
                assert not UNSAFE.search(str(event[name])), (name, event[name])
    for line in data.split(b"\r\n"):  # every content line is one line of printable text
        assert not UNSAFE.search(line.decode("utf-8").replace("\t", "")), line
    return cal


def test_the_tutors_calendar_parses_back(desk, world):
    data = ical.tutor_calendar(desk, world.tutor, *AUTUMN)
    cal = check_calendar(data)
    assert str(cal["x-wr-calname"]) == "CoachDesk: Maija Meikäläinen"
    summaries = sorted(str(e["summary"]) for e in cal.walk("VEVENT"))
    assert "Staff training: Korson koulu slx.exe" in summaries
    assert "Scratch basics" in summaries


def test_the_calendar_command_writes_a_calendar_that_parses(db_path, tmp_path, capsys):
    with Desk.open(db_path) as desk:
        write_old_names(desk, build(desk))
    out = tmp_path / "maija.ics"
    assert main(["calendar", "--db", str(db_path), "--tutor", "Maija", "--from",
                 "2026-08-01", "--to", "2026-12-31", "--out", str(out)]) == 0
    check_calendar(out.read_bytes())


@pytest.mark.parametrize("to", ["school", TUTOR])
def test_visit_confirmations_parse_back_with_no_extra_header(desk, world, to):
    mail = visit_confirmation(desk, world.visit, to=to, now=NOW)
    message = parsed(mail.as_bytes(NOW))
    assert "\n" not in str(message["Subject"]) and "Korson koulu" in str(message["Subject"])
    if to == "school":
        [principal] = message["To"].addresses
        assert (principal.display_name, principal.addr_spec) == (
            "Pirjo Bcc: evil@example.com", "pirjo.rehtori@vantaa.fi")
    else:
        [tutor] = message["To"].addresses
        assert tutor.display_name == "Maija Meikäläinen"
    for part in message.iter_attachments():
        check_calendar(part.get_content().encode("utf-8") if isinstance(
            part.get_content(), str) else part.get_content())


def test_cover_mails_to_every_principal_are_written_and_parse(desk, world, tmp_path):
    """Reports → E-mails to principals failed for all schools when one name had a line
    break."""
    written = write_report_covers(desk, *AUTUMN, tmp_path, school_ids=[world.korso,
                                                                       world.ankare],
                                  now=NOW)
    assert sorted(p.name for p in written) == ["Ankarskolan.eml", "Korson koulu slx.exe.eml"]
    for path in written:
        message = parsed(path.read_bytes())
        for part in message.iter_attachments():
            assert not UNSAFE.search(part.get_filename())


def test_an_announcement_parses_back(desk, world):
    mail = announcement(desk, [world.at_school], [world.korso], "fi")
    message = parsed(mail.as_bytes(NOW))
    assert [a.display_name for a in message["To"].addresses][0] == (
        "Pirjo Bcc: evil@example.com")


def test_all_school_reports_get_safe_file_names(desk, world, tmp_path):
    result = write_all_schools(desk, *AUTUMN, tmp_path)
    names = sorted(p.name for p in result.written)
    assert "Korson koulu slx.exe.xlsx" in names
    assert not any(UNSAFE.search(name) for name in names)


def test_an_address_no_header_can_hold_is_named(desk):
    mail = Mail("Hei", "Teksti", to=[("Liisa", "liisa mäkelä@koulu.fi")])
    with pytest.raises(CoachDeskError, match="liisa mäkelä@koulu.fi"):
        mail.as_bytes(NOW)


@pytest.mark.parametrize(("name", "expected"), [
    ("Korson\r\nkoulu", "Korson koulu"),
    ("Koulu \u202eslx.exe", "Koulu slx.exe"),
    ("\u2066Koulu\u2069 A\u202a\u202c", "Koulu A"),
    ("Nul\x00 Esc\x1b Del\x7f C1\x9b", "Nul Esc Del C1"),
    ("A/B\\C:D*E?F\"G<H>I|J", "A_B_C_D_E_F_G_H_I_J"),
    ("..\\..\\etc/passwd", "_.._etc_passwd"),
    ("lpt1", "_lpt1"),
    (unicodedata.normalize("NFD", "Håkansböle skola"), "Håkansböle skola"),
    ("\n\t\x00", "school"),
])
def test_safe_file_names_hold_no_control_bidi_or_path_characters(name, expected):
    assert safe_file_name(name) == expected


def test_names_that_become_the_same_file_name_stay_apart():
    assert unique_file_names(["Korson\nkoulu", "Korson koulu", "Korson\u202e koulu"]) == [
        "Korson koulu.xlsx", "Korson koulu (2).xlsx", "Korson koulu (3).xlsx"]


def test_the_commands_find_a_school_and_a_tutor_named_decomposed(db_path, tmp_path, capsys):
    """A name given on the command line from a Mac's terminal is decomposed (NFD)."""
    with Desk.open(db_path) as desk:
        build(desk)
    period = ["--from", "2026-08-01", "--to", "2026-12-31"]
    assert main(["report", "school", "--db", str(db_path), "--school",
                 unicodedata.normalize("NFD", "Tyhjälän koulu"), *period,
                 "--out", str(tmp_path / "school.xlsx")]) == 0
    assert main(["calendar", "--db", str(db_path), "--tutor",
                 unicodedata.normalize("NFD", "Maija Meikäläinen"), *period,
                 "--out", str(tmp_path / "maija.ics")]) == 0
    out = capsys.readouterr().out
    assert "Tyhjälän koulu" in out and "Maija Meikäläinen" in out
