"""Plan a series: one lesson repeated by a rule, breaks and holidays left out.

The dates are previewed as the rule is chosen: those kept, those skipped and why
("24.2.2027 — Winter break"), and those with conflicts. Each date becomes a lesson of
its own, edited later one at a time or with all the following ones.
"""

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.lessons import LessonKind, LessonSeriesDraft, LessonStatus, PlaceKind
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services import Desk
from coachdesk.services.bookings import SeriesPreview
from coachdesk.ui.dialogs.lesson_dialog import LessonForm, lesson_fields
from coachdesk.ui.dialogs.series_form import SeriesForm
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field
from coachdesk.ui.widgets.repeat_box import series_period


class SeriesDialog(SeriesForm, LessonForm):
    def __init__(self, parent: QWidget | None, desk: Desk, values: dict[str, Any],
                 weekday: int, starts: str = "14:30", ends: str = "16:00"):
        on = values.get("first_day") or date.today()
        fields = [*lesson_fields(desk, on, new=True, with_when=False),
                  Field("first_day", tr("First day"), "date", required=True),
                  Field("last_day", tr("Last day"), "date", required=True)]
        super().__init__(parent, desk, tr("New series"), fields, values, "series_dialog")
        self.clash_words = tr("Some dates of this series clash:")
        self.add_repeat("series", weekday, starts, ends, tr("a tutor"), skip_conflicts=False,
                        watched=("tutor_ids", "place_kind", "school_id", "room", "venue"))
        self.update_preview()
        if settings().value("dialogs/series_dialog/geometry") is None:
            self.resize(1180, max(640, self.sizeHint().height()))

    def series_draft(self, values: dict[str, Any], repeat: Repeat) -> LessonSeriesDraft:
        return LessonSeriesDraft(self.lesson_draft(values), repeat)

    def preview_draft(self, draft: LessonSeriesDraft) -> LessonSeriesDraft:
        return replace(draft, lesson=self.check_draft(draft.lesson))

    def preview(self, draft: LessonSeriesDraft) -> SeriesPreview:
        return self.desk.lessons.preview_series(draft)

    def save(self, draft: LessonSeriesDraft, confirmed: bool, reason: str) -> list[int]:
        return self.desk.lessons.add_series(draft, confirmed, reason)

    def local_errors(self) -> dict[str, str]:
        if not self.plan.rule():
            return {"rule": tr("Tick the days of the week the lesson is on.")}
        return {}

    def summary_text(self, preview: SeriesPreview) -> str:
        parts = [tr("%n lessons", None, len(preview.kept))]
        if preview.skipped:
            parts.append(tr("{n} skipped").format(n=len(preview.skipped)))
        if preview.conflicts:
            parts.append(tr("{n} with conflicts").format(n=len(preview.conflicts)))
        return " · ".join(parts)


def new_series(parent: QWidget | None, desk: Desk, today: date | None = None) -> list[int] | None:
    """Open the series form; returns the ids of the lessons made, or None if cancelled."""
    first, last = series_period(desk, today or date.today())
    values = {"first_day": first, "last_day": last, "level": Level.BASIC.value,
              "kind": LessonKind.TRAINING.value, "place_kind": PlaceKind.SCHOOL.value,
              "open_to_all": True, "status": LessonStatus.PLANNED.value}
    dialog = SeriesDialog(parent, desk, values, first.isoweekday())
    return dialog.result_value if dialog.exec() else None
