"""Moving data between a laptop's file and a server: ``copy_to_server`` and
``copy_to_file``, all or nothing, on the real PostgreSQL server the tests start."""

from datetime import date

import pytest
from sqlalchemy import create_engine, select, text

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.services.backups import restore
from coachdesk.services.server import copy_to_file, copy_to_server, init_server
from coachdesk.storage import server, transfer
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)


def every_row(engine) -> dict[str, list[tuple]]:
    """Every table's rows in id order, as Python values."""
    with engine.connect() as conn:
        return {t.name: conn.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in transfer.tables()}


def file_rows(path) -> dict[str, list[tuple]]:
    with Desk.open_for_reading(path) as desk:
        return every_row(desk.db.engine)


def server_engine(url: str):
    return create_engine(server.server_url(url))


@pytest.fixture(scope="module")
def laptop(tmp_path_factory, small_demo):
    """A laptop's file with a demo municipality and its history."""
    path = tmp_path_factory.mktemp("laptop") / "coachdesk.sqlite3"
    with open_copy(small_demo(TODAY).path, path) as desk:
        school = desk.schools.add(SchoolDraft(name="Koulu kopiossa", language="sv",
                                              notes="Rehtori:\n\tPirjo"))
        desk.schools.archive(school)  # a change in the history
    return path


def test_file_to_server_to_file_gives_the_same_records(laptop, pg_url, tmp_path):
    copied = copy_to_server(laptop, pg_url)
    assert copied["schools"] > 10 and copied["change_log"] > 0
    back = tmp_path / "offline" / "copy.sqlite3"
    assert copy_to_file(pg_url, back) == copied
    original = file_rows(laptop)
    assert file_rows(back) == original
    engine = server_engine(pg_url)
    try:
        assert every_row(engine) == original
    finally:
        engine.dispose()


def test_new_records_on_the_server_continue_after_the_copied_ids(laptop, pg_url):
    copied = copy_to_server(laptop, pg_url)
    with Desk.open_url(pg_url) as desk:
        school = desk.schools.add(SchoolDraft(name="Uusi koulu"))
    assert school == copied["schools"] + 1


def test_a_copy_goes_into_a_database_set_up_and_still_empty(laptop, pg_url):
    init_server(pg_url)
    assert copy_to_server(laptop, pg_url)["schools"] > 0


def test_a_server_that_holds_data_is_refused_and_keeps_it(laptop, pg_url):
    init_server(pg_url)
    with Desk.open_url(pg_url) as desk:
        desk.schools.add(SchoolDraft(name="Oma koulu"))
    with pytest.raises(CoachDeskError, match="already holds CoachDesk data"):
        copy_to_server(laptop, pg_url)
    with Desk.open_url(pg_url) as desk:
        assert [name for _, name in desk.schools.choices()] == ["Oma koulu"]


def test_a_copy_that_fails_half_way_leaves_the_server_as_it_was(laptop, pg_url):
    # A record the server cannot take (PostgreSQL holds String(200) to 200 characters,
    # SQLite does not): the copy fails at the schools, after other tables went in.
    import sqlite3

    broken = laptop.with_name("broken.sqlite3")
    broken.write_bytes(laptop.read_bytes())
    with sqlite3.connect(broken) as conn:
        conn.execute("UPDATE schools SET address = ?, name = ? WHERE id = 1",
                     ("", "x" * 300))
    with pytest.raises(CoachDeskError, match="Nothing was copied"):
        copy_to_server(broken, pg_url)
    engine = server_engine(pg_url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(text(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = 'public'")).scalar()
    finally:
        engine.dispose()
    assert tables == 0  # not even the tables made for the copy


def test_an_offline_copy_is_restorable(laptop, pg_url, tmp_path):
    copy_to_server(laptop, pg_url)
    offline = tmp_path / "copy.sqlite3"
    copy_to_file(pg_url, offline)
    other = tmp_path / "other" / "coachdesk.sqlite3"
    with Desk.open(other) as desk:
        desk.schools.add(SchoolDraft(name="Väärä koulu"))
    restore(other, offline)
    assert file_rows(other) == file_rows(laptop)


def test_an_offline_copy_never_overwrites_a_file(laptop, pg_url, tmp_path):
    copy_to_server(laptop, pg_url)
    there = tmp_path / "there.sqlite3"
    there.write_bytes(b"mine")
    with pytest.raises(CoachDeskError, match="Choose a new name"):
        copy_to_file(pg_url, there)
    assert there.read_bytes() == b"mine"
    assert list(tmp_path.iterdir()) == [there]  # no partial copy left beside it


def test_an_offline_copy_that_fails_leaves_no_file(laptop, pg_url, full_disk_dir):
    copy_to_server(laptop, pg_url)
    full_disk_dir.fill()
    before = set(full_disk_dir.path.iterdir())
    with pytest.raises(CoachDeskError, match="full"):
        copy_to_file(pg_url, full_disk_dir.path / "copy.sqlite3")
    assert set(full_disk_dir.path.iterdir()) == before  # no copy, no partial file


def test_copy_needs_a_server_on_one_side(laptop, tmp_path):
    with pytest.raises(CoachDeskError, match="PostgreSQL"):
        copy_to_server(laptop, f"sqlite:///{tmp_path / 'x.sqlite3'}")


def test_an_empty_server_cannot_be_copied_from(pg_url, tmp_path):
    with pytest.raises(CoachDeskError, match="holds no CoachDesk data"):
        copy_to_file(pg_url, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
