"""desk.forms: sign-ups, cancellations and visit requests taken in from form exports.

:meth:`FormService.preview` runs the whole import in a unit of work and undoes it, so
the preview is exactly what :meth:`FormService.apply` would do: who gets a seat, who
waits, who is refused and why, which rows were imported before and which teachers are
unknown. ``apply`` saves everything in one transaction, or nothing when a row has a
problem (:class:`~coachdesk.services.form_rows.FormProblems` names the rows).
"""

from collections.abc import Collection, Iterable
from datetime import datetime

from coachdesk.services.enrollments import EnrollmentService
from coachdesk.services.form_requests import RequestPlanner
from coachdesk.services.form_rows import DryRun, FormKind, FormPlan, FormProblems
from coachdesk.services.form_signups import SignupPlanner
from coachdesk.services.imports import ImportRow
from coachdesk.services.requests import RequestService
from coachdesk.storage.database import Database


class FormService:
    def __init__(self, db: Database, enrollments: EnrollmentService,
                 requests: RequestService):
        self.db = db
        self.enrollments = enrollments
        self.requests = requests

    def preview(self, kind: FormKind | str, rows: Iterable[ImportRow],
                add_unknown: bool = False, left_out: Collection[int] = (),
                now: datetime | None = None) -> FormPlan:
        """What importing the rows would do; nothing is saved."""
        try:
            self._run(FormKind(kind), list(rows), add_unknown, left_out, now, save=False)
        except DryRun as undone:
            return undone.plan
        raise AssertionError("a dry run ends in DryRun")  # pragma: no cover

    def apply(self, kind: FormKind | str, rows: Iterable[ImportRow],
              add_unknown: bool = False, left_out: Collection[int] = (),
              now: datetime | None = None) -> FormPlan:
        """Take the rows in: all of them, or nothing (``FormProblems``). ``add_unknown``:
        a sign-up from a teacher CoachDesk does not know adds the teacher to the school
        the answer names; otherwise the row is left for a later import. ``left_out``:
        row numbers the coordinator leaves out."""
        return self._run(FormKind(kind), list(rows), add_unknown, left_out, now, save=True)

    def _run(self, kind: FormKind, rows: list[ImportRow], add_unknown: bool,
             left_out: Collection[int], now: datetime | None, save: bool) -> FormPlan:
        now = now or datetime.now()
        with self.db.transaction() as s:
            planner = (RequestPlanner(s, self.requests, now) if kind is FormKind.REQUESTS
                       else SignupPlanner(s, self.enrollments, kind, now))
            plan = planner.plan(rows, add_unknown, frozenset(left_out))
            if not save:
                raise DryRun(plan)
            if not plan.ok:
                raise FormProblems(plan)
            plan.saved = True
            return plan
