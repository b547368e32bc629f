"""Remembered choices (window sizes, last page, recent files) in one ini file."""

from PySide6.QtCore import QSettings

from coachdesk import paths


def settings() -> QSettings:
    """The user's settings file; COACHDESK_HOME keeps tests away from the real one."""
    path = paths.config_dir() / "coachdesk.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


RECENT_KEY = "recent_files"
RECENT_MAX = 8


def recent_files() -> list[str]:
    value = settings().value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone item as a plain string
        value = [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_file(path: str) -> None:
    files = [path] + [f for f in recent_files() if f != path]
    settings().setValue(RECENT_KEY, files[:RECENT_MAX])
