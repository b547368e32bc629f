"""Recurring visits: one tutor at one school by a rule (every Tuesday morning for a term).

The dates are previewed as the rule is chosen: those kept, and those skipped with the
reason (a break, a holiday, or a conflict such as the tutor booked elsewhere). Booking
makes a visit of each kept date; each can later be moved or cancelled on its own.
"""

from datetime import date, datetime, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.conflicts import ConflictKind
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.released_time import day_names, weekly_rule
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitPurpose
from coachdesk.services import Desk
from coachdesk.services.bookings import SeriesPreview
from coachdesk.ui.dialogs.conflicts_dialog import WARNING_STYLE, conflicts_html
from coachdesk.ui.dialogs.visit_dialog import (
    CHECK_DELAY_MS,
    HINT_STYLE,
    VisitForm,
    next_weekday,
    purpose_fields,
    school_and_tutor_fields,
)
from coachdesk.ui.formatting import format_date
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field
from coachdesk.ui.widgets.plan_editor import HOURS, PlanEditor

RULE_KEYS = {"rule": "released_rule", "starts": "released_from", "ends": "released_until"}
PREVIEW_KEYS = ("rule", "first_day", "last_day", "starts", "ends")
CONFLICT_COLOR = "#fff1c7"
CONFLICT_TEXT = "#5c3a00"
SKIPPED_TEXT = "#8a8a8a"
WEEKS_WITHOUT_TERM = 12


def _time_text(value: QTime) -> str:
    return f"{value.hour()}:{value.minute():02d}"


def short(kind: ConflictKind) -> str:
    """A conflict in a few words, for a line of the preview."""
    return {
        ConflictKind.TUTOR_BUSY: tr("the tutor is booked elsewhere"),
        ConflictKind.ROOM_TAKEN: tr("the place is taken"),
        ConflictKind.BREAK: tr("a break"),
        ConflictKind.HOLIDAY: tr("a public holiday"),
        ConflictKind.OUTSIDE_RELEASED_TIME: tr("outside released time"),
        ConflictKind.TRAVEL_TIME: tr("too little travel time"),
        ConflictKind.HOURS_EXCEEDED: tr("no hours left this term"),
    }.get(kind, str(kind))


def _day(day: date) -> str:
    return f"{day_names()[day.weekday()][:2]} {format_date(day)}"


class VisitSeriesDialog(VisitForm):
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
        self.preview_value: SeriesPreview | None = None

        self.plan = PlanEditor()
        self.plan.pattern.removeItem(self.plan.pattern.findData(HOURS))
        self.plan.set_plan(weekly_rule([weekday]), starts, ends)
        for key, plan_key in RULE_KEYS.items():
            self.errors[key] = self.plan.errors[plan_key]
            self.editors[key] = self.plan.inputs[plan_key]
        period = QFormLayout()
        period.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ("first_day", "last_day"):
            row, _role = self.form.getWidgetPosition(self._cell(key))
            taken = self.form.takeRow(row)
            period.addRow(taken.labelItem.widget(), taken.fieldItem.widget())
        self.editors["topic_ids"].setMaximumHeight(self.fontMetrics().lineSpacing() * 12 + 8)

        self.summary = QLabel(objectName="visit_series_summary", wordWrap=True)
        self.dates = QListWidget(objectName="visit_series_dates")
        self.dates.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.dates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dates.setWordWrap(True)
        self.dates.currentItemChanged.connect(self._show_date_detail)
        self.date_detail = QLabel(objectName="visit_series_date_detail", wordWrap=True)
        self.date_detail.setTextFormat(Qt.TextFormat.RichText)
        self.date_detail.hide()

        repeat = QGroupBox(tr("Repeat"))
        box = QVBoxLayout(repeat)
        box.addWidget(self.plan)
        box.addLayout(period)
        box.addWidget(QLabel("<b>" + escape(tr("Dates")) + "</b>"))
        box.addWidget(self.summary)
        box.addWidget(self.dates, 1)
        box.addWidget(self.date_detail)
        self.columns.addSpacing(12)
        self.columns.addWidget(repeat, 3)

        self._preview_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.plan.changed.connect(self._preview_timer.start)
        self.on_change(self._preview_timer.start,
                       ("school_id", "tutor_id", "first_day", "last_day"))
        self.update_preview()
        if settings().value("dialogs/visit_series_dialog/geometry") is None:
            self.resize(1040, max(600, self.sizeHint().height()))

    def now(self) -> datetime:
        return self._now or datetime.now()

    # -- values ---------------------------------------------------------------------------
    def rule_values(self) -> dict[str, Any]:
        return {"rule": self.plan.rule(), "first_day": self.value("first_day"),
                "last_day": self.value("last_day"),
                "starts": _time_text(self.plan.starts.time()),
                "ends": _time_text(self.plan.ends.time())}

    def _local_errors(self) -> dict[str, str]:
        errors = {}
        if self.value("school_id") is None:
            errors["school_id"] = tr("Choose the school.")
        if self.value("tutor_id") is None:
            errors["tutor_id"] = tr("Choose the tutor.")
        if not self.plan.rule():
            errors["rule"] = tr("Tick the days of the week the visit is on.")
        return errors

    # -- preview --------------------------------------------------------------------------
    def update_preview(self) -> SeriesPreview | None:
        """Show the dates the series would get; errors appear beside the rule and days."""
        self._preview_timer.stop()
        self.preview_value = None
        self.dates.clear()
        self.date_detail.hide()
        errors = self._local_errors()
        waiting = "school_id" in errors or "tutor_id" in errors
        if not errors:
            try:
                self.preview_value = self.desk.visits.preview_series(
                    self.value("school_id"), self.value("tutor_id"), **self.rule_values())
            except ValidationError as exc:
                errors = exc.errors
            except CoachDeskError as exc:
                errors = {"rule": str(exc)}
        for key in PREVIEW_KEYS:
            message = errors.get(key, "")
            self.errors[key].setText(message)
            self.errors[key].setVisible(bool(message))
        if self.preview_value is None:
            self.summary.setStyleSheet(HINT_STYLE)
            self.summary.setText(
                tr("The dates are shown once the school and the tutor are chosen.") if waiting
                else tr("No dates yet: see the message at the rule or the days."))
            return None
        self._fill_dates(self.preview_value)
        return self.preview_value

    def _fill_dates(self, preview: SeriesPreview) -> None:
        skipped = {s.day: s.reason for s in preview.skipped}
        for day in sorted([*preview.kept, *skipped]):
            found = preview.conflicts.get(day, [])
            if found:
                kinds = ", ".join(dict.fromkeys(short(c.kind) for c in found))
                item = QListWidgetItem("⚠ " + tr("{day} — skipped: {conflict}").format(
                    day=_day(day), conflict=kinds))
                item.setBackground(QBrush(QColor(CONFLICT_COLOR)))
                item.setForeground(QBrush(QColor(CONFLICT_TEXT)))
                item.setToolTip("\n".join(c.message for c in found))
                item.setData(Qt.ItemDataRole.UserRole, "conflict")
            elif day in skipped:
                item = QListWidgetItem(tr("{day} — {reason}").format(
                    day=_day(day), reason=skipped[day]))
                item.setForeground(QBrush(QColor(SKIPPED_TEXT)))
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setToolTip(tr("Skipped: {reason}").format(reason=skipped[day]))
                item.setData(Qt.ItemDataRole.UserRole, "skipped")
            else:
                item = QListWidgetItem(_day(day))
                item.setData(Qt.ItemDataRole.UserRole, "kept")
            item.setData(Qt.ItemDataRole.UserRole + 1, day)
            self.dates.addItem(item)
        first_conflict = next((i for i in range(self.dates.count()) if self.dates.item(i).data(
            Qt.ItemDataRole.UserRole) == "conflict"), None)
        if first_conflict is not None:
            self.dates.setCurrentRow(first_conflict)
        self._show_date_detail()
        breaks = len(preview.skipped) - len(preview.conflicts)
        parts = [tr("{n} visits").format(n=len(preview.kept)) if len(preview.kept) != 1
                 else tr("1 visit")]
        if breaks:
            parts.append(tr("{n} skipped for breaks").format(n=breaks))
        if preview.conflicts:
            parts.append(tr("{n} skipped for conflicts").format(n=len(preview.conflicts)))
        self.summary.setStyleSheet("")
        self.summary.setText(" · ".join(parts))

    def _show_date_detail(self) -> None:
        item = self.dates.currentItem()
        day = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        preview = self.preview_value
        found = preview.conflicts.get(day, []) if preview is not None else []
        if found:
            self.date_detail.setStyleSheet(WARNING_STYLE)
            self.date_detail.setText(conflicts_html(found))
        self.date_detail.setVisible(bool(found))

    def shown_dates(self) -> list[tuple[str, str]]:
        """(kind, text) of each date in the preview list: kept, skipped or conflict."""
        return [(self.dates.item(i).data(Qt.ItemDataRole.UserRole), self.dates.item(i).text())
                for i in range(self.dates.count())]

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        local = self._local_errors()
        if local:
            self.show_errors(local)
            return
        values = self.values()

        def attempt(_confirmed: bool, _reason: str) -> list[int]:
            return self.desk.visits.book_series(
                values["school_id"], values["tutor_id"], **self.rule_values(),
                purpose=values["purpose"], topic_ids=values["topic_ids"], now=self.now())

        if self.save_confirming(attempt):
            QDialog.accept(self)


def new_visit_series(parent: QWidget | None, desk: Desk, now: datetime | None = None,
                     school_id: int | None = None,
                     tutor_id: int | None = None) -> list[int] | None:
    """Open the recurring-visits form; returns the ids of the visits booked, or None."""
    first = next_weekday((now or datetime.now()).date())
    term = desk.school_years.term_on(first)
    last = term[3] if term is not None and term[3] > first else first + timedelta(
        weeks=WEEKS_WITHOUT_TERM)
    values = {"first_day": first, "last_day": last, "school_id": school_id,
              "tutor_id": tutor_id, "purpose": VisitPurpose.CO_TEACHING.value}
    dialog = VisitSeriesDialog(parent, desk, values, first.isoweekday(), now=now)
    return dialog.result_value if dialog.exec() else None
