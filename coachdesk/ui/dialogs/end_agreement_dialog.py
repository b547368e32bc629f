"""End a tutor's agreement on a chosen last day; their history stays in the register."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.formatting import FINNISH_DATE, format_date
from coachdesk.ui.operations import run_op
from coachdesk.ui.widgets.form import ERROR_STYLE, INVALID_STYLE


class EndAgreementDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, tutor_id: int,
                 today: date | None = None):
        super().__init__(parent)
        self.setObjectName("end_agreement_dialog")
        self.desk = desk
        self.tutor_id = tutor_id
        tutor = desk.tutors.get(tutor_id)
        self.setWindowTitle(tr("End the agreement of {name}").format(name=tutor.name))
        period = tr("The agreement runs from {first} to {last}.").format(
            first=format_date(tutor.agreement_start) if tutor.agreement_start else "…",
            last=format_date(tutor.agreement_end) if tutor.agreement_end else "…")
        intro = QLabel(
            period + " " + tr("Choose the last day {name} works as a tutor. {name} stays in "
                              "the register with their lessons, visits and hours; they are "
                              "no longer offered for new work after that day.")
            .format(name=tutor.name), wordWrap=True)

        self.last_day = QDateEdit(objectName="field_agreement_end")
        self.last_day.setCalendarPopup(True)
        self.last_day.setDisplayFormat(FINNISH_DATE)
        self.last_day.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.last_day.setDate(QDate(today or date.today()))
        self.last_day.setMaximumWidth(140)
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="error_agreement_end")
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("Last day"), self.last_day)
        form.addRow("", self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        end = buttons.addButton(tr("End agreement"), QDialogButtonBox.ButtonRole.AcceptRole)
        end.setObjectName("end_agreement_button")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        tutors, tutor_id = self.desk.tutors, self.tutor_id
        last_day = self.last_day.date().toPython()
        if run_op(self, lambda: tutors.end_agreement(tutor_id, last_day), failure=self._refused):
            super().accept()

    def _refused(self, exc: CoachDeskError) -> None:
        """Said beside the date (a ValidationError reads as its messages, too)."""
        self.error.setText(str(exc))
        self.error.show()
        self.last_day.setStyleSheet(INVALID_STYLE)
        self.last_day.setFocus()


def end_agreement(parent: QWidget | None, desk: Desk, tutor_id: int,
                  today: date | None = None) -> bool:
    return bool(EndAgreementDialog(parent, desk, tutor_id, today).exec())
