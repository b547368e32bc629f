"""The filter row of the Lessons, Visits and Calendar pages: labelled pickers and check boxes
that remember their choices and say once that the filters changed."""

import pytest
from PySide6.QtWidgets import QLabel

from coachdesk.ui.app import make_application
from coachdesk.ui.widgets.filter_bar import FilterBar

PERIODS = [("upcoming", "Upcoming"), ("all", "All")]
TUTORS = [(7, "Anna Virtanen"), (9, "Ville Virtanen")]


@pytest.fixture
def make_bar(qtbot):
    def make() -> FilterBar:
        make_application()
        bar = FilterBar("test_page")
        bar.picker("period", "Period", PERIODS, remember=True)
        bar.picker("tutor", "Tutor", [(None, "Any tutor")], remember=True)
        bar.picker("school", "School", [(None, "Any school")])
        bar.check("mine", "Mine only", remember=True)
        bar.finish()
        qtbot.addWidget(bar)
        return bar
    return make


def test_choices_are_remembered_for_the_next_time(make_bar):
    bar = make_bar()
    bar.refill("tutor", TUTORS)
    bar.refill("school", [(3, "Korson koulu")])
    bar.controls["period"].setCurrentIndex(1)
    bar.controls["tutor"].setCurrentIndex(2)
    bar.controls["school"].setCurrentIndex(1)
    bar.controls["mine"].setChecked(True)

    again = make_bar()
    # the tutor waits for the choices, which come from the database later
    assert again.values() == {"period": "all", "tutor": None, "school": None, "mine": True}
    again.refill("tutor", TUTORS)
    again.refill("school", [(3, "Korson koulu")])
    assert again.values() == {"period": "all", "tutor": 9, "school": None, "mine": True}


def test_one_signal_for_a_choice_and_one_for_several_set_at_once(make_bar):
    bar = make_bar()
    bar.refill("tutor", TUTORS)
    said = []
    bar.changed.connect(lambda: said.append(bar.values()))
    bar.controls["tutor"].setCurrentIndex(1)
    assert said == [{"period": "upcoming", "tutor": 7, "school": None, "mine": False}]
    bar.set(period="all", tutor=None, mine=True)
    assert said[1:] == [{"period": "all", "tutor": None, "school": None, "mine": True}]


def test_refilling_keeps_the_choice_and_says_nothing(make_bar):
    bar = make_bar()
    bar.refill("tutor", TUTORS)
    bar.set(tutor=9)
    said = []
    bar.changed.connect(lambda: said.append(1))
    bar.refill("tutor", [(9, "Ville Virtanen"), (11, "Aapo Ankkuri")])
    assert bar.value("tutor") == 9
    bar.refill("tutor", [(11, "Aapo Ankkuri")])  # archived meanwhile: all tutors again
    assert bar.value("tutor") is None
    assert said == []


def test_labels_name_their_pickers_and_a_box_may_stand_elsewhere(make_bar, qtbot):
    bar = make_bar()
    labels = {label.text(): label.buddy() for label in bar.findChildren(QLabel)}
    assert labels == {"Period": bar.controls["period"], "Tutor": bar.controls["tutor"],
                      "School": bar.controls["school"]}
    assert bar.controls["period"].objectName() == "test_page_period"
    elsewhere = bar.check("late", "Late only", in_row=False)
    assert elsewhere.parent() is None  # the page places it (beside a list's filter box)
    qtbot.addWidget(elsewhere)
    elsewhere.setChecked(True)
    assert bar.value("late") is True
