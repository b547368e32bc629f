"""Reading import lists: files written by xlsxwriter (not openpyxl), as coordinators keep
them: Finnish, Swedish or English headers below a title, text dates, decimal commas."""

from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

import pytest
import xlsxwriter

from coachdesk.domain.errors import ValidationError
from coachdesk.reports.imports import (
    ImportFileError,
    ImportPlan,
    fold,
    match_headers,
    normalise,
    read_plan,
)
from coachdesk.services.imports import ImportKind


class Formula(NamedTuple):
    """A formula cell and the value Excel saved for it."""

    text: str
    value: object = 0


def write_xlsx(path: Path, rows: list[list], *, first_row: int = 0,
               sheet: str = "Taulukko1", before: list[str] = ()) -> Path:
    """An .xlsx written by xlsxwriter: ``rows`` from ``first_row`` (0-based) on the sheet
    ``sheet``, after empty sheets named ``before``. Text stays text ("1,5", "1.9.2026");
    dates and datetimes become real Excel dates shown d.m.yyyy; a :class:`Formula` is a
    formula with its saved value."""
    return write_book(path, {**{name: [["Ohje: katso seuraava välilehti"]] for name in before},
                             sheet: [[]] * first_row + rows})


def write_book(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An .xlsx with the sheets in order, each written as :func:`write_xlsx` writes."""
    book = xlsxwriter.Workbook(str(path))
    date_format = book.add_format({"num_format": "d.m.yyyy"})
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, Formula):
                    ws.write_formula(r, c, value.text, None, value.value)
                elif isinstance(value, datetime):
                    ws.write_datetime(r, c, value, date_format)
                elif isinstance(value, date):
                    ws.write_datetime(r, c, datetime(value.year, value.month, value.day),
                                      date_format)
                elif isinstance(value, str):
                    ws.write_string(r, c, value)
                else:
                    ws.write(r, c, value)
    book.close()
    return path


SCHOOL_ROWS = [
    ["Koulun nimi", "Koulumuoto", "Kieli", "Osoite", "Rehtori", "Rehtorin sähköposti",
     "Opettajia", "Puhelin"],
    ["  Korson  koulu ", "yhtenäiskoulu", "suomi", "Urpiaisentie 14", "Anna Aho",
     "anna.aho@vantaa.fi", 35, "09 123"],
    ["Mikkolan koulu", "Alakoulu", "Suomi", None, None, None, "24", None],
    [None, None, None, None, None, None, None, None],
    ["Hagelstamska skolan", "Grundskola", "ruotsi", None, None, None, 18.0, None],
]


# --- matching headers ------------------------------------------------------------------


def test_fold_ignores_case_accents_spaces_and_punctuation():
    assert fold("  SÄHKÖPOSTI ") == fold("sahkoposti") == "sahkoposti"
    assert fold("E-mail") == fold("email") == fold("E mail")
    assert fold("Hinta (€)") == "hinta"


@pytest.mark.parametrize("kind, headers, expected", [
    ("schools", ["Nimi", "Tyyppi", "Kieli", "Rehtori"],
     {0: "name", 1: "kind", 2: "language", 3: "principal_name"}),
    ("schools", ["Namn", "Skolform", "Språk", "Rektor", "Antal lärare"],
     {0: "name", 1: "kind", 2: "language", 3: "principal_name", 4: "teacher_count"}),
    ("schools", ["School", "Type", "Language", "Principal", "Principal e-mail"],
     {0: "name", 1: "kind", 2: "language", 3: "principal_name", 4: "principal_email"}),
    ("teachers", ["NIMI", "  Sähköposti  ", "Koulu", "Aineet", "Lisätiedot"],
     {0: "name", 1: "email", 2: "school", 3: "subjects", 4: "notes"}),
    ("teachers", ["Namn", "E-post", "Skola", "Ämnen"],
     {0: "name", 1: "email", 2: "school", 3: "subjects"}),
    ("teachers", ["Name", "Email", "School", "Subjects"],
     {0: "name", 1: "email", 2: "school", 3: "subjects"}),
    ("devices", ["Inventaarionumero", "Kategoria", "Malli", "Sarjanumero", "Hankintapäivä",
                 "Hinta (€)", "Rahoitus", "Kunto", "Sijainti"],
     {0: "asset_tag", 1: "category", 2: "model", 3: "serial_number", 4: "purchase_date",
      5: "price", 6: "funding_source", 7: "condition", 8: "location"}),
    ("devices", ["Asset tag", "Category", None, "Serial number", "Purchase date"],
     {0: "asset_tag", 1: "category", 3: "serial_number", 4: "purchase_date"}),
])
def test_headers_in_finnish_swedish_and_english(kind, headers, expected):
    assert match_headers(kind, headers) == expected


def test_the_first_of_two_columns_for_a_field_wins():
    assert match_headers("teachers", ["Nimi", "Name", "Koulu"]) == {0: "name", 2: "school"}


# --- reading a file --------------------------------------------------------------------


def test_schools_below_a_title_row(tmp_path):
    path = write_xlsx(tmp_path / "koulut.xlsx",
                      [["Vantaan koulut 2026–2027"], [], *SCHOOL_ROWS])
    plan = read_plan(path, "schools")

    assert plan.kind is ImportKind.SCHOOLS
    assert plan.header_row == 3
    assert plan.sheet == "Taulukko1"
    assert plan.headers[0] == "Koulun nimi"
    assert plan.mapping == {0: "name", 1: "kind", 2: "language", 3: "address",
                            4: "principal_name", 5: "principal_email", 6: "teacher_count"}
    assert plan.unmatched == ["Puhelin"]
    assert [r.number for r in plan.rows] == [4, 5, 7]  # the blank row 6 is left out

    records = plan.records()
    assert [r.number for r in records] == [4, 5, 7]
    assert records[0].values == {
        "name": "Korson koulu", "kind": "comprehensive", "language": "fi",
        "address": "Urpiaisentie 14", "principal_name": "Anna Aho",
        "principal_email": "anna.aho@vantaa.fi", "teacher_count": 35,
    }
    assert records[1].values["kind"] == "primary"
    assert records[1].values["teacher_count"] == 24  # "24" written as text
    assert records[1].values["address"] is None
    assert records[2].values["kind"] == "comprehensive"
    assert records[2].values["language"] == "sv"
    assert records[2].values["teacher_count"] == 18


def test_unknown_words_for_kind_and_language_stay_for_the_service_to_report():
    assert normalise(ImportKind.SCHOOLS, "kind", "Yläkoulu") == "lower_secondary"
    assert normalise(ImportKind.SCHOOLS, "kind", "lukio") == "upper_secondary"
    assert normalise(ImportKind.SCHOOLS, "kind", "Esikoulu") == "preschool"
    assert normalise(ImportKind.SCHOOLS, "kind", "kansalaisopisto") == "kansalaisopisto"
    assert normalise(ImportKind.SCHOOLS, "language", "RUOTSI") == "sv"
    assert normalise(ImportKind.SCHOOLS, "language", "svenska") == "sv"
    assert normalise(ImportKind.SCHOOLS, "language", "klingon") == "klingon"


def test_devices_with_text_dates_real_dates_and_decimal_commas(tmp_path):
    path = write_xlsx(tmp_path / "laitteet.xlsx", [
        ["Tunniste", "Luokka", "Malli", "Sarjanumero", "Hankintapäivä", "Hinta", "Kpl"],
        ["IPAD-001", "iPad", "iPad 10", 12345678, "1.9.2026", "429,90", "1"],
        ["IPAD-002", "iPad", "iPad 10", "F9XK", date(2026, 8, 15), 399.5, 1],
        ["ROBO-01", "Robotit", "micro:bit", None, "2026-01-31", "1 299,00 €", "30 kpl"],
        ["ROBO-02", "Robotit", "micro:bit", None, "31.2.2026", "paljon", "kolme"],
    ])
    records = read_plan(path, "devices").records()
    first, second, third, bad = (r.values for r in records)

    assert first["purchase_date"] == date(2026, 9, 1)
    assert first["price"] == pytest.approx(429.90)
    assert first["serial_number"] == "12345678"  # a number in Excel, text for us
    assert first["content_count"] == 1
    assert second["purchase_date"] == date(2026, 8, 15)
    assert second["price"] == pytest.approx(399.5)
    assert third["purchase_date"] == date(2026, 1, 31)
    assert third["price"] == pytest.approx(1299.0)
    assert third["content_count"] == 30
    # What cannot be read stays as written; the service says what is wrong with it.
    assert bad["purchase_date"] == "31.2.2026"
    assert bad["price"] == "paljon"
    assert bad["content_count"] == "kolme"


def test_teachers_with_swedish_headers_and_first_and_last_names(tmp_path):
    path = write_xlsx(tmp_path / "larare.xlsx", [
        ["Förnamn", "Efternamn", "E-post", "Skola", "Ämnen"],
        ["Greta", "Gustafsson", "greta@vanda.fi", "Hagelstamska skolan", "matematik"],
        ["", "Lindqvist", None, "Hagelstamska skolan", None],
    ])
    plan = read_plan(path, "teachers")
    assert plan.mapping == {0: "first_name", 1: "last_name", 2: "email", 3: "school",
                            4: "subjects"}
    assert plan.missing == []
    first, second = plan.records()
    assert first.values == {"name": "Greta Gustafsson", "email": "greta@vanda.fi",
                            "school": "Hagelstamska skolan", "subjects": "matematik"}
    assert second.values["name"] == "Lindqvist"


def test_the_mapping_can_be_corrected(tmp_path):
    path = write_xlsx(tmp_path / "opettajat.xlsx", [
        ["Nimi", "Koulu", "Osoite", "Työsähköposti"],
        ["Maija Meikäläinen", "Korson koulu", "Urpiaisentie 14", "maija@vantaa.fi"],
    ])
    plan = read_plan(path, "teachers")
    assert plan.mapping == {0: "name", 1: "school"}
    assert plan.unmatched == ["Osoite", "Työsähköposti"]

    plan.assign(3, "email")
    assert plan.unmatched == ["Osoite"]
    assert plan.records()[0].values["email"] == "maija@vantaa.fi"

    plan.assign(2, "email")  # one column per field: column 3 is let go
    assert plan.mapping == {0: "name", 1: "school", 2: "email"}
    plan.assign(2, None)
    assert "email" not in plan.records()[0].values

    plan.assign(1, None)
    assert plan.missing == ["school"]
    with pytest.raises(ValidationError, match="School"):
        plan.records()
    with pytest.raises(ValueError):
        plan.assign(0, "price")


def test_a_plan_made_by_hand():
    plan = ImportPlan("schools", ["A", "B"], {0: "name"}, [])
    assert plan.unmatched == ["B"]
    assert plan.records() == []


def test_the_first_sheet_with_a_header_row_or_the_one_asked_for(tmp_path):
    path = write_xlsx(tmp_path / "kaksi.xlsx", SCHOOL_ROWS, sheet="Koulut",
                      before=["Ohje"])
    assert read_plan(path, "schools").sheet == "Koulut"
    assert read_plan(path, "schools", sheet="Koulut").header_row == 1
    with pytest.raises(ImportFileError, match="no sheet “Opettajat”"):
        read_plan(path, "schools", sheet="Opettajat")


# --- total rows -------------------------------------------------------------------------


def test_total_rows_are_set_aside_with_a_note(tmp_path):
    path = write_xlsx(tmp_path / "koulut.xlsx", [
        ["Koulu", "Tyyppi", "Opettajia"],
        ["Korson koulu", "alakoulu", 35],
        [Formula('="Hakunilan "&"koulu"', "Hakunilan koulu"), "yläkoulu", 20],  # a value
        ["Yhteensä", None, Formula("=SUM(C2:C3)", 55)],
        ["Mikkolan koulu", "alakoulu", 24],
        ["Summa:", "", 24],
        [None, None, Formula("=SUBTOTAL(9,C2:C6)", 79)],
        ["  TOTALT  ", "3 skolor", Formula("=C7", 79)],
    ])
    plan = read_plan(path, "schools")
    assert [(r.number, r.label) for r in plan.total_rows] == [
        (4, "Yhteensä"), (6, "Summa:"), (7, "=SUBTOTAL(9,C2:C6)"), (8, "TOTALT")]
    assert [r.values["name"] for r in plan.records()] == [
        "Korson koulu", "Hakunilan koulu", "Mikkolan koulu"]
    assert plan.notes() == [
        "Row 4 is a total row (“Yhteensä”): not imported.",
        "Row 6 is a total row (“Summa:”): not imported.",
        "Row 7 is a total row (“=SUBTOTAL(9,C2:C6)”): not imported.",
        "Row 8 is a total row (“TOTALT”): not imported."]


def test_a_teacher_called_summa_is_no_total(tmp_path):
    path = write_xlsx(tmp_path / "opettajat.xlsx", [
        ["Sukunimi", "Etunimi", "Sähköposti", "Koulu"],
        ["Summa", "Anna", "anna.summa@vantaa.fi", "Korson koulu"],
        ["Yhteensä", 1],
    ])
    plan = read_plan(path, "teachers")
    assert [r.values["name"] for r in plan.records()] == ["Anna Summa"]
    assert [r.number for r in plan.total_rows] == [3]


# --- columns that are not imported ------------------------------------------------------


@pytest.mark.parametrize("header", ["Sähköposti", "E-post", "E-mail", "Email"])
def test_a_lone_email_column_on_a_school_list_is_the_principals(tmp_path, header):
    path = write_xlsx(tmp_path / "koulut.xlsx", [
        ["Koulu", "Rehtori", header],
        ["Korson koulu", "Anna Aho", "anna.aho@vantaa.fi"],
    ])
    plan = read_plan(path, "schools")
    assert plan.mapping == {0: "name", 1: "principal_name", 2: "principal_email"}
    assert plan.records()[0].values["principal_email"] == "anna.aho@vantaa.fi"
    assert plan.not_imported == []


def test_a_column_not_imported_says_why(tmp_path):
    path = write_xlsx(tmp_path / "koulut.xlsx", [
        ["Koulu", "Sähköposti", "E-mail", "Puhelin", "School", None],
        ["Korson koulu", "anna@vantaa.fi", "tvt@vantaa.fi", "09 123", "Korso", "huom!"],
    ])
    plan = read_plan(path, "schools")
    assert plan.mapping == {0: "name"}  # two e-mail columns: which is whose?
    several = "a school has several e-mail columns: choose which one this is"
    assert plan.not_imported == [
        ("Sähköposti", several), ("E-mail", several),
        ("Puhelin", "CoachDesk has no field for it"),
        ("School", "the Name comes from “Koulu”"),
        ("column F", "it has no name"),  # a value under no header is not dropped unseen
    ]
    assert plan.unmatched == ["Sähköposti", "E-mail", "Puhelin", "School", "column F"]
    assert plan.describe_mapping()[:2] == [
        "Koulu → Name", f"Sähköposti → not imported ({several})"]
    assert plan.notes()[2:] == ["Column “Puhelin” is not imported: CoachDesk has no field for it.",
                                "Column “School” is not imported: the Name comes from “Koulu”.",
                                "The column F is not imported: it has no name."]

    plan.assign(1, "principal_email")
    plan.assign(2, "ict_contact_email")
    plan.assign(0, None)
    assert plan.not_imported[0] == ("Koulu", "left out")


def test_an_explicit_principal_email_leaves_the_other_email_column_out(tmp_path):
    path = write_xlsx(tmp_path / "koulut.xlsx", [
        ["Koulu", "Sähköposti", "Rehtorin sähköposti"],
        ["Korson koulu", "kanslia@vantaa.fi", "anna@vantaa.fi"],
    ])
    plan = read_plan(path, "schools")
    assert plan.mapping == {0: "name", 2: "principal_email"}
    assert plan.not_imported == [
        ("Sähköposti", "the Principal's e-mail comes from “Rehtorin sähköposti”")]


# --- the sheet ---------------------------------------------------------------------------


def test_the_sheet_whose_header_matches_best_is_read(tmp_path):
    path = write_book(tmp_path / "koulut.xlsx", {
        "Yhteenveto": [["Koulu", "Opettajia"], ["Korson koulu", 35], ["Yhteensä", 35]],
        "Koulut": [["Koulun nimi", "Koulumuoto", "Kieli", "Rehtori", "Opettajia"],
                   ["Korson koulu", "alakoulu", "suomi", "Anna Aho", 35],
                   ["Mikkolan koulu", "yläkoulu", "suomi", "Pekka Peltonen", 24]],
    })
    plan = read_plan(path, "schools")
    assert plan.sheet == "Koulut"
    assert plan.sheets == ["Yhteenveto", "Koulut"]
    assert len(plan.records()) == 2
    summary = read_plan(path, "schools", sheet="Yhteenveto")
    assert summary.sheet == "Yhteenveto"
    assert [r.values["name"] for r in summary.records()] == ["Korson koulu"]


def test_a_sheet_without_the_required_column_loses_to_one_with_it(tmp_path):
    path = write_book(tmp_path / "opettajat.xlsx", {
        "Aineet": [["Sähköposti", "Aineet", "Lisätiedot"], ["a@vantaa.fi", "kuvis", ""]],
        "Opettajat": [["Nimi", "Koulu"], ["Aino Virtanen", "Korson koulu"]],
    })
    assert read_plan(path, "teachers").sheet == "Opettajat"


# --- what Excel writes in cells ----------------------------------------------------------


def test_excel_escaped_control_characters_are_decoded(tmp_path):
    # xlsxwriter, like Excel, stores a carriage return in text as "_x000D_".
    path = write_xlsx(tmp_path / "koulut.xlsx", [
        ["Koulu", "Osoite", "Lisätiedot"],
        ["Evil\r School", "Tie\x001", "rivi 1\r\nrivi 2"],
    ])
    plan = read_plan(path, "schools")
    values = plan.records()[0].values
    assert values["name"] == "Evil School"
    assert values["address"] == "Tie\x001"  # decoded; the service refuses it or not
    assert values["notes"] == "rivi 1\nrivi 2"  # notes keep their lines


@pytest.mark.parametrize("typed, kind", [
    ("perusopetus", "comprehensive"), ("Yhtenäiskoulu 1–9", "comprehensive"),
    ("vuosiluokat 1–6", "primary"), ("vuosiluokat 1-6", "primary"), ("1–9", "comprehensive"),
    ("1-9", "comprehensive"), ("7–9", "lower_secondary"), ("åk 7-9", "lower_secondary"),
    ("alakoulu", "primary"), ("yläkoulu", "lower_secondary"), ("lukio", "upper_secondary"),
    ("lågstadium", "primary"), ("högstadium", "lower_secondary"),
    ("gymnasium", "upper_secondary"), ("grundskola", "comprehensive"),
    ("förskola", "preschool"), ("esiopetus", "preschool"), ("päiväkoti", "preschool"),
])
def test_finnish_and_swedish_kinds_of_school(typed, kind):
    assert normalise(ImportKind.SCHOOLS, "kind", typed) == kind


# --- files that cannot be read ----------------------------------------------------------


def test_no_header_row_is_a_clear_error(tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["Kauppalista"], ["maito", "leipä"]])
    with pytest.raises(ImportFileError, match="No header row was found"):
        read_plan(path, "teachers")


def test_a_missing_file_or_one_that_is_not_xlsx(tmp_path):
    with pytest.raises(ImportFileError, match="There is no file"):
        read_plan(tmp_path / "puuttuu.xlsx", "schools")
    csv = tmp_path / "koulut.xlsx"
    csv.write_text("Nimi;Kieli\nKorson koulu;suomi\n")
    with pytest.raises(ImportFileError, match=r"not an Excel workbook \(.xlsx\)"):
        read_plan(csv, "schools")
