"""What the window asks of the services to hear which kinds of records an operation
committed (see :mod:`coachdesk.storage.changes`)."""

from coachdesk.storage.changes import Recorder, recording

__all__ = ["Recorder", "recording"]
