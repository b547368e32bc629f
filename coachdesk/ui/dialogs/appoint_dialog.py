"""Appoint a candidate: the agreement period, the kind of tutor they become and when they
are released from teaching (a tutor without released time cannot be booked sensibly)."""

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.domain.errors import ConfirmationNeeded
from coachdesk.domain.recruitment import Appointment
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import TutorKind
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.tutor_dialog import PlanFormDialog
from coachdesk.ui.operations import perform
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field, problems_of


def appoint_fields() -> list[Field]:
    return [
        Field("agreement_start", tr("Agreement starts"), "date", required=True),
        Field("agreement_end", tr("Agreement ends"), "date", required=True),
        Field("kind", tr("Kind of tutor"), "choice", [(k.value, k.label) for k in TutorKind]),
    ]


def appointment_of(values: dict) -> Appointment:
    return Appointment(**{**values, "kind": TutorKind(values["kind"])})


def appoint(parent: QWidget | None, desk: Desk, candidate_id: int,
            today: date | None = None) -> int | None:
    """Ask for the agreement and the released time and appoint; returns the new tutor's
    id, None if not appointed. The agreement starts today (in the summer: with the coming
    school year), so the new tutor can be booked for this term at once.

    Without the principal's consent the service asks for a confirmation first.
    """
    candidate = desk.recruitment.get_candidate(candidate_id)
    start, end = desk.tutors.default_agreement(today or date.today())
    dialog: PlanFormDialog | None = None

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

    dialog = PlanFormDialog(
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
    if settings().value("dialogs/appoint_dialog/geometry") is None:
        dialog.resize(820, dialog.sizeHint().height())
    return dialog.result_value if dialog.exec() else None
