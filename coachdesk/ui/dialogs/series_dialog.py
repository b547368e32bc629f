"""Plan a series: one lesson repeated by a rule, breaks and holidays left out.

The dates are previewed as the rule is chosen: those kept, those skipped and why
("24.2.2027 — Winter break"), and those with conflicts. Each date becomes a lesson of
its own, edited later one at a time or with all the following ones.
"""

from datetime import date, timedelta
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
from coachdesk.domain.lessons import LessonKind, LessonStatus, PlaceKind
from coachdesk.domain.released_time import day_names, weekly_rule
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services import Desk
from coachdesk.services.lessons import SeriesPreview
from coachdesk.ui.dialogs.conflicts_dialog import WARNING_STYLE, conflicts_html
from coachdesk.ui.dialogs.lesson_dialog import (
    CHECK_DELAY_MS,
    HINT_STYLE,
    LessonForm,
    lesson_fields,
    next_weekday,
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


def _short(kind: ConflictKind) -> str:
    """A conflict in a few words, for a line of the preview."""
    return {
        ConflictKind.TUTOR_BUSY: tr("a tutor is booked elsewhere"),
        ConflictKind.ROOM_TAKEN: tr("the place is taken"),
        ConflictKind.BREAK: tr("a break"),
        ConflictKind.HOLIDAY: tr("a public holiday"),
        ConflictKind.OUTSIDE_RELEASED_TIME: tr("outside released time"),
    }.get(kind, str(kind))


def _day(day: date) -> str:
    return f"{day_names()[day.weekday()][:2]} {format_date(day)}"


class SeriesDialog(LessonForm):
    def __init__(self, parent: QWidget | None, desk: Desk, values: dict[str, Any],
                 weekday: int, starts: str = "14:30", ends: str = "16:00"):
        on = values.get("first_day") or date.today()
        fields = [*lesson_fields(desk, on, new=True, with_when=False),
                  Field("first_day", tr("First day"), "date", required=True),
                  Field("last_day", tr("Last day"), "date", required=True)]
        super().__init__(parent, desk, tr("New series"), fields, values, "series_dialog")
        self.preview_value: SeriesPreview | None = None

        # the repeat rule: the tutors' plan editor without its "hours per week"
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

        self.summary = QLabel(objectName="series_summary", wordWrap=True)
        self.dates = QListWidget(objectName="series_dates")
        self.dates.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.dates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dates.setWordWrap(True)
        self.dates.currentItemChanged.connect(self._show_date_detail)
        # the full conflicts of the date chosen in the list
        self.date_detail = QLabel(objectName="series_date_detail", wordWrap=True)
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
        self.on_change(self._preview_timer.start, (
            "first_day", "last_day", "tutor_ids", "place_kind", "school_id", "room", "venue"))
        self.update_preview()
        if settings().value("dialogs/series_dialog/geometry") is None:
            self.resize(1180, max(640, self.sizeHint().height()))

    # -- values ---------------------------------------------------------------------------
    def lesson_values(self) -> dict[str, Any]:
        values = super().lesson_values()
        values.pop("first_day")
        values.pop("last_day")
        return values

    def rule_values(self) -> dict[str, Any]:
        """The rule, the period and the times, as the series service takes them."""
        return {"rule": self.plan.rule(), "first_day": self.value("first_day"),
                "last_day": self.value("last_day"),
                "starts": _time_text(self.plan.starts.time()),
                "ends": _time_text(self.plan.ends.time())}

    def _local_errors(self) -> dict[str, str]:
        if not self.plan.rule():
            return {"rule": tr("Tick the days of the week the lesson is on.")}
        return {}

    # -- preview --------------------------------------------------------------------------
    def update_preview(self) -> SeriesPreview | None:
        """Show the dates the series would get; errors of the rule appear at the rule."""
        self._preview_timer.stop()
        self.preview_value = None
        self.dates.clear()
        self.date_detail.hide()
        errors = self._local_errors()
        if not errors:
            tutor_ids, _schools = self.team()
            try:
                self.preview_value = self.desk.lessons.preview_series(
                    tutor_ids=tutor_ids, **self.rule_values(), **self._check_fields())
            except ValidationError as exc:
                errors = exc.errors
            except CoachDeskError as exc:
                errors = {"rule": str(exc)}
        self._show_rule_errors(errors)
        if self.preview_value is None:
            self.summary.setStyleSheet(HINT_STYLE)
            self.summary.setText(tr("No dates yet: see the message at the rule."))
            return None
        self._fill_dates(self.preview_value)
        return self.preview_value

    def _check_fields(self) -> dict[str, Any]:
        values = self.check_values()
        values.pop("starts_at", None)
        values.pop("ends_at", None)
        return values

    def _show_rule_errors(self, errors: dict[str, str]) -> None:
        """Errors of the rule, period and times beside them (other fields keep theirs)."""
        for key in PREVIEW_KEYS:
            message = errors.get(key, "")
            self.errors[key].setText(message)
            self.errors[key].setVisible(bool(message))

    def _fill_dates(self, preview: SeriesPreview) -> None:
        skipped = {s.day: s.reason for s in preview.skipped}
        for day in sorted([*preview.kept, *skipped]):
            found = preview.conflicts.get(day, [])
            if day in skipped:
                item = QListWidgetItem(tr("{day} — {reason}").format(
                    day=_day(day), reason=skipped[day]))
                item.setForeground(QBrush(QColor(SKIPPED_TEXT)))
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setToolTip(tr("Skipped: {reason}").format(reason=skipped[day]))
                item.setData(Qt.ItemDataRole.UserRole, "skipped")
            elif found:
                kinds = ", ".join(dict.fromkeys(_short(c.kind) for c in found))
                item = QListWidgetItem("⚠ " + tr("{day} — {conflict}").format(
                    day=_day(day), conflict=kinds))
                item.setBackground(QBrush(QColor(CONFLICT_COLOR)))
                item.setForeground(QBrush(QColor(CONFLICT_TEXT)))
                item.setToolTip("\n".join(c.message for c in found))
                item.setData(Qt.ItemDataRole.UserRole, "conflict")
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
        parts = [tr("{n} lessons").format(n=len(preview.kept)) if len(preview.kept) != 1
                 else tr("1 lesson")]
        if preview.skipped:
            parts.append(tr("{n} skipped").format(n=len(preview.skipped)))
        if preview.conflicts:
            parts.append(tr("{n} with conflicts").format(n=len(preview.conflicts)))
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
    first = next_weekday(today or date.today())
    term = desk.school_years.term_on(first)
    last = term[3] if term is not None and term[3] > first else first + timedelta(
        weeks=WEEKS_WITHOUT_TERM)
    values = {"first_day": first, "last_day": last, "level": Level.BASIC.value,
              "kind": LessonKind.TRAINING.value, "place_kind": PlaceKind.SCHOOL.value,
              "open_to_all": True, "status": LessonStatus.PLANNED.value}
    dialog = SeriesDialog(parent, desk, values, first.isoweekday())
    return dialog.result_value if dialog.exec() else None
