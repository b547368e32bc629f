"""Log a visit: done or no-show, teachers reached (a count, and by name if wished),
topics covered, hours spent, whether the school needs a follow-up, and notes; and the
school's ICT situation: the needs noticed at the visit and those it resolved.

Hours spent count towards the tutor's used hours. A visit that has not begun yet cannot
be logged: the refusal is shown at the status.
"""

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_number, format_time, formats
from coachdesk.domain.released_time import day_names
from coachdesk.domain.text import tr
from coachdesk.domain.visits import LOGGED, VisitLog, VisitStatus
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.candidate_dialog import make_searchable, picked_id
from coachdesk.ui.dialogs.new_in_place import offer_topic
from coachdesk.ui.dialogs.visit_dialog import VisitForm
from coachdesk.ui.formatting import format_date
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field

DONE_ONLY = ("teachers_reached", "teacher_ids", "topic_ids", "hours_spent", "new_needs",
             "resolved_need_ids")


def visit_summary(desk: Desk, visit) -> str:
    """"Anna Virtanen at Korson koulu · Tu 2.2.2027 9:00–10:30 · Co-teaching"."""
    schools = dict(desk.schools.choices(include_archived=True))
    starts, ends = visit.starts_at, visit.ends_at
    when = tr("{weekday} {day} {starts}–{ends}").format(
        weekday=day_names()[starts.weekday()][:2], day=format_date(starts.date()),
        starts=format_time(starts), ends=format_time(ends))
    return tr("{tutor} at {school} · {when} · {purpose}").format(
        tutor=desk.tutors.get(visit.tutor_id).name, school=schools.get(visit.school_id, "—"),
        when=when, purpose=visit.purpose.label)


def _hours(minutes: int) -> str:
    """1,5 for 90 minutes: as a decimal field shows hours."""
    return format_number(minutes / 60, 2).rstrip("0").rstrip(formats().decimal_point)


class VisitLogDialog(VisitForm):
    def __init__(self, parent: QWidget | None, desk: Desk, visit_id: int,
                 now: datetime | None = None):
        self._now = now
        visit = desk.visits.get(visit_id)
        self.visit_id = visit_id
        status = visit.status if visit.status in LOGGED else VisitStatus.DONE
        minutes = visit.spent_minutes if visit.spent_minutes is not None else visit.minutes
        values = {"status": status.value,
                  "teachers_reached": visit.teachers_reached,
                  "topic_ids": [i for i, _name in desk.visits.topics_of(visit_id)],
                  "hours_spent": _hours(minutes), "follow_up": visit.follow_up,
                  "notes": visit.notes}
        fields = [
            Field("status", tr("What happened"), "choice",
                  [(s.value, tr("Done") if s is VisitStatus.DONE
                    else tr("No-show: the visit did not take place")) for s in LOGGED]),
            Field("teachers_reached", tr("Teachers reached"), "count",
                  placeholder=tr("e.g. 6")),
            Field("teacher_ids", tr("Teachers by name"), "text"),
            Field("hours_spent", tr("Hours spent"), "decimal", placeholder=tr("e.g. 1,5")),
            Field("follow_up", tr("Follow-up needed"), "checkbox"),
            Field("notes", tr("Notes"), "multiline"),
            Field("topic_ids", tr("Topics covered"), "checklist", desk.topics.choices()),
            Field("new_needs", tr("Needs noticed"), "multiline"),
        ]
        open_needs = desk.situations.open_needs(visit.school_id)
        if open_needs:  # the school's needs the visit may have resolved
            fields.append(Field("resolved_need_ids", tr("Needs resolved"),
                                "checklist", open_needs))
        super().__init__(parent, desk, tr("Log the visit"), fields, values, "visit_log_dialog")
        self.set_save_text(tr("Save log"))
        self.editors["follow_up"].setText(tr("The school needs another visit"))
        offer_topic(self, desk, "topic_ids")

        heading = QLabel(objectName="visit_log_summary", wordWrap=True)
        heading.setText("<b>" + escape(visit_summary(desk, visit)) + "</b>")
        self.layout().insertWidget(0, heading)

        # the teachers by name: a searchable picker, Add, and the list with Remove
        line = self.editors["teacher_ids"]
        cell = self._cell("teacher_ids")
        cell.layout().removeWidget(line)
        line.deleteLater()
        self.teacher_picker = QComboBox(objectName="visit_log_teacher_picker")
        for teacher_id, name in desk.teachers.choices():
            self.teacher_picker.addItem(name, teacher_id)
        make_searchable(self.teacher_picker, tr("Type a name to search"))
        self.teacher_picker.setCurrentIndex(-1)
        self.teacher_picker.lineEdit().returnPressed.connect(self.add_teacher)
        add = QPushButton(tr("Add"), objectName="visit_log_add_teacher", autoDefault=False)
        add.clicked.connect(self.add_teacher)
        self.teachers = QListWidget(objectName="field_teacher_ids")
        self.teachers.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        remove = QPushButton(tr("Remove"), objectName="visit_log_remove_teacher",
                             autoDefault=False)
        remove.clicked.connect(self.remove_teacher)
        QShortcut(QKeySequence.StandardKey.Delete, self.teachers, self.remove_teacher)
        pick_row = QHBoxLayout()
        pick_row.setContentsMargins(0, 0, 0, 0)
        pick_row.addWidget(self.teacher_picker, 1)
        pick_row.addWidget(add)
        list_row = QHBoxLayout()
        list_row.setContentsMargins(0, 0, 0, 0)
        list_row.addWidget(self.teachers, 1)
        list_row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(pick_row)
        box.addLayout(list_row)
        cell.layout().insertLayout(0, box)
        self.editors["teacher_ids"] = self.teachers
        self.teacher_box = (self.teacher_picker, add, self.teachers, remove)
        for teacher_id, name in desk.visits.teachers_of(visit_id):
            self._add_item(teacher_id, name)
        self.editors["new_needs"].setPlaceholderText(
            tr("One need a line, e.g. Teams assignments for the teachers of grade 7"))
        self.editors["teachers_reached"].setToolTip(
            tr("Everyone the visit reached; the teachers named below count as at least that "
               "many."))

        self.editors["status"].currentIndexChanged.connect(self._status_chosen)
        self._status_chosen()
        if settings().value("dialogs/visit_log_dialog/geometry") is None:
            self.resize(820, self.sizeHint().height())

    def now(self) -> datetime:
        return self._now or datetime.now()

    # -- teachers -------------------------------------------------------------------------
    def _add_item(self, teacher_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, teacher_id)
        self.teachers.addItem(item)

    def teacher_ids(self) -> list[int]:
        return [self.teachers.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.teachers.count())]

    def add_teacher(self) -> None:
        """Add the teacher picked (or typed) to the list of those reached."""
        try:
            teacher_id = picked_id(self.teacher_picker)
        except ValidationError as exc:
            self.show_errors({"teacher_ids": exc.errors["teacher_id"].replace(
                tr(", or empty the box to add a new person"), "")})
            return
        self.show_errors({})
        if teacher_id is not None and teacher_id not in self.teacher_ids():
            self._add_item(teacher_id, self.teacher_picker.itemText(
                self.teacher_picker.findData(teacher_id)))
        self.teacher_picker.setCurrentIndex(-1)
        self.teacher_picker.clearEditText()
        named = self.teachers.count()
        reached = self.editors["teachers_reached"]
        if reached.text().strip().isdigit() and int(reached.text()) < named:
            reached.setText(str(named))

    def remove_teacher(self) -> None:
        row = self.teachers.currentRow()
        if row >= 0:
            self.teachers.takeItem(row)

    # -- values ---------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        if key == "teacher_ids":
            return self.teacher_ids()
        return super().value(key)

    def _status_chosen(self) -> None:
        done = self.value("status") == VisitStatus.DONE.value
        for key in DONE_ONLY:
            if key != "teacher_ids" and key in self.editors:
                self.editors[key].setEnabled(done)
        for widget in self.teacher_box:
            widget.setEnabled(done)

    def log(self, values: dict[str, Any]) -> VisitLog:
        """The log of the form's ``values`` (counts and hours read); a no-show reached
        no one and used no hours."""
        status = VisitStatus(values["status"])
        done = status is VisitStatus.DONE
        needs = tuple(line.strip() for line in values["new_needs"].splitlines()
                      if line.strip())
        return VisitLog(status, values["teachers_reached"] if done else None,
                        tuple(values["teacher_ids"]) if done else (),
                        tuple(values["topic_ids"]), values["hours_spent"] if done else None,
                        values["follow_up"], values["notes"], needs if done else (),
                        tuple(values.get("resolved_need_ids") or ()) if done else ())

    def accept(self) -> None:
        log = self.read(self.log)
        if log is None:
            return
        visits, visit_id, now = self.desk.visits, self.visit_id, self.now()

        def save(_confirmed: bool, _reason: str) -> int:
            visits.log(visit_id, log, now)
            return visit_id

        if self.save_confirming(save):
            QDialog.accept(self)


def log_visit(parent: QWidget | None, desk: Desk, visit_id: int,
              now: datetime | None = None) -> int | None:
    """Open the log form; returns the visit's id once the log was saved."""
    visit = desk.visits.get(visit_id)
    if visit.status is VisitStatus.CANCELLED:
        messages.error(parent, tr("A cancelled visit has nothing to log."))
        return None
    dialog = VisitLogDialog(parent, desk, visit_id, now)
    return dialog.result_value if dialog.exec() else None
