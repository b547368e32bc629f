"""The released-time plan editor: days and times in words, never a recurrence rule to type.

The editor turns the coordinator's choices into the plan a tutor's draft holds
(``released_rule``, ``released_from``, ``released_until``, ``weekly_hours``) and shows
the plan in words as it is edited. Each of those keys has its own error label, so a
message from the service appears beside the input it is about.
"""

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_amount
from coachdesk.domain.parse import as_number
from coachdesk.domain.released_time import (
    DAY_CODES,
    ReleasedPlan,
    day_names,
    monthly_rule,
    ordinal_names,
    read_time,
    stored_time,
    weekly_rule,
)
from coachdesk.domain.text import tr
from coachdesk.ui.widgets.form import ERROR_STYLE
from coachdesk.ui.widgets.named import named

WEEKLY, MONTHLY, HOURS, KEPT = "weekly", "monthly", "hours", "kept"
PLAN_KEYS = ("released_rule", "released_from", "released_until", "weekly_hours")
WORKDAYS = range(1, 6)  # ISO weekdays a tutor can be released on: Monday to Friday


def read_rule(rule: str) -> tuple[str, dict]:
    """What the editor can show of a stored rule: (pattern, its settings)."""
    if not rule:
        return HOURS, {}
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    other = set(parts) - {"FREQ", "BYDAY", "INTERVAL"}
    if other or not days:
        return KEPT, {}
    if parts.get("FREQ") == "WEEKLY" and all(d in DAY_CODES[:5] for d in days):
        interval = parts.get("INTERVAL", "1")
        if interval.isdigit() and 1 <= int(interval) <= 4:
            return WEEKLY, {"weekdays": [DAY_CODES.index(d) + 1 for d in days],
                            "interval": int(interval)}
    if parts.get("FREQ") == "MONTHLY" and len(days) == 1 and "INTERVAL" not in parts:
        code, ordinal = days[0][-2:], days[0][:-2] or "1"
        if code in DAY_CODES[:5] and ordinal in ("1", "2", "3", "4", "-1"):
            return MONTHLY, {"ordinal": int(ordinal), "weekday": DAY_CODES.index(code) + 1}
    return KEPT, {}


def _qtime(value: time | str | None, default: QTime) -> QTime:
    """A plan's time for the editor: a time, or as a tutor keeps it ("8:00")."""
    if isinstance(value, str):
        value = read_time(value)
    return default if value is None else QTime(value.hour, value.minute)


class PlanEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._kept_rule = ""
        self.errors: dict[str, QLabel] = {}

        self.pattern = named(QComboBox(), "plan_pattern")
        self.pattern.addItem(tr("Weekly on days"), WEEKLY)
        self.pattern.addItem(tr("Monthly on the Nth weekday"), MONTHLY)
        self.pattern.addItem(tr("Hours per week, no fixed days"), HOURS)

        names = day_names()
        self.day_boxes: dict[int, QCheckBox] = {}
        days_row = QHBoxLayout()
        days_row.setContentsMargins(0, 0, 0, 0)
        for day in WORKDAYS:
            box = named(QCheckBox(names[day - 1]), f"plan_day_{day}")
            box.toggled.connect(self._changed)
            self.day_boxes[day] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.interval = named(QComboBox(), "plan_interval")
        for n, text in ((1, tr("every week")), (2, tr("every other week")),
                        (3, tr("every third week")), (4, tr("every fourth week"))):
            self.interval.addItem(text, n)
        weekly = QWidget()
        weekly_box = QVBoxLayout(weekly)
        weekly_box.setContentsMargins(0, 0, 0, 0)
        weekly_box.addLayout(days_row)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval)
        interval_row.addStretch(1)
        weekly_box.addLayout(interval_row)

        self.ordinal = named(QComboBox(), "plan_ordinal")
        for n, text in ordinal_names().items():
            self.ordinal.addItem(text, n)
        self.weekday = named(QComboBox(), "plan_weekday")
        for day in WORKDAYS:
            self.weekday.addItem(names[day - 1], day)
        monthly = QWidget()
        monthly_row = QHBoxLayout(monthly)
        monthly_row.setContentsMargins(0, 0, 0, 0)
        monthly_row.addWidget(QLabel(tr("The")))
        monthly_row.addWidget(self.ordinal)
        monthly_row.addWidget(self.weekday)
        monthly_row.addWidget(QLabel(tr("of each month")))
        monthly_row.addStretch(1)

        self.kept = named(QLabel(wordWrap=True), "plan_kept")

        self.starts = named(QTimeEdit(QTime(8, 0)), "plan_from")
        self.ends = named(QTimeEdit(QTime(15, 0)), "plan_until")
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("H:mm")
            edit.setMinimumWidth(80)
        times.addWidget(self.starts)
        times.addWidget(QLabel(tr("until")))
        times.addWidget(self.ends)
        times.addStretch(1)

        self.weekly_hours = named(QLineEdit(), "plan_weekly_hours")
        self.weekly_hours.setPlaceholderText(tr("e.g. 7,5"))
        self.weekly_hours.setMaximumWidth(120)

        self.preview = named(QLabel(wordWrap=True), "plan_preview")
        font = self.preview.font()
        font.setBold(True)
        self.preview.setFont(font)

        # the input each error belongs to, marked when the service refuses it
        self.inputs: dict[str, QWidget] = {
            "released_rule": self.pattern,
            "released_from": self.starts,
            "released_until": self.ends,
            "weekly_hours": self.weekly_hours,
        }

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(tr("Pattern"), self.pattern)
        self._weekly_row = self._add_row(tr("Days"), weekly)
        self._monthly_row = self._add_row(tr("Day"), monthly)
        self._kept_row = self._add_row(tr("Recorded plan"), self.kept)
        self._times_row = self._add_row(
            tr("Time"), self._with_errors(times, "released_from", "released_until"))
        self._hours_row = self._add_row(
            tr("Hours per week"), self._with_errors(self.weekly_hours, "weekly_hours"))
        self.form.addRow(tr("In words"), self._with_errors(self.preview, "released_rule"))

        self.pattern.currentIndexChanged.connect(self._pattern_chosen)
        for combo in (self.interval, self.ordinal, self.weekday):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.starts, self.ends):
            edit.timeChanged.connect(self._changed)
        self.weekly_hours.textChanged.connect(self._changed)
        self._pattern_chosen()

    # -- values ---------------------------------------------------------------------------
    def set_plan(self, rule: str, starts: time | str | None = None,
                 ends: time | str | None = None, weekly_hours: float | None = None) -> None:
        pattern, settings = read_rule(rule or "")
        kept = self.pattern.findData(KEPT)
        if pattern == KEPT:
            self._kept_rule = rule
            if kept < 0:
                self.pattern.addItem(tr("As recorded"), KEPT)
        elif kept >= 0:
            self.pattern.removeItem(kept)
        for day, box in self.day_boxes.items():
            box.setChecked(day in settings.get("weekdays", []))
        self.interval.setCurrentIndex(max(0, self.interval.findData(settings.get("interval", 1))))
        self.ordinal.setCurrentIndex(max(0, self.ordinal.findData(settings.get("ordinal", 1))))
        self.weekday.setCurrentIndex(max(0, self.weekday.findData(settings.get("weekday", 1))))
        self.starts.setTime(_qtime(starts, QTime(8, 0)))
        self.ends.setTime(_qtime(ends, QTime(15, 0)))
        self.weekly_hours.setText("" if weekly_hours is None else format_amount(weekly_hours))
        if not rule and weekly_hours is None:
            pattern = WEEKLY  # no plan yet: start from the usual case
        self.pattern.setCurrentIndex(self.pattern.findData(pattern))
        self._pattern_chosen()

    def current_pattern(self) -> str:
        return self.pattern.currentData()

    def weekdays(self) -> list[int]:
        return [day for day, box in self.day_boxes.items() if box.isChecked()]

    def rule(self) -> str:
        pattern = self.current_pattern()
        if pattern == WEEKLY:
            days = self.weekdays()
            return weekly_rule(days, self.interval.currentData()) if days else ""
        if pattern == MONTHLY:
            return monthly_rule(self.ordinal.currentData(), self.weekday.currentData())
        if pattern == KEPT:
            return self._kept_rule
        return ""

    def values(self) -> dict:
        """The plan as a tutor's draft holds it; the hours per week as typed (the form
        reads them with its other numbers)."""
        if self.current_pattern() == HOURS:
            return {"released_rule": "", "released_from": None, "released_until": None,
                    "weekly_hours": self.weekly_hours.text().strip()}
        return {"released_rule": self.rule(), "released_from": self.starts.time().toPython(),
                "released_until": self.ends.time().toPython(), "weekly_hours": None}

    def local_errors(self) -> dict[str, str]:
        """What is missing before the plan is worth sending to the service."""
        pattern = self.current_pattern()
        if pattern == WEEKLY and not self.weekdays():
            return {"released_rule": tr("Tick the days the tutor is released from teaching.")}
        if pattern == HOURS and not self.weekly_hours.text().strip():
            return {"weekly_hours": tr("Give the number of hours per week.")}
        return {}

    def plan(self) -> ReleasedPlan:
        values = self.values()
        try:
            hours = as_number("weekly_hours", values["weekly_hours"], tr("Hours per week"))
        except ValidationError:
            hours = None
        return ReleasedPlan(values["released_rule"], stored_time(values["released_from"]),
                            stored_time(values["released_until"]), hours)

    def describe(self) -> str:
        """The plan in words, with the hours of one released day or week."""
        pattern = self.current_pattern()
        if pattern == WEEKLY and not self.weekdays():
            return tr("Tick at least one day.")
        if pattern == HOURS:
            plan = self.plan()
            if plan.weekly_hours is None:
                return tr("Give the number of hours per week.")
            return plan.describe()
        text = self.plan().describe()
        hours = self.starts.time().secsTo(self.ends.time()) / 3600
        if hours <= 0:
            return text
        if pattern == WEEKLY:
            per_week = hours * len(self.weekdays()) / self.interval.currentData()
            return tr("{plan} · {hours} h a week").format(plan=text,
                                                          hours=format_amount(per_week))
        return tr("{plan} · {hours} h a month").format(plan=text, hours=format_amount(hours))

    # -- errors ---------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))

    # -- building -------------------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = named(QLabel(wordWrap=True), f"error_{key}", style=ERROR_STYLE)
        label.hide()
        self.errors[key] = label
        return label

    def _with_errors(self, inner, *keys: str) -> QWidget:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(inner, QWidget):
            box.addWidget(inner)
        else:
            box.addLayout(inner)
        for key in keys:
            box.addWidget(self._error_label(key))
        return cell

    def _add_row(self, label: str, widget: QWidget) -> int:
        self.form.addRow(label, widget)
        return self.form.rowCount() - 1

    def _pattern_chosen(self) -> None:
        pattern = self.current_pattern()
        self.form.setRowVisible(self._weekly_row, pattern == WEEKLY)
        self.form.setRowVisible(self._monthly_row, pattern == MONTHLY)
        self.form.setRowVisible(self._kept_row, pattern == KEPT)
        self.form.setRowVisible(self._times_row, pattern != HOURS)
        self.form.setRowVisible(self._hours_row, pattern == HOURS)
        if pattern == KEPT:
            self.kept.setText(tr("{plan}. Choose another pattern to change it.").format(
                plan=ReleasedPlan(self._kept_rule).describe()))
        self._changed()

    def _changed(self) -> None:
        self.preview.setText(self.describe())
        self.changed.emit()
