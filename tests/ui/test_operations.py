"""The operation runner: changes broadcast by kind, refusals shown in one place, the
window painting while an operation works."""

import threading

import pytest
from PySide6.QtCore import QTimer

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.ui.app import make_application
from coachdesk.ui.operations import operations, perform, run_op


@pytest.fixture
def heard(qtbot):
    make_application()
    seen = []
    operations().did_execute.connect(lambda changes, initiator: seen.append(
        (changes, initiator)))
    return seen


def test_an_operation_returns_its_value_and_says_what_it_changed(desk, heard, answers):
    done = run_op(None, lambda: desk.schools.add(SchoolDraft(name="Korson koulu")), initiator="me")
    assert done and desk.schools.get(done.value).name == "Korson koulu"
    assert [(c.kinds, who) for c, who in heard] == [({RecordKind.SCHOOL, RecordKind.HISTORY},
                                                     "me")]


def test_it_runs_on_the_writer_thread(desk, heard, answers):
    assert run_op(None, lambda: threading.current_thread().name).value.startswith(
        "coachdesk-op")


def test_a_refusal_is_shown_once_and_nothing_is_said_changed(desk, heard, answers):
    done = run_op(None, lambda: desk.schools.add(SchoolDraft(name="")))
    assert not done and isinstance(done.error, ValidationError)
    assert answers["errors"] == [str(done.error)]
    assert heard == []


def test_a_form_gets_the_refusal_instead(desk, heard, answers):
    got = []
    assert not run_op(None, lambda: desk.schools.add(SchoolDraft(name="")), failure=got.append)
    assert isinstance(got[0], ValidationError) and answers["errors"] == []
    with pytest.raises(ValidationError):
        perform(lambda: desk.schools.add(SchoolDraft(name="")))


def test_what_was_saved_before_a_later_step_failed_is_still_said(desk, heard, answers):
    def two_steps():
        desk.topics.add(TopicDraft(name="Teams", level="basic", audience="all"))
        raise CoachDeskError("the second step is refused")

    assert not run_op(None, two_steps)
    assert RecordKind.TOPIC in heard[0][0].kinds


def test_an_unexpected_error_is_logged_and_said_kindly(desk, heard, answers, caplog):
    assert not run_op(None, lambda: 1 / 0)
    assert "Something went wrong" in answers["errors"][0]
    assert "ZeroDivisionError" in caplog.text


def test_the_window_keeps_painting_while_an_operation_works(desk, heard, answers):
    release = threading.Event()
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 5 and release.set()))
    timer.start()
    assert run_op(None, lambda: release.wait(5)).value is True  # the timer released it
    timer.stop()
    assert len(ticks) >= 5


def test_a_page_reads_again_only_the_lists_that_show_what_changed(window, desk, qtbot):
    from coachdesk.domain.schools import SchoolDraft
    from coachdesk.ui.pages.schools_page import SchoolsPage

    schools = window.page(SchoolsPage)
    window._go(window.pages.index(schools))
    resets = []
    schools.list.model.modelReset.connect(lambda: resets.append(1))
    run_op(None, lambda: desk.topics.add(TopicDraft(name="Teams", level="basic", audience="all")))
    assert resets == []  # topics are not on the Schools page
    run_op(None, lambda: desk.schools.add(SchoolDraft(name="Korson koulu")))
    assert resets == [1] and schools.list.model.total == 1


def test_a_hidden_page_reads_again_when_it_is_shown(window, desk):
    from coachdesk.domain.schools import SchoolDraft
    from coachdesk.ui.pages.schools_page import SchoolsPage
    from coachdesk.ui.pages.teachers_page import TeachersPage

    teachers = window.page(TeachersPage)
    window._go(window.pages.index(teachers))
    schools = window.page(SchoolsPage)
    window._go(window.pages.index(schools))
    resets = []
    teachers.list.model.modelReset.connect(lambda: resets.append(1))
    run_op(None, lambda: desk.schools.add(SchoolDraft(name="Korson koulu")))
    assert teachers.stale and resets == []  # out of sight: not read yet
    window._go(window.pages.index(teachers))
    assert not teachers.stale and resets
    assert teachers.school_picker.findText("Korson koulu") >= 0  # its picker too
