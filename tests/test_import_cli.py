"""``coachdesk import``: a preview with --dry-run, all or nothing, clear errors."""

import pytest

from coachdesk.cli import main
from coachdesk.domain.devices import CategoryDraft
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from tests.reports.test_imports import Formula, write_book, write_xlsx

TEACHERS = [
    ["Opettajat syksy 2026"],
    [],
    ["Nimi", "Sähköposti", "Koulu", "Aineet"],
    ["Maija Meikäläinen", "maija@vantaa.fi", "Korson koulu", "matematiikka"],
    ["Matti Virtanen", "matti@vantaa", "Korson koulu", None],
    ["", "nimeton@vantaa.fi", "Tuntematon koulu", None],
]


@pytest.fixture
def db(db_path):
    with Desk.open(db_path) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    return db_path


def teachers(db_path) -> list[str]:
    with Desk.open(db_path) as desk:
        return sorted(name.split(" — ")[0] for _, name in desk.teachers.choices())


def test_dry_run_prints_every_row_and_saves_nothing(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "opettajat.xlsx", TEACHERS)
    assert main(["import", "teachers", str(path), "--db", str(db), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "header on row 3, 3 rows" in out
    assert "Nimi → Name" in out
    assert "Row 4: new Maija Meikäläinen — Korson koulu" in out
    assert "Row 5: new Matti Virtanen — Korson koulu — “matti@vantaa” is not an e-mail" in out
    assert "Row 6:" in out and "Name is required." in out
    assert "There is no school named “Tuntematon koulu”" in out
    assert "1 new, 0 to update, 0 skipped, 2 with problems." in out
    assert "Dry run: nothing was saved." in out
    assert teachers(db) == []


def test_one_bad_row_saves_nothing_and_exits_non_zero(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "opettajat.xlsx", TEACHERS[:5])
    assert main(["import", "teachers", str(path), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "nothing was imported: row 5 has a problem." in captured.err
    assert "Traceback" not in captured.err
    assert teachers(db) == []


def test_a_clean_file_is_imported_and_existing_rows_updated_or_skipped(db, tmp_path, capsys):
    clean = write_xlsx(tmp_path / "opettajat.xlsx", TEACHERS[:4])
    assert main(["import", "teachers", str(clean), "--db", str(db)]) == 0
    assert "Imported: 1 new, 0 updated, 0 skipped." in capsys.readouterr().out
    assert teachers(db) == ["Maija Meikäläinen"]

    renamed = write_xlsx(tmp_path / "uudet.xlsx", [
        ["Nimi", "Sähköposti", "Koulu"],
        ["Maija Mäkelä", "maija@vantaa.fi", "Korson koulu"],
        ["Matti Virtanen", "matti@vantaa.fi", "Korson koulu"],
    ])
    # --db given before the command works too
    assert main(["--db", str(db), "import", "teachers", str(renamed), "--skip-existing"]) == 0
    assert "Imported: 1 new, 0 updated, 1 skipped." in capsys.readouterr().out
    assert teachers(db) == ["Maija Meikäläinen", "Matti Virtanen"]

    assert main(["import", "teachers", str(renamed), "--db", str(db)]) == 0
    assert "Imported: 0 new, 2 updated, 0 skipped." in capsys.readouterr().out
    assert teachers(db) == ["Maija Mäkelä", "Matti Virtanen"]


def test_schools_and_devices(db, tmp_path, capsys):
    schools = write_xlsx(tmp_path / "koulut.xlsx", [
        ["Koulu", "Tyyppi", "Kieli"],
        ["Mikkolan koulu", "alakoulu", "suomi"],
        ["Hagelstamska skolan", "yhtenäiskoulu", "ruotsi"],
    ])
    assert main(["import", "schools", str(schools), "--db", str(db)]) == 0
    with Desk.open(db) as desk:
        desk.devices.add_category(CategoryDraft(name="iPad"))
        names = [name for _, name in desk.schools.choices()]
    assert names == ["Hagelstamska skolan", "Korson koulu", "Mikkolan koulu"]

    devices = write_xlsx(tmp_path / "laitteet.xlsx", [
        ["Inventaarionumero", "Kategoria", "Hankintapäivä", "Hinta"],
        ["IPAD-001", "iPad", "1.9.2026", "429,90"],
        ["IPAD-002", "Kamera", "1.9.2026", "429,90"],
        ["IPAD-001", "iPad", "1.9.2026", "429,90"],
    ])
    assert main(["import", "devices", str(devices), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "“Kamera” is not a category yet" in out
    assert "The tag IPAD-001 is already on row 2." in out
    with Desk.open(db) as desk:
        assert sum(desk.devices.status_counts().values()) == 0


@pytest.mark.parametrize("argv, message", [
    (["import", "teachers", "{missing}", "--db", "{db}"], "There is no file"),
    (["import", "teachers", "{notxlsx}", "--db", "{db}"], "is not an Excel workbook"),
    (["import", "teachers", "{file}"], "say which database"),
    (["import", "teachers", "{file}", "--db", "{nodb}"], "there is no database"),
    (["import", "devices", "{file}", "--db", "{db}"], "No header row was found"),
])
def test_errors_are_clear_and_exit_non_zero(db, tmp_path, capsys, argv, message):
    paths = {
        "missing": tmp_path / "puuttuu.xlsx",
        "notxlsx": tmp_path / "lista.xlsx",
        "file": write_xlsx(tmp_path / "opettajat.xlsx", TEACHERS),
        "db": db,
        "nodb": tmp_path / "ei" / "ole.sqlite3",
    }
    paths["notxlsx"].write_text("Nimi;Koulu\n")
    assert main([a.format(**paths) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coachdesk: ")
    assert message in err
    assert "Traceback" not in err
    assert not paths["nodb"].exists()


def test_a_file_without_the_required_columns(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "opettajat.xlsx", [["Nimi", "Sähköposti"], ["A", "a@b.fi"]])
    assert main(["import", "teachers", str(path), "--db", str(db)]) == 2
    assert "No column gives the School" in capsys.readouterr().err


def test_the_sheet_read_columns_left_out_and_total_rows_are_shown(db, tmp_path, capsys):
    path = write_book(tmp_path / "koulut.xlsx", {
        "Yhteenveto": [["Koulu", "Opettajia"], ["Korson koulu", 35], ["Yhteensä", 35]],
        "Koulut": [["Koulu", "Tyyppi", "Sähköposti", "Puhelin", "Opettajia"],
                   ["Mikkolan koulu", "vuosiluokat 1–6", "rehtori@mikkola.fi", "09 1", 24],
                   ["Hakunilan koulu", "yläkoulu", "rehtori@hakunila.fi", "09 2", 30],
                   ["Yhteensä", None, None, None, Formula("=SUM(E2:E3)", 54)]],
    })
    assert main(["import", "schools", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "koulut.xlsx: sheet “Koulut”, header on row 1, 2 rows" in out
    assert ("The workbook also has the sheets “Yhteenveto”; read another with --sheet "
            "NAME.") in out
    assert "  Sähköposti → Principal's e-mail" in out
    assert "  Puhelin → not imported (CoachDesk has no field for it)" in out
    assert "Row 4 is a total row (“Yhteensä”): not imported." in out
    assert "Imported: 2 new, 0 updated, 0 skipped." in out
    with Desk.open(db) as desk:
        names = [name for _, name in desk.schools.choices()]
        mikkola = desk.schools.get(next(i for i, n in desk.schools.choices()
                                        if n == "Mikkolan koulu"))
    assert names == ["Hakunilan koulu", "Korson koulu", "Mikkolan koulu"]  # no "Yhteensä"
    assert (mikkola.principal_email, mikkola.kind.value) == ("rehtori@mikkola.fi", "primary")

    assert main(["import", "schools", str(path), "--db", str(db), "--sheet", "Yhteenveto",
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "sheet “Yhteenveto”" in out and "“Koulut”; read another with --sheet" in out
    assert "Row 2: update Korson koulu" in out and "Row 3 is a total row" in out


def test_a_total_row_under_teachers_does_not_fail_the_import(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "opettajat.xlsx", [
        *TEACHERS[2:4], ["Yhteensä", Formula("=COUNTA(A2:A2)", 1)]])
    assert main(["import", "teachers", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Row 3 is a total row (“Yhteensä”): not imported." in out
    assert teachers(db) == ["Maija Meikäläinen"]


def test_devices_without_categories_on_a_new_database(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "laitteet.xlsx", [
        ["Tunniste", "Malli", "Sarjanumero", "Hankintapäivä"],
        ["IPAD-001", "iPad 10", "F9XK", "1.9.2026"],
        ["IPAD-002", "iPad 10", "F9XL", "1.9.2026"],
    ])
    assert main(["import", "devices", str(path), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert ("Row 2: new IPAD-001 — The category is missing: give it in the file, or let "
            "the import put the device in “Uncategorised”.") in out
    assert ("Categories that do not exist yet: “Uncategorised”; add --create-categories "
            "to create them.") in out
    with Desk.open(db) as desk:
        assert desk.devices.categories() == []

    assert main(["import", "devices", str(path), "--db", str(db), "--create-categories"]) == 0
    out = capsys.readouterr().out
    assert "2 new, 0 to update, 0 skipped; new categories: Uncategorised." in out
    with Desk.open(db) as desk:
        assert [c.name for c in desk.devices.categories()] == ["Uncategorised"]
        assert desk.devices.find_by_tag("IPAD-002").category == "Uncategorised"


def test_a_two_digit_year_is_refused_on_its_row(db, tmp_path, capsys):
    with Desk.open(db) as desk:
        desk.devices.add_category(CategoryDraft(name="iPad"))
    path = write_xlsx(tmp_path / "laitteet.xlsx", [
        ["Tunniste", "Luokka", "Hankintapäivä"], ["IPAD-001", "iPad", "1.8.26"]])
    assert main(["import", "devices", str(path), "--db", str(db)]) == 1
    assert ("Row 2: new IPAD-001 — Purchase date: “1.8.26” has no full year; write the "
            "date as 1.8.2026.") in capsys.readouterr().out


def test_the_messages_are_in_the_language_chosen(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "opettajat.xlsx", TEACHERS)
    assert main(["--lang", "fi", "import", "teachers", str(path), "--db", str(db),
                 "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "opettajat.xlsx: taulukko ”" in out and "otsikkorivi rivillä 3, 3 riviä" in out
    assert "Kokeiluajo: mitään ei tallennettu." in out
    assert main(["--lang", "fi", "import", "teachers", str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "coachdesk: mitään ei tuotu: 2 rivillä on ongelmia (rivit 5, 6)." in err
    clean = write_xlsx(tmp_path / "larare.xlsx", TEACHERS[:4])
    assert main(["--lang", "sv", "import", "teachers", str(clean), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "rubrikrad på rad 3, 1 rad" in out
    assert "Importerat: nya 1, uppdaterade 0, överhoppade 0." in out
    assert main(["--lang", "sv", "import", "teachers", str(clean)]) == 2
    assert "coachdesk: ange med --db" in capsys.readouterr().err
