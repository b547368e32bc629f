"""The ICT situation in the reports, read back with openpyxl: "The situation at your
school" in the school's report, in the school's language, and the needs most often noted
and the schools without a recent look in the municipal summary."""

from datetime import date, datetime, time

import openpyxl
import pytest

from coachdesk import i18n
from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.situations import (
    DeviceAge,
    DeviceKind,
    DeviceLine,
    DeviceUser,
    NeedDraft,
    NeedStatus,
    SituationDraft,
)
from coachdesk.domain.tutors import TutorDraft
from coachdesk.reports.school_report import write_school_report
from coachdesk.reports.summary_report import write_summary_report
from tests.reports.languages import english_in
from tests.reports.read_back import table_below

TODAY = date(2026, 12, 2)
YEAR = (date(2026, 8, 1), date(2027, 7, 31))
TUTOR = "Maija Meikäläinen"


@pytest.fixture
def city(desk):
    """Korson koulu (Finnish) with its situation and three needs, Ankkurin skola (Swedish)
    with a need noted long ago, and Vanha koulu never looked at."""
    desk.school_years.create(SchoolYearDraft(2026))
    korso = desk.schools.add(SchoolDraft(name="Korson koulu", language="fi"))
    ankkuri = desk.schools.add(SchoolDraft(name="Ankkurin skola", language="sv"))
    desk.schools.add(SchoolDraft(name="Vanha koulu", language="fi"))
    tutor = desk.tutors.add(TutorDraft(
        name=TUTOR, email="maija@vantaa.fi", home_school_id=korso,
        agreement_start=YEAR[0], agreement_end=YEAR[1],
        released_rule="FREQ=WEEKLY;BYDAY=TU", released_from=time(8),
        released_until=time(12)))
    desk.situations.record(korso, SituationDraft(
        (DeviceLine(DeviceUser.PUPILS, DeviceKind.CHROMEBOOK, 120, DeviceAge.MIDDLE),
         DeviceLine(DeviceUser.TEACHERS, DeviceKind.LAPTOP, 35, DeviceAge.OLD)),
        ("Teams", "Wilma", "Seppo"), "Langaton verkko heikko liikuntasalissa",
        looked_on=date(2026, 10, 6), tutor_id=tutor))
    desk.situations.note(korso, NeedDraft("Teamsin tehtävät 7. luokille",
                                          date(2026, 10, 6), tutor))
    wifi = desk.situations.note(korso, NeedDraft("Wifi heikko", date(2026, 9, 1)))
    desk.situations.set_status(wifi, NeedStatus.RESOLVED, today=date(2026, 11, 3))
    desk.situations.note(ankkuri, NeedDraft("wifi heikko", date(2025, 5, 2)))
    return desk, korso, ankkuri


def test_the_situation_at_a_finnish_school_in_finnish(city, tmp_path):
    desk, korso, _ = city
    i18n.install("sv")  # the window speaks Swedish: the report the school's language
    path = write_school_report(desk, korso, *YEAR, tmp_path / "korso.xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)
    assert "Tilanne koulussanne" in book.sheetnames
    ws = book["Tilanne koulussanne"]
    texts = [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert f"Laitteet, alustat ja verkko tilanteen mukaan 6.10.2026, {TUTOR}." in texts
    devices = table_below(ws, "Käyttäjät")
    assert devices["Oppilaat"][1:4] == ("Chromebook", "2–4 vuotta", 120)
    assert devices["Opettajat"][1:4] == ("Kannettava tietokone", "5 vuotta tai enemmän", 35)
    platforms = table_below(ws, "Alustat ja työkalut")
    assert list(platforms) == ["Teams, Wilma, Seppo"]
    assert platforms["Teams, Wilma, Seppo"][1] == "Langaton verkko heikko liikuntasalissa"
    needs = table_below(ws, "Tarve")
    assert needs["Teamsin tehtävät 7. luokille"][1:4] == (TUTOR, "Avoin",
                                                          datetime(2026, 10, 6))
    assert needs["Wifi heikko"][1:] == ("Koordinaattori", "Ratkaistu", datetime(2026, 9, 1),
                                        None, datetime(2026, 11, 3))
    assert english_in(texts, "fi", names=[TUTOR, "Korson koulu"]) == []


def test_a_swedish_school_without_a_recorded_situation_sees_its_needs(city, tmp_path):
    desk, _, ankkuri = city
    i18n.install("fi")
    path = write_school_report(desk, ankkuri, *YEAR, tmp_path / "ankkuri.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["Läget på er skola"]
    texts = [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert "Enheterna, plattformarna och nätverket har inte registrerats ännu." in texts
    assert "Inga enheter registrerade." in texts
    assert table_below(ws, "Behov")["wifi heikko"][2] == "Öppen"
    assert english_in(texts, "sv", names=["Ankkurin skola"]) == []


def test_the_municipal_summary_names_the_needs_most_noted_and_schools_not_looked_at(
        city, tmp_path):
    desk, _, _ = city
    path = write_summary_report(desk, *YEAR, tmp_path / "city.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["ICT situations"]
    needs = table_below(ws, "Need")
    assert list(needs) == ["Wifi heikko", "Teamsin tehtävät 7. luokille"]
    assert needs["Wifi heikko"][1:4] == (2, 2, 1)  # twice, at two schools, once still open
    schools = {name: row[:2] for name, row in table_below(ws, "School").items()}
    assert schools == {"Vanha koulu": ("Vanha koulu", "never"),
                       "Ankkurin skola": ("Ankkurin skola", datetime(2025, 5, 2))}
