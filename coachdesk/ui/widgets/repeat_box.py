"""The "Repeat" box of the series forms: the rule, the first and last day, and a live
preview of the dates kept, those skipped and why, and those with conflicts."""

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from coachdesk.domain.bookings import Repeat
from coachdesk.domain.conflicts import ConflictKind
from coachdesk.domain.released_time import day_names, weekly_rule
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.bookings import SeriesPreview
from coachdesk.ui.dialogs.conflicts_dialog import WARNING_STYLE, conflicts_html
from coachdesk.ui.formatting import format_date
from coachdesk.ui.widgets.booking_form import HINT_STYLE, BookingForm, next_weekday
from coachdesk.ui.widgets.plan_editor import HOURS, PlanEditor

RULE_KEYS = {"rule": "released_rule", "starts": "released_from", "ends": "released_until"}
PREVIEW_KEYS = ("rule", "first_day", "last_day", "starts", "ends")
PERIOD_KEYS = ("first_day", "last_day")
CONFLICT_COLOR = "#fff1c7"
CONFLICT_TEXT = "#5c3a00"
SKIPPED_TEXT = "#8a8a8a"
WEEKS_WITHOUT_TERM = 12  # a series with no term to end in runs this long


def short(kind: ConflictKind, tutors: str) -> str:
    """A conflict in a few words, for a line of the preview; ``tutors`` names who is
    booked elsewhere ("a tutor" in a team, "the tutor" alone)."""
    return {
        ConflictKind.TUTOR_BUSY: tr("{who} is booked elsewhere").format(who=tutors),
        ConflictKind.ROOM_TAKEN: tr("the place is taken"),
        ConflictKind.BREAK: tr("a break"),
        ConflictKind.HOLIDAY: tr("a public holiday"),
        ConflictKind.OUTSIDE_RELEASED_TIME: tr("outside released time"),
        ConflictKind.TRAVEL_TIME: tr("too little travel time"),
        ConflictKind.HOURS_EXCEEDED: tr("no hours left this term"),
    }.get(kind, str(kind))


def series_period(desk: Desk, today: date) -> tuple[date, date]:
    """A new series' default period: from the next weekday to the end of its term."""
    first = next_weekday(today)
    term = desk.school_years.term_on(first)
    last = term[3] if term is not None and term[3] > first else first + timedelta(
        weeks=WEEKS_WITHOUT_TERM)
    return first, last


def day_text(day: date) -> str:
    """"We 24.2.2027"."""
    return tr("{weekday} {day}").format(weekday=day_names()[day.weekday()][:2],
                                        day=format_date(day))


class RepeatBox(QGroupBox):
    """Joins ``form``: the rule's and the period's errors show at them, and the box takes
    the third column. ``conflicts_skip``: dates with conflicts are left out (visits) or
    kept with a warning (lessons)."""

    def __init__(self, form: BookingForm, name: str, weekday: int, starts: str, ends: str,
                 tutors: str, conflicts_skip: bool):
        super().__init__(tr("Repeat"))
        self.tutors = tutors
        self.conflicts_skip = conflicts_skip
        self.preview_value: SeriesPreview | None = None
        # the tutors' plan editor without its "hours per week"
        self.plan = PlanEditor()
        self.plan.pattern.removeItem(self.plan.pattern.findData(HOURS))
        self.plan.set_plan(weekly_rule([weekday]), starts, ends)
        for key, plan_key in RULE_KEYS.items():
            form.errors[key] = self.plan.errors[plan_key]
            form.editors[key] = self.plan.inputs[plan_key]
        self.errors = form.errors
        period = QFormLayout()
        period.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in PERIOD_KEYS:
            row, _role = form.form.getWidgetPosition(form.editors[key].parentWidget())
            taken = form.form.takeRow(row)
            period.addRow(taken.labelItem.widget(), taken.fieldItem.widget())

        self.summary = QLabel(objectName=f"{name}_summary", wordWrap=True)
        self.dates = QListWidget(objectName=f"{name}_dates")
        self.dates.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.dates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dates.setWordWrap(True)
        self.dates.currentItemChanged.connect(self._show_date_detail)
        # the full conflicts of the date chosen in the list
        self.date_detail = QLabel(objectName=f"{name}_date_detail", wordWrap=True)
        self.date_detail.setTextFormat(Qt.TextFormat.RichText)
        self.date_detail.hide()

        box = QVBoxLayout(self)
        box.addWidget(self.plan)
        box.addLayout(period)
        box.addWidget(QLabel("<b>" + escape(tr("Dates")) + "</b>"))
        box.addWidget(self.summary)
        box.addWidget(self.dates, 1)
        box.addWidget(self.date_detail)
        form.columns.addSpacing(12)
        form.columns.addWidget(self, 3)

    def repeat(self, first_day: date | None, last_day: date | None) -> Repeat:
        """The rule and its times, over the period from ``first_day`` to ``last_day``."""
        return Repeat(self.plan.rule(), first_day, last_day,
                      self.plan.starts.time().toPython(), self.plan.ends.time().toPython())

    def start_preview(self) -> None:
        self.preview_value = None
        self.dates.clear()
        self.date_detail.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Errors of the rule, period and times beside them (other fields keep theirs)."""
        for key in PREVIEW_KEYS:
            message = errors.get(key, "")
            self.errors[key].setText(message)
            self.errors[key].setVisible(bool(message))

    def show_waiting(self, text: str) -> None:
        self.summary.setStyleSheet(HINT_STYLE)
        self.summary.setText(text)

    def show_preview(self, preview: SeriesPreview, summary: str) -> None:
        self.preview_value = preview
        skipped = {s.day: s.reason for s in preview.skipped}
        for day in sorted({*preview.kept, *skipped}):
            found = preview.conflicts.get(day, [])
            if found and (self.conflicts_skip or day not in skipped):
                kinds = ", ".join(dict.fromkeys(short(c.kind, self.tutors) for c in found))
                text = (tr("{day} — skipped: {conflict}") if self.conflicts_skip
                        else tr("{day} — {conflict}")).format(day=day_text(day), conflict=kinds)
                item = QListWidgetItem("⚠ " + text)
                item.setBackground(QBrush(QColor(CONFLICT_COLOR)))
                item.setForeground(QBrush(QColor(CONFLICT_TEXT)))
                item.setToolTip("\n".join(c.message for c in found))
                item.setData(Qt.ItemDataRole.UserRole, "conflict")
            elif day in skipped:
                item = QListWidgetItem(tr("{day} — {reason}").format(
                    day=day_text(day), reason=skipped[day]))
                item.setForeground(QBrush(QColor(SKIPPED_TEXT)))
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setToolTip(tr("Skipped: {reason}").format(reason=skipped[day]))
                item.setData(Qt.ItemDataRole.UserRole, "skipped")
            else:
                item = QListWidgetItem(day_text(day))
                item.setData(Qt.ItemDataRole.UserRole, "kept")
            item.setData(Qt.ItemDataRole.UserRole + 1, day)
            self.dates.addItem(item)
        first_conflict = next((i for i in range(self.dates.count()) if self.dates.item(i).data(
            Qt.ItemDataRole.UserRole) == "conflict"), None)
        if first_conflict is not None:
            self.dates.setCurrentRow(first_conflict)
        self._show_date_detail()
        self.summary.setStyleSheet("")
        self.summary.setText(summary)

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
