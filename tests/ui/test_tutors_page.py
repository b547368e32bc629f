from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QStyleOptionViewItem

from coachdesk.domain.schools import SchoolDraft
from coachdesk.domain.topics import Level, Topic
from coachdesk.domain.tutors import TutorDraft, TutorKind
from coachdesk.services.demo import fill_demo_data
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.tutors_page import TutorsPage, hours_text
from coachdesk.ui.widgets.plan_editor import HOURS, KEPT, MONTHLY, WEEKLY, PlanEditor
from tests.drafts import edit
from tests.ui.helpers import errors_shown, fill, with_dialog

TODAY = date(2026, 11, 26)
AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}
WEEKLY_PLAN = {"released_rule": "FREQ=WEEKLY;BYDAY=TU", "released_from": time(8),
               "released_until": time(15)}


@pytest.fixture
def make_page(qtbot, desk, answers):
    def make() -> TutorsPage:
        make_application()
        page = TutorsPage(desk, today=TODAY)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.start()
        return page
    return make


@pytest.fixture
def korso(desk):
    return desk.schools.add(SchoolDraft(name="Korson koulu"))


def _topic(desk, name: str) -> int:
    """The catalogue has no form yet: a topic straight into the database."""
    with desk.db.transaction() as s:
        topic = Topic(name=name)
        s.add(topic)
        s.flush()
        return topic.id


def _tutor(desk, school, name="Anna Virtanen", **fields) -> int:
    return desk.tutors.add(TutorDraft(name=name, home_school_id=school,
                                      **{**AGREEMENT, **WEEKLY_PLAN, **fields}))


def _names(page) -> list[str]:
    model = page.list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _column(page, key: str) -> int:
    model = page.list.model
    return next(i for i in range(model.columnCount()) if model.column_key(i) == key)


def _cell(page, row: int, key: str) -> str:
    return page.list.model.index(row, _column(page, key)).data()


def _shown(page, row: int, key: str) -> QStyleOptionViewItem:
    """What the view paints in a cell, after the page's delegate had its say."""
    option = QStyleOptionViewItem()
    option.widget = page.list.view
    page.delegate.initStyleOption(option, page.list.model.index(row, _column(page, key)))
    return option


def _dates(dialog, **dates) -> None:
    for key, value in dates.items():
        dialog.set_value(key, value)


def test_add_a_tutor_with_a_weekly_plan(make_page, desk, korso):
    page = make_page()

    def add(dialog):
        fill(dialog, name="Liisa Nieminen", email="liisa.nieminen@opetus.example.fi",
             home_school_id="Korson koulu", allotted_hours_per_term="120")
        _dates(dialog, **AGREEMENT)
        plan = dialog.plan
        plan.pattern.setCurrentIndex(plan.pattern.findData(WEEKLY))
        plan.day_boxes[2].setChecked(True)
        plan.day_boxes[4].setChecked(True)
        plan.starts.setTime(QTime(12, 0))
        plan.ends.setTime(QTime(16, 0))
        assert plan.preview.text().startswith("Every Tuesday and Thursday 12:00–16:00")
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.new_action.trigger, add)
    assert _names(page) == ["Liisa Nieminen"]
    tutor_id = page.list.selected_id()
    tutor = desk.tutors.get(tutor_id)
    assert tutor.released_rule == "FREQ=WEEKLY;BYDAY=TU,TH"
    assert (tutor.released_from, tutor.released_until) == ("12:00", "16:00")
    assert tutor.allotted_hours_per_term == 120
    assert desk.tutors.schools_of(tutor_id) == [(korso, "Korson koulu")]
    assert "Every Tuesday and Thursday" in page.detail.text.text()


def test_a_plan_that_yields_no_time_is_refused_beside_the_plan(make_page, desk, korso):
    page = make_page()
    seen = {}

    def add(dialog):
        fill(dialog, name="Liisa Nieminen", home_school_id="Korson koulu")
        # the last Friday of December 2026 is Christmas day, after the agreement
        _dates(dialog, agreement_start=date(2026, 12, 1), agreement_end=date(2026, 12, 20))
        plan = dialog.plan
        plan.pattern.setCurrentIndex(plan.pattern.findData(MONTHLY))
        plan.ordinal.setCurrentIndex(plan.ordinal.findData(-1))
        plan.weekday.setCurrentIndex(plan.weekday.findData(5))
        dialog.accept()
        seen["no time"] = errors_shown(dialog)
        assert not plan.errors["released_rule"].isHidden()

        plan.ordinal.setCurrentIndex(plan.ordinal.findData(1))  # the first Friday: 4.12.
        plan.starts.setTime(QTime(15, 0))
        plan.ends.setTime(QTime(8, 0))
        dialog.accept()
        seen["reversed"] = errors_shown(dialog)

    with_dialog(page.new_action.trigger, add)
    assert list(seen["no time"]) == ["released_rule"]
    assert "no school days" in seen["no time"]["released_rule"]
    assert list(seen["reversed"]) == ["released_until"]
    assert page.list.model.total == 0
    assert desk.tutors.choices() == []


def test_the_editor_asks_for_days_or_hours_before_saving(make_page, desk, korso):
    page = make_page()
    seen = {}

    def add(dialog):
        fill(dialog, name="Liisa Nieminen", home_school_id="Korson koulu")
        plan = dialog.plan
        plan.pattern.setCurrentIndex(plan.pattern.findData(WEEKLY))
        dialog.accept()
        seen["weekly"] = errors_shown(dialog)
        plan.pattern.setCurrentIndex(plan.pattern.findData(HOURS))
        dialog.accept()
        seen["hours"] = errors_shown(dialog)
        plan.weekly_hours.setText("50")
        dialog.accept()
        seen["too many"] = errors_shown(dialog)

    with_dialog(page.new_action.trigger, add)
    assert list(seen["weekly"]) == ["released_rule"]
    assert list(seen["hours"]) == ["weekly_hours"]
    assert list(seen["too many"]) == ["weekly_hours"]
    assert page.list.model.total == 0


def test_hours_per_week_without_fixed_days(make_page, desk, korso):
    tutor_id = _tutor(desk, korso)
    page = make_page()
    page.list.select_id(tutor_id)

    def edit(dialog):
        dialog.plan.pattern.setCurrentIndex(dialog.plan.pattern.findData(HOURS))
        dialog.plan.weekly_hours.setText("7,5")
        dialog.accept()
        assert errors_shown(dialog) == {}

    with_dialog(page.edit_action.trigger, edit)
    tutor = desk.tutors.get(tutor_id)
    assert (tutor.released_rule, tutor.weekly_hours) == ("", 7.5)
    assert "7.5 h a week, no fixed days" in page.detail.text.text()


def test_the_editor_reads_back_stored_plans(qtbot):
    editor = PlanEditor()
    qtbot.addWidget(editor)
    editor.set_plan("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR", "8:00", "12:30")
    assert editor.current_pattern() == WEEKLY
    assert editor.weekdays() == [1, 5]
    assert editor.values()["released_rule"] == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR"
    editor.set_plan("FREQ=MONTHLY;BYDAY=-1WE", "9:00", "15:00")
    assert editor.current_pattern() == MONTHLY
    assert editor.values() == {"released_rule": "FREQ=MONTHLY;BYDAY=-1WE",
                               "released_from": time(9), "released_until": time(15),
                               "weekly_hours": None}
    editor.set_plan("FREQ=DAILY;COUNT=3", "9:00", "10:00")  # not the editor's: kept as it is
    assert editor.current_pattern() == KEPT
    assert editor.values()["released_rule"] == "FREQ=DAILY;COUNT=3"


def test_edit_strengths_and_served_schools(make_page, desk, korso):
    kuusikko = desk.schools.add(SchoolDraft(name="Kuusikon koulu"))
    scratch = _topic(desk, "Coding with Scratch")
    robots = _topic(desk, "Robotics with LEGO Spike")
    tutor_id = _tutor(desk, korso)
    page = make_page()
    page.list.select_id(tutor_id)

    def strengths(dialog):
        dialog.set_level(scratch, Level.ADVANCED.value)
        dialog.set_level(robots, Level.BASIC.value)
        dialog.accept()

    with_dialog(page.strengths_action.trigger, strengths)
    assert desk.tutors.strengths_of(tutor_id) == [
        (scratch, "Coding with Scratch", Level.ADVANCED),
        (robots, "Robotics with LEGO Spike", Level.BASIC)]
    assert "Coding with Scratch" in _cell(page, 0, "strengths")
    assert "(advanced)" in page.detail.text.text()

    page.topic_picker.setCurrentIndex(page.topic_picker.findData(robots))
    assert _names(page) == ["Anna Virtanen"]
    edit(desk.tutors, tutor_id, strengths={scratch: "advanced"})
    page.refresh()
    assert _names(page) == []
    page.topic_picker.setCurrentIndex(0)
    page.list.select_id(tutor_id)

    explained = {}

    def schools(dialog):
        explained["school tutor"] = dialog.explain.text()
        assert not dialog.checks.isEnabled()
        dialog.roaming.setChecked(True)
        dialog.set_checked([korso, kuusikko])
        dialog.accept()

    with_dialog(page.schools_action.trigger, schools)
    assert "only their home school, Korson koulu" in explained["school tutor"]
    assert desk.tutors.get(tutor_id).kind is TutorKind.ROAMING
    assert [name for _i, name in desk.tutors.schools_of(tutor_id)] == [
        "Korson koulu", "Kuusikon koulu"]
    assert _cell(page, 0, "schools") == "2"

    def no_school(dialog):
        dialog.set_checked([])
        dialog.accept()
        explained["none"] = dialog.error.text()

    with_dialog(page.schools_action.trigger, no_school)
    assert "Choose the schools" in explained["none"]
    assert len(desk.tutors.schools_of(tutor_id)) == 2


def test_end_an_agreement_keeps_the_tutor(make_page, desk, korso):
    tutor_id = _tutor(desk, korso)
    page = make_page()
    page.list.select_id(tutor_id)
    said = {}

    def too_early(dialog):
        dialog.last_day.setDate(date(2026, 7, 1))
        dialog.accept()
        said["error"] = dialog.error.text()

    with_dialog(page.end_action.trigger, too_early)
    assert "cannot end before it starts" in said["error"]
    assert desk.tutors.get(tutor_id).agreement_end == AGREEMENT["agreement_end"]

    def end(dialog):
        assert dialog.last_day.date().toPython() == TODAY
        dialog.last_day.setDate(date(2026, 11, 20))
        dialog.accept()

    with_dialog(page.end_action.trigger, end)
    assert desk.tutors.get(tutor_id).agreement_end == date(2026, 11, 20)
    assert _names(page) == ["Anna Virtanen"]  # history kept: still in the register
    assert "Ended" in page.detail.text.text()
    page.current_only.setChecked(True)
    assert _names(page) == []


def test_agreements_ending_within_60_days_are_flagged(make_page, desk, korso):
    soon = _tutor(desk, korso, "Anna Virtanen", agreement_end=TODAY + timedelta(days=30))
    _tutor(desk, korso, "Mikko Korhonen")
    page = make_page()
    assert _names(page) == ["Mikko Korhonen", "Anna Virtanen"]  # by surname
    flagged = _shown(page, 1, "renewal")
    assert flagged.text == "Renewal due"
    assert flagged.backgroundBrush.color().name() == "#fff1c7"
    assert _shown(page, 0, "renewal").text == ""
    page.list.select_id(soon)
    assert "Renewal due" in page.detail.text.text()
    assert "ends in 30 days" in page.detail.text.text()


def test_the_term_picker_changes_the_hours_column(make_page, desk, qtmodeltester):
    fill_demo_data(desk, "small", today=TODAY)
    page = make_page()
    terms = [page.term_picker.itemText(i) for i in range(page.term_picker.count())]
    assert terms == ["Spring term 2027", "Autumn term 2026"]
    assert page.term_picker.currentText() == "Autumn term 2026"  # the term of today
    autumn = [_cell(page, r, "hours") for r in range(page.list.model.rowCount())]
    assert any(h.split(" / ")[0] != "0" for h in autumn)

    page.term_picker.setCurrentIndex(page.term_picker.findText("Spring term 2027"))
    spring = [_cell(page, r, "hours") for r in range(page.list.model.rowCount())]
    assert spring != autumn
    assert all(h.startswith("0 /") for h in spring)  # nothing done in the spring yet
    qtmodeltester.check(page.list.model)

    again = make_page()  # the choice is remembered
    assert again.term_picker.currentText() == "Spring term 2027"
    again.list.view.selectRow(0)
    assert "Spring term 2027" in again.detail.text.text()


def test_kind_filter_and_list_model(make_page, desk, korso, qtmodeltester):
    kuusikko = desk.schools.add(SchoolDraft(name="Kuusikon koulu"))
    _tutor(desk, korso, "Anna Virtanen")
    _tutor(desk, korso, "Mikko Korhonen", kind="roaming", school_ids=[korso, kuusikko])
    page = make_page()
    page.kind_picker.setCurrentIndex(page.kind_picker.findData(TutorKind.ROAMING.value))
    assert _names(page) == ["Mikko Korhonen"]
    qtmodeltester.check(page.list.model)


def test_the_hours_column_reads_used_of_allotted(make_page, desk, korso):
    assert hours_text(5.5, 100.0) == "5.5 / 100"
    assert hours_text(None, None) == "0"
    assert hours_text(12.25, None) == "12.3"  # a half rounds up
    _tutor(desk, korso, kind=TutorKind.ROAMING, school_ids=(korso,), allotted_hours_per_term=120)
    page = make_page()
    assert _cell(page, 0, "hours") == "0 / 120"
    assert _cell(page, 0, "kind") == "Roaming tutor"
    assert page.list.model.headerData(_column(page, "hours"), Qt.Orientation.Horizontal) == (
        "Hours used / allotted")


def test_every_mistake_in_the_tutor_form_is_named_at_once(make_page, desk, korso):
    page = make_page()
    seen = {}

    def add(dialog):
        fill(dialog, name=" ", allotted_hours_per_term="lots")
        dialog.set_value("agreement_end", date(2026, 1, 1))
        plan = dialog.plan
        plan.pattern.setCurrentIndex(plan.pattern.findData(HOURS))
        plan.weekly_hours.setText("paljon")
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_action.trigger, add)
    assert seen == {
        "name": "Name is required.",
        "home_school_id": "Choose the tutor's home school.",
        "agreement_end": "The agreement cannot end before it starts.",
        "allotted_hours_per_term": "Hours per term must be a number.",
        "weekly_hours": "Hours per week must be a number.",
    }
    assert page.list.model.total == 0


def test_the_page_reads_again_only_what_an_operation_changed(make_page, desk, korso):
    from coachdesk.domain.topics import TopicDraft
    from coachdesk.ui.operations import run_op

    tutor_id = _tutor(desk, korso)
    page = make_page()
    page.list.select_id(tutor_id)
    resets = []
    page.list.model.modelReset.connect(lambda: resets.append(1))
    run_op(None, lambda: desk.devices.add_category(name="iPad", loan_days=14))
    assert resets == []  # devices are not on the Tutors page
    run_op(None, lambda: desk.topics.add(TopicDraft(name="Padlet")))
    assert page.topic_picker.findText("Padlet") >= 0  # the picker of strengths
    run_op(None, lambda: edit(desk.tutors, tutor_id, notes="Vetää koodikerhoa"))
    assert "Vetää koodikerhoa" in page.detail.text.text()
    assert page.list.selected_id() == tutor_id  # the selection is kept
