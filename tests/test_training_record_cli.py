"""``coachdesk training-record``: a teacher's record written as a workbook and as a PDF
(read back), in the school's language or the one asked for; clear refusals."""

import unicodedata
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coachdesk.cli import main
from coachdesk.domain.training_record import ElsewhereDraft
from tests.services.test_certificates import AFTER, ISSUED
from tests.services.test_certificates import training as made_training  # noqa: F401


@pytest.fixture
def db(desk, made_training, db_path):  # noqa: F811
    training_id, people = made_training
    desk.certificates.issue(training_id, ISSUED, AFTER)
    desk.teachers.update(people["Aino"], desk.teachers.draft(people["Aino"]).__class__(
        **{**desk.teachers.draft(people["Aino"]).__dict__, "email": "aino@korso.fi"}))
    desk.training_record.add_elsewhere(people["Aino"], ElsewhereDraft(
        "Digitaidot MOOC", "Opetushallitus", date(2027, 3, 10), 12.5))
    desk.close()
    return db_path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def pdf_text(path) -> str:
    """The PDF's words, ligatures ("ﬁ") as their letters."""
    return unicodedata.normalize("NFKC", " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(path).pages))


def test_the_record_is_written_as_a_pdf_and_a_workbook(db, tmp_path, capsys):
    pdf = tmp_path / "aino.pdf"
    code, stdout, err = run(capsys, "training-record", "--db", db, "--teacher",
                            "AINO@korso.fi", "--out", pdf, "--lang", "en")
    assert code == 0, err
    assert "Wrote the training record of Aino" in stdout
    text = pdf_text(pdf)
    for said in ("Training record: Aino", "Korson koulu", "Digiloikka", "Digitaidot MOOC",
                 "Opetushallitus", "12.5", "2026–2027", "In all", "Certificates"):
        assert said in text, said

    book = tmp_path / "aino.xlsx"
    code, _stdout, err = run(capsys, "training-record", "--db", db, "--teacher", "Aino",
                             "--out", book, "--lang", "en")
    assert code == 0, err
    wb = load_workbook(book)
    assert wb.sheetnames == ["Per school year", "Lessons attended", "Trainings completed",
                             "Certificates", "Training done elsewhere"]
    years = [row for row in wb["Per school year"].iter_rows(values_only=True) if row[0]]
    assert years[-2][0] == "2026–2027" and years[-1][0] == "In all"
    assert years[-1][5] == 1 and years[-1][6] == 12.5
    elsewhere = list(wb["Training done elsewhere"].iter_rows(values_only=True))
    assert elsewhere[1][1:4] == ("Digitaidot MOOC", "Opetushallitus", 12.5)


def test_clear_refusals(db, tmp_path, capsys):
    code, _out, err = run(capsys, "training-record", "--db", db, "--teacher", "nobody@x.fi",
                          "--out", tmp_path / "x.pdf")
    assert code == 2 and err.startswith("coachdesk: There is no teacher “nobody@x.fi”")
    code, _out, err = run(capsys, "training-record", "--db", db, "--teacher", "Aino",
                          "--out", tmp_path / "x.docx")
    assert code == 2 and "ending in .xlsx or .pdf" in err
    assert not (tmp_path / "x.pdf").exists()


def test_coachdesk_import_takes_training_done_elsewhere(db, tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Sähköposti", "Koulutus", "Järjestäjä", "Päivämäärä", "Tunnit"])
    book.active.append(["aino@korso.fi", "Tekoäly", "OPH", date(2026, 10, 1), 3])
    book.active.append(["nobody@x.fi", "Robotiikka", "OPH", "1.10.2026", "x"])
    book.save(tmp_path / "courses.xlsx")
    code, stdout, _err = run(capsys, "import", "training-elsewhere", tmp_path / "courses.xlsx",
                             "--db", db)
    assert code == 1  # nothing imported: row 3 says both its problems
    assert "Row 3:" in stdout and "No teacher has the e-mail nobody@x.fi." in stdout
    book.active.delete_rows(3)
    book.save(tmp_path / "courses.xlsx")
    code, _stdout, err = run(capsys, "import", "training-elsewhere", tmp_path / "courses.xlsx",
                             "--db", db)
    assert code == 0, err
    code, _stdout, err = run(capsys, "training-record", "--db", db, "--teacher",
                             "aino@korso.fi", "--out", tmp_path / "a.pdf", "--lang", "en")
    assert code == 0 and "Tekoäly" in pdf_text(tmp_path / "a.pdf")
