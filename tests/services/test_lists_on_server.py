"""The same municipality shows the same on a PostgreSQL server as in a file: every list
in every order (empty values, case, ties), the filters, and Today."""

from dataclasses import asdict
from datetime import date, datetime

import pytest

from coachdesk.services.listing import ListRequest
from tests.postgres import demo_on_both

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def twins(postgres, small_demo):
    with demo_on_both(postgres, small_demo(TODAY).path) as both:
        yield both


def sources(desk):
    """Every list page's source, by name."""
    return {
        "schools": desk.schools.list_source(),
        "teachers": desk.teachers.list_source(),
        "topics": desk.topics.list_source(),
        "tutors": desk.tutors.list_source(today=TODAY),
        "candidates": desk.recruitment.list_source(),
        "lessons": desk.lessons.list_source(),
        "enrollments": desk.enrollments.enrollments_source(),
        "teacher attendance": desk.enrollments.teacher_attendance_source(today=TODAY),
        "school attendance": desk.enrollments.school_attendance_source(today=TODAY),
        "visits": desk.visits.list_source(),
        "requests": desk.requests.list_source(),
        "devices": desk.devices.list_source(today=TODAY),
        "loans": desk.loans.loans_source(today=TODAY),
        "reservations": desk.loans.reservations_source(today=TODAY),
    }


def same(rows: list[tuple]) -> list[tuple]:
    """Rows to compare across engines: a float's last bits may differ (the order in which
    an average adds up), its type and its first nine digits may not."""
    return [tuple(round(v, 9) if isinstance(v, float) else v for v in row) for row in rows]


def test_every_list_in_every_order_is_the_same_on_the_server(twins):
    in_file, on_server = twins
    here, there = sources(in_file), sources(on_server)
    for name, source in here.items():
        for column in source.columns:
            for descending in (False, True):
                request = ListRequest(sort_key=column.key, descending=descending)
                ids = source.ids(request)
                assert there[name].ids(request) == ids, (name, column.key, descending)
                assert same(there[name].rows(ids[:50], request)) == same(
                    source.rows(ids[:50], request)), (name, column.key)


@pytest.mark.parametrize("text", ["a", "KOULU", "ä", "50%", "_", "o'"])
def test_the_filter_finds_the_same_on_the_server(twins, text):
    in_file, on_server = twins
    here, there = sources(in_file), sources(on_server)
    for name, source in here.items():
        request = ListRequest(text=text)
        assert there[name].ids(request) == source.ids(request), name


def test_today_is_the_same_on_the_server(twins):
    in_file, on_server = twins
    for call in ("attention", "glance"):
        here = getattr(in_file.dashboard, call)(today=TODAY)
        there = getattr(on_server.dashboard, call)(today=TODAY)
        if isinstance(here, list):
            assert [asdict(x) for x in there] == [asdict(x) for x in here], call
        else:
            assert asdict(there) == asdict(here), call


def test_tutors_hours_allotted_in_a_term_are_the_same_on_the_server(twins):
    """The days the agreements cover are counted alike by both engines (day_number)."""
    in_file, on_server = twins
    period = {"period_start": datetime(2026, 8, 1), "period_end": datetime(2027, 1, 1)}
    request = ListRequest(sort_key="hours", filters=period)
    here, there = in_file.tutors.list_source(TODAY), on_server.tutors.list_source(TODAY)
    ids = here.ids(request)
    assert there.ids(request) == ids
    rows = same(here.rows(ids, request))
    assert same(there.rows(ids, request)) == rows
    column = [c.key for c in here.columns].index("allotted_in_period")
    assert any(row[column] for row in rows)
