"""The Training topics page: the catalogue through its forms, filters and archive."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtGui import QDesktopServices
from sqlalchemy import insert

from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.storage import tables as t
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.topics_page import TopicsPage
from tests.ui.helpers import errors_shown, fill, with_dialog


@pytest.fixture
def page(qtbot, desk, answers):
    make_application()
    p = TopicsPage(desk)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    p.start()
    return p


@pytest.fixture
def opened(monkeypatch):
    """Links the page hands to the desktop, never to a real browser."""
    urls: list[str] = []

    def open_url(url):
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def _names(page) -> list[str]:
    model = page.list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _column(page, key: str) -> int:
    model = page.list.model
    return next(i for i in range(model.columnCount()) if model.column_key(i) == key)


def _choose(picker, value) -> None:
    picker.setCurrentIndex(picker.findData(value))


def test_add_a_topic_through_the_form(page, desk):
    desk.topics.add(TopicDraft(name="Teams and OneNote"))
    page.list.refresh()

    def add(dialog):
        assert dialog.windowTitle() == "New topic"
        fill(dialog, name="Coding with Scratch", level="intermediate", audience="primary",
             description="Block coding from the first game onwards.",
             materials_url="https://tutors.example.fi/scratch")
        dialog.accept()

    with_dialog(page.new_action.trigger, add)
    assert _names(page) == ["Coding with Scratch", "Teams and OneNote"]
    topic = desk.topics.get(page.list.selected_id())
    assert (topic.name, topic.level.value, topic.audience.value, topic.materials_url) == (
        "Coding with Scratch", "intermediate", "primary", "https://tutors.example.fi/scratch")
    row = page.list.selected_row()
    model = page.list.model
    assert model.index(row, _column(page, "level")).data() == "Intermediate"
    assert model.index(row, _column(page, "audience")).data() == "Primary"
    assert page.list.count_label.text() == "Topics: 2"


def test_a_bad_link_is_shown_at_the_field_and_nothing_is_saved(page, desk):
    seen = {}

    def add(dialog):
        fill(dialog, name="Padlet", materials_url="www.padlet.com")
        dialog.accept()
        seen.update(errors_shown(dialog))
        seen["still_open"] = dialog.isVisible()
        fill(dialog, materials_url="https://padlet.com")
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_dialog(page.new_action.trigger, add)
    assert seen == {"materials_url": "A link starts with http:// or https://.",
                    "still_open": True, "closed": True}
    assert desk.topics.get(page.list.selected_id()).materials_url == "https://padlet.com"


def test_a_duplicate_at_the_same_level_is_refused_at_the_name(page, desk):
    desk.topics.add(TopicDraft(name="Coding with Scratch"))
    seen = {}

    def add(dialog):
        fill(dialog, name="coding with SCRATCH")
        dialog.accept()
        seen.update(errors_shown(dialog))
        fill(dialog, level="advanced")
        dialog.accept()

    with_dialog(page.new_action.trigger, add)
    assert set(seen) == {"name"} and "already exists" in seen["name"]
    assert page.list.model.total == 2


def test_edit_a_topic(page, desk):
    topic_id = desk.topics.add(TopicDraft(name="Padlet", audience="secondary"))
    page.list.refresh(select_id=topic_id)

    def edit(dialog):
        assert dialog.editors["name"].text() == "Padlet"
        assert dialog.editors["audience"].currentData() == "secondary"
        fill(dialog, name="Padlet walls", audience="preschool")
        dialog.accept()

    with_dialog(page.edit_action.trigger, edit)
    topic = desk.topics.get(topic_id)
    assert (topic.name, topic.audience.value) == ("Padlet walls", "preschool")
    assert _names(page) == ["Padlet walls"]


@pytest.fixture
def catalogue(desk):
    return {
        "teams": desk.topics.add(TopicDraft(name="Teams and OneNote",
                                            description="Class notebooks")),
        "ipad": desk.topics.add(TopicDraft(name="iPad in preschool", audience="preschool")),
        "microbit": desk.topics.add(TopicDraft(name="micro:bit", level="intermediate",
                                               audience="primary",
                                               description="Programming the class sets")),
        "python": desk.topics.add(TopicDraft(name="Python", level="advanced", audience="secondary",
                                             description="First programs")),
    }


def test_filter_box_level_and_audience(page, catalogue, qtbot):
    page.list.refresh()
    qtbot.keyClicks(page.list.filter_box, "PROGRAM")
    qtbot.waitUntil(lambda: page.list.model.total == 2)
    assert _names(page) == ["micro:bit", "Python"]

    _choose(page.level_picker, "advanced")
    assert _names(page) == ["Python"]
    page.list.filter_box.clear()
    qtbot.waitUntil(lambda: page.list.model.total == 1 and page.list.model.request.text == "")
    _choose(page.level_picker, None)
    _choose(page.audience_picker, "preschool")
    assert _names(page) == ["iPad in preschool", "Teams and OneNote"]  # and for everyone
    assert page.list.count_label.text() == "Topics: 2"


def test_pickers_are_remembered(qtbot, desk, answers, catalogue):
    make_application()
    first = TopicsPage(desk)
    qtbot.addWidget(first)
    first.start()
    _choose(first.level_picker, "intermediate")
    second = TopicsPage(desk)
    qtbot.addWidget(second)
    second.start()
    assert second.level_picker.currentData() == "intermediate"
    assert [second.list.model.index(r, 0).data()
            for r in range(second.list.model.rowCount())] == ["micro:bit"]


def _use(desk, school_id, topic_id, tutors: int, lessons: int) -> None:
    start = datetime(2026, 9, 2, 14, 30)
    tutor_ids = [desk.tutors.add(TutorDraft(name=f"Tutor {n}", home_school_id=school_id,
                                            agreement_start=date(2026, 8, 1),
                                            agreement_end=date(2027, 7, 31)))
                 for n in range(tutors)]
    with desk.db.engine.begin() as conn:
        for tutor in tutor_ids:
            conn.execute(insert(t.tutor_strengths).values(
                tutor_id=tutor, topic_id=topic_id, level="basic"))
        for _ in range(lessons):
            conn.execute(insert(t.lessons).values(
                title="Lesson", topic_id=topic_id, level="basic", kind="training",
                place_kind="online", starts_at=start, ends_at=start + timedelta(hours=1),
                status="planned"))


def test_archive_asks_first_naming_tutors_and_lessons(page, desk, answers, school_id):
    topic_id = desk.topics.add(TopicDraft(name="Coding with Scratch"))
    _use(desk, school_id, topic_id, tutors=2, lessons=3)
    page.list.refresh(select_id=topic_id)
    assert page.list.model.value(page.list.selected_row(), "tutors") == 2

    answers["answer"] = False
    page.archive_action.trigger()
    assert "2 tutors" in answers["confirm"][-1]
    assert "3 planned lessons" in answers["confirm"][-1]
    assert not desk.topics.get(topic_id).archived

    answers["answer"] = True
    page.archive_action.trigger()
    assert desk.topics.get(topic_id).archived
    assert _names(page) == []  # archived topics are hidden by default
    assert desk.topics.choices() == []

    page.show_archived.setChecked(True)
    assert _names(page) == ["Coding with Scratch"]
    page.list.select_id(topic_id)
    assert page.archive_action.text() == "Restore"
    page.archive_action.trigger()
    assert not desk.topics.get(topic_id).archived
    assert len(answers["confirm"]) == 2  # restoring does not ask


def test_archiving_an_unused_topic_says_so(page, desk, answers):
    topic_id = desk.topics.add(TopicDraft(name="Padlet"))
    page.list.refresh(select_id=topic_id)
    page.archive_action.trigger()
    assert answers["confirm"][-1].startswith("No tutor or planned lesson uses Padlet.")
    assert desk.topics.get(topic_id).archived


def test_open_materials_hands_the_link_to_the_desktop(page, desk, opened):
    with_link = desk.topics.add(TopicDraft(name="Padlet", materials_url="https://padlet.com/x"))
    without = desk.topics.add(TopicDraft(name="Seppo"))
    page.list.refresh(select_id=without)
    assert not page.open_action.isEnabled()
    page.list.select_id(with_link)
    assert page.open_action.isEnabled()
    page.open_action.trigger()
    assert opened == ["https://padlet.com/x"]


def test_the_list_model_is_a_valid_qt_model(page, catalogue, qtmodeltester):
    page.list.refresh()
    qtmodeltester.check(page.list.model)


def test_an_empty_catalogue_says_what_to_do(page):
    assert page.list.empty_label.isVisible()
    assert "New topic" in page.list.empty_label.text()
