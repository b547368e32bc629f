"""Appoint a candidate: the agreement period and the kind of tutor they become."""

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.domain.calendar import school_year_bounds
from coachdesk.domain.errors import ConfirmationNeeded
from coachdesk.domain.recruitment import Appointment
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import TutorKind
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def coming_school_year(today: date | None = None) -> tuple[date, date]:
    """1 August – 31 July of the next school year to begin (this August until July)."""
    today = today or date.today()
    return school_year_bounds(today.year if today.month < 8 else today.year + 1)


def appoint_fields() -> list[Field]:
    return [
        Field("agreement_start", tr("Agreement starts"), "date", required=True),
        Field("agreement_end", tr("Agreement ends"), "date", required=True),
        Field("kind", tr("Kind of tutor"), "choice", [(k.value, k.label) for k in TutorKind]),
    ]


def appointment_of(values: dict) -> Appointment:
    return Appointment(**{**values, "kind": TutorKind(values["kind"])})


def appoint(parent: QWidget | None, desk: Desk, candidate_id: int) -> int | None:
    """Ask for the agreement and appoint; returns the new tutor's id, None if not appointed.

    Without the principal's consent the service asks for a confirmation first.
    """
    candidate = desk.recruitment.get_candidate(candidate_id)
    start, end = coming_school_year()
    dialog: FormDialog | None = None

    def save(values: dict) -> int | None:
        appointment = appointment_of(values)

        def appoint_it(confirmed: bool) -> int:
            return perform(lambda: desk.recruitment.appoint(candidate_id, appointment,
                                                            confirmed=confirmed))

        try:
            return appoint_it(False)
        except ConfirmationNeeded as exc:
            if not messages.confirm(dialog, tr("Appoint without consent"), str(exc),
                                    tr("Appoint anyway")):
                return None
            return appoint_it(True)

    dialog = FormDialog(
        parent,
        tr("Appoint {name}").format(name=candidate.name),
        appoint_fields(),
        {"agreement_start": start, "agreement_end": end, "kind": TutorKind.SCHOOL.value},
        save,
        "appoint_dialog",
        check=problems_of(appointment_of),
    )
    intro = QLabel(tr("{name} becomes a tutor. The agreement says when they are released "
                      "from teaching for tutoring.").format(name=candidate.name), wordWrap=True)
    intro.setObjectName("appoint_intro")
    dialog.layout().insertWidget(0, intro)
    return dialog.result_value if dialog.exec() else None
