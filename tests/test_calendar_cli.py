"""``coachdesk calendar``: a tutor's .ics from the command line, and its refusals."""

from icalendar import Calendar

from coachdesk.cli import main
from coachdesk.services import Desk
from tests.reports.communication import build


def make_db(path):
    with Desk.open(path) as desk:
        build(desk)


def run(*args: str) -> int:
    return main(["calendar", *args])


def test_writes_the_tutors_calendar(db_path, tmp_path, capsys):
    make_db(db_path)
    out = tmp_path / "maija.ics"
    assert run("--db", str(db_path), "--tutor", "maija meikäläinen", "--from", "2026-09-01",
               "--to", "2026-09-30", "--out", str(out)) == 0
    assert "Maija Meikäläinen" in capsys.readouterr().out
    cal = Calendar.from_ical(out.read_bytes())
    # The visit to a Finnish-language school in Finnish, whatever the command speaks.
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == [
        "Henkilöstökoulutus: Korson koulu", "Scratch basics"]


def test_lang_writes_every_event_in_that_language(db_path, tmp_path):
    make_db(db_path)
    out = tmp_path / "maija.ics"
    assert run("--db", str(db_path), "--tutor", "Maija", "--from", "2026-09-01",
               "--to", "2026-09-30", "--out", str(out), "--lang", "sv") == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert "Personalutbildning: Korson koulu" in [str(e["summary"])
                                                  for e in cal.walk("VEVENT")]


def test_a_part_of_the_name_will_do(db_path, tmp_path):
    make_db(db_path)
    assert run("--db", str(db_path), "--tutor", "Maija", "--from", "2026-08-01", "--to",
               "2026-12-31", "--out", str(tmp_path / "m.ics")) == 0


def test_refusals(db_path, tmp_path, capsys):
    make_db(db_path)
    base = ["--db", str(db_path), "--tutor", "Maija"]
    period = ["--from", "2026-08-01", "--to", "2026-12-31"]
    out = ["--out", str(tmp_path / "m.ics")]
    cases = [
        (["--db", str(db_path), "--tutor", "Nobody", *period, *out], "no tutor"),
        ([*base, "--from", "1.8.2026", "--to", "2026-12-31", *out], "not a date"),
        ([*base, "--from", "2026-12-31", "--to", "2026-08-01", *out], "before it starts"),
        ([*base, *period, "--out", str(tmp_path / "m.txt")], ".ics"),
        (["--db", str(tmp_path / "missing.sqlite3"), "--tutor", "M", *period, *out],
         "no database file"),
    ]
    for args, expected in cases:
        assert run(*args) == 2
        assert expected in capsys.readouterr().err
    assert not (tmp_path / "m.ics").exists()
