"""``coachdesk offer``: the PDF, the page and the calendar from the command line, in a
process of its own (it lays the PDF out with Qt, without a screen)."""

import os
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from coachdesk.services import Desk
from tests.services.test_offer import add_schools, lesson

ROOT = Path(__file__).resolve().parents[1]


def coachdesk(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # as a user has
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "coachdesk", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_writes_the_three_files_for_a_school(db_path, tmp_path):
    with Desk.open(db_path) as desk:
        _korso, kyrkoby = add_schools(desk)
        lesson(desk, "Scratch basics", date(2027, 1, 12), capacity=12)
    out = tmp_path / "erbjudande.pdf"
    done = coachdesk("offer", "--db", str(db_path), "--from", "2027-01-07", "--to",
                     "2027-05-31", "--out", str(out), "--school", "kyrkoby skola",
                     "--sign-up", "Per e-post till ikt@vanda.fi")
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).replace("\t", " ")
                    for page in PdfReader(out).pages)  # NFKC: the "fi" ligature
    assert "Scratch basics" in text and "Kyrkoby skola" in text
    assert "ikt@vanda.fi" in text
    assert out.with_suffix(".html").exists() and out.with_suffix(".ics").exists()


def test_refuses_an_out_file_that_is_not_a_pdf(db_path, tmp_path):
    with Desk.open(db_path):
        pass
    done = coachdesk("offer", "--db", str(db_path), "--from", "2027-01-07", "--to",
                     "2027-05-31", "--out", str(tmp_path / "offer.docx"))
    assert done.returncode == 2
    assert "coachdesk:" in done.stderr and ".pdf" in done.stderr
    assert "Traceback" not in done.stderr
