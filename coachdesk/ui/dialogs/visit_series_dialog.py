"""Recurring visits: one tutor at one school by a rule (every Tuesday morning for a term).

The dates are previewed as the rule is chosen: those kept, and those skipped with the
reason (a break, a holiday, or a conflict such as the tutor booked elsewhere). Booking
makes a visit of each kept date; each can later be moved or cancelled on its own.
"""

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitPurpose, VisitSeriesDraft
from coachdesk.services import Desk
from coachdesk.services.bookings import SeriesPreview
from coachdesk.ui.dialogs.series_form import SeriesForm
from coachdesk.ui.dialogs.visit_dialog import VisitForm, purpose_fields, school_and_tutor_fields
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field
from coachdesk.ui.widgets.plan_editor import WEEKLY, read_rule
from coachdesk.ui.widgets.repeat_box import series_period


class VisitSeriesDialog(SeriesForm, VisitForm):
    def __init__(self, parent: QWidget | None, desk: Desk, values: dict[str, Any],
                 weekday: int, starts: str = "9:00", ends: str = "10:30",
                 now: datetime | None = None):
        self._now = now
        fields = [*school_and_tutor_fields(desk), *purpose_fields(desk),
                  Field("first_day", tr("First day"), "date", required=True),
                  Field("last_day", tr("Last day"), "date", required=True)]
        super().__init__(parent, desk, tr("Recurring visits"), fields, values,
                         "visit_series_dialog", side_keys=())
        self.set_save_text(tr("Book"))
        self.editors["topic_ids"].setMaximumHeight(self.fontMetrics().lineSpacing() * 12 + 8)
        self.add_repeat("visit_series", weekday, starts, ends, tr("the tutor"),
                        skip_conflicts=True, watched=("school_id", "tutor_id"))

        self._days_set = self.plan.weekdays()  # what the form ticked, not the coordinator
        self._follow_tutor()
        self.on_change(self._follow_tutor, ("tutor_id",))
        self.update_preview()
        if settings().value("dialogs/visit_series_dialog/geometry") is None:
            self.resize(1040, max(600, self.sizeHint().height()))

    def now(self) -> datetime:
        return self._now or datetime.now()

    def _follow_tutor(self) -> None:
        """Until the days are ticked by hand, the visit repeats on the tutor's first
        released day: on any other day every date would be skipped as a conflict."""
        tutor_id = self.value("tutor_id")
        if tutor_id is None or self.plan.weekdays() != self._days_set:
            return
        pattern, found = read_rule(self.desk.tutors.get(tutor_id).released_rule)
        if pattern != WEEKLY:
            return
        first = min(found["weekdays"])
        for day, box in self.plan.day_boxes.items():
            box.setChecked(day == first)
        self._days_set = self.plan.weekdays()

    # -- the series -----------------------------------------------------------------------
    def series_draft(self, values: dict[str, Any], repeat: Repeat) -> VisitSeriesDraft:
        return VisitSeriesDraft(self.visit_draft(values), repeat)

    def preview(self, draft: VisitSeriesDraft) -> SeriesPreview:
        return self.desk.visits.preview_series(draft)

    def save(self, draft: VisitSeriesDraft, confirmed: bool, reason: str) -> list[int]:
        return self.desk.visits.book_series(draft, now=self.now())

    def local_errors(self) -> dict[str, str]:
        errors = {}
        if self.value("school_id") is None:
            errors["school_id"] = tr("Choose the school.")
        if self.value("tutor_id") is None:
            errors["tutor_id"] = tr("Choose the tutor.")
        if not self.plan.rule():
            errors["rule"] = tr("Tick the days of the week the visit is on.")
        return errors

    def waiting_text(self, errors: dict[str, str]) -> str:
        if "school_id" in errors or "tutor_id" in errors:
            return tr("The dates are shown once the school and the tutor are chosen.")
        return tr("No dates yet: see the message at the rule or the days.")

    def summary_text(self, preview: SeriesPreview) -> str:
        breaks = len(preview.skipped) - len(preview.conflicts)
        parts = [tr("%n visits", None, len(preview.kept))]
        if breaks:
            parts.append(tr("{n} skipped for breaks").format(n=breaks))
        if preview.conflicts:
            parts.append(tr("{n} skipped for conflicts").format(n=len(preview.conflicts)))
        return " · ".join(parts)


def new_visit_series(parent: QWidget | None, desk: Desk, now: datetime | None = None,
                     school_id: int | None = None,
                     tutor_id: int | None = None) -> list[int] | None:
    """Open the recurring-visits form; returns the ids of the visits booked, or None."""
    first, last = series_period(desk, (now or datetime.now()).date())
    values = {"first_day": first, "last_day": last, "school_id": school_id,
              "tutor_id": tutor_id, "purpose": VisitPurpose.CO_TEACHING.value}
    dialog = VisitSeriesDialog(parent, desk, values, first.isoweekday(), now=now)
    return dialog.result_value if dialog.exec() else None
