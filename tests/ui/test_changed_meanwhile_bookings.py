"""The tutor, lesson, visit and request forms, saved over a change someone else made since
they opened: refused with who changed what, the form stays open with the user's input and
offers their values (every editor of the form, times, plan and preferred times among them)
or the user's, kept on purpose."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QTime

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.requests import AskedBy, PreferredTime, RequestDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft, VisitPurpose
from coachdesk.services import Desk
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.lesson_dialog import edit_lesson
from coachdesk.ui.dialogs.request_dialog import edit_request
from coachdesk.ui.dialogs.tutor_dialog import edit_tutor
from coachdesk.ui.dialogs.visit_dialog import edit_visit
from tests.drafts import edit
from tests.ui.helpers import fill, with_dialog

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 12, 0)
MONDAY = date(2026, 11, 30)
WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17)}


@pytest.fixture
def world(desk, school_id, answers):
    make_application()
    desk.school_years.create(SchoolYearDraft(2026))
    tutor = desk.tutors.add(TutorDraft(
        name="Anna Virtanen", home_school_id=school_id, agreement_start=date(2026, 8, 1),
        agreement_end=date(2027, 7, 31), **WEEKDAYS))
    return {"desk": desk, "school": school_id, "tutor": tutor,
            "other": Desk(desk.db)}  # another coordinator's desk on the same database


def refused_then(dialog, mine: dict, theirs, choose: str) -> dict:
    """Fill ``mine``, let ``theirs()`` save meanwhile, Save: what the form showed; then
    press ``choose`` ("reload" or "keep") and Save again."""
    dialog.ask_reason = lambda *_args: "agreed"  # a conflict would not stop the test
    fill(dialog, **mine)
    theirs()
    dialog.accept()
    seen = {"open": dialog.isVisible(), "message": dialog.general_error.text(),
            "choice": dialog.changed_meanwhile.isVisibleTo(dialog),
            "input": {key: dialog.value(key) for key in mine}}
    (dialog.reload_button if choose == "reload" else dialog.keep_button).click()
    seen["after"] = dict(dialog.values())
    dialog.accept()
    seen["saved"] = not dialog.isVisible()
    return seen


def assert_refused(seen: dict, mine: dict, what: str) -> None:
    assert seen["open"] and seen["choice"] and seen["saved"]
    assert f"changed this {what} after you opened it" in seen["message"]
    assert seen["input"] == mine


def test_tutor_reloads_their_plan(world):
    desk, tutor = world["desk"], world["tutor"]
    seen = {}

    def theirs():
        edit(world["other"].tutors, tutor, notes="theirs", released_rule="",
             released_from=None, released_until=None, weekly_hours=6.0)

    def handle(dialog):
        seen.update(refused_then(dialog, {"notes": "mine"}, theirs, "reload"))
        seen["plan"] = dialog.plan.values()

    with_dialog(lambda: edit_tutor(None, desk, tutor, today=TODAY), handle)
    assert_refused(seen, {"notes": "mine"}, "tutor")
    assert seen["after"]["notes"] == "theirs"
    assert seen["plan"]["released_rule"] == "" and seen["plan"]["weekly_hours"] == "6"
    saved = desk.tutors.draft(tutor)
    assert (saved.notes, saved.weekly_hours) == ("theirs", 6.0)


def test_tutor_keeps_the_users_values(world):
    desk, tutor = world["desk"], world["tutor"]
    seen = {}

    def handle(dialog):
        seen.update(refused_then(dialog, {"notes": "mine"},
                                 lambda: edit(world["other"].tutors, tutor, email="a@b.fi"),
                                 "keep"))

    with_dialog(lambda: edit_tutor(None, desk, tutor, today=TODAY), handle)
    assert_refused(seen, {"notes": "mine"}, "tutor")
    saved = desk.tutors.draft(tutor)
    assert (saved.notes, saved.email) == ("mine", "")  # mine, on purpose


@pytest.fixture
def lesson(world):
    return world["desk"].lessons.add(LessonDraft(
        "Scratch", datetime.combine(MONDAY, time(14, 30)), datetime.combine(MONDAY, time(16)),
        (world["tutor"],), school_id=world["school"]))


def test_lesson_reloads_their_times(world, lesson):
    desk = world["desk"]
    seen = {}

    def theirs():
        edit(world["other"].lessons, lesson, notes="theirs",
             starts_at=datetime.combine(MONDAY, time(10)),
             ends_at=datetime.combine(MONDAY, time(11)))

    def handle(dialog):
        seen.update(refused_then(dialog, {"notes": "mine"}, theirs, "reload"))
        seen["times"] = (dialog.starts.time(), dialog.ends.time())

    with_dialog(lambda: edit_lesson(None, desk, lesson, today=TODAY), handle)
    assert_refused(seen, {"notes": "mine"}, "lesson")
    assert seen["after"]["notes"] == "theirs"
    assert seen["times"] == (QTime(10, 0), QTime(11, 0))
    saved = desk.lessons.draft(lesson)
    assert (saved.notes, saved.starts_at.hour) == ("theirs", 10)


def test_lesson_keeps_the_users_values(world, lesson):
    desk = world["desk"]
    seen = {}

    def handle(dialog):
        seen.update(refused_then(dialog, {"notes": "mine"},
                                 lambda: edit(world["other"].lessons, lesson, room="B2"),
                                 "keep"))

    with_dialog(lambda: edit_lesson(None, desk, lesson, today=TODAY), handle)
    assert_refused(seen, {"notes": "mine"}, "lesson")
    saved = desk.lessons.draft(lesson)
    assert (saved.notes, saved.room) == ("mine", "")


@pytest.fixture
def visit(world):
    return world["desk"].visits.book(VisitDraft(
        world["school"], world["tutor"], datetime.combine(MONDAY, time(9)),
        datetime.combine(MONDAY, time(10, 30))), now=NOW)


def test_visit_reloads_their_times(world, visit):
    desk = world["desk"]
    seen = {}

    def theirs():
        edit(world["other"].visits, visit, notes="theirs", now=NOW,
             starts_at=datetime.combine(MONDAY, time(12)),
             ends_at=datetime.combine(MONDAY, time(13)))

    def handle(dialog):
        seen.update(refused_then(dialog, {"notes": "mine"}, theirs, "reload"))
        seen["times"] = (dialog.starts.time(), dialog.ends.time())

    with_dialog(lambda: edit_visit(None, desk, visit, now=NOW), handle)
    assert_refused(seen, {"notes": "mine"}, "visit")
    assert seen["times"] == (QTime(12, 0), QTime(13, 0))
    saved = desk.visits.draft(visit)
    assert (saved.notes, saved.starts_at.hour) == ("theirs", 12)


def test_visit_keeps_the_users_values(world, visit):
    desk = world["desk"]
    seen = {}

    def theirs():
        edit(world["other"].visits, visit, purpose=VisitPurpose.PLANNING, now=NOW)

    def handle(dialog):
        seen.update(refused_then(dialog, {"notes": "mine"}, theirs, "keep"))

    with_dialog(lambda: edit_visit(None, desk, visit, now=NOW), handle)
    assert_refused(seen, {"notes": "mine"}, "visit")
    saved = desk.visits.draft(visit)
    assert (saved.notes, saved.purpose) == ("mine", VisitPurpose.CO_TEACHING)


@pytest.fixture
def request_id(world):
    return world["desk"].requests.add(RequestDraft(
        world["school"], TODAY, AskedBy.PRINCIPAL, "Liisa Laine", VisitPurpose.CO_TEACHING,
        90, 5, "Help with tablets",
        windows=(PreferredTime(MONDAY, date(2026, 12, 11), time(8), time(12)),)))


def test_request_reloads_their_preferred_times(world, request_id):
    desk = world["desk"]
    seen = {}

    def theirs():
        edit(world["other"].requests, request_id, description="theirs", windows=())

    def handle(dialog):
        seen.update(refused_then(dialog, {"description": "mine"}, theirs, "reload"))
        seen["windows"] = dialog.windows_editor.windows()

    with_dialog(lambda: edit_request(None, desk, request_id, today=TODAY), handle)
    assert_refused(seen, {"description": "mine"}, "visit request")
    assert seen["after"]["description"] == "theirs" and seen["windows"] == ()
    saved = desk.requests.draft(request_id)
    assert (saved.description, saved.windows) == ("theirs", ())


def test_request_keeps_the_users_values(world, request_id):
    desk = world["desk"]
    seen = {}

    def handle(dialog):
        seen.update(refused_then(
            dialog, {"description": "mine"},
            lambda: edit(world["other"].requests, request_id, asked_by_name="Olli Oja"),
            "keep"))

    with_dialog(lambda: edit_request(None, desk, request_id, today=TODAY), handle)
    assert_refused(seen, {"description": "mine"}, "visit request")
    saved = desk.requests.draft(request_id)
    assert (saved.description, saved.asked_by_name) == ("mine", "Liisa Laine")
