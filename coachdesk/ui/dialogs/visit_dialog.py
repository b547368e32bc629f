"""Book a visit or move one: school, tutor, date and hours, purpose, topics and notes.

Conflicts (the tutor elsewhere, too little travel time, a break, time outside the
released time, hours used up) are listed live under the form. Saving with conflicts
asks for the reason to go ahead, which is kept with the visit.
"""

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.conflicts import Conflict, ConflictsFound
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitPurpose, VisitStatus
from coachdesk.services import Desk
from coachdesk.ui.dialogs.conflicts_dialog import WARNING_STYLE, ConflictsDialog, conflicts_html
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import ERROR_STYLE, Field, FormDialog

CHECK_DELAY_MS = 400  # wait for a pause in the changes before asking about conflicts
VISIT_MINUTES = 90
DEFAULT_START = time(9, 0)
OK_STYLE = "color: #2e6b30; padding: 6px;"
HINT_STYLE = "color: palette(dark); padding: 6px;"
SIDE_KEYS = ("topic_ids",)  # in the second column, label above


def ask_visit_reason(parent: QWidget | None, conflicts: Sequence[Conflict],
                     what: str = "") -> str | None:
    """The conflicts dialog, worded for a visit; the reason to go ahead, or None."""
    dialog = ConflictsDialog(parent, conflicts, what or tr("Booking this visit would clash:"))
    lesson_words = tr("To go ahead anyway, say why. The reason is kept with the lesson.")
    for label in dialog.findChildren(QLabel):
        if label.text() == lesson_words:
            label.setText(tr("To go ahead anyway, say why. The reason is kept with the visit."))
    dialog.reason.setPlaceholderText(
        tr("e.g. The school's only free morning; travel agreed with the tutor"))
    return dialog.reason_value if dialog.exec() else None


def _time_edit(value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute), objectName=name)
    edit.setDisplayFormat("H:mm")
    edit.setMinimumWidth(80)
    return edit


def hours_text(minutes: int) -> str:
    """A visit's length beside its times: "(1 h 30 min)", "(45 min)"."""
    if minutes <= 0:
        return ""
    if minutes < 60:
        return tr("({m} min)").format(m=minutes)
    return tr("({h} h {m:02d} min)").format(h=minutes // 60, m=minutes % 60)


class VisitForm(FormDialog):
    """What the visit dialogs share: a second column for long lists, error labels for
    service keys without a field of their own, and saving that asks for a reason."""

    def __init__(self, parent: QWidget | None, desk: Desk, title: str, fields: list[Field],
                 values: dict[str, Any], name: str, side_keys: Sequence[str] = SIDE_KEYS):
        super().__init__(parent, title, fields, values, lambda _fields: None, name)
        self.desk = desk
        outer = self.layout()
        self.form = next(outer.itemAt(i).layout() for i in range(outer.count())
                         if isinstance(outer.itemAt(i).layout(), QFormLayout))
        self.side_form = QFormLayout()
        self.side_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in side_keys:
            row, _role = self.form.getWidgetPosition(self._cell(key))
            taken = self.form.takeRow(row)
            self.side_form.addRow(taken.labelItem.widget(), taken.fieldItem.widget())
            self.editors[key].setMaximumHeight(self.fontMetrics().lineSpacing() * 12 + 8)
        position = outer.indexOf(self.form)
        outer.removeItem(self.form)
        self.columns = QHBoxLayout()
        for form, stretch in ((self.form, 3), (self.side_form, 2)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            if self.columns.count():
                self.columns.addSpacing(12)
            self.columns.addLayout(column, stretch)
        outer.insertLayout(position, self.columns)

    def _cell(self, key: str) -> QWidget:
        return self.editors[key].parentWidget()

    def error_label(self, key: str, editor: QWidget, cell_of: str) -> QLabel:
        """An error label for a service key shown in the cell of ``cell_of``."""
        label = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName=f"error_{key}")
        label.hide()
        self._cell(cell_of).layout().addWidget(label)
        self.errors[key] = label
        self.editors[key] = editor
        return label

    def on_change(self, slot: Callable[[], None], keys: Sequence[str]) -> None:
        for key in keys:
            editor = self.editors[key]
            if isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(slot)
            elif isinstance(editor, QLineEdit):
                editor.textChanged.connect(slot)
            elif isinstance(editor, QListWidget):
                editor.itemChanged.connect(slot)
            elif isinstance(editor, QCheckBox):
                editor.toggled.connect(slot)
            elif isinstance(editor, QDateEdit):
                editor.dateChanged.connect(slot)
            elif isinstance(editor, QTimeEdit):
                editor.timeChanged.connect(slot)

    def set_save_text(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(text)

    def save_confirming(self, attempt: Callable[[bool, str], Any], what: str = "") -> bool:
        """Call ``attempt(confirmed, reason)``; on conflicts ask for the reason and call
        again. Errors are shown beside their fields. True when it was saved."""
        self.show_errors({})
        confirmed, reason = False, ""
        while True:
            try:
                self.result_value = attempt(confirmed, reason)
                return True
            except ConflictsFound as exc:
                answer = ask_visit_reason(self, exc.conflicts, what)
                if answer is None:
                    return False
                confirmed, reason = True, answer
            except ValidationError as exc:
                self.show_errors(exc.errors)
                return False
            except CoachDeskError as exc:
                self.general_error.setText(str(exc))
                self.general_error.show()
                return False


def school_and_tutor_fields(desk: Desk, team: Sequence[tuple[int, str]] = ()) -> list[Field]:
    tutors = dict(desk.tutors.choices())
    tutors.update(team)  # a tutor archived since keeps their visits
    return [
        Field("school_id", tr("School"), "choice",
              [(None, tr("— choose a school —")), *desk.schools.choices()], required=True),
        Field("tutor_id", tr("Tutor"), "choice",
              [(None, tr("— choose a tutor —")),
               *sorted(tutors.items(), key=lambda item: item[1].casefold())], required=True),
    ]


def purpose_fields(desk: Desk) -> list[Field]:
    return [
        Field("purpose", tr("Purpose"), "choice", [(p.value, p.label) for p in VisitPurpose]),
        Field("topic_ids", tr("Topics"), "checklist", desk.topics.choices()),
    ]


class VisitDialog(VisitForm):
    def __init__(self, parent: QWidget | None, desk: Desk, title: str, values: dict[str, Any],
                 visit_id: int | None = None, now: datetime | None = None,
                 team: Sequence[tuple[int, str]] = ()):
        self._now = now
        starts, ends = values.pop("starts", DEFAULT_START), values.pop("ends", None)
        day = values.get("day") or date.today()
        fields = [*school_and_tutor_fields(desk, team),
                  Field("day", tr("When"), "date", required=True),
                  *purpose_fields(desk),
                  Field("notes", tr("Notes"), "multiline")]
        super().__init__(parent, desk, title, fields, values, "visit_dialog")
        self.visit_id = visit_id
        self.original = (values.get("tutor_id"), values.get("starts_at"), values.get("ends_at"))

        if ends is None:
            ends = (datetime.combine(day, starts) + timedelta(minutes=VISIT_MINUTES)).time()
        self.starts = _time_edit(starts, "field_starts")
        self.ends = _time_edit(ends, "field_ends")
        day_edit = self.editors["day"]
        cell = self._cell("day")
        cell.layout().removeWidget(day_edit)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(day_edit)
        when.addSpacing(8)
        when.addWidget(self.starts)
        when.addWidget(QLabel("–"))
        when.addWidget(self.ends)
        self.length = QLabel(styleSheet="color: palette(dark);", objectName="visit_length")
        when.addWidget(self.length)
        when.addStretch(1)
        cell.layout().insertLayout(0, when)
        self.error_label("starts_at", self.starts, "day")
        self.error_label("ends_at", self.ends, "day")
        self.error_label("override_reason", self.editors["notes"], "notes")
        self.starts.timeChanged.connect(self._start_moved)
        self.ends.timeChanged.connect(self._show_length)
        self._previous_start = self.starts.time()
        self._show_length()
        if visit_id is not None:
            school = self.editors["school_id"]
            school.setEnabled(False)
            school.setToolTip(tr("A visit stays at its school: to go elsewhere, cancel it "
                                 "and book a new one."))
            self.set_save_text(tr("Save"))
        else:
            self.set_save_text(tr("Book"))

        self.warnings = QLabel(objectName="visit_conflicts", wordWrap=True)
        self.warnings.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.buttons), self.warnings)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_conflicts)
        self.on_change(self._check_timer.start, ("school_id", "tutor_id", "day", "starts_at",
                                                 "ends_at"))
        self.check_conflicts()
        if settings().value("dialogs/visit_dialog/geometry") is None:
            self.resize(860, self.sizeHint().height())

    def now(self) -> datetime:
        return self._now or datetime.now()

    def _start_moved(self) -> None:
        """Moving the start keeps the length: the end moves with it."""
        moved = self._previous_start.secsTo(self.starts.time())
        self._previous_start = self.starts.time()
        if moved:
            self.ends.setTime(self.ends.time().addSecs(moved))
        self._show_length()

    def _show_length(self) -> None:
        self.length.setText(hours_text(self.starts.time().secsTo(self.ends.time()) // 60))

    # -- values ---------------------------------------------------------------------------
    def times(self) -> tuple[datetime | None, datetime | None]:
        day = self.value("day")
        if day is None:
            return None, None
        return (datetime.combine(day, self.starts.time().toPython()),
                datetime.combine(day, self.ends.time().toPython()))

    def _local_errors(self) -> dict[str, str]:
        errors = {}
        if self.value("school_id") is None:
            errors["school_id"] = tr("Choose the school.")
        if self.value("tutor_id") is None:
            errors["tutor_id"] = tr("Choose the tutor.")
        if self.value("day") is None:
            errors["starts_at"] = tr("Give the date.")
        return errors

    # -- conflicts ------------------------------------------------------------------------
    def check_conflicts(self) -> list[str]:
        """List the conflicts the current values would have; returns their messages."""
        self._check_timer.stop()
        starts_at, ends_at = self.times()
        school_id, tutor_id = self.value("school_id"), self.value("tutor_id")
        if starts_at is None or school_id is None or tutor_id is None:
            return self._warn(None, tr("Conflicts are checked once the school, the tutor and "
                                       "the date are chosen."))
        try:
            found = self.desk.visits.conflicts(school_id, tutor_id, starts_at, ends_at,
                                               self.visit_id)
        except CoachDeskError:  # e.g. the end before the start: saving will say so
            return self._warn(None, "")
        if ends_at <= self.now():
            return self._warn(None, tr("This time has passed: a visit that happened is "
                                       "logged, not booked."))
        if not found:
            return self._warn([], tr("No conflicts: the tutor is free, has time to travel, "
                                     "it is a school day and inside their released time."))
        return self._warn(found, "")

    def _warn(self, found, text: str) -> list[str]:
        if found:
            self.warnings.setStyleSheet(WARNING_STYLE)
            self.warnings.setText(
                "<b>" + escape(tr("Check before booking:")) + "</b>" + conflicts_html(found))
            return [c.message for c in found]
        self.warnings.setStyleSheet(OK_STYLE if found == [] else HINT_STYLE)
        self.warnings.setText(escape(text))
        return []

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        local = self._local_errors()
        if local:
            self.show_errors(local)
            return
        starts_at, ends_at = self.times()
        values = self.values()
        visits = self.desk.visits
        moved = (values["tutor_id"], starts_at, ends_at) != self.original

        def attempt(confirmed: bool, reason: str) -> int:
            if self.visit_id is None:
                return visits.book(values["school_id"], values["tutor_id"], starts_at,
                                   ends_at, purpose=values["purpose"],
                                   topic_ids=values["topic_ids"], notes=values["notes"],
                                   confirmed=confirmed, override_reason=reason,
                                   now=self.now())
            if moved:
                visits.move(self.visit_id, starts_at, ends_at, values["tutor_id"],
                            confirmed=confirmed, override_reason=reason, now=self.now())
            visits.update(self.visit_id, topic_ids=values["topic_ids"],
                          purpose=values["purpose"], notes=values["notes"])
            return self.visit_id

        if self.save_confirming(attempt):
            QDialog.accept(self)


def next_weekday(today: date) -> date:
    day = today + timedelta(days=1)
    while day.isoweekday() > 5:
        day += timedelta(days=1)
    return day


def edit_visit(parent: QWidget | None, desk: Desk, visit_id: int | None = None,
               now: datetime | None = None, starts_at: datetime | None = None,
               school_id: int | None = None, tutor_id: int | None = None) -> int | None:
    """Open the visit form; returns the visit's id when it was saved.

    ``visit_id`` moves or edits that visit; otherwise a new visit is booked, starting at
    ``starts_at`` (default: the next weekday at 9:00) for 90 minutes."""
    team: list[tuple[int, str]] = []
    if visit_id is not None:
        visit = desk.visits.get(visit_id)
        if visit.status is not VisitStatus.BOOKED:
            raise ValidationError({"status": tr(
                "Only a booked visit can be moved; this one is {status}.").format(
                status=visit.status.label.lower())})
        team = [(visit.tutor_id, desk.tutors.get(visit.tutor_id).name)]
        values = {"school_id": visit.school_id, "tutor_id": visit.tutor_id,
                  "day": visit.starts_at.date(), "starts": visit.starts_at.time(),
                  "ends": visit.ends_at.time(), "starts_at": visit.starts_at,
                  "ends_at": visit.ends_at, "purpose": visit.purpose.value,
                  "topic_ids": [i for i, _name in desk.visits.topics_of(visit_id)],
                  "notes": visit.notes}
        title = tr("Move or edit the visit")
    else:
        today = (now or datetime.now()).date()
        day = starts_at.date() if starts_at is not None else next_weekday(today)
        values = {"day": day, "starts": starts_at.time() if starts_at else DEFAULT_START,
                  "purpose": VisitPurpose.CO_TEACHING.value, "school_id": school_id,
                  "tutor_id": tutor_id}
        title = tr("New visit")
    dialog = VisitDialog(parent, desk, title, values, visit_id, now, team)
    return dialog.result_value if dialog.exec() else None
