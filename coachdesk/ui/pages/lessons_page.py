"""The Lessons page: planned trainings and network meetings, single or in series."""

from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coachdesk.domain.bookings import Scope
from coachdesk.domain.formats import format_number
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.lessons import LessonStatus, PlaceKind
from coachdesk.domain.released_time import ReleasedPlan
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, Looks, looks
from coachdesk.ui.dialogs.attendance_dialog import AttendanceDialog
from coachdesk.ui.dialogs.enrollments_dialog import EnrollmentsDialog
from coachdesk.ui.dialogs.lesson_dialog import edit_lesson
from coachdesk.ui.dialogs.series_dialog import new_series
from coachdesk.ui.formatting import format_date, when_text
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.widgets.detail_panel import PARAGRAPH as P
from coachdesk.ui.widgets.detail_panel import DetailPanel, heading, side_by_side
from coachdesk.ui.widgets.filter_bar import FilterBar
from coachdesk.ui.widgets.list_panel import ListPanel
from coachdesk.ui.widgets.remembered_splitter import RememberedSplitter
from coachdesk.ui.widgets.year_periods import ALL, UPCOMING, YearPeriodPicker

CANCELLED_COLOR = "#8a8a8a"
OVERRIDE_COLOR = "#fff1c7"
OVERRIDE_TEXT = "#5c3a00"
FILTER_KEYS = ("status", "topic_id", "tutor_id", "school_id")
# the pickers' choices, and the period "This term"
PICKED = frozenset({RecordKind.TOPIC, RecordKind.TUTOR, RecordKind.SCHOOL,
                    RecordKind.SCHOOL_YEAR, RecordKind.TERM})


def seats(enrolled: int | None, capacity: int | None) -> str:
    """"8 / 12" of a lesson with 12 seats, "8" of one without a limit."""
    return f"{enrolled or 0} / {capacity}" if capacity is not None else str(enrolled or 0)


def place_label(value: str) -> str:
    """The school's name, the venue, or "Online" (what the list's place column holds)."""
    return PlaceKind.ONLINE.label if value == PlaceKind.ONLINE.value else str(value)


def lesson_looks() -> Looks:
    """The lessons list's columns as the page shows them."""
    return looks(
        starts_at=tr("When"), title=Look(tr("Title"), stretch=True), topic=tr("Topic"),
        level=tr("Level"),
        place=Look(tr("Place"), place_label), tutors=tr("Tutors"),
        enrolled=Look(tr("Enrolled"), seats, with_key="capacity"),
        capacity=tr("Capacity"), waiting=tr("Waitlist"), status=tr("Status"),
        feedback=Look(tr("Feedback"), format_number),
        series=Look(tr("Series"), lambda v: tr("Series") if v else ""), kind=tr("Kind"))


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


def series_rule(rule: str, starts_at: datetime, ends_at: datetime) -> str:
    """A series' rule in words with the times of one of its dates: "Every Wednesday
    14:30–16:00"."""
    return ReleasedPlan(rule, starts_at.time().isoformat("minutes"),
                        ends_at.time().isoformat("minutes")).describe()


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
            rule = series_rule(series.rule, lesson.starts_at, lesson.ends_at)
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
    shows = PICKED

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
        self.offer_action = self.action(
            tr("Publish the offer…"), self.publish_offer, None,
            tr("The published lessons of a period as a PDF, an intranet page and a calendar"))
        self.import_signups_action = self.action(
            tr("Import sign-ups…"), self.import_signups, None,
            tr("Take in the sign-ups or cancellations of a form exported to Excel"))

        panel = ListPanel(
            desk.lessons.list_source(),
            "lessons",
            lambda n: tr("Lessons: {n}").format(n=n),
            tr("No lessons here. Plan one with “New lesson” (Ctrl+N) or a repeating one with "
               "“New series…” (Ctrl+Alt+N), or choose another period."),
            columns=lesson_looks(),
        )
        self.set_list(panel, [self.edit_action, self.duplicate_action, self.cancel_action,
                              self.enrollments_action, self.attendance_action])
        panel.show_column("kind", False)  # the title and the detail say it
        panel.show_column("capacity", False)  # shown in "enrolled / capacity"
        self.delegate = CancelledDelegate(panel)
        panel.view.setItemDelegate(self.delegate)

        self.filters = FilterBar("lessons")
        # opens on this school year: a question about now reads no years of history
        self.periods = YearPeriodPicker(desk, self.filters, lambda: self.today)
        self.period_picker = self.periods.picker
        self.status_picker = self.filters.picker("status", tr("Status"), [
            (None, tr("Any status")), *((s.value, s.label) for s in LessonStatus)],
            remember=True)
        self.topic_picker = self.filters.picker("topic", tr("Topic"),
                                                [(None, tr("Any topic"))])
        self.tutor_picker = self.filters.picker("tutor", tr("Tutor"),
                                                [(None, tr("Any tutor"))])
        self.school_picker = self.filters.picker(
            "school", tr("School"), [(None, tr("Any school"))],
            tip=tr("Lessons held at the school or open to it"))
        self.filters.finish()
        self.body.insertWidget(1, self.filters)
        self.to_mark = self.filters.check(
            "to_mark", tr("Attendance to mark"), remember=True, in_row=False,
            tip=tr("Lessons that are over, with teachers enrolled and no attendance marked "
                   "yet"))
        panel.add_control(self.to_mark)
        self.filters.changed.connect(self._apply_filters)
        self._apply_filters()

        self.detail = LessonDetail(desk)
        self.splitter = RememberedSplitter(Qt.Orientation.Vertical, "lessons/splitter",
                                           [panel, self.detail], (3, 2), (500, 220))
        self.body.addWidget(self.splitter)
        panel.selection_changed.connect(self.show_detail)
        panel.model.modelReset.connect(self.show_detail)

    def start(self) -> None:
        self.reload_choices()
        self.list.start()
        self.show_detail()

    def refresh(self) -> None:
        self.reload_choices()
        self.list.refresh()

    def refresh_extras(self, changes: Changes) -> None:
        """The pickers' topics, tutors and schools, and the term; the detail (its
        tutors, schools and seats) follows the list."""
        if changes.touches(PICKED):
            self.reload_choices()

    def save_state(self) -> None:
        super().save_state()
        self.splitter.save()

    def reload_choices(self) -> None:
        """Topics, tutors, schools and school years may have changed on other pages."""
        self.periods.reload()
        for name, choices in (("topic", self.desk.topics.choices()),
                              ("tutor", self.desk.tutors.choices()),
                              ("school", self.desk.schools.choices())):
            self.filters.refill(name, choices)
        self._apply_filters()

    def period(self) -> tuple[date | None, date | None]:
        """The first and last day the period picker shows (None: open)."""
        return self.periods.days()

    def _apply_filters(self) -> None:
        to_mark = self.filters.value("to_mark")
        self.list.set_filter("to_mark_before", self.today if to_mark else None)
        # Lessons to mark are over: "Upcoming" would hide every one of them, so the
        # check box shows them all, whatever the period, and says so at the picker.
        self.period_picker.setEnabled(not to_mark)
        self.period_picker.setToolTip(tr(
            "“Attendance to mark” shows every lesson still to mark, whatever the period.")
            if to_mark else "")
        first, last = (None, None) if to_mark else self.period()
        self.list.set_filter("from", first)
        self.list.set_filter("until", last)
        for key, name in zip(FILTER_KEYS, ("status", "topic", "tutor", "school"), strict=True):
            self.list.set_filter(key, self.filters.value(name))

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
        self.list.clear_search()
        self.filters.set(period=period, status=None, topic=None, tutor=None, school=None,
                         to_mark=to_mark)

    def plan_lesson_at(self, starts_at: datetime) -> None:
        """A new lesson of 90 minutes starting at ``starts_at``."""
        self._select(edit_lesson(self, self.desk, today=self.today, starts_at=starts_at))

    # -- actions --------------------------------------------------------------------------
    def _select(self, lesson_id: int | None) -> None:
        """Show the lesson saved (the list has read it again already)."""
        if lesson_id is not None:
            self.list.select_id(lesson_id)

    def add(self) -> None:
        self._select(edit_lesson(self, self.desk, today=self.today))

    def add_series(self) -> None:
        ids = new_series(self, self.desk, self.today)
        if ids:
            self._select(ids[0])

    def edit(self) -> None:
        lesson_id = self.list.selected_id()
        if lesson_id is not None:
            edit_lesson(self, self.desk, lesson_id, self.today)

    def duplicate(self) -> None:
        lesson_id = self.list.selected_id()
        if lesson_id is not None:
            self._select(edit_lesson(self, self.desk, today=self.today, copy_of=lesson_id))

    def open_enrollments(self) -> None:
        lesson_id = self.list.selected_id()
        if lesson_id is not None:
            EnrollmentsDialog(self, self.desk, lesson_id).exec()

    def open_attendance(self) -> None:
        lesson_id = self.list.selected_id()
        if lesson_id is not None:
            AttendanceDialog(self, self.desk, lesson_id).exec()

    def announce(self) -> None:
        from coachdesk.ui.dialogs.communication_actions import announce

        announce(self, self.desk, self.list.selected_id(), self.today)

    def publish_offer(self) -> None:
        from coachdesk.ui.dialogs.offer_dialog import publish_offer

        publish_offer(self, self.desk, self.today)

    def import_signups(self) -> None:
        from coachdesk.ui.dialogs.form_import_wizard import FormImportWizard

        FormImportWizard(self.desk, parent=self).exec()

    def cancel_lesson(self) -> None:
        lesson_id = self.list.selected_id()
        if lesson_id is None:
            return
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
            scope = Scope.FOLLOWING if choice == 1 else Scope.THIS
        else:
            if not messages.confirm(
                    self, tr("Cancel lesson"),
                    tr("Cancel “{title}” on {when}? It stays in the list as cancelled, "
                       "with its enrollments; tell the teachers enrolled.").format(
                        title=lesson.title, when=when),
                    tr("Cancel lesson")):
                return
            scope = Scope.THIS
        run_op(self, lambda: self.desk.lessons.cancel(lesson_id, scope), initiator=self)
