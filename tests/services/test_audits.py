"""desk.audits on a real database: one stock-take open at a time, devices seen by tag,
progress, the devices not seen with their last holder, closing, and each device's last
stock-take."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    DeviceStatus,
    LoanRequest,
    LossReport,
    ReturnRequest,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.audits import Unseen
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t

SPRING = date(2027, 5, 24)
AUTUMN = date(2027, 11, 22)


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def seen_rows(desk) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t.audit_items))


@pytest.fixture
def maija(desk, school_id):
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school_id,
                                      agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2027, 7, 31)))


@pytest.fixture
def devices(desk, school_id, maija):
    """Six devices: two lent at some time (one back), one never lent, one lost, one
    retired, one in repair."""
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    ids = {name: desk.devices.add(DeviceDraft(asset_tag=tag, category="iPad", location=place))
           for name, tag, place in [("lent", "VAN-001", ""), ("back", "VAN-002", "Shelf 1"),
                                    ("never", "VAN-003", "Shelf 2"), ("lost", "VAN-004", ""),
                                    ("retired", "VAN-005", ""), ("repair", "VAN-006", "")]}
    desk.loans.check_out(LoanRequest(ids["back"], BorrowerKind.TUTOR, maija,
                                     out_on=date(2027, 1, 10)), today=date(2027, 1, 10))
    desk.loans.check_in(ReturnRequest(ids["back"]), today=date(2027, 2, 1))
    desk.loans.check_out(LoanRequest(ids["lent"], BorrowerKind.TUTOR, maija,
                                     out_on=date(2027, 2, 1)),
                         today=date(2027, 2, 1))
    desk.loans.check_in(ReturnRequest(ids["lent"]), today=date(2027, 3, 1))
    desk.loans.check_out(LoanRequest(ids["lent"], BorrowerKind.SCHOOL, school_id),
                         today=date(2027, 3, 2))
    desk.loans.mark_lost(LossReport(ids["lost"]), today=date(2027, 3, 2))
    desk.loans.retire(ids["retired"], today=date(2027, 3, 2))
    desk.loans.send_to_repair(ids["repair"])
    return ids


def test_starting_a_stock_take(desk):
    assert desk.audits.open_audit() is None
    audit = desk.audits.start("  Spring 2027 ", today=SPRING)
    assert desk.audits.open_audit() == (audit, "Spring 2027", SPRING)
    assert desk.audits.audits() == [(audit, "Spring 2027", SPRING, None)]


def test_a_stock_take_needs_a_name(desk):
    assert errors_of(desk.audits.start, "  ", today=SPRING) == {
        "name": "Name the stock-take, e.g. “Spring 2027”."}
    assert desk.audits.audits() == []


def test_one_stock_take_is_open_at_a_time(desk):
    spring = desk.audits.start("Spring 2027", today=SPRING)
    assert errors_of(desk.audits.start, "Autumn 2027", today=AUTUMN) == {
        "name": "A stock-take is already open: close it before starting another."}
    assert len(desk.audits.audits()) == 1
    desk.audits.close(spring, today=SPRING + timedelta(days=3))
    autumn = desk.audits.start("Autumn 2027", today=AUTUMN)
    assert desk.audits.open_audit() == (autumn, "Autumn 2027", AUTUMN)
    assert desk.audits.audits() == [
        (autumn, "Autumn 2027", AUTUMN, None),
        (spring, "Spring 2027", SPRING, SPRING + timedelta(days=3))]


def test_a_device_is_seen_by_its_tag_and_twice_is_harmless(desk, devices):
    audit = desk.audits.start("Spring 2027", today=SPRING)
    assert desk.audits.seen(audit, "van-002", today=SPRING) == (devices["back"], True)
    assert desk.audits.seen(audit, " VAN-002 ", today=SPRING + timedelta(days=1)) == (
        devices["back"], False)
    assert seen_rows(desk) == 1
    assert desk.devices.last_audit(devices["back"]) == SPRING  # the first sighting counts


def test_an_unknown_tag_is_not_found(desk, devices):
    audit = desk.audits.start("Spring 2027", today=SPRING)
    with pytest.raises(NotFound, match="No device has the tag “XYZ-1”."):
        desk.audits.seen(audit, "XYZ-1", today=SPRING)
    assert seen_rows(desk) == 0


def test_progress_counts_devices_not_lost_or_retired(desk, devices):
    audit = desk.audits.start("Spring 2027", today=SPRING)
    assert desk.audits.progress(audit) == (0, 4)
    desk.audits.seen(audit, "VAN-001", today=SPRING)
    desk.audits.seen(audit, "VAN-006", today=SPRING)
    desk.audits.seen(audit, "VAN-006", today=SPRING)
    assert desk.audits.progress(audit) == (2, 4)
    desk.audits.unsee(audit, devices["repair"])
    assert desk.audits.progress(audit) == (1, 4)


def test_a_lost_or_retired_device_seen_does_not_count_towards_progress(desk, devices):
    audit = desk.audits.start("Spring 2027", today=SPRING)
    for tag in ("VAN-001", "VAN-002", "VAN-003", "VAN-004", "VAN-005", "VAN-006"):
        desk.audits.seen(audit, tag, today=SPRING)
    assert desk.audits.progress(audit) == (4, 4)
    assert desk.audits.unseen(audit) == []


def test_unseen_devices_with_their_last_holder(desk, devices):
    audit = desk.audits.start("Spring 2027", today=SPRING)
    desk.audits.seen(audit, "VAN-006", today=SPRING)
    assert desk.audits.unseen(audit) == [
        Unseen(devices["lent"], "VAN-001", "iPad", DeviceStatus.ON_LOAN, "Korson koulu", ""),
        Unseen(devices["back"], "VAN-002", "iPad", DeviceStatus.AVAILABLE,
               "Maija Meikäläinen", "Shelf 1"),
        Unseen(devices["never"], "VAN-003", "iPad", DeviceStatus.AVAILABLE, "", "Shelf 2"),
    ]
    desk.audits.seen(audit, "VAN-001", today=SPRING)
    desk.audits.seen(audit, "VAN-003", today=SPRING)
    assert [u.asset_tag for u in desk.audits.unseen(audit)] == ["VAN-002"]


def test_devices_seen_in_another_stock_take_are_still_unseen_in_this_one(desk, devices):
    spring = desk.audits.start("Spring 2027", today=SPRING)
    desk.audits.seen(spring, "VAN-003", today=SPRING)
    desk.audits.close(spring, today=SPRING)
    autumn = desk.audits.start("Autumn 2027", today=AUTUMN)
    assert "VAN-003" in [u.asset_tag for u in desk.audits.unseen(autumn)]
    assert desk.audits.progress(autumn) == (0, 4)


def test_nothing_changes_in_a_closed_stock_take(desk, devices):
    audit = desk.audits.start("Spring 2027", today=SPRING)
    desk.audits.seen(audit, "VAN-001", today=SPRING)
    desk.audits.close(audit, today=SPRING + timedelta(days=2))
    assert desk.audits.open_audit() is None
    closed = {"audit": "That stock-take is closed."}
    assert errors_of(desk.audits.seen, audit, "VAN-002", today=SPRING) == closed
    assert errors_of(desk.audits.unsee, audit, devices["lent"]) == closed
    assert errors_of(desk.audits.close, audit, today=SPRING) == closed
    assert desk.audits.progress(audit) == (1, 4)
    assert desk.audits.audits()[0][3] == SPRING + timedelta(days=2)


def test_a_stock_take_that_does_not_exist(desk, devices):
    gone = {"audit": "That stock-take no longer exists."}
    assert errors_of(desk.audits.seen, 999, "VAN-001", today=SPRING) == gone
    assert errors_of(desk.audits.close, 999, today=SPRING) == gone
    assert seen_rows(desk) == 0


def test_the_last_stock_take_of_each_device(desk, devices):
    assert desk.devices.last_audit(devices["never"]) is None
    spring = desk.audits.start("Spring 2027", today=SPRING)
    desk.audits.seen(spring, "VAN-003", today=SPRING + timedelta(days=1))
    desk.audits.seen(spring, "VAN-002", today=SPRING)
    desk.audits.close(spring, today=SPRING + timedelta(days=2))
    autumn = desk.audits.start("Autumn 2027", today=AUTUMN)
    desk.audits.seen(autumn, "VAN-003", today=AUTUMN)
    assert desk.devices.last_audit(devices["never"]) == AUTUMN
    assert desk.devices.last_audit(devices["back"]) == SPRING
    assert desk.devices.last_audit(devices["lent"]) is None

    source = desk.devices.list_source(today=AUTUMN)
    keys = [c.key for c in source.columns]
    ids = [devices["never"], devices["back"], devices["lent"]]
    shown = [dict(zip(keys, row, strict=True))["last_audit"] for row in source.rows(ids)]
    assert shown == [AUTUMN, SPRING, None]
    assert source.ids(ListRequest(sort_key="last_audit", filters={"retired": False}))[-2:] == [
        devices["back"], devices["never"]]
