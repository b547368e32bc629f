"""The training form saved over a change someone else made since it opened (revision
0015 versions trainings): refused, the input stays, their values or the user's."""

from dataclasses import replace

from coachdesk.services import Desk
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.training_dialog import edit_training
from tests.services.test_versions_of_trainings_and_grants import training
from tests.ui.helpers import with_dialog
from tests.ui.test_changed_meanwhile_bookings import assert_refused, refused_then


def test_training_keeps_the_users_values_or_reloads_theirs(desk, school_id, answers):
    make_application()
    record = training(desk, school_id)
    other = Desk(desk.db)
    seen = {}

    def theirs(**fields):
        return lambda: other.trainings.update(record, replace(other.trainings.draft(record),
                                                              **fields))

    def keep(dialog):
        seen["keep"] = refused_then(dialog, {"description": "mine"}, theirs(signer="Anna"),
                                    "keep")

    def reload(dialog):
        seen["reload"] = refused_then(dialog, {"description": "again"},
                                      theirs(description="theirs"), "reload")

    with_dialog(lambda: edit_training(None, desk, record), keep)
    assert_refused(seen["keep"], {"description": "mine"}, "training")
    saved = desk.trainings.draft(record)
    assert (saved.description, saved.signer) == ("mine", "")  # mine, on purpose

    with_dialog(lambda: edit_training(None, desk, record), reload)
    assert_refused(seen["reload"], {"description": "again"}, "training")
    assert seen["reload"]["after"]["description"] == "theirs"
    assert desk.trainings.draft(record).description == "theirs"
