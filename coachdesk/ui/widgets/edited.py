"""The record a form edits, at the version the form read it (desk.versions).

A form made with an :class:`Edited` saves only over what it showed: when someone else
saved the record meanwhile, the save is refused (``ChangedMeanwhile``), the form keeps
the user's input and offers to reload the record or to keep the user's values, which the
next Save then writes over the other change on purpose.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from coachdesk.domain.errors import ChangedMeanwhile
from coachdesk.domain.kinds import RecordKind
from coachdesk.services.versions import VersionService

T = TypeVar("T")


class Edited:
    def __init__(self, versions: VersionService, kind: RecordKind, record_id: int,
                 load: Callable[[], dict[str, Any]]):
        """``load`` reads the record's values as the form shows them."""
        self._versions = versions
        self.kind = kind
        self.record_id = record_id
        self._load = load
        self.version = versions.of(kind, record_id)  # before the form reads the values

    def values(self) -> dict[str, Any]:
        """The record as it is now, and the version it is at."""
        version = self._versions.of(self.kind, self.record_id)
        values = self._load()
        self.version = version
        return values

    def op(self, call: Callable[[], T]) -> Callable[[], T]:
        """An operation running ``call`` (service calls) at the version read."""
        versions, kind, record_id, version = (self._versions, self.kind, self.record_id,
                                              self.version)

        def run() -> T:
            with versions.expecting(kind, record_id, version):
                return call()
        return run

    def keep_mine(self, refused: ChangedMeanwhile) -> None:
        """The next save writes over the change ``refused`` named."""
        self.version = (refused.version if refused.version is not None
                        else self._versions.of(self.kind, self.record_id))
