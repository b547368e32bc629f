"""The Lessons page: planned trainings and network meetings, single or in series."""

from datetime import date, datetime
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import LessonStatus, PlaceKind
from coachdesk.domain.released_time import ReleasedPlan
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.attendance_dialog import AttendanceDialog
from coachdesk.ui.dialogs.enrollments_dialog import EnrollmentsDialog
from coachdesk.ui.dialogs.lesson_dialog import edit_lesson
from coachdesk.ui.dialogs.series_dialog import new_series
from coachdesk.ui.formatting import format_date, when_text
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.detail_panel import PARAGRAPH as P
from coachdesk.ui.widgets.detail_panel import DetailPanel, heading, side_by_side
from coachdesk.ui.widgets.labelled import choose, filter_picker, labelled, refill
from coachdesk.ui.widgets.list_panel import ListPanel
from coachdesk.ui.widgets.remembered_splitter import RememberedSplitter

UPCOMING, TERM, ALL = "upcoming", "term", "all"
CANCELLED_COLOR = "#8a8a8a"
OVERRIDE_COLOR = "#fff1c7"
OVERRIDE_TEXT = "#5c3a00"
FILTER_KEYS = ("status", "topic_id", "tutor_id", "school_id")


class CancelledDelegate(QStyledItemDelegate):
    """Cancelled lessons stay in the list, greyed and struck through."""

    def __init__(self, panel: ListPanel):
        super().__init__(panel.view)
        self.model = panel.model

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        if index.row() < self.model.rowCount() and self.model.value(
                index.row(), "status") == LessonStatus.CANCELLED:
            option.palette.setColor(option.palette.ColorRole.Text, QColor(CANCELLED_COLOR))
            option.font.setStrikeOut(True)


class LessonDetail(DetailPanel):
    """One lesson at a glance: who, where, for whom, how full, and its series."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__("lesson_detail", parent)
        self.desk = desk
        self.setMinimumHeight(150)
        self.show_lesson(None)

    def show_lesson(self, lesson_id: int | None, enrolled: int = 0, waiting: int = 0) -> None:
        self.show_record(
            lesson_id, tr("Choose a lesson to see its tutors, place, audience and series."),
            lambda i: self._html(i, enrolled, waiting))

    def _html(self, lesson_id: int, enrolled: int, waiting: int) -> str:
        desk = self.desk
        lesson = desk.lessons.get(lesson_id)
        topics = dict(desk.topics.choices())
        head = [f"<h3 style='margin-top: 0px; margin-bottom: 2px'>{escape(lesson.title)}</h3>"]
        what = [lesson.kind.label, lesson.level.label]
        if lesson.topic_id in topics:
            what.insert(0, topics[lesson.topic_id])
        status = escape(lesson.status.label)
        if lesson.status is LessonStatus.CANCELLED:
            status = f"<span style='color: #b3261e; font-weight: bold'>{status}</span>"
        head.append(P + escape(when_text(lesson.starts_at, lesson.ends_at)) + " · " + status
                    + "<br>" + escape(" · ".join(what)) + "</p>")

        columns = []
        tutors = desk.lessons.tutors_of(lesson_id)
        parts = [heading(tr("Tutors")), P + ("<br>".join(
            escape(name) for _id, name in tutors) or escape(tr("None chosen"))) + "</p>"]
        parts += [heading(tr("Place")), P + f"{self._place(lesson)}</p>"]
        columns.append("".join(parts))

        if lesson.open_to_all:
            audience = escape(tr("Open to all schools"))
        else:
            audience = "<br>".join(escape(name) for _id, name
                                   in desk.lessons.schools_of(lesson_id))
            audience = audience or escape(tr("No school listed yet"))
        seats = (tr("{enrolled} enrolled, no limit").format(enrolled=enrolled)
                 if lesson.capacity is None else
                 tr("{enrolled} of {capacity} seats taken").format(
                     enrolled=enrolled, capacity=lesson.capacity))
        if waiting:
            seats += " · " + tr("{n} on the waitlist").format(n=waiting)
        parts = [heading(tr("Audience")), P + f"{audience}</p>",
                 heading(tr("Capacity")), P + f"{escape(seats)}</p>"]
        columns.append("".join(parts))

        parts = []
        series = desk.lessons.series_of(lesson_id)
        if series is not None:
            rule = ReleasedPlan(series.rule, f"{lesson.starts_at:%H:%M}",
                                f"{lesson.ends_at:%H:%M}").describe()
            parts += [heading(tr("Series")), P + escape(rule) + "<br>" + escape(
                tr("{first} – {last}").format(first=format_date(series.first_day),
                                              last=format_date(series.last_day))) + "</p>"]
        if lesson.override_reason:
            parts += [heading(tr("Saved despite conflicts")),
                      P + f"<span style='background-color: {OVERRIDE_COLOR}; "
                      f"color: {OVERRIDE_TEXT}'>&nbsp;{escape(lesson.override_reason)}&nbsp;"
                      "</span></p>"]
        if lesson.notes:
            parts += [heading(tr("Notes")),
                      P + escape(lesson.notes).replace("\n", "<br>") + "</p>"]
        columns.append("".join(parts))
        return "".join(head) + side_by_side(columns)

    def _place(self, lesson) -> str:
        if lesson.place_kind is PlaceKind.SCHOOL:
            schools = dict(self.desk.schools.choices(include_archived=True))
            name = escape(schools.get(lesson.school_id, "—"))
            return name + (escape(tr(", room {room}").format(room=lesson.room))
                           if lesson.room else "")
        if lesson.place_kind is PlaceKind.VENUE:
            return escape(lesson.venue or PlaceKind.VENUE.label)
        url = escape(lesson.online_url)
        return escape(PlaceKind.ONLINE.label) + f"<br><a href='{url}'>{url}</a>"


class LessonsPage(ListPage):
    history_kind = RecordKind.LESSON

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.today = today or date.today()
        self.new_action = self.action(tr("New lesson"), self.add, QKeySequence.StandardKey.New)
        self.series_action = self.action(
            tr("New series…"), self.add_series, "Ctrl+Alt+N",
            tr("Plan a lesson that repeats, skipping breaks and holidays"))
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.duplicate_action = self.action(
            tr("Duplicate"), self.duplicate, "Ctrl+D",
            tr("Plan the same lesson a week later"))
        self.cancel_action = self.action(tr("Cancel lesson…"), self.cancel_lesson)
        self.enrollments_action = self.action(
            tr("Enrollments…"), self.open_enrollments, "Ctrl+E",
            tr("Enroll teachers, see the waitlist and who moved up"))
        self.attendance_action = self.action(
            tr("Attendance…"), self.open_attendance, "Ctrl+Shift+A",
            tr("Mark attendance and feedback after the lesson"))
        self.announce_action = self.action(
            tr("Announce…"), self.announce, None,
            tr("An e-mail to schools or teachers about published lessons"))

        panel = ListPanel(
            desk.lessons.list_source(),
            "lessons",
            lambda n: tr("Lessons: {n}").format(n=n),
            tr("No lessons here. Plan one with “New lesson” (Ctrl+N) or a repeating one with "
               "“New series…” (Ctrl+Alt+N), or choose another period."),
        )
        self.set_list(panel, [self.edit_action, self.duplicate_action, self.cancel_action,
                              self.enrollments_action, self.attendance_action])
        panel.show_column("kind", False)  # the title and the detail say it
        panel.show_column("capacity", False)  # shown in "enrolled / capacity"
        self.delegate = CancelledDelegate(panel)
        panel.view.setItemDelegate(self.delegate)

        self.period_picker = filter_picker("lessons_period", [
            (UPCOMING, tr("Upcoming")), (TERM, tr("This term")), (ALL, tr("All"))])
        self.status_picker = filter_picker("lessons_status", [
            (None, tr("Any status")), *((s.value, s.label) for s in LessonStatus)])
        self.topic_picker = filter_picker("lessons_topic", [(None, tr("Any topic"))])
        self.tutor_picker = filter_picker("lessons_tutor", [(None, tr("Any tutor"))])
        self.school_picker = filter_picker("lessons_school", [(None, tr("Any school"))])
        self.school_picker.setToolTip(tr("Lessons held at the school or open to it"))
        self.period_picker.setCurrentIndex(max(0, self.period_picker.findData(
            settings().value("lessons/period", UPCOMING))))
        self.status_picker.setCurrentIndex(max(0, self.status_picker.findData(
            settings().value("lessons/status"))))
        choices = QHBoxLayout()
        for text, widget in ((tr("Period"), self.period_picker),
                             (tr("Status"), self.status_picker),
                             (tr("Topic"), self.topic_picker),
                             (tr("Tutor"), self.tutor_picker),
                             (tr("School"), self.school_picker)):
            choices.addWidget(labelled(text, widget))
            choices.addSpacing(12)
        choices.addStretch(1)
        self.body.insertLayout(1, choices)
        for picker in (self.period_picker, self.status_picker, self.topic_picker,
                       self.tutor_picker, self.school_picker):
            picker.currentIndexChanged.connect(self._apply_filters)
        self.to_mark = QCheckBox(tr("Attendance to mark"), objectName="lessons_to_mark")
        self.to_mark.setToolTip(tr("Lessons that are over, with teachers enrolled and no "
                                   "attendance marked yet"))
        self.to_mark.setChecked(settings().value("lessons/to_mark", False, type=bool))
        self.to_mark.toggled.connect(self._apply_filters)
        panel.add_control(self.to_mark)
        self._apply_filters()

        self.detail = LessonDetail(desk)
        self.splitter = RememberedSplitter(Qt.Orientation.Vertical, "lessons/splitter",
                                           [panel, self.detail], (3, 2), (500, 220))
        self.body.addWidget(self.splitter)
        panel.selection_changed.connect(self.show_detail)
        panel.model.modelReset.connect(self.show_detail)

    def start(self) -> None:
        self.reload_choices()
        first_time = not settings().contains("lists/lessons/header")
        self.list.start()
        if first_time:  # titles and tutors can be long: leave room for the seats
            view = self.list.view
            for key, widest in (("title", 260), ("tutors", 170), ("place", 170),
                                ("topic", 160), ("level", 100), ("enrolled", 72),
                                ("waiting", 64), ("feedback", 72)):
                column = next(i for i in range(self.list.model.columnCount())
                              if self.list.model.column_key(i) == key)
                view.setColumnWidth(column, min(view.columnWidth(column), widest))
        self.show_detail()

    def refresh(self) -> None:
        self.reload_choices()
        self.list.refresh()

    def save_state(self) -> None:
        super().save_state()
        self.splitter.save()

    def reload_choices(self) -> None:
        """Topics, tutors and schools may have changed on other pages."""
        for picker, choices in ((self.topic_picker, self.desk.topics.choices()),
                                (self.tutor_picker, self.desk.tutors.choices()),
                                (self.school_picker, self.desk.schools.choices())):
            refill(picker, choices)
        self._apply_filters()

    def period(self) -> tuple[date | None, date | None]:
        """The first and last day the period picker shows (None: open)."""
        chosen = self.period_picker.currentData()
        if chosen == UPCOMING:
            return self.today, None
        if chosen == TERM:
            term = self.desk.school_years.term_on(self.today)
            if term is not None:
                return term[2], term[3]
        return None, None

    def _apply_filters(self) -> None:
        settings().setValue("lessons/period", self.period_picker.currentData())
        settings().setValue("lessons/status", self.status_picker.currentData())
        settings().setValue("lessons/to_mark", self.to_mark.isChecked())
        self.list.set_filter("to_mark_before", self.today if self.to_mark.isChecked() else None)
        first, last = self.period()
        self.list.set_filter("from", first)
        self.list.set_filter("until", last)
        for key, picker in zip(FILTER_KEYS, (self.status_picker, self.topic_picker,
                                             self.tutor_picker, self.school_picker),
                               strict=True):
            self.list.set_filter(key, picker.currentData())

    def show_detail(self) -> None:
        row = self.list.selected_row()
        if row is None:
            self.detail.show_lesson(None)
            return
        model = self.list.model
        self.detail.show_lesson(model.id_at(row), model.value(row, "enrolled") or 0,
                                model.value(row, "waiting") or 0)

    def _update_actions(self) -> None:
        super()._update_actions()
        if self.list is None:
            return
        row = self.list.selected_row()
        status = self.list.model.value(row, "status") if row is not None else None
        self.cancel_action.setEnabled(status in (LessonStatus.PLANNED, LessonStatus.PUBLISHED))
        self.attendance_action.setEnabled(status is not None
                                          and status is not LessonStatus.CANCELLED)

    # -- what the calendar and Today call -------------------------------------------------
    def open_lesson(self, lesson_id: int) -> None:
        """Select the lesson (widening the filters if they hide it) and open the editor."""
        if self.select_record(self.list, lesson_id):
            self.edit()

    def widen_filters(self, panel: ListPanel) -> None:
        self._set_filters(ALL, to_mark=False)

    def apply_target_filters(self, filters: dict[str, object]) -> None:
        """The lessons whose attendance is to be marked, or those to come (Today's
        rules)."""
        if "to_mark_before" in filters:
            self._set_filters(ALL, to_mark=True)
        else:
            first = filters.get("from")
            self._set_filters(UPCOMING if first is not None and first >= self.today else ALL,
                              to_mark=False)
        self.list.view.setFocus()

    def _set_filters(self, period: str, to_mark: bool) -> None:
        """The period, any status, topic, tutor and school, no filter text."""
        for picker, value in ((self.period_picker, period), (self.status_picker, None),
                              (self.topic_picker, None), (self.tutor_picker, None),
                              (self.school_picker, None)):
            choose(picker, value)
        with QSignalBlocker(self.to_mark):
            self.to_mark.setChecked(to_mark)
        self.list.clear_search()
        self._apply_filters()

    def plan_lesson_at(self, starts_at: datetime) -> None:
        """A new lesson of 90 minutes starting at ``starts_at``."""
        self._added(edit_lesson(self, self.desk, today=self.today, starts_at=starts_at))

    # -- actions --------------------------------------------------------------------------
    def _added(self, new_id: int | None) -> None:
        if new_id is not None:
            self.list.refresh(select_id=new_id)

    def add(self) -> None:
        self._added(edit_lesson(self, self.desk, today=self.today))

    def add_series(self) -> None:
        ids = new_series(self, self.desk, self.today)
        if ids:
            self.list.refresh(select_id=ids[0])

    def edit(self) -> None:
        self.with_selected(lambda lesson_id: edit_lesson(self, self.desk, lesson_id,
                                                         self.today))
        self.show_detail()

    def duplicate(self) -> None:
        lesson_id = self.list.selected_id()
        if lesson_id is None:
            return
        try:
            self._added(edit_lesson(self, self.desk, today=self.today, copy_of=lesson_id))
        except CoachDeskError as exc:
            messages.error(self, str(exc))

    def open_enrollments(self) -> None:
        self.with_selected(lambda lesson_id: EnrollmentsDialog(self, self.desk,
                                                               lesson_id).exec())
        self.show_detail()

    def open_attendance(self) -> None:
        self.with_selected(lambda lesson_id: AttendanceDialog(self, self.desk,
                                                              lesson_id).exec())
        self.show_detail()

    def announce(self) -> None:
        from coachdesk.ui.dialogs.communication_actions import announce

        announce(self, self.desk, self.list.selected_id(), self.today)

    def cancel_lesson(self) -> None:
        def cancel(lesson_id: int) -> None:
            lesson = self.desk.lessons.get(lesson_id)
            when = when_text(lesson.starts_at, lesson.ends_at)
            if lesson.series_id is not None:
                choice = messages.choose(
                    self, tr("Cancel lesson"),
                    tr("“{title}” on {when} is one of a series. Cancel this lesson only, or "
                       "this and all the following ones? Enrollments are kept; tell the "
                       "teachers enrolled.").format(title=lesson.title, when=when),
                    [tr("This lesson only"), tr("This and all following")])
                if choice is None:
                    return
                scope = "following" if choice == 1 else "this"
            else:
                if not messages.confirm(
                        self, tr("Cancel lesson"),
                        tr("Cancel “{title}” on {when}? It stays in the list as cancelled, "
                           "with its enrollments; tell the teachers enrolled.").format(
                            title=lesson.title, when=when),
                        tr("Cancel lesson")):
                    return
                scope = "this"
            self.desk.lessons.cancel(lesson_id, scope)

        self.with_selected(cancel)
        self.show_detail()
