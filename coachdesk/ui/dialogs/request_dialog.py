"""A school's request for a tutor: who asked, what for, how long, which topics, and the
days and hours the school prefers (rows of first day, last day, from and until)."""

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.requests import AskedBy, PreferredTime, RequestDraft, Urgency
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitPurpose
from coachdesk.services import Desk
from coachdesk.ui.dialogs.new_in_place import offer_school, offer_topic
from coachdesk.ui.dialogs.visit_dialog import VisitForm
from coachdesk.ui.formatting import FINNISH_DATE
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.booking_form import next_weekday, time_edit
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import ERROR_STYLE, Field

WINDOW_DAYS = 14  # a new preferred time spans two weeks
REQUEST_KEYS = ("school_id", "received_on", "asked_by", "asked_by_name", "purpose",
                "minutes", "teachers_count", "urgency", "description")


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(FINNISH_DATE)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    edit.setMinimumWidth(110)
    return edit


class WindowsEditor(QWidget):
    """Preferred times as rows: first day – last day, from – until, with ✕ to remove."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.rows: list[tuple[QDateEdit, QDateEdit, QTimeEdit, QTimeEdit, QToolButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        for column, text in enumerate((tr("First day"), tr("Last day"), tr("From"),
                                       tr("Until"))):
            self.grid.addWidget(QLabel(text, styleSheet="color: palette(dark);"), 0, column)
        self.grid.setColumnStretch(5, 1)
        self.empty = QLabel(tr("No preferred times: tutors are proposed for the next four "
                               "weeks."), wordWrap=True, styleSheet="color: palette(dark);")
        self.add_button = QPushButton(tr("Add preferred time"), objectName="windows_add",
                                      autoDefault=False)
        self.add_button.clicked.connect(lambda: self.add_row())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.grid)
        box.addWidget(self.empty)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box.addLayout(add_row)
        self._update_empty()

    def add_row(self, first_day: date | None = None, last_day: date | None = None,
                starts: time = time(8, 0), ends: time = time(12, 0)) -> None:
        first = first_day or next_weekday(self.today)
        last = last_day or first + timedelta(days=WINDOW_DAYS - 1)
        row = (_date_edit(first), _date_edit(last), time_edit(starts, "window_starts"),
               time_edit(ends, "window_ends"),
               QToolButton(text="✕", toolTip=tr("Remove this preferred time")))
        number = len(self.rows)
        for column, widget in enumerate(row):
            widget.setObjectName(f"window_{number}_{column}")
            self.grid.addWidget(widget, len(self.rows) + 1, column)
        row[0].dateChanged.connect(self._first_moved)
        for widget in row[:2]:
            widget.dateChanged.connect(self.changed)
        for widget in row[2:4]:
            widget.timeChanged.connect(self.changed)
        row[4].clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        self.rows.append(row)
        self._update_empty()
        self.changed.emit()

    def remove_row(self, index: int) -> None:
        for widget in self.rows.pop(index):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        for number, row in enumerate(self.rows):  # close the gap
            for column, widget in enumerate(row):
                self.grid.addWidget(widget, number + 1, column)
        self._update_empty()
        self.changed.emit()

    def _first_moved(self) -> None:
        """A first day after the last one brings the last day along."""
        for first, last, *_rest in self.rows:
            if last.date() < first.date():
                last.setDate(first.date())

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def windows(self) -> tuple[PreferredTime, ...]:
        return tuple(PreferredTime(first.date().toPython(), last.date().toPython(),
                                   starts.time().toPython(), ends.time().toPython())
                     for first, last, starts, ends, _remove in self.rows)


class RequestDialog(VisitForm):
    def __init__(self, parent: QWidget | None, desk: Desk, title: str, values: dict[str, Any],
                 request_id: int | None = None, today: date | None = None,
                 edited: Edited | None = None):
        self.today = today or date.today()
        schools = desk.schools.choices()
        fields = [
            Field("school_id", tr("School"), "choice",
                  [(None, tr("— choose a school —")), *schools], required=True),
            Field("received_on", tr("Received"), "date"),
            Field("asked_by", tr("Who asked"), "choice", [(a.value, a.label) for a in AskedBy]),
            Field("asked_by_name", tr("Name"), placeholder=tr("e.g. Principal Liisa Laine")),
            Field("purpose", tr("Purpose"), "choice",
                  [(p.value, p.label) for p in VisitPurpose]),
            Field("minutes", tr("Length in minutes"), "count", placeholder="90"),
            Field("teachers_count", tr("Number of teachers"), "count",
                  placeholder=tr("e.g. 12")),
            Field("urgency", tr("Urgency"), "choice", [(u.value, u.label) for u in Urgency]),
            Field("description", tr("Description"), "multiline"),
            Field("topic_ids", tr("Topics"), "checklist", desk.topics.choices()),
        ]
        super().__init__(parent, desk, title, fields, values, "request_dialog", edited=edited)
        self.request_id = request_id

        self.windows_editor = WindowsEditor(self.today)
        self.windows_editor.setObjectName("field_windows")
        group = QGroupBox(tr("Preferred times"))
        box = QVBoxLayout(group)
        box.addWidget(self.windows_editor)
        error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="error_windows")
        error.hide()
        box.addWidget(error)
        self.errors["windows"] = error
        self.editors["windows"] = self.windows_editor
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.columns) + 1, group)
        self.show_windows(values.get("windows", []))
        offer_school(self, desk, "school_id")
        offer_topic(self, desk, "topic_ids")
        if settings().value("dialogs/request_dialog/geometry") is None:
            self.resize(820, self.sizeHint().height())

    def show_windows(self, windows: list[dict[str, Any]]) -> None:
        while self.windows_editor.rows:
            self.windows_editor.remove_row(0)
        for window in windows:
            self.windows_editor.add_row(**window)

    def show_values(self, values: dict[str, Any]) -> None:
        """A request's values, its preferred times among them."""
        super().show_values({key: value for key, value in values.items() if key != "windows"})
        self.show_windows(values.get("windows", []))

    def draft(self, values: dict[str, Any]) -> RequestDraft:
        """The request of the form's ``values`` (counts read; no length written: 90
        minutes) with its preferred times."""
        return RequestDraft(
            values["school_id"], values["received_on"], AskedBy(values["asked_by"]),
            values["asked_by_name"], VisitPurpose(values["purpose"]),
            90 if values["minutes"] is None else values["minutes"], values["teachers_count"],
            values["description"], Urgency(values["urgency"]),
            self.windows_editor.windows(), tuple(values["topic_ids"]))

    def accept(self) -> None:
        draft = self.read(self.draft)
        if draft is None:
            return
        requests, request_id = self.desk.requests, self.request_id

        def save(_confirmed: bool, _reason: str) -> int:
            if request_id is None:
                return requests.add(draft)
            requests.update(request_id, draft)
            return request_id

        if self.save_confirming(save):
            QDialog.accept(self)


def request_values(draft: RequestDraft) -> dict[str, Any]:
    """What the form shows of a request."""
    values = {key: getattr(draft, key) for key in REQUEST_KEYS}
    for key in ("asked_by", "purpose", "urgency"):
        values[key] = values[key].value
    values["topic_ids"] = list(draft.topic_ids)
    values["windows"] = [{"first_day": w.first_day, "last_day": w.last_day,
                          "starts": w.starts, "ends": w.ends} for w in draft.windows]
    return values


def edit_request(parent: QWidget | None, desk: Desk, request_id: int | None = None,
                 today: date | None = None) -> int | None:
    """Open the request form; returns the request's id once saved, None if cancelled."""
    today = today or date.today()
    edited = None
    if request_id is None:
        values: dict[str, Any] = {"received_on": today, "asked_by": AskedBy.PRINCIPAL.value,
                                  "purpose": VisitPurpose.CO_TEACHING.value,
                                  "urgency": Urgency.NORMAL.value, "minutes": 90}
        title = tr("New request")
    else:
        edited = Edited(desk.versions, RecordKind.REQUEST, request_id,
                        lambda: request_values(desk.requests.draft(request_id)))
        values = edited.values()
        title = tr("Edit the request")
    dialog = RequestDialog(parent, desk, title, values, request_id, today, edited)
    return dialog.result_value if dialog.exec() else None
