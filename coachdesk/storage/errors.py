"""Problems with the database file itself, each with a message that says what to do."""

from coachdesk.domain.errors import CoachDeskError


class DatabaseProblem(CoachDeskError):
    """The file cannot be used as it is; nothing in it was changed."""


class NotACoachDeskFile(DatabaseProblem):
    pass


class NewerSchema(DatabaseProblem):
    pass


class DatabaseDamaged(DatabaseProblem):
    pass


class DatabaseBusy(DatabaseProblem):
    pass


class ReadOnly(DatabaseProblem):
    pass


class DiskFull(DatabaseProblem):
    pass
