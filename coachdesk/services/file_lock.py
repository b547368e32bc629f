"""The lock that keeps one CoachDesk at a time on a database file, for the window and
the commands that write (it lives with the files, in storage: see ``file_lock`` there)."""

from coachdesk.storage.errors import DatabaseInUse
from coachdesk.storage.file_lock import WINDOW, DatabaseLock

__all__ = ["WINDOW", "DatabaseInUse", "DatabaseLock"]
