"""What the window asks of the services to hear which kinds of records an operation
committed (see :mod:`coachdesk.storage.changes`), and what the other coordinators on a
shared server committed meanwhile (:class:`OthersWork`, ``desk.others``)."""

from coachdesk.domain.kinds import Changes
from coachdesk.storage.changes import Recorder, recording
from coachdesk.storage.database import Database

__all__ = ["OthersWork", "Recorder", "recording"]


class OthersWork:
    def __init__(self, db: Database):
        self.db = db

    @property
    def shared(self) -> bool:
        """Others may write to this database meanwhile (a server, not a laptop's file)."""
        return self.db.counters is not None

    def poll(self) -> Changes:
        """The kinds of records the others saved since the last poll (nothing at the
        first one, nor on a file): a few rows read, cheap to ask every few seconds."""
        if self.db.counters is None:
            return Changes()
        with self.db.reading() as conn:
            return self.db.counters.poll(conn)
