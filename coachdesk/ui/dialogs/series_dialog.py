"""Plan a series: one lesson repeated by a rule, breaks and holidays left out.

The dates are previewed as the rule is chosen: those kept, those skipped and why
("24.2.2027 — Winter break"), and those with conflicts. Each date becomes a lesson of
its own, edited later one at a time or with all the following ones.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.lessons import LessonKind, LessonStatus, PlaceKind
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services import Desk
from coachdesk.services.bookings import SeriesPreview
from coachdesk.ui.dialogs.lesson_dialog import LessonForm, lesson_fields
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.booking_form import CHECK_DELAY_MS
from coachdesk.ui.widgets.form import Field
from coachdesk.ui.widgets.repeat_box import PERIOD_KEYS, RepeatBox, series_period


class SeriesDialog(LessonForm):
    def __init__(self, parent: QWidget | None, desk: Desk, values: dict[str, Any],
                 weekday: int, starts: str = "14:30", ends: str = "16:00"):
        on = values.get("first_day") or date.today()
        fields = [*lesson_fields(desk, on, new=True, with_when=False),
                  Field("first_day", tr("First day"), "date", required=True),
                  Field("last_day", tr("Last day"), "date", required=True)]
        super().__init__(parent, desk, tr("New series"), fields, values, "series_dialog")
        self.repeat = RepeatBox(self, "series", weekday, starts, ends, tr("a tutor"),
                                conflicts_skip=False)
        self.plan, self.summary = self.repeat.plan, self.repeat.summary
        self.dates, self.date_detail = self.repeat.dates, self.repeat.date_detail

        self._preview_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.plan.changed.connect(self._preview_timer.start)
        self.on_change(self._preview_timer.start, (
            "first_day", "last_day", "tutor_ids", "place_kind", "school_id", "room", "venue"))
        self.update_preview()
        if settings().value("dialogs/series_dialog/geometry") is None:
            self.resize(1180, max(640, self.sizeHint().height()))

    @property
    def preview_value(self) -> SeriesPreview | None:
        return self.repeat.preview_value

    # -- values ---------------------------------------------------------------------------
    def lesson_values(self) -> dict[str, Any]:
        values = super().lesson_values()
        for key in PERIOD_KEYS:
            values.pop(key)
        return values

    def rule_values(self) -> dict[str, Any]:
        """The rule, the period and the times, as the series service takes them."""
        return self.repeat.rule_values(self.value("first_day"), self.value("last_day"))

    def _local_errors(self) -> dict[str, str]:
        if not self.plan.rule():
            return {"rule": tr("Tick the days of the week the lesson is on.")}
        return {}

    # -- preview --------------------------------------------------------------------------
    def update_preview(self) -> SeriesPreview | None:
        """Show the dates the series would get; errors of the rule appear at the rule."""
        self._preview_timer.stop()
        self.repeat.start_preview()
        errors = self._local_errors()
        preview = None
        if not errors:
            tutor_ids, _schools = self.team()
            try:
                preview = self.desk.lessons.preview_series(
                    tutor_ids=tutor_ids, **self.rule_values(), **self._check_fields())
            except ValidationError as exc:
                errors = exc.errors
            except CoachDeskError as exc:
                errors = {"rule": str(exc)}
        self.repeat.show_errors(errors)
        if preview is None:
            self.repeat.show_waiting(tr("No dates yet: see the message at the rule."))
            return None
        parts = [tr("{n} lessons").format(n=len(preview.kept)) if len(preview.kept) != 1
                 else tr("1 lesson")]
        if preview.skipped:
            parts.append(tr("{n} skipped").format(n=len(preview.skipped)))
        if preview.conflicts:
            parts.append(tr("{n} with conflicts").format(n=len(preview.conflicts)))
        self.repeat.show_preview(preview, " · ".join(parts))
        return preview

    def _check_fields(self) -> dict[str, Any]:
        values = self.check_values()
        values.pop("starts_at", None)
        values.pop("ends_at", None)
        return values

    def shown_dates(self) -> list[tuple[str, str]]:
        return self.repeat.shown_dates()

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        local = self._local_errors()
        if local:
            self.show_errors(local)
            return
        values = {**self.lesson_values(), **self.rule_values()}
        tutor_ids, school_ids = self.team()
        lessons = self.desk.lessons

        def attempt(confirmed: bool, reason: str) -> list[int]:
            return lessons.add_series(tutor_ids=tutor_ids, school_ids=school_ids,
                                      confirmed=confirmed, override_reason=reason, **values)

        if self.save_confirming(attempt, tr("Some dates of this series clash:")):
            QDialog.accept(self)


def new_series(parent: QWidget | None, desk: Desk, today: date | None = None) -> list[int] | None:
    """Open the series form; returns the ids of the lessons made, or None if cancelled."""
    first, last = series_period(desk, today or date.today())
    values = {"first_day": first, "last_day": last, "level": Level.BASIC.value,
              "kind": LessonKind.TRAINING.value, "place_kind": PlaceKind.SCHOOL.value,
              "open_to_all": True, "status": LessonStatus.PLANNED.value}
    dialog = SeriesDialog(parent, desk, values, first.isoweekday())
    return dialog.result_value if dialog.exec() else None
