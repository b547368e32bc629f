"""``coachdesk close-year`` and ``coachdesk reopen-year`` (issue 25, archive not delete): a
year closed from the command line is read, not changed, until it is reopened; clear
messages and exit codes for a year or a file that is not there, or a window holding it."""

import pytest

from coachdesk.cli import main
from coachdesk.services import Desk
from coachdesk.services.closed_years import YearClosed
from tests.drafts import edit
from tests.services.test_closed_years import OLD_DAY, lesson, old_year, tutor  # noqa: F401
from tests.test_cli_lock import Holder


@pytest.fixture
def db(desk, school_id, tutor, db_path):  # noqa: F811
    """A file with the school years 2025–2026 and 2026–2027 and a lesson in the first,
    closed for the command."""
    desk.lessons.add(lesson(desk, school_id, tutor, OLD_DAY))
    desk.close()
    return db_path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def rename(db) -> None:
    with Desk.open(db) as desk:
        edit(desk.lessons, 1, title="Renamed")


def test_close_then_reopen_a_year(db, capsys):
    code, out, err = run(capsys, "close-year", "--db", db, "--year", "2025-2026")
    assert code == 0, err
    assert out.startswith("Closed the school year 2025–2026: its lessons, visits and loans")
    with pytest.raises(YearClosed, match="2025–2026 is closed"):
        rename(db)
    with Desk.open_for_reading(db) as desk:
        assert [name for _id, name in desk.school_years.years()
                if _id in desk.school_years.closed()] == ["2025–2026"]

    # again: nothing to do, and it says so (a scheduled run may close the year each night)
    code, out, err = run(capsys, "close-year", "--db", db, "--year", "2025–2026")
    assert (code, err) == (0, "")
    assert out.strip() == "The school year 2025–2026 was already closed; nothing changed."

    code, out, err = run(capsys, "reopen-year", "--db", db, "--year", "2025")
    assert code == 0, err
    assert out.startswith("Reopened the school year 2025–2026")
    rename(db)  # changeable again
    code, out, _err = run(capsys, "reopen-year", "--db", db, "--year", "2025/2026")
    assert (code, out.strip()) == (0, "The school year 2025–2026 was not closed; nothing "
                                      "changed.")


def test_a_year_or_file_that_is_not_there_is_named(db, tmp_path, capsys):
    code, out, err = run(capsys, "close-year", "--db", db, "--year", "2019-2020")
    assert (code, out) == (2, "")
    assert err.strip() == ("coachdesk: There is no school year called “2019-2020”. The "
                           "school years are: 2026–2027, 2025–2026.")
    missing = tmp_path / "nowhere" / "coachdesk.sqlite3"
    code, out, err = run(capsys, "close-year", "--db", missing, "--year", "2025-2026")
    assert (code, out) == (2, "")
    assert err.strip() == (f"coachdesk: {missing} does not exist: name the CoachDesk "
                           "database file with --db PATH.")
    assert not missing.parent.exists()  # nothing made
    with Desk.open_for_reading(db) as desk:
        assert desk.school_years.closed() == set()


def test_refused_while_a_window_has_the_file(db, capsys):
    window = Holder(db, "CoachDesk")
    try:
        code, out, err = run(capsys, "close-year", "--db", db, "--year", "2025-2026")
    finally:
        window.stop()
    assert (code, out) == (2, "")
    assert err.startswith("coachdesk: ") and "Close it there first" in err
    with Desk.open_for_reading(db) as desk:
        assert desk.school_years.closed() == set()
