"""A PostgreSQL server as CoachDesk's database: the URL, encryption, where the password
comes from, setting up, upgrading once, and refusing what is not ours — on the real
server the tests start (tests/postgres.py)."""

import logging
import threading
import time

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text

from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.services.server import State, init_server
from coachdesk.storage import schema, server
from coachdesk.storage.database import Database
from coachdesk.storage.errors import DatabaseBusy, DatabaseProblem, NewerSchema
from coachdesk.storage.tables import metadata
from tests.postgres import PASSWORD_USER, SUPERUSER


def engine_on(url: str):
    return create_engine(str(server.server_url(url)))


def tables_of(url: str) -> set[str]:
    engine = engine_on(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def revision_of(url: str) -> str:
    engine = engine_on(url)
    try:
        with engine.connect() as conn:
            return conn.scalar(text("SELECT version_num FROM alembic_version"))
    finally:
        engine.dispose()


def older_schema(url: str) -> str:
    """The database at the revision before the newest, built by the migrations."""
    from alembic.script import ScriptDirectory

    previous = ScriptDirectory(str(schema.MIGRATIONS)).get_revision("head").down_revision
    engine = engine_on(url)
    try:
        command.upgrade(schema.alembic_config(engine), previous)
    finally:
        engine.dispose()
    return revision_of(url)


# -- the URL (no server needed) -----------------------------------------------------------


def test_plain_postgresql_means_psycopg():
    url = server.server_url("postgresql://pia@localhost/coachdesk")
    assert url.drivername == "postgresql+psycopg"
    assert url.database == "coachdesk" and url.username == "pia"


@pytest.mark.parametrize("given", ["postgresql://pia:secret@db.vantaa.fi/coachdesk",
                                   "postgresql://pia@db.vantaa.fi/coachdesk?password=secret"])
def test_a_password_in_the_url_is_refused(given):
    with pytest.raises(DatabaseProblem, match="Leave the password out of the URL"):
        server.server_url(given)


@pytest.mark.parametrize("host", ["db.vantaa.fi", "10.0.0.5"])
def test_another_machine_is_reached_through_tls(host):
    url = server.server_url(f"postgresql://pia@{host}/coachdesk")
    assert url.query["sslmode"] == "require"
    kept = server.server_url(f"postgresql://pia@{host}/coachdesk?sslmode=verify-full")
    assert kept.query["sslmode"] == "verify-full"


@pytest.mark.parametrize("given", [
    "postgresql://pia@localhost/coachdesk", "postgresql://pia@127.0.0.1/coachdesk",
    "postgresql://pia@[::1]/coachdesk", "postgresql:///coachdesk",
    "postgresql:///coachdesk?host=/var/run/postgresql",
    "postgresql://pia@localhost/coachdesk?sslmode=disable"])
def test_this_machine_needs_no_tls(given):
    assert "sslmode" not in server.server_url(given).query or "disable" in given


@pytest.mark.parametrize("mode", ["disable", "allow"])
def test_an_unencrypted_connection_to_another_machine_is_refused(mode):
    with pytest.raises(server.NotEncrypted, match="unencrypted"):
        server.server_url(f"postgresql://pia@db.vantaa.fi/coachdesk?sslmode={mode}")
    with pytest.raises(server.NotEncrypted):
        server.server_url(f"postgresql:///coachdesk?host=db.vantaa.fi&sslmode={mode}")


@pytest.mark.parametrize("given", ["mysql://pia@db/coachdesk", "postgresql+asyncpg://db/x",
                                   "not a url", "postgresql://db:notaport/x"])
def test_what_is_not_a_postgresql_url_is_refused(given):
    with pytest.raises(DatabaseProblem):
        server.server_url(given)


def test_a_service_names_everything_itself():
    url = server.server_url("postgresql:///?service=coachdesk")
    assert url.query["service"] == "coachdesk" and "sslmode" not in url.query


# -- setting up ---------------------------------------------------------------------------


def test_init_sets_up_an_empty_database_once(pg_url):
    assert init_server(pg_url) is State.NEW
    assert tables_of(pg_url) == set(metadata.tables) | {"alembic_version"}
    assert revision_of(pg_url) == schema.head_revision()
    assert init_server(pg_url) is State.CURRENT
    with Desk.open_url(pg_url) as desk:
        school = desk.schools.add(SchoolDraft(name="Korson koulu"))
        assert desk.schools.get(school).name == "Korson koulu"


def test_an_empty_database_is_opened_only_after_init(pg_url):
    with pytest.raises(DatabaseProblem, match="coachdesk server init"):
        Desk.open_url(pg_url)
    assert tables_of(pg_url) == set()  # nothing was made in it


def test_a_database_of_another_application_is_refused_and_left_alone(pg_url):
    engine = engine_on(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id integer PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO invoices VALUES (1)")
    engine.dispose()
    with pytest.raises(DatabaseProblem, match="not CoachDesk's"):
        init_server(pg_url)
    with pytest.raises(DatabaseProblem, match="not CoachDesk's"):
        Desk.open_url(pg_url)
    assert tables_of(pg_url) == {"invoices"}


def test_a_newer_coachdesks_database_is_refused_and_left_alone(pg_url):
    init_server(pg_url)
    engine = engine_on(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future'")
    engine.dispose()
    with pytest.raises(NewerSchema):
        Desk.open_url(pg_url)
    assert revision_of(pg_url) == "from_the_future"


def test_the_migrations_run_on_postgresql_and_match_the_tables(pg_url):
    engine = engine_on(pg_url)
    try:
        command.upgrade(schema.alembic_config(engine), "head")
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_an_older_schema_is_upgraded_when_opened(pg_url):
    older = older_schema(pg_url)
    assert older != schema.head_revision()
    with Desk.open_url(pg_url) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    assert revision_of(pg_url) == schema.head_revision()


def test_two_coordinators_starting_at_once_upgrade_it_once(pg_url, caplog):
    older_schema(pg_url)
    barrier = threading.Barrier(2)
    opened, failed = [], []

    def start():
        barrier.wait()
        try:
            with Desk.open_url(pg_url) as desk:
                opened.append(desk.schools.choices())
        except Exception as exc:  # noqa: BLE001 - the test says what went wrong
            failed.append(exc)

    caplog.set_level(logging.INFO, logger="coachdesk.storage.schema")
    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failed == [] and len(opened) == 2
    upgrades = [r for r in caplog.records if r.getMessage().startswith("upgraded ")]
    assert len(upgrades) == 1
    assert revision_of(pg_url) == schema.head_revision()


def hold_upgrade_lock(url: str):
    engine = engine_on(url)
    conn = engine.connect()
    conn.execute(select(func.pg_advisory_lock(server.UPGRADE_LOCK)))
    conn.commit()
    return engine, conn


def test_a_second_coordinator_waits_for_the_upgrade_and_finds_it_done(pg_url):
    older = older_schema(pg_url)
    engine, lock = hold_upgrade_lock(pg_url)  # another CoachDesk is upgrading
    done = []
    opener = threading.Thread(target=lambda: done.append(Desk.open_url(pg_url)))
    opener.start()
    time.sleep(1.0)
    assert done == [] and revision_of(pg_url) == older  # it waits, touching nothing
    lock.execute(select(func.pg_advisory_unlock(server.UPGRADE_LOCK)))
    lock.close()
    engine.dispose()
    opener.join(30)
    assert len(done) == 1
    done[0].close()
    assert revision_of(pg_url) == schema.head_revision()


def test_an_upgrade_that_takes_too_long_is_said_clearly(pg_url, monkeypatch):
    older = older_schema(pg_url)
    monkeypatch.setattr(server, "UPGRADE_WAIT_S", 1)
    engine, lock = hold_upgrade_lock(pg_url)
    try:
        with pytest.raises(DatabaseBusy, match="Another CoachDesk is setting up or upgrading"):
            Desk.open_url(pg_url)
    finally:
        lock.close()
        engine.dispose()
    assert revision_of(pg_url) == older


# -- encryption and the password ----------------------------------------------------------


def named_host(postgres, database: str, query: str = "") -> str:
    """The test server reached under another machine's name (libpq connects to hostaddr
    and treats the name as the host): what a URL to a real remote server looks like."""
    return (f"postgresql://{SUPERUSER}@db.vantaa.test:{postgres.port}/{database}"
            f"?hostaddr=127.0.0.1{query}")


def test_a_server_without_tls_is_refused_for_another_machine(postgres, pg_desk_url):
    database = pg_desk_url.rsplit("/", 1)[1]
    with pytest.raises(server.NotEncrypted, match="encrypted"):
        Desk.open_url(named_host(postgres, database))


def test_a_connection_that_came_out_unencrypted_is_not_used(postgres, pg_desk_url):
    # sslmode=prefer falls back to no TLS: the check after connecting catches it.
    database = pg_desk_url.rsplit("/", 1)[1]
    with pytest.raises(server.NotEncrypted, match="not encrypted"):
        Desk.open_url(named_host(postgres, database, "&sslmode=prefer"))


@pytest.fixture
def coordinator(postgres, pg_url):
    """A login that must give a password, owning an empty database (as IT would hand
    one over); the login stays for the rest of the run."""
    database = pg_url.rsplit("/", 1)[1]
    with postgres.admin.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                           {"name": PASSWORD_USER}):
            conn.exec_driver_sql(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD 'kahvi-42'")
        conn.exec_driver_sql(f'ALTER DATABASE "{database}" OWNER TO {PASSWORD_USER}')
    return database


def test_without_a_password_file_the_login_is_refused_with_what_to_do(
        postgres, coordinator, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres.port}/{coordinator}"
    with pytest.raises(DatabaseProblem, match="password file"):
        Desk.open_url(url)


def test_the_password_comes_from_the_password_file(postgres, coordinator, tmp_path,
                                                   monkeypatch):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{postgres.port}:{coordinator}:{PASSWORD_USER}:kahvi-42\n")
    passfile.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    url = f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres.port}/{coordinator}"
    assert init_server(url) is State.NEW
    with Desk.open_url(url) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
        assert desk.label == url  # as typed: no password, no settings CoachDesk added


def test_a_service_file_names_the_server_and_the_password_file(postgres, coordinator,
                                                                tmp_path, monkeypatch):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{PASSWORD_USER}:kahvi-42\n")
    passfile.chmod(0o600)
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[coachdesk]\nhost=127.0.0.1\nport={postgres.port}\n"
                        f"dbname={coordinator}\nuser={PASSWORD_USER}\n"
                        f"passfile={passfile}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert init_server("postgresql:///?service=coachdesk") is State.NEW
    with Desk.open_url("postgresql:///?service=coachdesk") as desk:
        assert desk.label == "postgresql:///?service=coachdesk"
        desk.schools.add(SchoolDraft(name="Korson koulu"))
        assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]


def test_a_database_that_is_not_there_is_named(postgres):
    with pytest.raises(DatabaseProblem, match="There is no database nowhere"):
        Database.open_url(postgres.url("nowhere"))


# -- a team of coordinators ---------------------------------------------------------------


def member_url(postgres, login: str, database: str) -> str:
    return f"postgresql://{login}@127.0.0.1:{postgres.port}/{database}"


@pytest.fixture
def team(postgres, pg_url):
    """IT's set-up: a role owns the database, each coordinator's login is a member."""
    database = pg_url.rsplit("/", 1)[1]
    with postgres.admin.connect() as conn:
        for role, options in [("coachdesk_team", "NOLOGIN"),
                              ("pia", "LOGIN IN ROLE coachdesk_team"),
                              ("matti", "LOGIN IN ROLE coachdesk_team")]:
            if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
                conn.exec_driver_sql(f"CREATE ROLE {role} {options}")
        conn.exec_driver_sql(f'ALTER DATABASE "{database}" OWNER TO coachdesk_team')
    return database


def test_tables_set_up_by_one_coordinator_serve_the_whole_team(postgres, team):
    assert init_server(member_url(postgres, "pia", team)) is State.NEW
    with Desk.open_url(member_url(postgres, "matti", team)) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    with Desk.open_url(member_url(postgres, "pia", team)) as desk:
        assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]


def test_a_team_member_upgrades_what_another_set_up(postgres, team):
    pia = member_url(postgres, "pia", team)
    older_schema(pia)  # set up by an older CoachDesk, as Pia
    engine = engine_on(pia)
    with engine.begin() as conn:
        server.hand_to_owner(conn)
    engine.dispose()
    with Desk.open_url(member_url(postgres, "matti", team)) as desk:  # upgrades it
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    assert revision_of(pia) == schema.head_revision()
    engine = engine_on(pia)
    with engine.connect() as conn:
        owners = set(conn.scalars(text(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")))
    engine.dispose()
    assert owners == {"coachdesk_team"}
