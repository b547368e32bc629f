"""What a coordinator does: one facade (``Desk``) over an open database.

``Desk`` (and with it SQLAlchemy) is imported on first use, so that the window can take
a file's lock (``services.file_lock``) before it has painted.
"""

from typing import TYPE_CHECKING

from coachdesk.domain.errors import CoachDeskError, NotFound, ValidationError

if TYPE_CHECKING:
    from coachdesk.services.desk import Desk

__all__ = ["CoachDeskError", "Desk", "NotFound", "ValidationError"]


def __getattr__(name: str):
    if name == "Desk":
        from coachdesk.services.desk import Desk

        return Desk
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
