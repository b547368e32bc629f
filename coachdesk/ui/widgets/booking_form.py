"""What the lesson and visit forms share.

A second column for the long lists, error labels for the service's keys that have no
field of their own, the date with its start and end times in one row, live conflict
warnings, reading the values as a draft (every mistake named at once), and saving that
asks for a reason when there are conflicts.
"""

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from coachdesk.domain.errors import ChangedMeanwhile, CoachDeskError, ValidationError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs import conflicts_dialog
from coachdesk.ui.dialogs.conflicts_dialog import WARNING_STYLE, conflicts_html
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import ERROR_STYLE, Field, FormDialog, problems_of

D = TypeVar("D")

CHECK_DELAY_MS = 400  # wait for a pause in the changes before asking about conflicts
OK_STYLE = "color: #2e6b30; padding: 6px;"
HINT_STYLE = "color: palette(dark); padding: 6px;"
LIST_LINES = 11  # a checklist in the second column shows about this many names


def time_edit(value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute), objectName=name)
    edit.setDisplayFormat("H:mm")
    edit.setMinimumWidth(80)
    return edit


def next_weekday(today: date) -> date:
    day = today + timedelta(days=1)
    while day.isoweekday() > 5:
        day += timedelta(days=1)
    return day


def length_text(minutes: int) -> str:
    """The length beside the times: "(1 h 30 min)", "(45 min)", "" for none."""
    if minutes <= 0:
        return ""
    if minutes < 60:
        return tr("({m} min)").format(m=minutes)
    return tr("({h} h {m:02d} min)").format(h=minutes // 60, m=minutes % 60)


class BookingForm(FormDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, title: str, fields: list[Field],
                 values: dict[str, Any], name: str, side_keys: Sequence[str] = (),
                 edited: Edited | None = None):
        """``edited``: the record edited (saved only at the version read)."""
        super().__init__(parent, title, fields, values, lambda _fields: None, name,
                         edited=edited)
        self.desk = desk
        outer = self.layout()
        self.form = next(outer.itemAt(i).layout() for i in range(outer.count())
                         if isinstance(outer.itemAt(i).layout(), QFormLayout))
        # the long lists in a column of their own, their labels above them
        self.side_form = QFormLayout()
        self.side_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in side_keys:
            row, _role = self.form.getWidgetPosition(self._cell(key))
            taken = self.form.takeRow(row)
            label, editor = taken.labelItem.widget(), self.editors[key]
            if isinstance(editor, QCheckBox):  # the box says it itself
                editor.setText(label.text())
                label.hide()
            if isinstance(editor, QListWidget):
                editor.setMaximumHeight(self.fontMetrics().lineSpacing() * LIST_LINES + 8)
            self.side_form.addRow(label, taken.fieldItem.widget())
        position = outer.indexOf(self.form)
        outer.removeItem(self.form)
        self.columns = QHBoxLayout()
        for form, stretch in ((self.form, 3), (self.side_form, 2)):
            column = QVBoxLayout()  # rows keep their height; room left over goes below
            column.addLayout(form)
            column.addStretch(1)
            if self.columns.count():
                self.columns.addSpacing(12)
            self.columns.addLayout(column, stretch)
        outer.insertLayout(position, self.columns)

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

    def on_change(self, slot: Callable[[], None], keys: Sequence[str]) -> None:
        """Call ``slot`` when any of the fields ``keys`` changes. The signal's value is
        not passed on: given a combo's index, ``QTimer.start`` would take it for its
        interval and the delay would be lost."""
        def call(*_value: object) -> None:
            slot()

        for key in keys:
            editor = self.editors[key]
            if isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(call)
            elif isinstance(editor, QLineEdit):
                editor.textChanged.connect(call)
            elif isinstance(editor, QListWidget):
                editor.itemChanged.connect(call)
            elif isinstance(editor, QCheckBox):
                editor.toggled.connect(call)
            elif isinstance(editor, QDateEdit):
                editor.dateChanged.connect(call)
            elif isinstance(editor, QTimeEdit):
                editor.timeChanged.connect(call)

    def set_save_text(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(text)

    # -- the date and its times -----------------------------------------------------------
    def put_times_beside(self, day_key: str, starts: time, ends: time, name: str) -> None:
        """The date, start and end in one row: "12.3.2027  14:30 – 16:00 (1 h 30 min)"."""
        self.starts = time_edit(starts, "field_starts")
        self.ends = time_edit(ends, "field_ends")
        day = self.editors[day_key]
        cell = self._cell(day_key)
        cell.layout().removeWidget(day)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(day)
        when.addSpacing(8)
        when.addWidget(self.starts)
        when.addWidget(QLabel("–"))
        when.addWidget(self.ends)
        self.length = QLabel(styleSheet="color: palette(dark);", objectName=f"{name}_length")
        when.addWidget(self.length)
        when.addStretch(1)
        cell.layout().insertLayout(0, when)
        self.error_label("starts_at", self.starts, day_key)
        self.error_label("ends_at", self.ends, day_key)
        self.starts.timeChanged.connect(self._start_moved)
        self.ends.timeChanged.connect(self._show_length)
        self._previous_start = self.starts.time()
        self._show_length()

    def times_on(self, day: date | None) -> tuple[datetime | None, datetime | None]:
        if day is None:
            return None, None
        return (datetime.combine(day, self.starts.time().toPython()),
                datetime.combine(day, self.ends.time().toPython()))

    def _start_moved(self) -> None:
        """Moving the start keeps the length: the end moves with it."""
        moved = self._previous_start.secsTo(self.starts.time())
        self._previous_start = self.starts.time()
        if moved:
            self.ends.setTime(self.ends.time().addSecs(moved))
        self._show_length()

    def _show_length(self) -> None:
        self.length.setText(length_text(self.starts.time().secsTo(self.ends.time()) // 60))

    def show_values(self, values: dict[str, Any]) -> None:
        """A record's values, its start and end times among them."""
        values = dict(values)
        starts, ends = values.pop("starts", None), values.pop("ends", None)
        super().show_values(values)
        if starts is not None:  # the start first: moving it moves the end along
            self.starts.setTime(QTime(starts.hour, starts.minute))
        if ends is not None:
            self.ends.setTime(QTime(ends.hour, ends.minute))

    # -- live conflict warnings -----------------------------------------------------------
    def watch_conflicts(self, name: str, keys: Sequence[str]) -> None:
        """A warning area above the buttons, checked a moment after any of ``keys``
        changes (by ``check_conflicts``, which the form defines)."""
        self.warnings = QLabel(objectName=name, wordWrap=True)
        self.warnings.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.buttons), self.warnings)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_conflicts)
        self.on_change(self._check_timer.start, keys)
        self.check_conflicts()

    def check_conflicts(self) -> list[str]:
        raise NotImplementedError

    def show_conflicts(self, found: list[Conflict] | None, text: str,
                       heading: str = "") -> list[str]:
        """Conflicts in amber under ``heading``; or ``text`` in green when the check found
        none (``found == []``), in grey when it could not run yet (``None``)."""
        if found:
            self.warnings.setStyleSheet(WARNING_STYLE)
            self.warnings.setText("<b>" + escape(heading) + "</b>" + conflicts_html(found))
            return [c.message for c in found]
        self.warnings.setStyleSheet(OK_STYLE if found == [] else HINT_STYLE)
        self.warnings.setText(escape(text))
        return []

    # -- saving ---------------------------------------------------------------------------
    def read(self, make: Callable[[dict[str, Any]], D],
             missing: dict[str, str] | None = None) -> D | None:
        """The form's values as the draft ``make`` builds of them (counts and decimals
        read), or None when something is wrong: then every mistake is shown at once, those
        that cannot be read, those the draft's own check names and ``missing`` (what the
        form itself knows is not there yet)."""
        values, unreadable = self.converted()
        errors = {**problems_of(make)({**values, **dict.fromkeys(unreadable)}), **unreadable,
                  **(missing or {})}
        self.show_errors(errors)
        return None if errors else make(values)

    def ask_reason(self, conflicts: Sequence[Conflict], what: str) -> str | None:
        return conflicts_dialog.ask_reason(self, conflicts, what)

    def save_confirming(self, op: Callable[[bool, str], Any], what: str = "") -> bool:
        """Run ``op(confirmed, reason)`` (service calls) as an operation; on conflicts ask
        for the reason and run it again. Errors are shown beside their fields. True when
        it was saved."""
        self.show_errors({})
        confirmed, reason = False, ""
        while True:
            def call(go: bool = confirmed, why: str = reason) -> Any:
                return op(go, why)
            try:  # the record edited is saved only at the version the form read
                self.result_value = perform(call if self._edited is None
                                            else self._edited.op(call))
                return True
            except ChangedMeanwhile as exc:
                self.show_changed_meanwhile(exc)
                return False
            except ConflictsFound as exc:
                answer = self.ask_reason(exc.conflicts, what)
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
