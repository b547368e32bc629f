"""``coachdesk certificates`` and ``coachdesk verify``: PDFs written, codes accepted and
altered ones refused, clear messages and exit codes."""

import pytest
from pypdf import PdfReader

from coachdesk.cli import main
from coachdesk.services import Desk
from tests.services.test_certificates import training as made_training  # noqa: F401


@pytest.fixture
def db(desk, made_training, db_path):  # noqa: F811
    """A database file with a training two teachers completed (its sessions in September
    2026, over by the time the command runs), closed for the command."""
    desk.close()
    return db_path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_certificates_are_written_and_their_codes_verify(db, tmp_path, capsys):
    out = tmp_path / "certificates"
    code, stdout, err = run(capsys, "certificates", "--db", db, "--series", "digiloikka",
                            "--out-dir", out)
    assert code == 0, err
    assert "Wrote 2 certificates of “Digiloikka”" in stdout
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == ["Digiloikka – Aino.pdf", "Digiloikka – Cecilia.pdf"]
    with Desk.open(db) as desk:
        codes = [c.code for c in desk.certificates.of_training(1)]
    assert codes[0] in PdfReader(files[0]).pages[0].extract_text()

    code, stdout, err = run(capsys, "verify", codes[0].replace("-", "").lower(), "--db", db)
    assert code == 0, err
    assert stdout.startswith(f"Genuine. {codes[0]} certifies that Aino")

    altered = codes[0][:2] + ("Z" if codes[0][2] != "Z" else "Y") + codes[0][3:]
    code, stdout, err = run(capsys, "verify", altered, "--db", db)
    assert code == 1 and stdout == ""
    assert err.startswith("coachdesk: ") and "is not a certificate code" in err

    # Issuing again gives the same codes, in one file for printing, in English.
    code, _stdout, err = run(capsys, "certificates", "--db", db, "--series", "1",
                             "--out-dir", out, "--lang", "en", "--one-file", "--mail")
    assert code == 0, err
    assert sorted(p.name for p in out.glob("*.eml")) == ["Digiloikka – Aino.eml",
                                                         "Digiloikka – Cecilia.eml"]
    assert b"Subject: Certificate of participation: Digiloikka" in (
        out / "Digiloikka – Cecilia.eml").read_bytes()
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(out / "Digiloikka.pdf").pages)
    assert all(c in text for c in codes) and "CERTIFICATE OF PARTICIPATION" in text


def test_clear_refusals(db, tmp_path, capsys):
    code, _out, err = run(capsys, "certificates", "--db", db, "--series", "Nothing such",
                          "--out-dir", tmp_path)
    assert code == 2 and err == "coachdesk: There is no training called “Nothing such”.\n"
    code, _out, err = run(capsys, "verify", "7KQ2M-X94RD", "--db", tmp_path / "none.sqlite3")
    assert code == 2 and "does not exist" in err
    missing = tmp_path / "typo" / "coachdesk.sqlite3"
    code, _out, err = run(capsys, "certificates", "--db", missing, "--series", "1",
                          "--out-dir", tmp_path / "out")
    assert code == 2 and "does not exist" in err
    assert not missing.parent.exists() and not (tmp_path / "out").exists()
