"""Failures a user can cause. Each message says what is wrong and what to do."""


class CoachDeskError(Exception):
    """A failure with a message fit to show to the coordinator."""


class ValidationError(CoachDeskError):
    """One or more fields are wrong; ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class NotFound(CoachDeskError):
    """The record asked for does not exist (any more)."""


class ConfirmationNeeded(CoachDeskError):
    """The action is allowed but unusual: ask the coordinator, then call again with
    ``confirmed=True``. The message says what is unusual."""


class ChangedMeanwhile(CoachDeskError):
    """Someone else saved the record after the form read it, so nothing was saved (two
    coordinators on one server). ``who``: their logins; ``fields``: what they changed,
    as the form labels them; ``version``: the record's version now, to save over their
    change on purpose (None when not known: then only reading it again helps)."""

    def __init__(self, message: str, who: tuple[str, ...] = (),
                 fields: tuple[str, ...] = (), version: int | None = None):
        super().__init__(message)
        self.who = tuple(who)
        self.fields = tuple(fields)
        self.version = version
