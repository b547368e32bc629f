"""Where CoachDesk keeps its files (Vorta-style: platformdirs, with an override).

``COACHDESK_HOME`` puts data, logs and settings under one folder: for development,
for tests, and for a portable install on a USB stick.
"""

import os
from pathlib import Path

import platformdirs

APP = "CoachDesk"
DB_FILENAME = "coachdesk.sqlite3"


def _home() -> Path | None:
    value = os.environ.get("COACHDESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP, appauthor=False))


def default_database() -> Path:
    """``COACHDESK_DB`` if set, otherwise coachdesk.sqlite3 in the user's data folder."""
    override = os.environ.get("COACHDESK_DB")
    return Path(override).expanduser() if override else data_dir() / DB_FILENAME
