"""The schools a tutor serves: a school tutor their own school, a roaming tutor several."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import TutorKind
from coachdesk.services import Desk
from coachdesk.ui.operations import run_op
from coachdesk.ui.widgets.form import ERROR_STYLE

HINT_STYLE = "color: palette(dark);"


class ServedSchoolsDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, tutor_id: int):
        super().__init__(parent)
        self.setObjectName("served_schools_dialog")
        self.desk = desk
        self.tutor_id = tutor_id
        tutor = self.tutor = desk.tutors.get(tutor_id)
        self.setWindowTitle(tr("Schools served by {name}").format(name=tutor.name))
        schools = desk.schools.choices()
        self.home_name = dict(schools).get(tutor.home_school_id, "")
        served = {i for i, _name in desk.tutors.schools_of(tutor_id)}

        self.roaming = QCheckBox(tr("Roaming tutor: serves the schools ticked below"),
                                 objectName="served_roaming")
        self.roaming.setChecked(tutor.kind is TutorKind.ROAMING)
        self.explain = QLabel(wordWrap=True, styleSheet=HINT_STYLE, objectName="served_explain")
        self.checks = QListWidget(objectName="served_schools")
        for school_id, name in schools:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, school_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if school_id in served
                               else Qt.CheckState.Unchecked)
            self.checks.addItem(item)
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="error_school_ids")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.roaming)
        layout.addWidget(self.explain)
        layout.addWidget(self.checks)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._roaming_ticks = sorted(served)  # given back if "roaming" is ticked again
        self.roaming.toggled.connect(self._kind_chosen)
        self._kind_chosen()
        self.resize(460, 520)

    def set_checked(self, school_ids: list[int]) -> None:
        for i in range(self.checks.count()):
            item = self.checks.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in school_ids else Qt.CheckState.Unchecked)

    def school_ids(self) -> list[int]:
        return [self.checks.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.checks.count())
                if self.checks.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        kind = TutorKind.ROAMING if self.roaming.isChecked() else TutorKind.SCHOOL
        tutors, tutor_id, school_ids = self.desk.tutors, self.tutor_id, tuple(self.school_ids())
        if run_op(self, lambda: tutors.update(tutor_id, replace(
                tutors.draft(tutor_id), kind=kind, school_ids=school_ids)),
                failure=self._refused):
            super().accept()

    def _refused(self, exc: CoachDeskError) -> None:
        """Said in the dialog (a ValidationError reads as its messages, too)."""
        self.error.setText(str(exc))
        self.error.show()

    def _kind_chosen(self) -> None:
        roaming = self.roaming.isChecked()
        if roaming != self.checks.isEnabled():  # switched: keep the roaming ticks aside
            if roaming:
                self.set_checked(self._roaming_ticks)
            else:
                self._roaming_ticks = self.school_ids()
        self.checks.setEnabled(roaming)
        if roaming:
            self.explain.setText(tr("A roaming tutor serves several schools: tick each school "
                                    "{name} works in, the home school too if they coach "
                                    "there.")
                                 .format(name=self.tutor.name))
        else:
            self.explain.setText(tr("{name} is a school tutor and serves only their home "
                                    "school, {home}. Tick the box above to make them a "
                                    "roaming tutor who serves several schools.")
                                 .format(name=self.tutor.name, home=self.home_name))
            self.set_checked([self.tutor.home_school_id])


def edit_served_schools(parent: QWidget | None, desk: Desk, tutor_id: int) -> bool:
    return bool(ServedSchoolsDialog(parent, desk, tutor_id).exec())
