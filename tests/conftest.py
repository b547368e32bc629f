"""Shared fixtures. Qt runs offscreen and every test gets its own CoachDesk home."""

import os

# Set before anything imports Qt: the tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from coachdesk.domain import language, text  # noqa: E402
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk  # noqa: E402
from coachdesk.storage.mapping import map_domain  # noqa: E402

# Map the entities before any test module builds example objects at import time: an
# instance made before its class is mapped breaks once a later test opens a database.
map_domain()

pytest_plugins = ["tests.real_fs"]  # full_disk_dir, read_only_dir: real troublesome folders

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


@pytest.fixture
def desk(db_path):
    """A Desk on a real temporary SQLite file built by the real migrations code."""
    d = Desk.open(db_path)
    yield d
    d.close()


@pytest.fixture
def school_id(desk):
    return desk.schools.add(SchoolDraft(name="Korson koulu", kind="comprehensive", language="fi"))
