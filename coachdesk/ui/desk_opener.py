"""Opening a database beside the window: the window paints at once and keeps answering
while SQLAlchemy and the services are imported and the file is checked, backed up once a
day or upgraded (which can take a while on a big file)."""

import logging
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr

log = logging.getLogger(__name__)


class DeskOpener(QThread):
    """Opens one database on a thread of its own. ``opened`` brings the Desk and
    ``failed`` the reason it could not be opened, both to the window's thread."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path | None, url: str | None = None, parent=None):
        super().__init__(parent)
        self.path, self.url = path, url
        self.desk = None  # kept, so that a window closed meanwhile can close it

    def run(self) -> None:
        where = self.url or self.path
        try:
            from coachdesk.services import Desk  # SQLAlchemy loads here, not before the paint

            self.desk = Desk.open_url(self.url) if self.url else Desk.open(self.path)
        except CoachDeskError as exc:
            log.warning("cannot open %s: %s", where, exc)
            self.failed.emit(str(exc))
        except OSError as exc:
            log.warning("cannot open %s: %s", where, exc)
            self.failed.emit(tr("Cannot open {path}: {reason}").format(
                path=where, reason=exc.strerror or exc))
        except Exception:  # a thread's error would otherwise only reach the console
            log.exception("unexpected error opening %s", where)
            self.failed.emit(tr("Cannot open {path}: an unexpected error. The log file "
                                "says more (Help ▸ About shows where it is).").format(path=where))
        else:
            self.opened.emit(self.desk)
