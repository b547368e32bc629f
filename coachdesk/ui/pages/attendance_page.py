"""The Attendance page: attended hours, totals and percentages per teacher and per school,
where each teacher stands in a training, and the staff's digital-competence levels against
the targets.

One period (a term, or the school year around today before any is entered) applies to
both lists of totals; a toggle switches between teachers, schools and trainings (a
training's sessions are its own period).

The totals sum a period's enrollments (a school year of a big city: ~300,000), which
takes longer than the window may stop answering. So both lists are read whole beside the
window (:class:`ReadBeside`), only while shown, one query per filter, sort or period
(sorted in SQL), and show what they held until the newest reading is in; ``loaded``
says it is.
"""

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QWidget,
)

from coachdesk.domain.formats import format_number
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.dashboard import Target
from coachdesk.services.listing import ListRequest, ListSource
from coachdesk.ui import messages
from coachdesk.ui.background import in_background
from coachdesk.ui.columns import Look, Looks, looks
from coachdesk.ui.pages.competence_view import CompetenceView
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.pages.training_view import TrainingView
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.labelled import labelled, refill
from coachdesk.ui.widgets.list_panel import ListPanel
from coachdesk.ui.widgets.term_picker import TermPicker, period_parameters

TERM_KEY = "attendance/term_start"
VIEW_KEY = "attendance/view"  # "teachers", "schools", "trainings" or "competence"
WITH_LESSONS_KEY = "attendance/with_lessons"
ARCHIVED_KEY = "attendance/show_archived"
TEACHERS, SCHOOLS, TRAININGS, COMPETENCE = "teachers", "schools", "trainings", "competence"
TERMS = frozenset({RecordKind.SCHOOL_YEAR, RecordKind.TERM})  # what the period picker shows
LEVELS = frozenset({RecordKind.COMPETENCE, RecordKind.TEACHER})  # the competence view


def percent_text(value: float) -> str:
    return f"{format_number(value, 0)} %"


def total_looks() -> Looks:
    """The columns both lists have: a teacher's or a school's totals over the period."""
    return looks(enrolled=tr("Lessons enrolled"), attended=tr("Attended"),
                 excused=tr("Excused"), hours=tr("Hours attended"),
                 attendance_percent=Look(tr("Attendance %"), percent_text))


class ReadBeside:
    """Stands in for a list's source in its table model: the model's every read (a new
    filter, sort or period, a refresh) is answered at once from the rows read last, and
    asks for the list to be read again, whole, on a worker thread; once the newest
    request's rows are in, ``arrived`` is called on the window's thread (the page then
    lets the model read them). Requests made while a reading runs, or in the same turn of
    the event loop (a period sets its start and its end), make one more reading, and only
    the newest request's rows are ever shown. While not ``active`` (a list not shown)
    nothing is read; the latest request is read once it is."""

    def __init__(self, source: ListSource, owner: QObject, arrived: Callable[[], None]):
        self.source = source
        self.columns = source.columns
        self.kinds = source.kinds
        self._owner = owner
        self._arrived = arrived
        self._ids: list[int] = []
        self._rows: dict[int, tuple] = {}
        self._wanted = ListRequest()
        self._asked = 0  # requests made: a reading holds the number of the one it read
        self._held = 0  # the request whose rows are held
        self._reading = False  # a reading (or one about to start) is under way
        self._serving = False  # the model reads the rows just arrived: no new reading
        self.active = False

    # -- what the model calls --------------------------------------------------------------
    def ids(self, request: ListRequest) -> list[int]:
        if not self._serving:
            self._want(request)
        return list(self._ids)

    def rows_by_id(self, ids, request: ListRequest | None = None) -> dict[int, tuple]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    # -- reading ---------------------------------------------------------------------------
    def is_reading(self) -> bool:
        """Whether the list is shown and its rows are not the newest request's."""
        return self.active and self._held != self._asked

    def activate(self, active: bool) -> None:
        self.active = active
        self._schedule()

    def _want(self, request: ListRequest) -> None:
        self._wanted = request
        self._asked += 1
        self._schedule()

    def _schedule(self) -> None:
        if self.active and not self._reading and self._held != self._asked:
            self._reading = True
            QTimer.singleShot(0, self._owner, self._start)  # after the turn's other requests

    def _start(self) -> None:
        number, request, source = self._asked, self._wanted, self.source
        in_background(self._owner, lambda: source.ordered_rows(request),
                      lambda rows: self._done(number, rows),
                      lambda message: self._failed(number, message))

    def _done(self, number: int, rows: list[tuple]) -> None:
        self._reading = False
        if number != self._asked:  # asked again meanwhile: read the newest, drop these
            self._schedule()
            return
        self._ids = [row[0] for row in rows]
        self._rows = {row[0]: row[1:] for row in rows}
        self._held = number
        self._serving = True
        try:
            self._arrived()
        finally:
            self._serving = False

    def _failed(self, number: int, message: str) -> None:
        self._reading = False
        if number != self._asked:  # asked again meanwhile: that may read
            self._schedule()
            return
        self._held = number  # nothing comes of this request: the rows read before stay
        messages.error(self._owner, message)
        self._serving = True
        try:
            self._arrived()
        finally:
            self._serving = False


class AttendancePage(ListPage):
    # Besides its lists: the schools to choose from and the terms of the period picker.
    shows = frozenset({RecordKind.SCHOOL, RecordKind.TRAINING}) | TERMS | LEVELS
    target_chosen = Signal(object)  # a row opened: the teacher or school on its own page
    loaded = Signal()  # the list shown holds the totals of the newest request

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: date | None = None,
                 now: datetime | None = None):
        super().__init__(parent)
        self.desk = desk
        self.today = today or date.today()
        self.trainings = TrainingView(desk, now)
        self.competence = CompetenceView(desk, self.today)

        # Both lists say why they are empty only once read (not while the first reading runs).
        self._empty_texts = {
            "teachers": tr("No teacher was enrolled in a lesson of this period. Choose another "
                           "period, or untick “Only teachers with lessons”."),
            "schools": tr("No schools yet. Add them on the Schools page.")}
        self.teacher_reader = ReadBeside(
            desk.enrollments.teacher_attendance_source(self.today), self,
            lambda: self._arrived(self.teachers, "teachers"))
        self.teachers = ListPanel(
            self.teacher_reader,
            "attendance_teachers",
            lambda n: tr("Teachers: {n}").format(n=n),
            columns={**looks(teacher=Look(tr("Teacher"), stretch=True), school=tr("School")),
                     **total_looks(),
                     **looks(archived=tr("Archived"))},
        )
        self.school_reader = ReadBeside(
            desk.enrollments.school_attendance_source(self.today), self,
            lambda: self._arrived(self.schools, "schools"))
        self.schools = ListPanel(
            self.school_reader,
            "attendance_schools",
            lambda n: tr("Schools: {n}").format(n=n),
            columns={**looks(school=Look(tr("School"), stretch=True)), **total_looks(),
                     **looks(reached=tr("Teachers reached"),
                             active_teachers=tr("Active teachers"),
                             reached_share=Look(tr("Share reached"), percent_text),
                             archived=tr("Archived"))},
        )

        # -- the choices above the list -------------------------------------------------------
        # opens on this school year; the earlier years and all of them one click away
        self.term_picker = TermPicker(desk, self.today, TERM_KEY, "attendance_term",
                                      with_school_year=True, all_years=True)
        self.term_picker.setToolTip(tr("Lessons that start in this period are counted"))
        self.term_picker.chosen.connect(lambda _term: self._apply_term())
        self.teachers_button = QRadioButton(tr("Teachers"), objectName="attendance_by_teacher")
        self.schools_button = QRadioButton(tr("Schools"), objectName="attendance_by_school")
        self.trainings_button = QRadioButton(tr("Completion of a training"),
                                             objectName="attendance_by_training")
        self.competence_button = QRadioButton(tr("Competence"), objectName="attendance_competence")
        self.competence_button.setToolTip(tr("Digital-competence levels against the targets"))
        self.view_group = QButtonGroup(self)
        shown = QWidget()
        shown_row = QHBoxLayout(shown)
        shown_row.setContentsMargins(0, 0, 0, 0)
        shown_row.addWidget(QLabel(tr("Show")))
        for button in (self.teachers_button, self.schools_button, self.trainings_button,
                       self.competence_button):
            self.view_group.addButton(button)
            shown_row.addWidget(button)
        self.school_picker = QComboBox(objectName="attendance_school")
        self.school_picker.addItem(tr("All schools"), None)
        self.school_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.school_picker.setMinimumContentsLength(16)
        self.school_picker.currentIndexChanged.connect(self._apply_school)
        self.school_box = labelled(tr("School"), self.school_picker)
        choices = QHBoxLayout()
        for widget in (labelled(tr("Period"), self.term_picker), shown, self.school_box):
            choices.addWidget(widget)
            choices.addSpacing(16)
        choices.addStretch(1)
        self.body.addLayout(choices)

        self.with_lessons = QCheckBox(tr("Only teachers with lessons"),
                                      objectName="attendance_with_lessons")
        self.with_lessons.setToolTip(tr("Leave out teachers not enrolled in any lesson of "
                                        "the period"))
        self.with_lessons.setChecked(settings().value(WITH_LESSONS_KEY, True, type=bool))
        self.with_lessons.toggled.connect(self._with_lessons_toggled)
        self.teachers.add_control(self.with_lessons)
        self.teachers.set_filter("with_lessons", self.with_lessons.isChecked())
        for panel in (self.teachers, self.schools):
            # numbers read best beside their names, not pushed to the window's far edge
            panel.view.horizontalHeader().setStretchLastSection(False)
        self.archived_boxes = []
        for panel in (self.teachers, self.schools):
            box = QCheckBox(tr("Show archived"), objectName=f"{panel.objectName()}_archived")
            box.setChecked(settings().value(ARCHIVED_KEY, False, type=bool))
            box.toggled.connect(self._archived_toggled)
            panel.add_control(box)
            self.archived_boxes.append(box)
        self._apply_archived(self.archived_boxes[0].isChecked())

        self.teachers.activated.connect(
            lambda row_id: self.target_chosen.emit(Target(RecordKind.TEACHER, row_id)))
        self.schools.activated.connect(
            lambda row_id: self.target_chosen.emit(Target(RecordKind.SCHOOL, row_id)))

        self.stack = QStackedWidget(objectName="attendance_stack")
        self.stack.addWidget(self.teachers)
        self.stack.addWidget(self.schools)
        self.stack.addWidget(self.trainings)
        self.stack.addWidget(self.competence)
        self.body.addWidget(self.stack, 1)
        self.note = QLabel(tr(
            "Hours attended: lessons marked present or late. Attendance % = attended / "
            "(present + late + absent); an excused absence is left out. Share reached: the "
            "school's active teachers who attended at least one lesson."),
            objectName="attendance_help", wordWrap=True)
        self.note.setStyleSheet("color: palette(dark);")
        self.body.addWidget(self.note)

        self.list = self.teachers
        view = settings().value(VIEW_KEY, TEACHERS)
        {SCHOOLS: self.schools_button, TRAININGS: self.trainings_button,
         COMPETENCE: self.competence_button}.get(view, self.teachers_button).setChecked(True)
        self.view_group.buttonToggled.connect(self._view_toggled)
        self._show_view()

    # -- loading ----------------------------------------------------------------------------
    def _arrived(self, panel: ListPanel, name: str) -> None:
        panel.set_empty_text(self._empty_texts[name])
        panel.refresh()  # the model takes the rows just read, keeping selection and scroll
        if not self.is_reading():
            self.loaded.emit()

    def is_reading(self) -> bool:
        """Whether the list shown is being read (``loaded`` follows)."""
        return self.teacher_reader.is_reading() or self.school_reader.is_reading()

    def start(self) -> None:
        self._reload_choices()
        self.competence.reload()
        for panel in (self.teachers, self.schools, self.trainings.panel):
            panel.start()

    def refresh(self) -> None:
        self._reload_choices()
        self.competence.reload()
        for panel in (self.teachers, self.schools, self.trainings.panel):
            panel.refresh()

    def refresh_extras(self, changes: Changes) -> None:
        if changes.touches(TERMS):
            self._reload_terms()
        if changes.touches({RecordKind.SCHOOL}):
            self._reload_schools()
        if changes.touches({RecordKind.TRAINING, RecordKind.LESSON}):
            self.trainings.reload()
        if changes.touches(LEVELS | {RecordKind.SCHOOL, RecordKind.SETTING}):
            self.competence.reload()

    def save_state(self) -> None:
        for panel in (self.teachers, self.schools, self.trainings.panel):
            panel.save_state()

    def _reload_choices(self) -> None:
        self._reload_terms()
        self._reload_schools()
        self.trainings.reload()

    def _reload_schools(self) -> None:
        refill(self.school_picker, self.desk.schools.choices())
        self._apply_school()

    def _apply_school(self) -> None:
        for panel in (self.teachers, self.trainings.panel):
            panel.set_filter("school_id", self.school_picker.currentData())

    def _reload_terms(self) -> None:
        self.term_picker.reload()
        self._apply_term()

    def term(self) -> tuple[str, date, date] | None:
        return self.term_picker.term()

    def _apply_term(self) -> None:
        term = self.term()
        if term is None:
            return
        for panel in (self.teachers, self.schools):
            for name, value in period_parameters(term).items():
                panel.set_filter(name, value)

    # -- what Today or a history asks for ---------------------------------------------------
    def show_target(self, kind: RecordKind, record_id: int | None,
                    filters: dict[str, object]) -> None:
        """A training (or a certificate, by its teacher in its training) is shown in the
        trainings' view; the competence levels in theirs."""
        if kind is RecordKind.COMPETENCE:
            self.show_competence()
            self.competence.choose_school(filters.get("school_id"))
            return
        if kind not in (RecordKind.TRAINING, RecordKind.CERTIFICATE):
            super().show_target(kind, record_id, filters)
            return
        self.show_trainings()
        if record_id is None:
            return
        if kind is RecordKind.CERTIFICATE:
            found = self.desk.certificates.get(record_id)
            if found is None:
                return
            self.trainings.choose(found.training_id)
            self.select_record(self.trainings.panel, found.teacher_id)
        else:
            self.trainings.choose(record_id)

    # -- the toggles -------------------------------------------------------------------------
    def show_teachers(self) -> None:
        self.teachers_button.setChecked(True)

    def show_schools(self) -> None:
        self.schools_button.setChecked(True)

    def show_trainings(self) -> None:
        self.trainings_button.setChecked(True)

    def show_competence(self) -> None:
        self.competence_button.setChecked(True)

    def _view_toggled(self, _button, checked: bool) -> None:
        if checked:
            settings().setValue(VIEW_KEY, self._view())
            self._show_view()

    def _view(self) -> str:
        if self.schools_button.isChecked():
            return SCHOOLS
        if self.competence_button.isChecked():
            return COMPETENCE
        return TRAININGS if self.trainings_button.isChecked() else TEACHERS

    def _show_view(self) -> None:
        view = self._view()
        by_school = view == SCHOOLS
        self.list = {SCHOOLS: self.schools, TRAININGS: self.trainings.panel}.get(
            view, self.teachers)
        self.stack.setCurrentWidget({TRAININGS: self.trainings,
                                     COMPETENCE: self.competence}.get(view, self.list))
        self.teacher_reader.activate(view == TEACHERS)  # the hidden list is read when shown
        self.school_reader.activate(view == SCHOOLS)
        self.school_box.setToolTip(tr("The school filter narrows the teachers' list")
                                   if by_school else "")
        # a training's sessions are its own period, and its rule says what counts
        self.term_picker.setEnabled(view not in (TRAININGS, COMPETENCE))
        self.note.setVisible(view not in (TRAININGS, COMPETENCE))
        self.school_box.setEnabled(view not in (SCHOOLS, COMPETENCE))

    def _with_lessons_toggled(self, only: bool) -> None:
        settings().setValue(WITH_LESSONS_KEY, only)
        self.teachers.set_filter("with_lessons", only)

    def _archived_toggled(self, show: bool) -> None:
        settings().setValue(ARCHIVED_KEY, show)
        for box in self.archived_boxes:
            box.blockSignals(True)
            box.setChecked(show)
            box.blockSignals(False)
        self._apply_archived(show)

    def _apply_archived(self, show: bool) -> None:
        for panel in (self.teachers, self.schools):
            panel.set_filter("archived", show)
            panel.show_column("archived", show)
