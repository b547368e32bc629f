"""A click on Today shows what it names: the record selected on its page (the right list,
the page's filters widened if they hid it), or a rule's records through the page's own
filters, which the coordinator sees and can change back."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.dashboard import AttentionKind, Target
from coachdesk.storage import tables as t
from coachdesk.ui.app import make_application
from coachdesk.ui.pages.catalog import PAGES, home_of
from coachdesk.ui.pages.devices_page import DevicesPage
from coachdesk.ui.pages.lessons_page import LessonsPage
from coachdesk.ui.pages.tutors_page import TutorsPage
from coachdesk.ui.pages.visits_page import ALL, PAST, UPCOMING, VisitsPage
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)  # a Tuesday: the demo data has something for every rule


@pytest.fixture
def desk(db_path, small_demo):
    """The small demo made for TODAY: a copy of one made once for the session."""
    d = open_copy(small_demo(TODAY).path, db_path)
    yield d
    d.close()


@pytest.fixture
def items(desk):
    return {item.kind: item for item in desk.dashboard.attention(TODAY)}


@pytest.fixture
def make(qtbot, desk):
    """A page of this class on the demo data, its clock pinned to TODAY."""
    make_application()

    def build(cls):
        page = cls(desk, today=TODAY)
        qtbot.addWidget(page)
        page.resize(1100, 800)
        page.show()
        page.start()
        return page

    return build


class Window:
    """What the main window does with a click on Today, on a page built here."""

    def __init__(self, page):
        self.page = page

    def open_target(self, target: Target) -> None:
        self.page.show_target(target.kind, target.record_id, target.filters)


def test_the_main_window_opens_a_request_among_the_requests_not_as_a_visit(
        window, items, desk):
    line = items[AttentionKind.NEW_REQUESTS].lines[0]
    assert line.target.kind is RecordKind.REQUEST
    window.open_target(line.target)
    page = window.page(VisitsPage)
    assert window.current_page() is page
    assert page.requests.selected_id() == line.target.record_id
    assert page.list.selected_id() is None  # no visit that happens to share the number


def rule(kind: RecordKind, **filters) -> Target:
    """A rule's heading on Today, as the dashboard gives it when it has several records."""
    return Target(kind, filters=filters)


def past_visit(desk) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(t.visits.c.id).where(
            t.visits.c.starts_at < datetime.combine(TODAY, time())).limit(1))


def test_a_past_visit_hidden_by_the_period_is_shown_by_widening_it(make, items, desk):
    page = make(VisitsPage)
    page.period_picker.setCurrentIndex(page.period_picker.findData(UPCOMING))
    visit_id = past_visit(desk)
    assert not page.list.select_id(visit_id)  # "Upcoming" hides it
    Window(page).open_target(Target(RecordKind.VISIT, visit_id))
    assert page.list.selected_id() == visit_id
    assert page.period_picker.currentData() == ALL


def test_the_unlogged_visits_rule_shows_booked_past_visits(make, items):
    page = make(VisitsPage)
    Window(page).open_target(rule(RecordKind.VISIT, status="booked",
                                  until=TODAY - timedelta(days=1)))
    assert (page.period_picker.currentData(), page.status_picker.currentData()) == (
        PAST, "booked")
    assert {page.list.model.value(row, "status") for row in range(page.list.model.rowCount())
            } <= {VisitStatus.BOOKED}


def test_the_requests_rule_shows_the_open_requests(make, items):
    page = make(VisitsPage)
    page.show_closed.setChecked(True)
    Window(page).open_target(rule(RecordKind.VISIT, open=True))
    assert not page.show_closed.isChecked()
    shown = {page.requests.model.id_at(row) for row in range(page.requests.model.total)}
    assert {line.target.record_id for line in items[AttentionKind.NEW_REQUESTS].lines} <= shown


def test_the_unmarked_lessons_rule_ticks_attendance_to_mark(make, items):
    item = items[AttentionKind.UNMARKED_LESSONS]
    page = make(LessonsPage)
    Window(page).open_target(rule(RecordKind.LESSON, to_mark_before=TODAY))
    assert page.to_mark.isChecked() and page.period_picker.currentData() == ALL
    assert page.list.model.total == item.count
    page.to_mark.setChecked(False)  # and the coordinator can take it back
    assert page.list.model.total > item.count


def test_a_lesson_is_selected_even_when_attendance_to_mark_hides_it(make, items):
    page = make(LessonsPage)
    window = Window(page)
    window.open_target(rule(RecordKind.LESSON, to_mark_before=TODAY))
    soon = items[AttentionKind.LESSONS_SOON].lines[0].target
    window.open_target(soon)
    assert page.list.selected_id() == soon.record_id
    assert not page.to_mark.isChecked()


def test_loan_and_reservation_rules_open_their_tab(make, items):
    page = make(DevicesPage)
    window = Window(page)
    window.open_target(rule(RecordKind.LOAN, overdue=True))
    assert page.tabs.currentWidget() is page.overdue
    window.open_target(rule(RecordKind.LOAN, due_soon=True))
    assert page.tabs.currentWidget() is page.due_soon
    window.open_target(rule(RecordKind.LOAN, to_hand_out=True))
    assert page.tabs.currentWidget() is page.reservations
    assert page.hand_out_only.isChecked()


def test_a_device_hidden_by_the_filters_is_shown(make, items):
    page = make(DevicesPage)
    line = items[AttentionKind.OVERDUE_LOANS].lines[0]
    page.status_picker.setCurrentIndex(page.status_picker.findData("retired"))
    Window(page).open_target(line.target)
    assert page.list.selected_id() == line.target.record_id
    assert page.status_picker.currentData() is None


def test_the_agreements_rule_shows_current_tutors(make, items, desk):
    page = make(TutorsPage)
    window = Window(page)
    page.current_only.setChecked(False)
    window.open_target(rule(RecordKind.TUTOR, current=True))
    assert page.current_only.isChecked()
    tutor_id = desk.tutors.choices()[0][0]
    page.list.filter_box.setText("no tutor is called this")
    page.list.filter_box.returnPressed.emit()  # filtered at once
    assert page.list.model.total == 0
    window.open_target(Target(RecordKind.TUTOR, tutor_id))
    assert page.list.selected_id() == tutor_id
    assert page.list.filter_box.text() == ""


def test_the_rules_filters_are_those_the_pages_apply(items, desk):
    """Every filter a rule of Today names (over three weeks of the demo data) is one that
    its page applies above: a new one would otherwise be dropped without a word."""
    # A period becomes the page's Upcoming or Past (the pages have no dates to pick).
    applied = {"VisitsPage": {"open", "status", "from", "until"},
               "LessonsPage": {"from", "until", "to_mark_before"},
               "DevicesPage": {"overdue", "due_soon", "to_hand_out"},
               "TutorsPage": {"current"},
               "AttendancePage": {"school_id"}}  # the competence view chooses the school
    named: dict[str, set[str]] = {}
    for day in range(-10, 11):
        for item in desk.dashboard.attention(TODAY + timedelta(days=day)):
            if item.target.record_id is None:
                page = PAGES[home_of(item.target.kind)].class_name
                named.setdefault(page, set()).update(item.target.filters)
    assert named and all(names <= applied[page] for page, names in named.items()), named


def test_attendance_to_mark_shows_its_lessons_whatever_the_period(make, items):
    """Ticked by hand with the period "Upcoming" (the default), it shows the lessons Today
    counts, not none; the period comes back when it is unticked."""
    item = items[AttentionKind.UNMARKED_LESSONS]
    page = make(LessonsPage)
    page.filters.set(period="upcoming", to_mark=False)
    upcoming = page.list.model.total
    page.to_mark.setChecked(True)
    assert page.list.model.total == item.count > 0
    assert page.period_picker.currentData() == "upcoming"
    assert not page.period_picker.isEnabled()
    page.to_mark.setChecked(False)
    assert page.period_picker.isEnabled()
    assert page.list.model.total == upcoming


def test_a_grant_warning_opens_its_grant_on_the_grants_page(window, desk):
    from dataclasses import replace
    from decimal import Decimal

    from coachdesk.domain.grants import CostDraft
    from coachdesk.ui.pages.grants_page import GrantsPage
    from tests.domain.test_grants import helsinki

    grant = desk.grants.add(replace(helsinki(), name="Autumn devices",
                                    starts=date(2026, 8, 1), ends=date(2027, 7, 31)))
    line = desk.grants.lines(grant)[2].id
    desk.costs.add(CostDraft(line, date(2026, 9, 1), Decimal("30000")))
    item = {i.kind: i for i in desk.dashboard.attention(TODAY)}[AttentionKind.GRANTS]
    warning = next(x for x in item.lines if x.note == "Autumn devices")
    assert warning.target == Target(RecordKind.GRANT, grant)
    page = window.page(GrantsPage)
    other = desk.grants.add(replace(helsinki(), name="Another grant"))
    page.reload_grants(select=other)  # the page shows another grant when Today is clicked
    window.open_target(warning.target)
    assert window.current_page() is page
    assert page.grant_id() == grant
