"""What goes to a school is in the school's language, whatever the window speaks: its
report read back cell by cell (charts included), all schools at once, the cover mail's
workbook, a person's data; the municipal summary and the device report in the
coordinator's language or the one asked for."""

import email
import email.policy
from datetime import date, datetime
from io import BytesIO

import openpyxl
import pytest
from sqlalchemy import select, text

from coachdesk import i18n
from coachdesk.domain.schools import Language
from coachdesk.reports.all_schools import write_all_schools
from coachdesk.reports.device_report import write_device_report
from coachdesk.reports.messages import report_cover_mails
from coachdesk.reports.person_export import write_person_export
from coachdesk.reports.school_report import write_school_report
from coachdesk.reports.summary_report import write_summary_report
from coachdesk.services import Desk
from coachdesk.services.demo import fill_demo_data
from coachdesk.storage import tables as t
from tests.drafts import edit
from tests.reports.languages import english_in

TODAY = date(2026, 11, 24)
YEAR = (date(2026, 8, 1), date(2027, 7, 31))

SHEETS = {
    "fi": ["Yhteenveto", "Kuukausittain", "Koulukäynnit", "Koulutukset",
           "Lainassa olevat laitteet", "Avoimet käyntipyynnöt", "Tilanne koulussanne",
           "Digiosaamisen tasot",
           "Näin luvut lasketaan"],
    "sv": ["Sammandrag", "Per månad", "Skolbesök", "Utbildningstillfällen", "Utlånade enheter",
           "Öppna begäranden om besök", "Läget på er skola", "Digitala kompetensnivåer",
           "Så räknas siffrorna"],
}
# Texts each language's report must hold: a key figure, a month, a status, yes, upcoming,
# the comparison, the definitions.
HOLDS = {
    "fi": ["Toteutuneet koulukäynnit", "Lainassa olevat laitteet 24.11.2026", "elokuu 2026",
           "tammikuu 2027", "Toteutunut", "kyllä", "tulossa", "Tunnusluku",
           "Aikaväli 1.8.2026–31.7.2027", "Kaupungin mediaanikoulu", "Yhteensä",
           "Koulukäynneillä tavoitetut opettajat", "Miten se lasketaan"],
    "sv": ["Genomförda skolbesök", "Utlånade enheter per 24.11.2026", "augusti 2026",
           "januari 2027", "Genomförd", "ja", "kommande", "Nyckeltal",
           "Period 1.8.2026–31.7.2027", "Stadens medianskola", "Totalt",
           "Lärare som nåtts vid skolbesök", "Hur det räknas"],
}
CHART = {"fi": ("Koulukäynnit ja koulutukset kuukausittain", "Määrä"),
         "sv": ("Skolbesök och utbildningstillfällen per månad", "Antal")}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The small demo with its second busiest school teaching in Swedish (the demo's own
    Swedish-language schools have no visits yet)."""
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with Desk.open(path) as desk:
        fill_demo_data(desk, "small", today=TODAY)
        finnish, swedish = busiest_schools(desk)[:2]
        edit(desk.schools, swedish, language=Language.SWEDISH)
    return path, finnish, swedish


@pytest.fixture
def demo(demo_file):
    path, finnish, swedish = demo_file
    with Desk.open(path) as desk:
        yield desk, {"fi": finnish, "sv": swedish}


def busiest_schools(desk) -> list[int]:
    with desk.db.reading() as conn:
        return list(conn.scalars(text(
            "SELECT school_id FROM visits WHERE status = 'done' GROUP BY school_id "
            "ORDER BY count(*) DESC, school_id")))


def text_cells(book) -> list[str]:
    return [cell for ws in book.worksheets for row in ws.iter_rows(values_only=True)
            for cell in row if isinstance(cell, str)]


def rich_text(title) -> str:
    """The words of a chart's or an axis's title."""
    return "".join(run.t for p in title.tx.rich.p for run in (p.r or []))


def typed_by_the_coordinator(desk, school_id: int) -> set[str]:
    """The names, titles and notes in a school's report: they stay as typed."""
    data = desk.reports.school_report(school_id, *YEAR, today=TODAY)
    found = {data.school, data.principal}
    for rows in (data.visits, data.attendance, data.devices, data.requests):
        for row in rows:
            found.update(v for v in vars(row).values() if isinstance(v, str))
    situation = data.situation  # its needs, platforms and network as the tutors typed them
    found.update(n.description for n in situation.needs)
    found.update({", ".join(situation.draft.platforms), situation.draft.network})
    return found


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_schools_report_is_in_its_language_cell_by_cell(demo, tmp_path, window_in_english,
                                                          language):
    desk, schools = demo
    school = schools[language]
    path = write_school_report(desk, school, *YEAR, tmp_path / "r.xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)

    assert book.sheetnames == SHEETS[language]
    texts = text_cells(book)
    assert english_in(texts, language, typed_by_the_coordinator(desk, school)) == []
    for expected in HOLDS[language]:
        assert expected in texts, expected
    summary = book.worksheets[0]
    [chart] = summary._charts
    title, y_title = CHART[language]
    assert rich_text(chart.title) == title
    assert rich_text(chart.y_axis.title) == y_title
    props = book.properties
    assert english_in([props.title, props.subject, props.description], language) == []
    assert summary.oddFooter.left.text == props.title.replace("&", "&&")


def test_all_schools_each_in_its_own_language(demo, tmp_path, window_in_english):
    desk, schools = demo
    result = write_all_schools(desk, *YEAR, tmp_path, school_ids=list(schools.values()),
                               today=TODAY)
    first_sheets = {openpyxl.load_workbook(p).sheetnames[0] for p in result.written}
    assert first_sheets == {"Yhteenveto", "Sammandrag"}
    asked = write_all_schools(desk, *YEAR, tmp_path / "en", school_ids=list(schools.values()),
                              today=TODAY, language="en")
    assert {openpyxl.load_workbook(p).sheetnames[0] for p in asked.written} == {"Summary"}


def test_a_schools_report_in_another_language_when_asked(demo, tmp_path, window_in_english):
    desk, schools = demo
    path = write_school_report(desk, schools["fi"], *YEAR, tmp_path / "r.xlsx", today=TODAY,
                               language="sv")
    assert openpyxl.load_workbook(path).sheetnames == SHEETS["sv"]


def test_the_summary_and_device_report_speak_the_coordinators_language(demo, tmp_path):
    desk, _ = demo
    i18n.install("sv")  # the window speaks Swedish
    summary = openpyxl.load_workbook(write_summary_report(desk, *YEAR, tmp_path / "s.xlsx"))
    assert summary.sheetnames == ["Sammandrag", "Per månad", "Tutorlärare", "Skolor",
                                  "Utbildningsteman", "IKT-läget i skolorna",
                                  "Digitala kompetensnivåer",
                                  "Så räknas siffrorna"]
    texts = text_cells(summary)
    assert "augusti 2026" in texts and "Ambulerande tutorlärare" in texts
    names = {name for _, name in desk.reports.schools()} | {
        t.name for t in desk.reports.municipal_summary(*YEAR).tutors} | {
        t.name for t in desk.reports.municipal_summary(*YEAR).topics} | {
        n.description for n in desk.situations.city().most_noted}  # as the tutors typed
    assert english_in(texts, "sv", names) == []
    assert [rich_text(ws._charts[0].title) for ws in summary.worksheets if ws._charts] == [
        "Skolbesök och utbildningstillfällen per månad",
        "Andel av tilldelade timmar som använts",
        "Skolbesök och deltaganden i utbildningstillfällen per skola",
        "Deltaganden och skolbesök per tema", "Skolornas personal per nivå"]

    finnish = openpyxl.load_workbook(write_summary_report(desk, *YEAR, tmp_path / "f.xlsx",
                                                          language="fi"))
    assert finnish.sheetnames[:3] == ["Yhteenveto", "Kuukausittain", "Tutoropettajat"]
    devices = openpyxl.load_workbook(write_device_report(desk, tmp_path / "d.xlsx",
                                                         today=TODAY))
    assert devices.sheetnames == ["Sammandrag", "Enhetsförteckning", "Lån", "Reservationer"]
    assert rich_text(devices.worksheets[0]._charts[0].title) == "Enheter efter status"
    assert {"Utlånad", "Tillgänglig", "Per 24.11.2026"} <= set(text_cells(devices))


def test_the_cover_mail_carries_the_report_in_the_mails_language(demo, window_in_english):
    desk, schools = demo
    ids = list(schools.values())
    for school in ids:
        edit(desk.schools, school, principal_email="rehtori@vantaa.fi")
    for language, asked, first_sheet in (("school's", None, {"Yhteenveto", "Sammandrag"}),
                                         ("asked", "fi", {"Yhteenveto"})):
        drafts = report_cover_mails(desk, *YEAR, ids, language=asked, today=TODAY)
        sheets = set()
        for _, mail in drafts:
            message = email.message_from_bytes(mail.as_bytes(datetime(2026, 12, 1)),
                                               policy=email.policy.default)
            (part,) = message.iter_attachments()
            sheets.add(openpyxl.load_workbook(BytesIO(part.get_content())).sheetnames[0])
        assert sheets == first_sheet, language


def test_a_persons_data_is_in_their_schools_language(demo, tmp_path, window_in_english):
    desk, schools = demo
    with desk.db.reading() as conn:
        teacher = conn.scalar(select(t.teachers.c.id).where(
            t.teachers.c.school_id == schools["sv"]).limit(1))
    book = openpyxl.load_workbook(write_person_export(desk, "teacher", teacher,
                                                      tmp_path / "p.xlsx", today=TODAY))
    levels = ["Digitala kompetensnivåer"] if desk.levels.history(teacher) else []
    assert book.sheetnames == ["Person", "Anmälningar", "Slutförda utbildningar", "Intyg",
                               "Utbildning på annat håll", "Skolbesök", "Lån",
                               "Reservationer", "Rekrytering", *levels]
    texts = text_cells(book)
    assert {"Fält", "Namn", "Arbetsplats", "Personuppgifter: " + desk.teachers.get(
        teacher).name} <= set(texts)
