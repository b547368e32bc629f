"""After a lesson: who came (present, late, excused, absent), their feedback and a summary.

One row per teacher holding a seat. The keyboard does most of it: P, L, E, A (and N for
"not marked") on the selected row mark it and move to the next; 1–5 give the score, 0
removes it. Save marks attendance in one service call, then saves the feedback.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.attendance import AttendanceSheet, Feedback
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonStatus
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.listing import ListRequest
from coachdesk.ui.dialogs.enrollments_dialog import lesson_place, lesson_when
from coachdesk.ui.formatting import format_datetime
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import ERROR_STYLE

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
TEACHER, SCHOOL, ATTENDANCE, SCORE, COMMENT = range(5)
KEYS = {Qt.Key.Key_P: Attendance.PRESENT, Qt.Key.Key_L: Attendance.LATE,
        Qt.Key.Key_E: Attendance.EXCUSED, Qt.Key.Key_A: Attendance.ABSENT,
        Qt.Key.Key_N: None}
COLORS = {  # a light tint per mark, so that the list reads at a glance
    Attendance.PRESENT: "#e3f4e1",
    Attendance.LATE: "#fff1c7",
    Attendance.EXCUSED: "#e4ecf7",
    Attendance.ABSENT: "#fbe0de",
}
NOTE_STYLE = "color: palette(dark);"


@dataclass(frozen=True)
class AttendanceRow:
    enrollment_id: int
    teacher: str
    school: str
    attendance: Attendance | None
    score: int | None
    comment: str


def _headers() -> list[str]:
    return [tr("Teacher"), tr("School"), tr("Attendance"), tr("Score"), tr("Comment")]


def attendance_choices() -> list[tuple[str, str]]:
    return [(mark.value, mark.label) for mark in Attendance] + [("", tr("not marked"))]


def score_choices() -> list[tuple[int | None, str]]:
    return [(None, tr("no score"))] + [(n, str(n)) for n in range(1, 6)]


class AttendanceModel(QAbstractTableModel):
    """The teachers of one lesson with their marks and feedback, as edited (not saved)."""

    def __init__(self, rows: list[AttendanceRow], parent=None):
        super().__init__(parent)
        self.saved = list(rows)  # as read: what Save compares against
        self.rows = list(rows)
        self._headers = _headers()

    # -- what the dialog calls ------------------------------------------------------------
    def set_attendance(self, row: int, mark: Attendance | None) -> None:
        if 0 <= row < len(self.rows) and self.rows[row].attendance is not mark:
            self.rows[row] = replace(self.rows[row], attendance=mark)
            self._row_changed(row)

    def set_score(self, row: int, score: int | None) -> None:
        if 0 <= row < len(self.rows) and self.rows[row].score != score:
            self.rows[row] = replace(self.rows[row], score=score)
            self._row_changed(row)

    def all_present(self) -> None:
        """Everyone not marked yet is present (the usual start)."""
        for row, item in enumerate(self.rows):
            if item.attendance is None:
                self.set_attendance(row, Attendance.PRESENT)

    def marks(self) -> dict[int, Attendance | None]:
        return {r.enrollment_id: r.attendance for r in self.rows}

    def counts(self) -> dict[Attendance | None, int]:
        found: dict[Attendance | None, int] = {}
        for r in self.rows:
            found[r.attendance] = found.get(r.attendance, 0) + 1
        return found

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COMMENT))

    # -- Qt's side ------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (ATTENDANCE, SCORE, COMMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == ATTENDANCE:
                return item.attendance.value if item.attendance else ""
            if column == SCORE:
                return item.score
            return self._display(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and item.attendance is not None:
            return QBrush(QColor(COLORS[item.attendance]))
        if role == Qt.ItemDataRole.ForegroundRole and item.attendance is not None:
            return QBrush(QColor("#1f1f1f"))  # dark on the light tints in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(item: AttendanceRow, column: int) -> str:
        if column == TEACHER:
            return item.teacher
        if column == SCHOOL:
            return item.school
        if column == ATTENDANCE:
            return item.attendance.label if item.attendance else "—"
        if column == SCORE:
            return "" if item.score is None else str(item.score)
        return item.comment

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not 0 <= index.row() < len(self.rows)):
            return False
        row, column = index.row(), index.column()
        if column == ATTENDANCE:
            self.set_attendance(row, Attendance(value) if value else None)
            return True
        if column == SCORE:
            self.set_score(row, int(value) if value not in (None, "") else None)
            return True
        if column == COMMENT:
            text = "" if value is None else str(value)
            if text != self.rows[row].comment:
                self.rows[row] = replace(self.rows[row], comment=text)
                self._row_changed(row)
            return True
        return False


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of fixed choices for the attendance and score cells."""

    def __init__(self, choices: list[tuple[Any, str]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        combo = QComboBox(parent)
        for data, label in self.choices:
            combo.addItem(label, data)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendanceView(QTableView):
    """P, L, E, A, N mark the current row and move on; 1–5 score it, 0 removes the score."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model: AttendanceModel = self.model()
        current = self.currentIndex()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if current.isValid() and plain and self.state() != self.State.EditingState:
            key = Qt.Key(event.key())
            if key in KEYS:
                model.set_attendance(current.row(), KEYS[key])
                below = model.index(min(current.row() + 1, model.rowCount() - 1),
                                    current.column())
                self.setCurrentIndex(below)
                return
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
                score = int(key) - int(Qt.Key.Key_0)
                model.set_score(current.row(), score or None)
                return
        super().keyPressEvent(event)


class AttendanceDialog(QDialog):
    """Mark attendance and feedback of one lesson. ``now`` is for tests (the service's
    clock otherwise)."""

    def __init__(self, parent: QWidget | None, desk: Desk, lesson_id: int,
                 now: datetime | None = None):
        super().__init__(parent)
        self.desk = desk
        self.lesson_id = lesson_id
        self.now = now
        self.setObjectName("attendance_dialog")
        lesson = self.lesson = desk.lessons.get(lesson_id)
        self.setWindowTitle(tr("Attendance — {title}").format(title=lesson.title))

        title = QLabel(lesson.title, objectName="attendance_title", wordWrap=True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        place = lesson_place(desk, lesson)
        when = QLabel(" · ".join([lesson_when(lesson)] + ([place] if place else [])
                                 + [lesson.status.label]), wordWrap=True)
        self.note_label = QLabel(objectName="attendance_note", wordWrap=True,
                                 styleSheet=NOTE_STYLE)
        self.note_label.hide()
        if lesson.status is not LessonStatus.CANCELLED and lesson.ends_at > (
                now or datetime.now()):
            self.note_label.setText(tr(
                "This lesson has not ended yet (it ends {end}): attendance is marked after "
                "it.").format(end=format_datetime(lesson.ends_at)))
            self.note_label.show()
        self.error_label = QLabel(objectName="attendance_error", wordWrap=True,
                                  styleSheet=ERROR_STYLE)
        self.error_label.hide()

        self.model = AttendanceModel(self._read_rows(), self)
        self.view = AttendanceView(objectName="attendance_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(ATTENDANCE, ChoiceDelegate(attendance_choices(),
                                                                      self.view))
        self.view.setItemDelegateForColumn(SCORE, ChoiceDelegate(score_choices(), self.view))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(ATTENDANCE, max(self.view.columnWidth(ATTENDANCE), 110))
        self.view.setColumnWidth(SCORE, max(self.view.columnWidth(SCORE), 70))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.model.dataChanged.connect(self._show_counts)

        self.empty_label = QLabel(tr("No teacher holds a seat in this lesson: there is no "
                                     "attendance to mark."), wordWrap=True,
                                  styleSheet=NOTE_STYLE)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        hint = QLabel(tr("Keys on the selected row: P present, L late, E excused, A absent, "
                         "N not marked; 1–5 the score, 0 no score. Double-click a cell to "
                         "choose or to write a comment."), wordWrap=True,
                      styleSheet=NOTE_STYLE)
        self.all_present_button = QPushButton(tr("All present"),
                                              objectName="attendance_all_present")
        self.all_present_button.setToolTip(tr("Mark every teacher not marked yet as present"))
        self.all_present_button.clicked.connect(self.model.all_present)
        self.counts_label = QLabel(objectName="attendance_counts")
        tools = QHBoxLayout()
        tools.addWidget(self.all_present_button)
        tools.addSpacing(12)
        tools.addWidget(self.counts_label, 1)

        summary_label = QLabel(tr("&Feedback summary (the lesson as a whole)"))
        self.summary = QPlainTextEdit(lesson.feedback_summary,
                                      objectName="attendance_summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(tr("What the teachers said, in a few sentences"))
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        summary_label.setBuddy(self.summary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(when)
        layout.addWidget(self.note_label)
        layout.addWidget(self.error_label)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(hint)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self._show_counts()
        geometry = settings().value("dialogs/attendance_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(860, 600)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, ATTENDANCE))
            self.view.setFocus()

    def _read_rows(self) -> list[AttendanceRow]:
        source = self.desk.enrollments.enrollments_source()
        request = ListRequest(filters={"lesson_id": self.lesson_id,
                                       "status": EnrollmentStatus.ENROLLED.value},
                              sort_key="teacher")
        ids = source.ids(request)
        keys = [c.key for c in source.columns]
        rows = []
        for enrollment_id, values in zip(ids, source.rows(ids, request), strict=True):
            row = dict(zip(keys, values, strict=True))
            mark = row["attendance"]
            rows.append(AttendanceRow(
                enrollment_id, row["teacher"], row["school"],
                None if mark is None else Attendance(mark), row["feedback_score"],
                row["feedback_comment"] or ""))
        return rows

    def _show_counts(self, *_args) -> None:
        counts = self.model.counts()
        parts = [tr("%n teachers", None, self.model.rowCount())]
        parts += [tr("{n} {mark}").format(n=counts[mark], mark=mark.label.lower())
                  for mark in Attendance if counts.get(mark)]
        if counts.get(None):
            parts.append(tr("{n} not marked").format(n=counts[None]))
        self.counts_label.setText(" · ".join(parts))

    # -- saving -----------------------------------------------------------------------------
    def sheet(self) -> AttendanceSheet:
        """What Save writes: every mark, the feedback that changed, the summary if it did."""
        before = {r.enrollment_id: r for r in self.model.saved}
        feedback = {}
        for r in self.model.rows:
            old = before.get(r.enrollment_id)
            if old is None or (old.score, old.comment) != (r.score, r.comment):
                feedback[r.enrollment_id] = Feedback(r.score, r.comment)
        summary = self.summary.toPlainText()
        changed = summary.strip() != self.lesson.feedback_summary.strip()
        return AttendanceSheet(self.model.marks(), feedback, summary if changed else None)

    def save(self) -> None:
        """The whole sheet in one operation: saved whole, or a refusal shown here."""
        self.view.setFocus()  # an open editor commits its value first
        self.error_label.hide()
        sheet = self.sheet()
        if run_op(self, lambda: self.desk.enrollments.record(self.lesson_id, sheet,
                                                             now=self.now),
                  failure=self._show_error):
            self.accept()

    def _show_error(self, exc: CoachDeskError) -> None:
        self.error_label.setText(str(exc))
        self.error_label.show()

    def done(self, result: int) -> None:
        settings().setValue("dialogs/attendance_dialog/geometry", self.saveGeometry())
        super().done(result)
