"""The Teachers page: one searchable list across all schools, or one school's staff."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.teacher_dialog import edit_teacher, move_teacher
from coachdesk.ui.pages.base import Page
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.list_panel import ListPanel


class TeachersPage(Page):
    title = "Teachers"

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.new_action = self.action(tr("New teacher"), self.add, QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.move_action = self.action(tr("Move to school…"), self.move, "Ctrl+M")
        self.archive_action = self.action(tr("Archive"), self.archive_or_restore, "Ctrl+Delete")

        self.list = ListPanel(
            desk.teachers.list_source(),
            "teachers",
            lambda n: tr("Teachers: {n}").format(n=n),
            tr("No teachers here yet. Add one with “New teacher” (Ctrl+N)."),
        )
        self.school_picker = QComboBox()
        self.school_picker.setObjectName("teachers_school")
        self.school_picker.setMinimumContentsLength(24)
        self.school_picker.currentIndexChanged.connect(self._school_chosen)
        self.show_archived = QCheckBox(tr("Show archived"))
        self.show_archived.setChecked(
            settings().value("teachers/show_archived", False, type=bool)
        )
        self.show_archived.toggled.connect(self._toggle_archived)
        self.list.add_control(self.show_archived)
        self.list.add_control(self.school_picker)
        self._toggle_archived(self.show_archived.isChecked())
        self.list.activated.connect(lambda _id: self.edit())
        self.list.selection_changed.connect(self._update_actions)
        self.list.model.modelReset.connect(self._update_actions)
        self.body.addWidget(self.list)
        self._update_actions()

    def start(self) -> None:
        self.reload_schools()
        self.list.start()

    def refresh(self) -> None:
        self.reload_schools()
        self.list.refresh()

    def save_state(self) -> None:
        self.list.save_state()

    def reload_schools(self) -> None:
        """Schools may have been added or renamed on the Schools page."""
        current = self.school_picker.currentData()
        self.school_picker.blockSignals(True)
        self.school_picker.clear()
        self.school_picker.addItem(tr("All schools"), None)
        for school_id, name in self.desk.schools.choices():
            self.school_picker.addItem(name, school_id)
        self.school_picker.setCurrentIndex(max(0, self.school_picker.findData(current)))
        self.school_picker.blockSignals(False)
        self.list.set_filter("school_id", self.school_picker.currentData())

    def show_school(self, school_id: int | None) -> None:
        """Show one school's teachers (None: all schools)."""
        self.reload_schools()
        self.school_picker.setCurrentIndex(max(0, self.school_picker.findData(school_id)))

    def add(self) -> None:
        new_id = edit_teacher(self, self.desk, school_id=self.school_picker.currentData())
        if new_id is not None:
            self.list.refresh(select_id=new_id)

    def edit(self) -> None:
        self._with_selected(lambda tid: edit_teacher(self, self.desk, tid))

    def move(self) -> None:
        self._with_selected(lambda tid: move_teacher(self, self.desk, tid))

    def archive_or_restore(self) -> None:
        def toggle(teacher_id: int) -> None:
            teacher = self.desk.teachers.get(teacher_id)
            if teacher.archived:
                self.desk.teachers.restore(teacher_id)
            elif messages.confirm(
                self,
                tr("Archive teacher"),
                tr("Archiving hides {name} from lists and choices. Nothing is deleted; "
                   "you can restore them later.").format(name=teacher.name),
                tr("Archive"),
            ):
                self.desk.teachers.archive(teacher_id)

        self._with_selected(toggle)

    def _with_selected(self, work) -> None:
        teacher_id = self.list.selected_id()
        if teacher_id is None:
            return
        try:
            work(teacher_id)
        except CoachDeskError as exc:
            messages.error(self, str(exc))
        self.list.refresh(select_id=teacher_id)

    def _school_chosen(self) -> None:
        self.list.set_filter("school_id", self.school_picker.currentData())

    def _toggle_archived(self, show: bool) -> None:
        settings().setValue("teachers/show_archived", show)
        self.list.set_filter("archived", show)
        self.list.show_column("archived", show)

    def _update_actions(self) -> None:
        row = self.list.selected_row()
        selected = row is not None
        for act in (self.edit_action, self.move_action, self.archive_action):
            act.setEnabled(selected)
        archived = selected and bool(self.list.model.value(row, "archived"))
        self.archive_action.setText(tr("Restore") if archived else tr("Archive"))
