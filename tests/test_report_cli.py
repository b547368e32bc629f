"""``coachdesk report …``: each report from the command line, and clear refusals."""

from datetime import date

import openpyxl
import pytest

from coachdesk.cli import main
from coachdesk.services import Desk
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)
PERIOD = ["--from", "2026-08-01", "--to", "2027-07-31"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, small_demo):
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        schools = desk.schools.choices()
    return path, schools


def school_of(db, language: str) -> str:
    """The name of a school of the demo teaching in ``language``."""
    with Desk.open(db) as desk:
        return next(s.name for s in (desk.schools.get(i) for i, _ in desk.schools.choices())
                    if s.language == language)


def sheets(path) -> list[str]:
    return openpyxl.load_workbook(path).sheetnames


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["report", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_school_report_by_name_in_any_case(demo_db, tmp_path, capsys):
    db, schools = demo_db
    name = schools[0][1]
    out = tmp_path / "school.xlsx"
    code, stdout, err = run(capsys, "school", "--db", db, "--school", name.upper(), *PERIOD,
                            "--out", out, "--today", "2026-11-24")
    assert code == 0, err
    assert name in stdout
    assert openpyxl.load_workbook(out).worksheets[0]["A1"].value == name


def test_a_schools_report_is_in_its_language_unless_lang_says_otherwise(demo_db, tmp_path,
                                                                       capsys):
    db, _ = demo_db
    finnish, swedish = school_of(db, "fi"), school_of(db, "sv")
    for name, lang, first_sheet in ((finnish, [], "Yhteenveto"),
                                    (swedish, [], "Sammandrag"),
                                    (finnish, ["--lang", "sv"], "Sammandrag"),
                                    (swedish, ["--lang", "en"], "Summary")):
        out = tmp_path / "school.xlsx"
        code, _, err = run(capsys, "school", "--db", db, "--school", name, *PERIOD,
                           "--out", out, *lang)
        assert code == 0, err
        assert sheets(out)[0] == first_sheet, (name, lang)
    code, _, err = run(capsys, "all-schools", "--db", db, *PERIOD, "--out-dir",
                       tmp_path / "all", "--lang", "sv")
    assert code == 0, err
    assert {sheets(f)[0] for f in (tmp_path / "all").iterdir()} == {"Sammandrag"}


def test_the_summary_and_device_report_speak_the_coordinators_language(demo_db, tmp_path,
                                                                       capsys):
    db, _ = demo_db
    out = tmp_path / "s.xlsx"
    assert main(["--lang", "sv", "report", "summary", "--db", str(db), *PERIOD,
                 "--out", str(out)]) == 0
    assert sheets(out)[:3] == ["Sammandrag", "Per månad", "Tutorlärare"]
    assert main(["--lang", "sv", "report", "summary", "--db", str(db), *PERIOD,
                 "--out", str(out), "--lang", "fi"]) == 0
    assert sheets(out)[:3] == ["Yhteenveto", "Kuukausittain", "Tutoropettajat"]
    code, _, err = run(capsys, "devices", "--db", db, "--out", out, "--lang", "fi")
    assert code == 0, err
    assert sheets(out) == ["Yhteenveto", "Laiteluettelo", "Lainat", "Varaukset"]


def test_summary_and_devices(demo_db, tmp_path, capsys):
    db, _ = demo_db
    code, _, err = run(capsys, "summary", "--db", db, *PERIOD, "--out", tmp_path / "s.xlsx")
    assert code == 0, err
    assert openpyxl.load_workbook(tmp_path / "s.xlsx").sheetnames[:3] == [
        "Summary", "Per month", "Tutors"]
    code, _, err = run(capsys, "devices", "--db", db, "--out", tmp_path / "d.xlsx",
                       "--today", "2026-11-24")
    assert code == 0, err
    assert "Loans" in openpyxl.load_workbook(tmp_path / "d.xlsx").sheetnames


def test_all_schools_into_a_new_folder(demo_db, tmp_path, capsys):
    db, schools = demo_db
    folder = tmp_path / "for principals"
    code, stdout, _ = run(capsys, "all-schools", "--db", db, *PERIOD, "--out-dir", folder)
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.xlsx" for _, n in schools)
    assert f"Wrote {len(schools)} school reports" in stdout


@pytest.mark.parametrize(("argv", "message"), [
    (["school", "--school", "Nowhere School", *PERIOD], "There is no school called"),
    (["summary", "--from", "2026-08-01", "--to", "31.7.2027"], "is not a date"),
    (["summary", "--from", "2027-08-01", "--to", "2027-07-31"], "ends (2027-07-31) before"),
])
def test_errors_give_a_clear_message_and_a_non_zero_exit(demo_db, tmp_path, capsys, argv,
                                                         message):
    db, _ = demo_db
    out = tmp_path / "x.xlsx"
    code, _, err = run(capsys, *argv, "--db", db, "--out", out)
    assert code != 0
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_an_unwritable_target_is_refused(demo_db, tmp_path, capsys):
    db, _ = demo_db
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    code, _, err = run(capsys, "devices", "--db", db, "--out", blocker / "d.xlsx")
    assert code != 0 and "Cannot write to the folder" in err
    code, _, err = run(capsys, "all-schools", "--db", db, *PERIOD, "--out-dir", blocker)
    assert code != 0 and "is a file, not a folder" in err


def test_a_missing_database_is_not_created(tmp_path, capsys):
    missing = tmp_path / "nothing.sqlite3"
    code, _, err = run(capsys, "devices", "--db", missing, "--out", tmp_path / "d.xlsx")
    assert code != 0 and "There is no database file" in err
    assert not missing.exists()


def test_the_output_must_be_an_xlsx_file(demo_db, tmp_path, capsys):
    db, _ = demo_db
    code, _, err = run(capsys, "devices", "--db", db, "--out", tmp_path / "d.csv")
    assert code != 0 and ".xlsx" in err


def test_a_missing_argument_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["report", "school", "--db", "x.sqlite3"])
    assert done.value.code == 2
    assert "--school" in capsys.readouterr().err


def test_a_school_report_with_costs_only_when_asked(demo_db, tmp_path, capsys):
    db, schools = demo_db
    for extra, out in (((), tmp_path / "plain.xlsx"), (("--costs",), tmp_path / "costs.xlsx")):
        code, _, err = run(capsys, "school", "--db", db, "--school", schools[0][1], *PERIOD,
                           "--out", out, "--today", "2026-11-24", "--lang", "en", *extra)
        assert code == 0, err
    assert "Costs" not in sheets(tmp_path / "plain.xlsx")
    assert sheets(tmp_path / "costs.xlsx")[-2] == "Costs"
