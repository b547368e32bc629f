"""A school, a topic or a tutor made from inside the form that needs one: the field's
"New …" button and its hint while nothing is there to choose (see widgets/way_forward)."""

from collections.abc import Callable

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs.school_dialog import edit_school
from coachdesk.ui.dialogs.topic_dialog import edit_topic
from coachdesk.ui.widgets.form import FormDialog
from coachdesk.ui.widgets.way_forward import offer_new


def offer_school(dialog: FormDialog, desk: Desk, key: str,
                 after: Callable[[], None] | None = None) -> None:
    offer_new(dialog, key, tr("New school…"), lambda: edit_school(dialog, desk),
              desk.schools.choices, tr("No schools yet: add one with “New school…”."),
              after)


def offer_topic(dialog: FormDialog, desk: Desk, key: str) -> None:
    offer_new(dialog, key, tr("New topic…"), lambda: edit_topic(dialog, desk),
              desk.topics.choices,
              tr("No training topics yet: add one with “New topic…”, or leave this "
                 "empty."))


def offer_tutor(dialog: FormDialog, desk: Desk, key: str,
                choices: Callable[[], list[tuple[int, str]]] | None = None) -> None:
    """``choices``: the tutors the field lists (default: every current one)."""
    # here, not at the top: the tutor form itself offers a new school from this module
    from coachdesk.ui.dialogs.tutor_dialog import edit_tutor

    offer_new(dialog, key, tr("New tutor…"), lambda: edit_tutor(dialog, desk),
              choices or desk.tutors.choices,
              tr("No tutors yet: add one with “New tutor…”, or appoint a candidate on the "
                 "Recruitment page."),
              label_of=lambda tutor_id: desk.tutors.get(tutor_id).name)
