"""The Schools page: every school of the municipality."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.school_dialog import edit_school
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.widgets.list_panel import ListPanel


class SchoolsPage(ListPage):
    history_kind = RecordKind.SCHOOL
    show_teachers = Signal(int)  # school id

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.new_action = self.action(tr("New school"), self.add, QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.archive_action = self.action(tr("Archive"), self.archive_or_restore, "Ctrl+Delete")
        self.teachers_action = self.action(tr("Teachers"), self.open_teachers, "Ctrl+T",
                                           tr("Show the teachers of this school"))
        self.situation_action = self.action(
            tr("ICT situation…"), self.open_situation, None,
            tr("Devices, platforms, network and the needs noticed at this school"))
        self.survey_action = self.action(
            tr("Import an ICT survey…"), self.import_survey, None,
            tr("Take in the schools' answers to an ICT survey exported to Excel from "
               "Microsoft Forms, Google Forms or Webropol"))

        self.set_list(
            ListPanel(
                desk.schools.list_source(),
                "schools",
                lambda n: tr("Schools: {n}").format(n=n),
                tr("No schools yet. Add the first one with “New school” (Ctrl+N)."),
                columns=looks(
                    name=Look(tr("Name"), stretch=True), kind=tr("Kind"), language=tr("Language"),
                    teachers=tr("Teachers listed"), teacher_count=tr("Teachers in total"),
                    principal=tr("Principal"), ict_contact=tr("ICT contact"),
                    archived=tr("Archived"), address=tr("Address")),
            ),
            [self.edit_action, self.archive_action, self.teachers_action,
             self.situation_action],
        )
        self.add_archive_toggle("schools/show_archived")

    def add(self) -> None:
        new_id = edit_school(self, self.desk)
        if new_id is not None:
            self.list.select_id(new_id)

    def edit(self) -> None:
        self.with_selected(lambda school_id: edit_school(self, self.desk, school_id))

    def archive_or_restore(self) -> None:
        def toggle(school_id: int) -> None:
            school = self.desk.schools.get(school_id)
            if school.archived:
                run_op(self, lambda: self.desk.schools.restore(school_id), initiator=self)
            elif self._confirm_archive(school.name, school_id):
                run_op(self, lambda: self.desk.schools.archive(school_id), initiator=self)

        self.with_selected(toggle)

    def _confirm_archive(self, name: str, school_id: int) -> bool:
        teachers = self.desk.schools.active_teacher_count(school_id)
        if teachers:
            text = tr(
                "{name} has %n teachers. Archiving the school hides it and its teachers "
                "from lists and choices. Nothing is deleted; you can restore it later.",
                None, teachers).format(name=name)
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

    def open_situation(self) -> None:
        from coachdesk.ui.dialogs.situation_dialog import show_situation

        self.with_selected(lambda school_id: show_situation(self, self.desk, school_id))

    def import_survey(self, path: Path | None = None) -> None:
        """Read a survey's export and record every school's answers, all or none."""
        from coachdesk.reports.situation_import import read_survey

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, tr("Import an ICT survey"), "", tr("Excel workbooks (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            rows = read_survey(path).rows
        except CoachDeskError as exc:
            messages.error(self, str(exc))
            return
        situations = self.desk.situations
        done = run_op(self, lambda: situations.import_survey(rows), initiator=self)
        if done:
            messages.inform(self, tr("Survey imported"), tr(
                "The answers of {n} schools were recorded.").format(n=done.value))
