"""What the series dialogs share (a lesson repeated, recurring visits): the "Repeat" box
with its rule and period, a live preview of the dates a moment after any change, and
saving the series with the reason asked for when dates clash.

A dialog mixes :class:`SeriesForm` in before its booking form and says what its series
is (``series_draft``), how to preview it and save it, and how to sum a preview up.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.services.bookings import SeriesPreview
from coachdesk.ui.widgets.booking_form import CHECK_DELAY_MS, BookingForm
from coachdesk.ui.widgets.repeat_box import PERIOD_KEYS, RepeatBox


class SeriesForm(BookingForm):
    """The series part of a booking form (a mix-in: ``class X(SeriesForm, LessonForm)``)."""

    # what clashing dates are called when the reason is asked for ("" for the usual)
    clash_words = ""

    def add_repeat(self, name: str, weekday: int, starts: str, ends: str, tutors: str,
                   skip_conflicts: bool, watched: Sequence[str]) -> None:
        """The Repeat box (the rule on ISO ``weekday`` from ``starts`` to ``ends``; its
        period fields are the form's), previewed again a moment after any of the fields
        ``watched`` or the rule changes."""
        self.repeat = RepeatBox(self, name, weekday, starts, ends, tutors, skip_conflicts)
        self.plan, self.summary = self.repeat.plan, self.repeat.summary
        self.dates, self.date_detail = self.repeat.dates, self.repeat.date_detail
        self._preview_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.plan.changed.connect(self._preview_timer.start)
        self.on_change(self._preview_timer.start, (*PERIOD_KEYS, *watched))

    # -- what a series dialog says --------------------------------------------------------
    def series_draft(self, values: dict[str, Any], repeat: Repeat) -> Any:
        """The series of the form's ``values`` repeated by ``repeat``."""
        raise NotImplementedError

    def preview(self, draft: Any) -> SeriesPreview:
        raise NotImplementedError

    def save(self, draft: Any, confirmed: bool, reason: str) -> list[int]:
        """Save the series (service calls only); returns the ids made."""
        raise NotImplementedError

    def local_errors(self) -> dict[str, str]:
        """What keeps the preview from running (no day of the week ticked …)."""
        if not self.plan.rule():
            return {"rule": tr("Tick the days of the week it is on.")}
        return {}

    def waiting_text(self, errors: dict[str, str]) -> str:
        """Why there are no dates to show yet."""
        return tr("No dates yet: see the message at the rule.")

    def summary_text(self, preview: SeriesPreview) -> str:
        raise NotImplementedError

    def preview_draft(self, draft: Any) -> Any:
        """The draft as a preview can read it while the form is half filled."""
        return draft

    # -- values ---------------------------------------------------------------------------
    def repeat_of(self, values: dict[str, Any]) -> Repeat:
        return self.repeat.repeat(values["first_day"], values["last_day"])

    def draft(self, values: dict[str, Any]) -> Any:
        return self.series_draft(values, self.repeat_of(values))

    @property
    def preview_value(self) -> SeriesPreview | None:
        return self.repeat.preview_value

    def shown_dates(self) -> list[tuple[str, str]]:
        return self.repeat.shown_dates()

    # -- preview --------------------------------------------------------------------------
    def update_preview(self) -> SeriesPreview | None:
        """Show the dates the series would get; errors of the rule, the period and the
        times appear beside them."""
        self._preview_timer.stop()
        self.repeat.start_preview()
        errors = self.local_errors()
        preview = None
        if not errors:
            values, unreadable = self.converted()
            try:
                preview = self.preview(self.preview_draft(
                    self.draft({**values, **dict.fromkeys(unreadable)})))
            except ValidationError as exc:
                errors = exc.errors
        self.repeat.show_errors(errors)
        if preview is None:
            self.repeat.show_waiting(self.waiting_text(errors))
            return None
        self.repeat.show_preview(preview, self.summary_text(preview))
        return preview

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        local = self.local_errors()
        draft = self.read(self.draft, local)
        if draft is None:
            return
        if self.save_confirming(lambda confirmed, reason: self.save(draft, confirmed, reason),
                                self.clash_words):
            QDialog.accept(self)
