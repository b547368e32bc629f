"""Plan or edit one lesson: what, where, when, who teaches and who may come.

Conflicts (a tutor elsewhere, a room taken, a break, time outside the released time) are
listed live under the form while the time, tutors and place are chosen. Saving with
conflicts asks for the reason to go ahead, which is kept with the lesson. Editing a lesson
of a series asks whether the change is for this lesson only or also the following ones.
"""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.conflicts import ConflictsFound
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.lessons import LessonKind, LessonStatus, PlaceKind
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs import conflicts_dialog
from coachdesk.ui.dialogs.conflicts_dialog import WARNING_STYLE, conflicts_html
from coachdesk.ui.formatting import format_date
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import ERROR_STYLE, Field, FormDialog

CHECK_DELAY_MS = 400  # wait for a pause in the changes before asking about conflicts
LESSON_MINUTES = 90
DEFAULT_START = time(14, 30)
PLACE_FIELDS = {
    PlaceKind.SCHOOL.value: ("school_id", "room"),
    PlaceKind.VENUE.value: ("venue",),
    PlaceKind.ONLINE.value: ("online_url",),
}
OK_STYLE = "color: #2e6b30; padding: 6px;"
HINT_STYLE = "color: palette(dark); padding: 6px;"
# the fields in the second column, beside the lesson's own
TEAM_KEYS = ("tutor_ids", "open_to_all", "school_ids")
THIS, FOLLOWING = "this", "following"


def lesson_fields(desk: Desk, on: date, new: bool, with_when: bool = True,
                  team: list[tuple[int, str]] = ()) -> list[Field]:
    """The fields of a lesson (and of a series, without the date and time)."""
    schools = desk.schools.choices()
    tutors = dict(desk.tutors.choices(on=on))
    tutors.update(team)  # a tutor whose agreement has ended stays on their lessons
    statuses = [LessonStatus.PLANNED, LessonStatus.PUBLISHED] if new else list(LessonStatus)
    fields = [
        Field("title", tr("Title"), required=True,
              placeholder=tr("e.g. Scratch for beginners")),
        Field("topic_id", tr("Topic"), "choice",
              [(None, tr("— no topic —")), *desk.topics.choices()]),
        Field("level", tr("Level"), "choice", [(v.value, v.label) for v in Level]),
        Field("kind", tr("Kind"), "choice", [(v.value, v.label) for v in LessonKind]),
        Field("place_kind", tr("Place"), "choice", [(v.value, v.label) for v in PlaceKind]),
        Field("school_id", tr("School"), "choice",
              [(None, tr("— choose a school —")), *schools]),
        Field("room", tr("Room"), placeholder=tr("e.g. A12 or the library")),
        Field("venue", tr("Venue"), placeholder=tr("e.g. Education office, meeting room 2")),
        Field("online_url", tr("Link"), placeholder="https://meet.example.fi/…"),
    ]
    if with_when:
        fields.append(Field("day", tr("When"), "date", required=True))
    fields += [
        Field("capacity", tr("Capacity"), "number", placeholder=tr("no limit")),
        Field("status", tr("Status"), "choice", [(v.value, v.label) for v in statuses]),
        Field("notes", tr("Notes"), "multiline"),
        Field("tutor_ids", tr("Tutors"), "checklist",
              sorted(tutors.items(), key=lambda item: item[1].casefold()), required=True),
        Field("open_to_all", tr("Open to all schools"), "checkbox"),
        Field("school_ids", tr("Listed schools"), "checklist", schools),
    ]
    return fields


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time_edit(value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(_qtime(value), objectName=name)
    edit.setDisplayFormat("H:mm")
    edit.setMinimumWidth(80)
    return edit


class LessonForm(FormDialog):
    """What the lesson and series dialogs share: the place fields that apply, the schools
    listed only when the lesson is not open to all, the team beside the lesson, and saving
    that asks for a reason when there are conflicts."""

    def __init__(self, parent: QWidget | None, desk: Desk, title: str, fields: list[Field],
                 values: dict[str, Any], name: str):
        super().__init__(parent, title, fields, values, lambda _fields: None, name)
        self.desk = desk
        outer = self.layout()
        self.form = next(outer.itemAt(i).layout() for i in range(outer.count())
                         if isinstance(outer.itemAt(i).layout(), QFormLayout))
        # the team in a column of its own, the labels above the (long) checklists
        self.team_form = QFormLayout()
        self.team_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in TEAM_KEYS:
            row, _role = self.form.getWidgetPosition(self._cell(key))
            taken = self.form.takeRow(row)
            label = taken.labelItem.widget()
            if key == "open_to_all":  # the box says it itself
                self.editors[key].setText(label.text())
                label.hide()
            self.team_form.addRow(label, taken.fieldItem.widget())
        for key in TEAM_KEYS[::2]:  # the checklists may be long: room for about 11 names
            self.editors[key].setMaximumHeight(self.fontMetrics().lineSpacing() * 11 + 8)
        position = outer.indexOf(self.form)
        outer.removeItem(self.form)
        self.columns = QHBoxLayout()
        for form, stretch in ((self.form, 3), (self.team_form, 2)):
            column = QVBoxLayout()  # rows keep their height; room left over goes below
            column.addLayout(form)
            column.addStretch(1)
            if self.columns.count():
                self.columns.addSpacing(12)
            self.columns.addLayout(column, stretch)
        outer.insertLayout(position, self.columns)

        self.editors["place_kind"].currentIndexChanged.connect(self._place_chosen)
        self.editors["open_to_all"].toggled.connect(self._audience_chosen)
        self.editors["topic_id"].currentIndexChanged.connect(self._topic_chosen)
        self._place_chosen()
        self._audience_chosen()

    # -- building -------------------------------------------------------------------------
    def _cell(self, key: str) -> QWidget:
        """The widget that holds a field's editor and its error label."""
        return self.editors[key].parentWidget()

    def add_to_cell(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` under a field's editor (and above its error)."""
        self._cell(key).layout().insertWidget(1, widget)

    def error_label(self, key: str, editor: QWidget, cell_of: str) -> QLabel:
        """An error label for ``key`` (a service field without a form field of its own),
        shown in the cell of ``cell_of`` and marking ``editor``."""
        label = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName=f"error_{key}")
        label.hide()
        self._cell(cell_of).layout().addWidget(label)
        self.errors[key] = label
        self.editors[key] = editor
        return label

    def on_change(self, slot: Callable[[], None], keys: tuple[str, ...]) -> None:
        """Call ``slot`` when any of the fields ``keys`` changes."""
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

    # -- behaviour ------------------------------------------------------------------------
    def _place_chosen(self) -> None:
        shown = PLACE_FIELDS.get(self.value("place_kind"), ())
        for keys in PLACE_FIELDS.values():
            for key in keys:
                self.form.setRowVisible(self._cell(key), key in shown)

    def _audience_chosen(self) -> None:
        self.editors["school_ids"].setEnabled(not self.value("open_to_all"))

    def _topic_chosen(self) -> None:
        """A topic brings its level, and its name when the title is still empty."""
        topic_id = self.value("topic_id")
        if topic_id is None:
            return
        try:
            topic = self.desk.topics.get(topic_id)
        except CoachDeskError:
            return
        self.set_value("level", topic.level.value)
        if not self.value("title").strip():
            self.set_value("title", topic.name)

    # -- values ---------------------------------------------------------------------------
    def lesson_values(self) -> dict[str, Any]:
        """The fields as the lesson service takes them (without tutors and schools)."""
        values = super().values()
        for key in TEAM_KEYS:
            values.pop(key)
        place = values["place_kind"]
        for keys in PLACE_FIELDS.values():
            for key in keys:
                if place not in PLACE_FIELDS or key not in PLACE_FIELDS[place]:
                    values[key] = None if key == "school_id" else ""
        return values

    def team(self) -> tuple[list[int], list[int]]:
        """The tutors, and the schools the lesson is open to ([] when open to all)."""
        open_to_all = self.value("open_to_all")
        return self.value("tutor_ids"), [] if open_to_all else self.value("school_ids")

    def check_values(self) -> dict[str, Any]:
        """Values a conflict check can read while the form is half filled: a title and a
        place stand in for those not given yet, as they do not change what clashes."""
        values = self.lesson_values()
        values["title"] = values["title"].strip() or tr("this lesson")
        if values["place_kind"] == PlaceKind.SCHOOL.value and values["school_id"] is None:
            values["place_kind"] = PlaceKind.VENUE.value
        if values["place_kind"] == PlaceKind.ONLINE.value:
            values["online_url"] = values["online_url"].strip() or "https://"
        values["capacity"] = None
        values.pop("notes", None)
        return values

    # -- saving ---------------------------------------------------------------------------
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
                answer = conflicts_dialog.ask_reason(self, exc.conflicts, what)
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


class LessonDialog(LessonForm):
    def __init__(self, parent: QWidget | None, desk: Desk, title: str,
                 values: dict[str, Any], lesson_id: int | None = None,
                 series_id: int | None = None, team: list[tuple[int, str]] = ()):
        starts, ends = values.pop("starts", DEFAULT_START), values.pop("ends", None)
        on = values.get("day") or date.today()
        fields = lesson_fields(desk, on, new=lesson_id is None, team=team)
        super().__init__(parent, desk, title, fields, values, "lesson_dialog")
        self.lesson_id = lesson_id
        self.series_id = series_id
        self.scope = THIS

        # date, start and end in one row: "12.3.2027  14:30 – 16:00"
        if ends is None:
            ends = (datetime.combine(on, starts) + timedelta(minutes=LESSON_MINUTES)).time()
        self.starts = _time_edit(starts, "field_starts")
        self.ends = _time_edit(ends, "field_ends")
        day = self.editors["day"]
        cell = self._cell("day")
        cell.layout().removeWidget(day)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(day)
        when.addSpacing(8)
        when.addWidget(self.starts)
        when.addWidget(QLabel("–"))
        when.addWidget(self.ends)
        self.length = QLabel(styleSheet="color: palette(dark);", objectName="lesson_length")
        when.addWidget(self.length)
        when.addStretch(1)
        cell.layout().insertLayout(0, when)
        self.error_label("starts_at", self.starts, "day")
        self.error_label("ends_at", self.ends, "day")
        self.starts.timeChanged.connect(self._start_moved)
        self.ends.timeChanged.connect(self._show_length)
        self._previous_start = self.starts.time()
        self._show_length()

        # live conflict warnings, under both columns
        self.warnings = QLabel(objectName="lesson_conflicts", wordWrap=True)
        self.warnings.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.buttons), self.warnings)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_conflicts)
        self.on_change(self._check_timer.start, (
            "day", "starts_at", "ends_at", "tutor_ids", "place_kind", "school_id", "room",
            "venue", "status"))
        self.check_conflicts()
        if settings().value("dialogs/lesson_dialog/geometry") is None:
            self.resize(940, self.sizeHint().height())

    def _start_moved(self) -> None:
        """Moving the start keeps the length: the end moves with it."""
        moved = self._previous_start.secsTo(self.starts.time())
        self._previous_start = self.starts.time()
        if moved:
            self.ends.setTime(self.ends.time().addSecs(moved))
        self._show_length()

    def _show_length(self) -> None:
        minutes = self.starts.time().secsTo(self.ends.time()) // 60
        self.length.setText(tr("({h} h {m:02d} min)").format(h=minutes // 60, m=minutes % 60)
                            if minutes > 0 else "")

    def lesson_values(self) -> dict[str, Any]:
        values = super().lesson_values()
        day = values.pop("day")
        values["starts_at"] = values["ends_at"] = None
        if day is not None:
            values["starts_at"] = datetime.combine(day, self.starts.time().toPython())
            values["ends_at"] = datetime.combine(day, self.ends.time().toPython())
        return values

    # -- conflicts ------------------------------------------------------------------------
    def check_conflicts(self) -> list[str]:
        """List the conflicts the current values would have; returns their messages."""
        self._check_timer.stop()
        tutor_ids, _schools = self.team()
        values = self.check_values()
        if values["starts_at"] is None or not tutor_ids:
            return self._warn(None, tr("Conflicts are checked once the date and the tutors "
                                       "are chosen."))
        if values["status"] == LessonStatus.CANCELLED.value:
            return self._warn(None, tr("A cancelled lesson clashes with nothing."))
        try:
            found = self.desk.lessons.conflicts(tutor_ids, self.lesson_id, **values)
        except CoachDeskError:  # e.g. the end before the start: saving will say so
            return self._warn(None, "")
        if not found:
            return self._warn([], tr("No conflicts: the tutors are free, it is a school day "
                                     "and inside their released time."))
        return self._warn(found, "")

    def _warn(self, found, text: str) -> list[str]:
        if found:
            self.warnings.setStyleSheet(WARNING_STYLE)
            self.warnings.setText(
                "<b>" + escape(tr("Check before saving:")) + "</b>" + conflicts_html(found))
            return [c.message for c in found]
        self.warnings.setStyleSheet(OK_STYLE if found == [] else HINT_STYLE)
        self.warnings.setText(escape(text))
        return []

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        if self.lesson_id is not None and self.series_id is not None:
            choice = messages.choose(
                self, tr("Change a series"),
                tr("This lesson is one of a series. Change this lesson only, or this and "
                   "all the following lessons of the series?"),
                [tr("This lesson only"), tr("This and all following")])
            if choice is None:
                return
            self.scope = FOLLOWING if choice == 1 else THIS
        values = self.lesson_values()
        tutor_ids, school_ids = self.team()
        lessons = self.desk.lessons

        def attempt(confirmed: bool, reason: str) -> int:
            if self.lesson_id is None:
                return lessons.add(tutor_ids, school_ids, confirmed=confirmed,
                                   override_reason=reason, **values)
            lessons.update(self.lesson_id, self.scope, tutor_ids, school_ids,
                           confirmed=confirmed, override_reason=reason, **values)
            return self.lesson_id

        if self.save_confirming(attempt):
            QDialog.accept(self)


def lesson_values(desk: Desk, lesson_id: int) -> dict[str, Any]:
    """A stored lesson as the form's values."""
    lesson = desk.lessons.get(lesson_id)
    values = {key: getattr(lesson, key) for key in (
        "title", "topic_id", "school_id", "room", "venue", "online_url", "open_to_all",
        "notes")}
    for key in ("level", "kind", "place_kind", "status"):
        values[key] = getattr(lesson, key).value
    values["capacity"] = "" if lesson.capacity is None else str(lesson.capacity)
    values["day"] = lesson.starts_at.date()
    values["starts"], values["ends"] = lesson.starts_at.time(), lesson.ends_at.time()
    values["tutor_ids"] = [i for i, _name in desk.lessons.tutors_of(lesson_id)]
    values["school_ids"] = [i for i, _name in desk.lessons.schools_of(lesson_id)]
    return values


def next_weekday(today: date) -> date:
    day = today + timedelta(days=1)
    while day.isoweekday() > 5:
        day += timedelta(days=1)
    return day


def edit_lesson(parent: QWidget | None, desk: Desk, lesson_id: int | None = None,
                today: date | None = None, starts_at: datetime | None = None,
                copy_of: int | None = None) -> int | None:
    """Open the lesson form; returns the lesson's id when it was saved.

    ``lesson_id`` edits that lesson; ``copy_of`` plans a copy of that lesson a week later;
    ``starts_at`` plans a new lesson of 90 minutes starting then."""
    today = today or date.today()
    series_id = None
    team: list[tuple[int, str]] = []
    if lesson_id is not None:
        values = lesson_values(desk, lesson_id)
        series_id = desk.lessons.get(lesson_id).series_id
        team = desk.lessons.tutors_of(lesson_id)
        title = tr("Edit {title}").format(title=values["title"])
    elif copy_of is not None:
        values = lesson_values(desk, copy_of)
        values["day"] += timedelta(days=7)
        values["status"] = LessonStatus.PLANNED.value
        team = desk.lessons.tutors_of(copy_of)
        title = tr("Copy of {title} on {day}").format(title=values["title"],
                                                      day=format_date(values["day"]))
    else:
        day = starts_at.date() if starts_at is not None else next_weekday(today)
        values = {"day": day, "starts": starts_at.time() if starts_at else DEFAULT_START,
                  "level": Level.BASIC.value, "kind": LessonKind.TRAINING.value,
                  "place_kind": PlaceKind.SCHOOL.value, "open_to_all": True,
                  "status": LessonStatus.PLANNED.value}
        title = tr("New lesson")
    dialog = LessonDialog(parent, desk, title, values, lesson_id, series_id, team)
    return dialog.result_value if dialog.exec() else None
