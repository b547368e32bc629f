"""A school ICT survey's export taken in: a real .xlsx written with xlsxwriter as
Microsoft Forms exports one (its own columns first, the questions as typed, a completion
time, multi-choice answers separated by semicolons); every row or none, each problem
named by its row; the same export imported twice notes no need twice."""

from datetime import date, datetime

import pytest
import xlsxwriter

from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.situations import DeviceAge, DeviceKind, DeviceLine, DeviceUser
from coachdesk.reports.imports import ImportFileError
from coachdesk.reports.situation_import import read_survey
from coachdesk.services.situations import SurveyImportProblems

HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Koulu",
          "Mitä laitteita oppilailla on käytössä?", "Kuinka monta oppilaslaitetta on?",
          "Kuinka vanhoja oppilaiden laitteet ovat?", "Opettajien laitteet",
          "Opettajien laitteiden määrä", "Opettajien laitteiden ikä",
          "Mitä alustoja ja työkaluja käytätte?", "Miten verkko toimii?",
          "Mihin tarvitsette tukea?"]
KORSO = [1, datetime(2026, 11, 20, 9, 58), datetime(2026, 11, 20, 10, 4),
         "rehtori@korso.fi", "Liisa Laine", "Korson koulu", "Chromebook", 120,
         "2–4 vuotta", "Kannettava tietokone;Interaktiivinen näyttö 14", None,
         "5 vuotta tai enemmän", "Teams;Wilma;Seppo;", "Heikko liikuntasalissa",
         "Teamsin tehtävät;Seppo-pelit"]
ANKKURI = [2, datetime(2026, 11, 21, 13, 0), datetime(2026, 11, 21, 13, 12),
           "rektor@ankkuri.fi", "Karin Lind", "ankkurin skola", "iPad 60; Chromebook 30",
           None, "alle 2 vuotta", None, None, None, "Google Classroom", "", "Wifi"]


def export(path, rows, header=HEADER):
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Form1")
    stamp = book.add_format({"num_format": "m/d/yy h:mm:ss"})
    sheet.write_row(0, 0, header)
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if isinstance(value, datetime):
                sheet.write_datetime(number, column, value, stamp)
            elif value is not None:
                sheet.write(number, column, value)
    book.close()
    return path


@pytest.fixture
def schools(desk):
    return (desk.schools.add(SchoolDraft(name="Korson koulu")),
            desk.schools.add(SchoolDraft(name="Ankkurin skola", language="sv")))


def test_a_survey_export_read_and_taken_in(desk, schools, tmp_path):
    korso, ankkuri = schools
    sheet = read_survey(export(tmp_path / "survey.xlsx", [KORSO, ANKKURI]))
    assert (sheet.sheet, sheet.header_row, [r.row for r in sheet.rows]) == ("Form1", 1,
                                                                            [2, 3])
    # the teachers' laptops have no number: said at row 2, nothing saved
    with pytest.raises(SurveyImportProblems) as caught:
        desk.situations.import_survey(sheet.rows, today=date(2026, 11, 24))
    assert list(caught.value.errors) == ["row 2"]
    assert "Device row 2: Give how many devices there are." in str(caught.value)
    assert not desk.situations.get(korso).recorded
    assert desk.situations.needs(ankkuri) == []

    fixed = [*KORSO[:9], "Kannettava tietokone 35;Interaktiivinen näyttö 14", *KORSO[10:]]
    rows = read_survey(export(tmp_path / "fixed.xlsx", [fixed, ANKKURI])).rows
    assert desk.situations.import_survey(rows, today=date(2026, 11, 24)) == 2
    got = desk.situations.get(korso)
    assert got.draft.devices == (
        DeviceLine(DeviceUser.PUPILS, DeviceKind.CHROMEBOOK, 120, DeviceAge.MIDDLE),
        DeviceLine(DeviceUser.TEACHERS, DeviceKind.LAPTOP, 35, DeviceAge.OLD),
        DeviceLine(DeviceUser.TEACHERS, DeviceKind.DISPLAY, 14, DeviceAge.OLD))
    assert got.draft.platforms == ("Teams", "Wilma", "Seppo")
    assert (got.draft.network, got.draft.looked_on, got.looked_by) == (
        "Heikko liikuntasalissa", date(2026, 11, 20), "")
    assert {(n.description, n.noted_on, n.noted_by) for n in got.needs} == {
        ("Teamsin tehtävät", date(2026, 11, 20), ""),
        ("Seppo-pelit", date(2026, 11, 20), "")}
    other = desk.situations.get(ankkuri)  # found whatever the case of its name
    assert [(d.kind, d.count, d.age) for d in other.draft.devices] == [
        (DeviceKind.TABLET, 60, DeviceAge.NEW), (DeviceKind.CHROMEBOOK, 30, DeviceAge.NEW)]

    # the same export again: the situation recorded again, no need noted twice
    assert desk.situations.import_survey(rows, today=date(2026, 11, 24)) == 2
    assert len(desk.situations.needs(korso)) == 2
    assert len(desk.situations.needs(ankkuri)) == 1

    # a later answer that leaves questions blank keeps what the school had
    later = [3, None, datetime(2027, 1, 8, 8), None, None, "Korson koulu", None, None, None,
             "Kannettava tietokone 40", None, "alle 2 vuotta", "", "", "Wilman viestit"]
    rows = read_survey(export(tmp_path / "later.xlsx", [later])).rows
    assert desk.situations.import_survey(rows, today=date(2027, 1, 9)) == 1
    got = desk.situations.get(korso)
    assert got.draft.devices == (
        DeviceLine(DeviceUser.TEACHERS, DeviceKind.LAPTOP, 40, DeviceAge.NEW),
        DeviceLine(DeviceUser.PUPILS, DeviceKind.CHROMEBOOK, 120, DeviceAge.MIDDLE))
    assert (got.draft.platforms, got.draft.network, got.draft.looked_on) == (
        ("Teams", "Wilma", "Seppo"), "Heikko liikuntasalissa", date(2027, 1, 8))
    assert len(got.needs) == 3


def test_every_row_with_a_problem_is_named_and_nothing_is_saved(desk, schools, tmp_path):
    korso, _ = schools
    unknown = [3, None, "eilen", None, None, "Hakunilan koulu", "Commodore 64", "paljon",
               "sininen", None, None, None, "", "", "Tukea"]
    rows = read_survey(export(tmp_path / "bad.xlsx", [KORSO[:9] + [None] * 6, unknown])).rows
    with pytest.raises(SurveyImportProblems) as caught:
        desk.situations.import_survey(rows, today=date(2026, 11, 24))
    said = str(caught.value)
    assert said.startswith("Nothing was imported")
    assert list(caught.value.errors) == ["row 3"]
    for problem in ("There is no school called “Hakunilan koulu”.",
                    "“Commodore 64” is not a kind of device",
                    "Number of devices (Pupils) must be a whole number.",
                    "“sininen” is not an age of devices", "Answered on"):
        assert problem in said, problem
    assert not desk.situations.get(korso).recorded


def test_a_file_without_the_surveys_header_is_refused(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        read_survey(export(tmp_path / "other.xlsx", [["x"]], header=["Nimi", "Puhelin"]))
    assert "No header row was found" in str(caught.value)
    with pytest.raises(ImportFileError):
        read_survey(tmp_path / "missing.xlsx")
