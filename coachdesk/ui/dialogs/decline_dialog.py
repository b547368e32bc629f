"""Decline a candidate, with the reason (it is kept in their history)."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.text import tr
from coachdesk.domain.tutors import RecruitmentStatus
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog


def decline(parent: QWidget | None, desk: Desk, candidate_id: int) -> bool:
    """Ask the reason and decline; True once declined."""
    candidate = desk.recruitment.get_candidate(candidate_id)

    def save(values: dict) -> bool:
        perform(lambda: desk.recruitment.move(candidate_id, RecruitmentStatus.DECLINED,
                                              reason=values["reason"]))
        return True

    dialog = FormDialog(
        parent,
        tr("Decline {name}").format(name=candidate.name),
        [Field("reason", tr("Reason"), "multiline", required=True)],
        {},
        save,
        "decline_dialog",
    )
    dialog.buttons.button(dialog.buttons.StandardButton.Save).setText(tr("Decline"))
    return bool(dialog.exec())
