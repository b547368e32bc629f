"""The grant form saved over a change another coordinator made since it opened (of the
grant's fields or of its budget lines alone): refused with who changed what, the input
stays, and the user reloads their values (the lines among them) or keeps their own."""

from dataclasses import replace

from coachdesk.services import Desk
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.grant_dialog import edit_grant
from tests.domain.test_grants import helsinki
from tests.ui.helpers import with_dialog
from tests.ui.test_changed_meanwhile_bookings import assert_refused, refused_then


def line_names(dialog) -> list[str]:
    table = dialog.lines
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_grant_keeps_the_users_values(desk, answers):
    make_application()
    grant = desk.grants.add(helsinki())
    other = Desk(desk.db).grants  # another coordinator's desk on the same database
    seen = {}

    def handle(dialog):
        seen.update(refused_then(
            dialog, {"notes": "mine"},
            lambda: other.update(grant, replace(other.draft(grant), funder="OPH")), "keep"))

    with_dialog(lambda: edit_grant(None, desk, grant), handle)
    assert_refused(seen, {"notes": "mine"}, "grant")
    assert "(Funder)" in seen["message"]
    saved = desk.grants.draft(grant)
    assert (saved.notes, saved.funder) == ("mine", "Opetushallitus")  # mine, on purpose


def test_grant_reloads_their_budget_lines(desk, answers):
    """Only a line changed: the grant is newer all the same, and Reload shows the line."""
    make_application()
    grant = desk.grants.add(helsinki())
    other = Desk(desk.db).grants
    seen = {}

    def theirs():
        draft = other.draft(grant)
        lines = (replace(draft.lines[0], name="Palkat"), *draft.lines[1:])
        other.update(grant, replace(draft, lines=lines))

    def handle(dialog):
        seen.update(refused_then(dialog, {"notes": "mine"}, theirs, "reload"))
        seen["lines"] = line_names(dialog)

    with_dialog(lambda: edit_grant(None, desk, grant), handle)
    assert_refused(seen, {"notes": "mine"}, "grant")
    assert seen["after"]["notes"] == ""
    assert seen["lines"] == ["Palkat", "Tutor salaries, Swedish", "Development days"]
    saved = desk.grants.draft(grant)
    assert (saved.notes, saved.lines[0].name) == ("", "Palkat")
