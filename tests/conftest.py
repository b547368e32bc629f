"""Shared fixtures. Qt runs offscreen and every test gets its own CoachDesk home."""

import os

# Set before anything imports Qt: the tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from coachdesk.domain import language, text  # noqa: E402
from coachdesk.domain.schools import SchoolDraft  # noqa: E402
from coachdesk.storage.mapping import map_domain  # noqa: E402
from tests.prepared import DemoFiles, make_template, open_copy  # noqa: E402

# Map the entities before any test module builds example objects at import time: an
# instance made before its class is mapped breaks once a later test opens a database.
map_domain()

pytest_plugins = ["tests.real_fs"]  # full_disk_dir, read_only_dir: real troublesome folders
pytest_plugins += ["tests.postgres"]  # postgres, pg_url, pg_desk: a real PostgreSQL server

SOURCE_TEXTS = text._translate  # tr() without catalogues: the English source texts


@pytest.fixture(autouse=True)
def english_source_texts(monkeypatch):
    """Every test starts in English without catalogues, whatever an earlier one installed
    (a `coachdesk` command installs them for the rest of the process); a test that needs
    Finnish or Swedish installs them itself (coachdesk.i18n.install)."""
    monkeypatch.setattr(text, "_translate", SOURCE_TEXTS)
    monkeypatch.setattr(language, "_default", language.ENGLISH)


@pytest.fixture(autouse=True)
def coachdesk_home(tmp_path_factory, monkeypatch):
    """Data, logs and settings of each test live in a fresh folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COACHDESK_HOME", str(home))
    monkeypatch.delenv("COACHDESK_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "desk" / "coachdesk.sqlite3"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A new database made once by the real ``Desk.open`` (tables, Alembic stamp), closed."""
    return make_template(tmp_path_factory.mktemp("template") / "coachdesk.sqlite3")


@pytest.fixture(scope="session")
def small_demo(tmp_path_factory):
    """``small_demo(today, seed=2026)``: a closed file holding the small demo made for that
    day, and its counts; copy it (tests.prepared.open_copy or copy_database) to use it."""
    return DemoFiles(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def desk(db_path, migrated_template):
    """A Desk on a real temporary SQLite file at ``db_path``, fresh from the migrations
    code: a copy of ``migrated_template``. Tests of creating a file call Desk.open."""
    d = open_copy(migrated_template, db_path)
    yield d
    d.close()


@pytest.fixture
def school_id(desk):
    return desk.schools.add(SchoolDraft(name="Korson koulu", kind="comprehensive", language="fi"))
