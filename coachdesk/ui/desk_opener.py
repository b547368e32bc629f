"""Opening a database beside the window (on a worker thread, through ``in_background``):
the window paints at once and keeps answering while SQLAlchemy and the services are
imported and the file is checked, backed up once a day or upgraded (which can take a
while on a big file)."""

from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr

if TYPE_CHECKING:
    from coachdesk.services import Desk


def open_desk(path: Path | None, url: str | None = None) -> "Desk":
    """The opened Desk at ``url``, or else at ``path``; a file the system refuses is said
    as a CoachDeskError."""
    from coachdesk.services import Desk  # SQLAlchemy loads here, not before the paint

    try:
        # The day's copy is taken beside the window once Today has its figures
        # (MainWindow._back_up_beside): on a file of many years it takes seconds.
        if url:
            return Desk.open_url(url)
        if path is None:
            raise TypeError("open_desk needs a path or a URL")
        return Desk.open(path, daily_backup=False)
    except OSError as exc:
        raise CoachDeskError(tr("Cannot open {path}: {reason}").format(
            path=url or path, reason=exc.strerror or exc)) from exc
