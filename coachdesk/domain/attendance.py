"""What the coordinator writes down after a lesson: who came, their feedback, a summary.

The inputs of ``desk.enrollments`` after a lesson (:class:`Feedback` for one teacher,
:class:`AttendanceSheet` for the whole lesson at once, as the Attendance dialog saves it).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from coachdesk.domain.lessons import Attendance


@dataclass(frozen=True)
class Feedback:
    """A teacher's feedback on a lesson they attended: a score from 1 to 5 and a comment.
    No score and no comment is no feedback (saving it removes what was there)."""

    score: int | None = None
    comment: str = ""

    @property
    def empty(self) -> bool:
        return self.score is None and not self.comment.strip()

    def check_types(self) -> None:
        """A form gives a whole number or nothing; text here is a programming error."""
        if self.score is not None and (isinstance(self.score, bool)
                                       or not isinstance(self.score, int)):
            raise TypeError(f"Feedback.score must be an int or None, not {self.score!r}")


@dataclass(frozen=True)
class AttendanceSheet:
    """One lesson's attendance, saved whole or not at all: the marks by enrollment id
    (None: not marked), the feedback that changed by enrollment id, and the lesson's
    feedback summary (None: left as it is)."""

    marks: Mapping[int, Attendance | None]
    feedback: Mapping[int, Feedback] = field(default_factory=dict)
    summary: str | None = None


def check_marks(marks: Mapping[int, Attendance | None]) -> None:
    """Marks are Attendance values or None; text here is a programming error."""
    for mark in marks.values():
        if mark is not None and not isinstance(mark, Attendance):
            raise TypeError(f"an attendance mark must be an Attendance or None, not {mark!r}")
