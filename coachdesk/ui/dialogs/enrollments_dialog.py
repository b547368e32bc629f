"""The teachers of one lesson: enroll (a seat or the waitlist), cancel, and who moved up."""

from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.formats import format_number, format_time
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.lessons import EnrollmentStatus, Lesson, LessonStatus, PlaceKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import looks
from coachdesk.ui.dialogs.candidate_dialog import make_searchable, picked_id
from coachdesk.ui.formatting import format_date, format_datetime
from coachdesk.ui.operations import operations, run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import ERROR_STYLE
from coachdesk.ui.widgets.list_panel import ListPanel

DONE_STYLE = "color: #1b6e2a;"  # a seat: good news
WAIT_STYLE = "color: #7a4b00;"  # the waitlist: worth a second look
NOTE_STYLE = "color: palette(dark);"
MOVED_UP_STYLE = "background-color: #fff1c7; color: #4a3200; padding: 6px; border-radius: 3px;"
SHOW_CANCELLED_KEY = "enrollments/show_cancelled"


def _weekday(day) -> str:
    names = (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))
    return names[day.weekday()]


def lesson_when(lesson: Lesson) -> str:
    """"Wed 14.10.2026 14:30–16:00" (the end's date too when it is another day)."""
    start, end = lesson.starts_at, lesson.ends_at
    if end.date() == start.date():
        return (f"{_weekday(start)} {format_date(start.date())} "
                f"{format_time(start)}–{format_time(end)}")
    return f"{_weekday(start)} {format_datetime(start)} – {format_datetime(end)}"


def lesson_place(desk: Desk, lesson: Lesson) -> str:
    if lesson.place_kind is PlaceKind.SCHOOL and lesson.school_id is not None:
        school = dict(desk.schools.choices(include_archived=True)).get(lesson.school_id, "")
        return f"{school}, {lesson.room}" if lesson.room else school
    if lesson.place_kind is PlaceKind.VENUE:
        return lesson.venue or PlaceKind.VENUE.label
    if lesson.place_kind is PlaceKind.ONLINE:
        return PlaceKind.ONLINE.label + (f" ({lesson.online_url})" if lesson.online_url else "")
    return ""


def fill_text(desk: Desk, lesson_id: int) -> str:
    """"12 / 20 enrolled · 3 waiting", "12 / 20 enrolled · 8 seats free", "5 enrolled"."""
    fill = desk.enrollments.fill(lesson_id)
    if fill.capacity is None:
        parts = [tr("{enrolled} enrolled (no limit)").format(enrolled=fill.enrolled)]
    else:
        parts = [tr("{enrolled} / {capacity} enrolled").format(
            enrolled=fill.enrolled, capacity=fill.capacity)]
    if fill.waitlisted:
        parts.append(tr("{n} waiting").format(n=fill.waitlisted))
    elif fill.free:
        parts.append(tr("%n seats free", None, fill.free))
    elif fill.capacity is not None:
        parts.append(tr("full"))
    if fill.average_score is not None:
        parts.append(tr("feedback {score} / 5").format(
            score=format_number(fill.average_score, 1)))
    return " · ".join(parts)


def _only_local_return(panel: ListPanel) -> None:
    """The list's Enter shortcut works in its table only: in this dialog Enter enrolls."""
    for shortcut in panel.view.findChildren(QShortcut):
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)


class EnrollmentsDialog(QDialog):
    """Who is in the lesson, on its waitlist or cancelled; enroll and cancel here.

    ``now`` is for tests: the time the service calls record (default: the clock's).
    """

    def __init__(self, parent: QWidget | None, desk: Desk, lesson_id: int,
                 now: datetime | None = None):
        super().__init__(parent)
        self.desk = desk
        self.lesson_id = lesson_id
        self.now = now
        self.setObjectName("enrollments_dialog")
        self.lesson = desk.lessons.get(lesson_id)
        self.series = desk.lessons.series_of(lesson_id)
        self.setWindowTitle(tr("Enrollments — {title}").format(title=self.lesson.title))

        # -- the lesson ---------------------------------------------------------------------
        self.title_label = QLabel(objectName="enrollments_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.when_label = QLabel(objectName="enrollments_when")
        self.when_label.setWordWrap(True)
        self.when_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fill_label = QLabel(objectName="enrollments_fill")
        bold = self.fill_label.font()
        bold.setBold(True)
        self.fill_label.setFont(bold)

        # -- enrolling ----------------------------------------------------------------------
        self.teacher_picker = QComboBox(objectName="enrollments_teacher")
        self.teacher_picker.setMinimumContentsLength(30)
        self.teacher_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        make_searchable(self.teacher_picker, tr("Type a teacher's name or school…"))
        self.reload_teachers()
        # Enter in the box enrolls, once: the line edit passes an ignored Return on to the
        # combo, which hands it back, so returnPressed would fire twice.
        self.teacher_picker.lineEdit().installEventFilter(self)
        picker_label = QLabel(tr("&Teacher"))
        picker_label.setBuddy(self.teacher_picker)
        self.enroll_button = QPushButton(tr("Enroll"), objectName="enrollments_enroll")
        self.enroll_button.setToolTip(tr("Give the teacher a seat, or a place on the "
                                         "waitlist when the lesson is full (Enter)"))
        self.enroll_button.clicked.connect(self.enroll)
        self.series_button = QPushButton(tr("Enroll in the whole series"),
                                         objectName="enrollments_series")
        self.series_button.setToolTip(tr("Enroll the teacher in every lesson of this series "
                                         "that has not started yet"))
        self.series_button.clicked.connect(self.enroll_series)
        self.series_button.setVisible(self.series is not None)
        picker_row = QHBoxLayout()
        picker_row.addWidget(picker_label)
        picker_row.addWidget(self.teacher_picker, 1)
        picker_row.addWidget(self.enroll_button)
        picker_row.addWidget(self.series_button)
        self.error_label = QLabel(objectName="enrollments_error", wordWrap=True,
                                  styleSheet=ERROR_STYLE)
        self.error_label.hide()
        self.result_label = QLabel(objectName="enrollments_result", wordWrap=True)
        self.result_label.hide()

        # -- who moved up -------------------------------------------------------------------
        self.moved_up_label = QLabel(objectName="enrollments_moved_up", wordWrap=True,
                                     styleSheet=MOVED_UP_STYLE)
        self.moved_up_label.setTextFormat(Qt.TextFormat.RichText)
        self.moved_up_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.moved_up_label.hide()

        # -- the list -----------------------------------------------------------------------
        self.list = ListPanel(
            desk.enrollments.enrollments_source(),
            "enrollments",
            lambda n: tr("Teachers: {n}").format(n=n),
            tr("No one has enrolled yet. Type a teacher's name or school above and press "
               "Enter."),
            columns=looks(
                teacher=tr("Teacher"), school=tr("School"), status=tr("Status"),
                place=tr("Place in queue"), enrolled_at=tr("Enrolled"),
                promoted_at=tr("Moved up"), attendance=tr("Attendance"),
                feedback_score=tr("Score"), feedback_comment=tr("Comment")),
        )
        _only_local_return(self.list)
        self.list.set_filter("lesson_id", lesson_id)
        self.show_cancelled = QCheckBox(tr("Show cancelled"), objectName="enrollments_cancelled")
        self.show_cancelled.setChecked(settings().value(SHOW_CANCELLED_KEY, False, type=bool))
        self.show_cancelled.toggled.connect(self._cancelled_toggled)
        self.list.add_control(self.show_cancelled)
        self.list.set_filter("cancelled", self.show_cancelled.isChecked())
        self.list.selection_changed.connect(self._update_buttons)
        self.list.model.modelReset.connect(self._update_buttons)
        self.list.view.setMinimumHeight(220)

        self.cancel_button = QPushButton(tr("Cancel enrollment…"),
                                         objectName="enrollments_cancel")
        self.cancel_button.setToolTip(tr("Cancel the chosen teacher's enrollment; the first "
                                         "teacher on the waitlist moves up (Delete)"))
        self.cancel_button.clicked.connect(self.cancel_enrollment)
        self.list.view.installEventFilter(self)  # Delete cancels the chosen enrollment
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.enroll_button, self.series_button, self.cancel_button,
                       *buttons.buttons()):
            button.setAutoDefault(False)  # Enter enrolls; it never closes the dialog

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.fill_label)
        layout.addSpacing(6)
        layout.addLayout(picker_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.moved_up_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

        self._show_lesson()
        first_time = not settings().contains("lists/enrollments/header")
        self.list.start()
        if first_time:  # seats, then the waitlist in queue order, then the cancelled
            self.list.view.sortByColumn(self._column("status"), Qt.SortOrder.AscendingOrder)
        # Before the lesson, the queue matters; after it, what happened.
        after = self.lesson.status is LessonStatus.HELD
        for key in ("attendance", "feedback_score", "feedback_comment"):
            self.list.show_column(key, after)
        self.list.show_column("place", not after)
        self._show_moved_up()
        self._update_buttons()
        geometry = settings().value("dialogs/enrollments_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(920, 620)
        self.teacher_picker.setFocus()
        # What an operation here or elsewhere changes in the lesson shows at once.
        operations().did_execute.connect(self._on_changes)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.teacher_picker.lineEdit()
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.enroll()
            return True
        if (watched is self.list.view and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.cancel_enrollment()
            return True
        return super().eventFilter(watched, event)

    # -- reading ----------------------------------------------------------------------------
    def reload_teachers(self) -> None:
        combo = self.teacher_picker
        combo.blockSignals(True)
        combo.clear()
        for teacher_id, label in self.desk.teachers.choices():
            combo.addItem(label, teacher_id)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)

    def _show_lesson(self) -> None:
        lesson = self.lesson = self.desk.lessons.get(self.lesson_id)
        self.title_label.setText(lesson.title)
        place = lesson_place(self.desk, lesson)
        details = [lesson_when(lesson)] + ([place] if place else []) + [lesson.status.label]
        self.when_label.setText(" · ".join(details))
        self.fill_label.setText(fill_text(self.desk, self.lesson_id))
        closed = lesson.status in (LessonStatus.HELD, LessonStatus.CANCELLED)
        for widget in (self.teacher_picker, self.enroll_button, self.series_button):
            widget.setEnabled(not closed)
        if closed:
            self._say(tr("The lesson was cancelled: no one can enroll.")
                      if lesson.status is LessonStatus.CANCELLED
                      else tr("The lesson has been held: no one can enroll any more. Mark "
                              "attendance instead."), NOTE_STYLE)

    def _show_moved_up(self) -> None:
        promotions = self.desk.enrollments.promotions(self.lesson_id)
        if not promotions:
            self.moved_up_label.hide()
            return
        lines = []
        for p in promotions:
            line = f"<b>{escape(p.teacher_name)}</b>, {escape(p.school_name)}"
            if p.email:
                line += f" · {escape(p.email)}"
            line += " · " + escape(tr("moved up {when}").format(
                when=format_datetime(p.promoted_at)))
            lines.append(line)
        heading = escape(tr("Moved up from the waitlist — tell them they have a seat:"))
        self.moved_up_label.setText(f"{heading}<br>" + "<br>".join(lines))
        self.moved_up_label.show()

    def _column(self, key: str) -> int:
        model = self.list.model
        return next(i for i in range(model.columnCount()) if model.column_key(i) == key)

    def refresh(self) -> None:
        self._show_lesson()
        self.list.refresh()
        self._show_moved_up()

    def _on_changes(self, changes: Changes, _initiator: object = None) -> None:
        if self.isVisible() and changes.touches(self.list.kinds | {RecordKind.LESSON}):
            self.refresh()

    # -- enrolling --------------------------------------------------------------------------
    def _picked_teacher(self) -> int | None:
        """The teacher chosen, or None after saying what to choose."""
        text = self.teacher_picker.currentText().strip()
        try:
            teacher_id = picked_id(self.teacher_picker)
        except ValidationError:
            teacher_id, problem = None, tr(
                "No teacher matches “{text}”. Pick one from the list that opens as you "
                "type.").format(text=text)
        else:
            problem = tr("Choose the teacher to enroll.")
        if teacher_id is None:
            self._show_error(ValidationError({"teacher_id": problem}))
        return teacher_id

    def enroll(self) -> None:
        self._clear_messages()
        teacher_id = self._picked_teacher()
        if teacher_id is None:
            return
        done = run_op(self, lambda: self.desk.enrollments.enroll(
            self.lesson_id, teacher_id, now=self.now), failure=self._show_error)
        if not done:
            return
        status = done.value
        name = self.desk.teachers.get(teacher_id).name
        if status is EnrollmentStatus.ENROLLED:
            self._say(tr("{name} has a seat.").format(name=name), DONE_STYLE)
        else:
            waiting = self.desk.enrollments.fill(self.lesson_id).waitlisted
            self._say(tr("The lesson is full: {name} is on the waitlist, number {place} in "
                         "line. They move up when a seat frees.").format(
                name=name, place=waiting), WAIT_STYLE)
        self._after_enrolling(teacher_id)

    def enroll_series(self) -> None:
        if self.series is None:
            return
        self._clear_messages()
        teacher_id = self._picked_teacher()
        if teacher_id is None:
            return
        series_id = self.series.id
        outcome = run_op(self, lambda: self.desk.enrollments.enroll_series(
            series_id, teacher_id, now=self.now), failure=self._show_error)
        if not outcome:
            return
        done = outcome.value
        name = self.desk.teachers.get(teacher_id).name
        parts = [tr("{name} is in %n lessons of the series", None, done.total).format(name=name)]
        if done.waitlisted:
            parts.append(tr("on the waitlist in {n} of them").format(n=done.waitlisted))
        if done.already:
            parts.append(tr("already in {n}").format(n=done.already))
        if done.skipped:
            parts.append(tr("%n lessons already started, held or cancelled were left out",
                            None, done.skipped))
        self._say("; ".join(parts) + ".", WAIT_STYLE if done.waitlisted else DONE_STYLE)
        self._after_enrolling(teacher_id)

    def _after_enrolling(self, teacher_id: int) -> None:
        found = self.desk.enrollments.find(self.lesson_id, teacher_id)
        if found is not None:
            self.list.select_id(found.id)
        self.teacher_picker.setCurrentIndex(-1)
        self.teacher_picker.clearEditText()
        self.teacher_picker.setFocus()

    # -- cancelling -------------------------------------------------------------------------
    def cancel_enrollment(self) -> None:
        row = self.list.selected_row()
        enrollment_id = self.list.selected_id()
        if row is None or enrollment_id is None:
            return
        model = self.list.model
        if model.value(row, "status") is EnrollmentStatus.CANCELLED:
            return
        name = model.value(row, "teacher")
        text = tr("Cancel {name}'s enrollment in “{title}”?").format(
            name=name, title=self.lesson.title)
        if (model.value(row, "status") is EnrollmentStatus.ENROLLED
                and self.desk.enrollments.fill(self.lesson_id).waitlisted):
            text += " " + tr("The first teacher on the waitlist moves up into the seat.")
        if not messages.confirm(self, tr("Cancel enrollment"), text,
                                tr("Cancel enrollment")):
            return
        self._clear_messages()
        done = run_op(self, lambda: self.desk.enrollments.cancel(enrollment_id, now=self.now),
                      failure=self._show_error)
        if not done:
            return
        self.list.select_id(enrollment_id)
        promoted = done.value
        if promoted is None:
            self._say(tr("{name}'s enrollment is cancelled.").format(name=name), DONE_STYLE)
            return
        teacher_id, promoted_name = promoted
        email = next((p.email for p in self.desk.enrollments.promotions(self.lesson_id)
                      if p.teacher_id == teacher_id), "")
        self._say(tr("{name}'s enrollment is cancelled; {promoted} moved up from the "
                     "waitlist.").format(name=name, promoted=promoted_name), WAIT_STYLE)
        tell = tr("{promoted} moved up from the waitlist and now has a seat in “{title}” "
                  "({when}).\n\nTell them they have a seat.").format(
            promoted=promoted_name, title=self.lesson.title, when=lesson_when(self.lesson))
        if email:
            tell += " " + tr("E-mail: {email}").format(email=email)
        messages.inform(self, tr("Moved up from the waitlist"), tell)

    # -- messages ---------------------------------------------------------------------------
    def _show_error(self, exc: CoachDeskError) -> None:
        self.error_label.setText(str(exc))
        self.error_label.show()
        self.result_label.hide()
        if isinstance(exc, ValidationError) and "teacher_id" in exc.errors:
            self.teacher_picker.setFocus()
            self.teacher_picker.lineEdit().selectAll()

    def _say(self, text: str, style: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(style)
        self.result_label.show()

    def _clear_messages(self) -> None:
        self.error_label.hide()
        self.error_label.clear()
        self.result_label.hide()

    def _cancelled_toggled(self, show: bool) -> None:
        settings().setValue(SHOW_CANCELLED_KEY, show)
        self.list.set_filter("cancelled", show)

    def _update_buttons(self) -> None:
        row = self.list.selected_row()
        cancellable = (row is not None
                       and self.list.model.value(row, "status") is not EnrollmentStatus.CANCELLED
                       and self.lesson.status is not LessonStatus.HELD)
        self.cancel_button.setEnabled(cancellable)

    def done(self, result: int) -> None:
        settings().setValue("dialogs/enrollments_dialog/geometry", self.saveGeometry())
        self.list.save_state()
        super().done(result)
