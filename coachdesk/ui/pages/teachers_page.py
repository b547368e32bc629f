"""The Teachers page: one searchable list across all schools, or one school's staff."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.level_dialog import record_level
from coachdesk.ui.dialogs.privacy_actions import erase_person, export_person
from coachdesk.ui.dialogs.teacher_dialog import edit_teacher, move_teacher
from coachdesk.ui.dialogs.training_record_dialog import show_training_record
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.widgets.labelled import refill
from coachdesk.ui.widgets.list_panel import ListPanel


class TeachersPage(ListPage):
    history_kind = RecordKind.TEACHER

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.new_action = self.action(tr("New teacher"), self.add, QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.move_action = self.action(tr("Move to school…"), self.move, "Ctrl+M")
        self.archive_action = self.action(tr("Archive"), self.archive_or_restore, "Ctrl+Delete")
        self.record_action = self.action(
            tr("Training record…"), self.training_record, None,
            tr("The lessons, trainings, certificates and training done elsewhere of the "
               "teacher, with totals per school year"))
        self.level_action = self.action(
            tr("Competence level…"), self.record_level, "Ctrl+L",
            tr("The teacher's digital-competence levels, and a new assessment"))
        self.export_data_action = self.action(
            tr("Export personal data…"), self.export_personal_data, None,
            tr("Everything CoachDesk holds about the teacher, as a workbook"))
        self.erase_data_action = self.action(
            tr("Erase personal data…"), self.erase_personal_data, None,
            tr("Remove the teacher's personal data; anonymous counts stay"))

        self.set_list(
            ListPanel(
                desk.teachers.list_source(),
                "teachers",
                lambda n: tr("Teachers: {n}").format(n=n),
                tr("No teachers here yet. Add one with “New teacher” (Ctrl+N)."),
                columns=looks(name=Look(tr("Name"), stretch=True), email=tr("E-mail"),
                              school=tr("School"),
                              subjects=tr("Subjects"), archived=tr("Archived"),
                              notes=tr("Notes")),
            ),
            [self.edit_action, self.move_action, self.archive_action, self.record_action,
             self.level_action,
             self.export_data_action, self.erase_data_action],
        )
        self.add_archive_toggle("teachers/show_archived")
        self.school_picker = QComboBox()
        self.school_picker.setObjectName("teachers_school")
        self.school_picker.addItem(tr("All schools"), None)
        self.school_picker.setMinimumContentsLength(24)
        self.school_picker.currentIndexChanged.connect(self._school_chosen)
        self.list.add_control(self.school_picker)

    def start(self) -> None:
        self.reload_schools()
        self.list.start()

    def refresh(self) -> None:
        self.reload_schools()
        self.list.refresh()

    def refresh_extras(self, changes: Changes) -> None:
        if changes.touches({RecordKind.SCHOOL}):
            self.reload_schools()  # added, renamed or archived on the Schools page

    def reload_schools(self) -> None:
        """Schools may have been added or renamed on the Schools page."""
        refill(self.school_picker, self.desk.schools.choices())
        self.list.set_filter("school_id", self.school_picker.currentData())

    def show_school(self, school_id: int | None) -> None:
        """Show one school's teachers (None: all schools)."""
        self.reload_schools()
        self.school_picker.setCurrentIndex(max(0, self.school_picker.findData(school_id)))

    def add(self) -> None:
        new_id = edit_teacher(self, self.desk, school_id=self.school_picker.currentData())
        if new_id is not None:
            self.list.select_id(new_id)

    def edit(self) -> None:
        self.with_selected(lambda tid: edit_teacher(self, self.desk, tid))

    def move(self) -> None:
        self.with_selected(lambda tid: move_teacher(self, self.desk, tid))

    def archive_or_restore(self) -> None:
        def toggle(teacher_id: int) -> None:
            teacher = self.desk.teachers.get(teacher_id)
            if teacher.archived:
                run_op(self, lambda: self.desk.teachers.restore(teacher_id), initiator=self)
            elif messages.confirm(
                self,
                tr("Archive teacher"),
                tr("Archiving hides {name} from lists and choices. Nothing is deleted; "
                   "you can restore them later.").format(name=teacher.name),
                tr("Archive"),
            ):
                run_op(self, lambda: self.desk.teachers.archive(teacher_id), initiator=self)

        self.with_selected(toggle)

    def training_record(self) -> None:
        self.with_selected(lambda tid: show_training_record(self, self.desk, tid))

    def record_level(self) -> None:
        self.with_selected(lambda tid: record_level(self, self.desk, tid))

    def export_personal_data(self) -> None:
        self.with_selected(lambda tid: export_person(self, self.desk, "teacher", tid))

    def erase_personal_data(self) -> None:
        self.with_selected(lambda tid: erase_person(self, self.desk, "teacher", tid))

    def _school_chosen(self) -> None:
        self.list.set_filter("school_id", self.school_picker.currentData())
