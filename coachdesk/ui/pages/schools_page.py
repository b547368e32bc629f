"""The Schools page: every school of the municipality."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.school_dialog import edit_school
from coachdesk.ui.pages.base import Page
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.list_panel import ListPanel


class SchoolsPage(Page):
    title = "Schools"
    show_teachers = Signal(int)  # school id

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.new_action = self.action(tr("New school"), self.add, QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.archive_action = self.action(tr("Archive"), self.archive_or_restore, "Ctrl+Delete")
        self.teachers_action = self.action(tr("Teachers"), self.open_teachers, "Ctrl+T",
                                           tr("Show the teachers of this school"))

        self.list = ListPanel(
            desk.schools.list_source(),
            "schools",
            lambda n: tr("Schools: {n}").format(n=n),
            tr("No schools yet. Add the first one with “New school” (Ctrl+N)."),
        )
        self.show_archived = QCheckBox(tr("Show archived"))
        self.show_archived.setChecked(settings().value("schools/show_archived", False, type=bool))
        self.show_archived.toggled.connect(self._toggle_archived)
        self.list.add_control(self.show_archived)
        self._toggle_archived(self.show_archived.isChecked())
        self.list.activated.connect(lambda _id: self.edit())
        self.list.selection_changed.connect(self._update_actions)
        self.list.model.modelReset.connect(self._update_actions)
        self.body.addWidget(self.list)
        self._update_actions()

    def start(self) -> None:
        self.list.start()

    def refresh(self) -> None:
        self.list.refresh()

    def save_state(self) -> None:
        self.list.save_state()

    def add(self) -> None:
        new_id = edit_school(self, self.desk)
        if new_id is not None:
            self.list.refresh(select_id=new_id)

    def edit(self) -> None:
        school_id = self.list.selected_id()
        if school_id is None:
            return
        try:
            if edit_school(self, self.desk, school_id) is not None:
                self.list.refresh(select_id=school_id)
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            self.list.refresh()

    def archive_or_restore(self) -> None:
        school_id = self.list.selected_id()
        if school_id is None:
            return
        try:
            school = self.desk.schools.get(school_id)
            if school.archived:
                self.desk.schools.restore(school_id)
            elif self._confirm_archive(school.name, school_id):
                self.desk.schools.archive(school_id)
            else:
                return
        except CoachDeskError as exc:
            messages.error(self, str(exc))
        self.list.refresh()

    def _confirm_archive(self, name: str, school_id: int) -> bool:
        teachers = self.desk.schools.active_teacher_count(school_id)
        if teachers:
            text = tr(
                "{name} has {n} teachers. Archiving the school hides it and its teachers "
                "from lists and choices. Nothing is deleted; you can restore it later."
            ).format(name=name, n=teachers)
        else:
            text = tr(
                "Archiving hides {name} from lists and choices. Nothing is deleted; "
                "you can restore it later."
            ).format(name=name)
        return messages.confirm(self, tr("Archive school"), text, tr("Archive"))

    def open_teachers(self) -> None:
        school_id = self.list.selected_id()
        if school_id is not None:
            self.show_teachers.emit(school_id)

    def _toggle_archived(self, show: bool) -> None:
        settings().setValue("schools/show_archived", show)
        self.list.set_filter("archived", show)
        self.list.show_column("archived", show)

    def _update_actions(self) -> None:
        row = self.list.selected_row()
        selected = row is not None
        for act in (self.edit_action, self.archive_action, self.teachers_action):
            act.setEnabled(selected)
        archived = selected and bool(self.list.model.value(row, "archived"))
        self.archive_action.setText(tr("Restore") if archived else tr("Archive"))
