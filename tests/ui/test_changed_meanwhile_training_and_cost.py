"""The training and cost forms saved over a change someone else made since they opened
(revision 0015 versions them): refused, the input stays, their values or the user's."""

from dataclasses import replace

from coachdesk.services import Desk
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.cost_dialog import edit_cost
from coachdesk.ui.dialogs.training_dialog import edit_training
from tests.services.test_versions_of_trainings_and_grants import cost, training
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


def test_cost_keeps_the_users_values_or_reloads_theirs(desk, school_id, answers):
    make_application()
    record = cost(desk, school_id)
    grant_id = desk.grants.choices()[0][0]
    other = Desk(desk.db)
    seen = {}

    def theirs(**fields):
        return lambda: other.costs.update(record, replace(other.costs.draft(record), **fields))

    def keep(dialog):
        seen["keep"] = refused_then(dialog, {"description": "mine"},
                                    theirs(reference="INV-2"), "keep")

    def reload(dialog):
        seen["reload"] = refused_then(dialog, {"description": "again"},
                                      theirs(description="theirs"), "reload")

    with_dialog(lambda: edit_cost(None, desk, grant_id, record), keep)
    assert_refused(seen["keep"], {"description": "mine"}, "cost")
    saved = desk.costs.draft(record)
    assert (saved.description, saved.reference) == ("mine", "")  # mine, on purpose

    with_dialog(lambda: edit_cost(None, desk, grant_id, record), reload)
    assert_refused(seen["reload"], {"description": "again"}, "cost")
    assert seen["reload"]["after"]["description"] == "theirs"
    assert desk.costs.draft(record).description == "theirs"
