"""Devices in the inventory and the loans that lend them out."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.devices import (
    LENDABLE,
    BorrowerKind,
    Device,
    DeviceStatus,
    Loan,
    LoanState,
)
from coachdesk.domain.errors import ValidationError

OUT = date(2024, 9, 2)
DUE = date(2024, 9, 30)


def errors_of(entity) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        entity.check()
    return caught.value.errors


# -- devices -------------------------------------------------------------------------------


def test_a_valid_device_is_tidied():
    device = Device(asset_tag=" VAN-0042 ", category=" iPad ", price=Decimal("349.90"))
    device.check()
    assert (device.asset_tag, device.category) == ("VAN-0042", "iPad")


def test_a_device_needs_an_asset_tag_and_a_category():
    assert errors_of(Device(asset_tag=" ", category="")) == {
        "asset_tag": "Asset tag is required.",
        "category": "Category is required.",
    }


@pytest.mark.parametrize(
    ("price", "ok"),
    [(None, True), (Decimal("0"), True), (Decimal("0.01"), True), (Decimal("-0.01"), False)],
)
def test_price_cannot_be_negative(price, ok):
    device = Device(asset_tag="T1", category="Laptop", price=price)
    if ok:
        device.check()
    else:
        assert errors_of(device) == {"price": "Price cannot be negative."}


@pytest.mark.parametrize(
    ("count", "message"),
    [(-1, "Content count cannot be negative."), (1_001, "Content count cannot be more than 1000.")],
)
def test_a_kit_content_count_is_limited(count, message):
    device = Device(asset_tag="KIT-1", category="micro:bit", content_count=count)
    assert errors_of(device) == {"content_count": message}


def test_a_class_set_kit_is_valid():
    Device(asset_tag="KIT-1", category="micro:bit", content_count=30).check()


def test_only_available_or_reserved_devices_can_be_lent():
    lendable = {status for status in DeviceStatus if status in LENDABLE}
    assert lendable == {DeviceStatus.AVAILABLE, DeviceStatus.RESERVED}


# -- loans ---------------------------------------------------------------------------------


def loan(**changes) -> Loan:
    values = {
        "device_id": 1, "out_on": OUT, "due_on": DUE,
        "borrower_kind": BorrowerKind.TUTOR, "tutor_id": 5,
    }
    values.update(changes)
    return Loan(**values)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (OUT, LoanState.ACTIVE),
        (DUE, LoanState.ACTIVE),  # due today is not yet late
        (DUE + timedelta(days=1), LoanState.OVERDUE),
        (DUE + timedelta(days=400), LoanState.OVERDUE),
    ],
)
def test_state_of_an_open_loan_depends_on_the_due_date(today, expected):
    assert loan().state(today) is expected


@pytest.mark.parametrize("returned_on", [OUT, DUE, DUE + timedelta(days=10)])
def test_a_returned_loan_is_returned_whatever_the_day(returned_on):
    item = loan(returned_on=returned_on)
    for today in (OUT, DUE, DUE + timedelta(days=30)):
        assert item.state(today) is LoanState.RETURNED


DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))


@given(DAYS, st.integers(0, 120), st.one_of(st.none(), st.integers(0, 200)), DAYS)
def test_loan_state_is_consistent_with_its_dates(out_on, loan_days, return_after, today):
    due_on = out_on + timedelta(days=loan_days)
    returned_on = None if return_after is None else out_on + timedelta(days=return_after)
    item = loan(out_on=out_on, due_on=due_on, returned_on=returned_on)
    item.check()  # every such loan is valid
    state = item.state(today)
    if returned_on is not None:
        assert state is LoanState.RETURNED
    elif today > due_on:
        assert state is LoanState.OVERDUE
    else:
        assert state is LoanState.ACTIVE


@given(DAYS, st.integers(0, 60), st.integers(1, 60))
def test_an_open_loan_once_overdue_stays_overdue(out_on, loan_days, later):
    item = loan(out_on=out_on, due_on=out_on + timedelta(days=loan_days))
    first_late_day = item.due_on + timedelta(days=1)
    assert item.state(item.due_on) is LoanState.ACTIVE
    assert item.state(first_late_day) is LoanState.OVERDUE
    assert item.state(first_late_day + timedelta(days=later)) is LoanState.OVERDUE


@pytest.mark.parametrize(
    ("kind", "ids"),
    [
        (BorrowerKind.TUTOR, {"tutor_id": 5}),
        (BorrowerKind.TEACHER, {"teacher_id": 6}),
        (BorrowerKind.SCHOOL, {"school_id": 7}),
    ],
)
def test_a_loan_to_each_kind_of_borrower(kind, ids):
    item = Loan(device_id=1, out_on=OUT, due_on=DUE, borrower_kind=kind, **ids)
    item.check()
    assert item.borrower_id() == next(iter(ids.values()))


def test_a_loan_due_the_day_it_goes_out_is_valid():
    loan(due_on=OUT, returned_on=OUT).check()


def test_a_loan_cannot_be_due_before_it_starts():
    assert errors_of(loan(due_on=OUT - timedelta(days=1))) == {
        "due_on": "A loan cannot be due before it starts."
    }


def test_a_device_cannot_come_back_before_it_went_out():
    assert errors_of(loan(returned_on=OUT - timedelta(days=1))) == {
        "returned_on": "A device cannot come back before it went out."
    }


BORROWER_MESSAGE = "A loan has exactly one borrower: a tutor, a teacher or a school."


@pytest.mark.parametrize(
    ("kind", "ids"),
    [
        (BorrowerKind.TUTOR, {"tutor_id": None}),  # nobody
        (BorrowerKind.TUTOR, {"tutor_id": 5, "school_id": 7}),  # two borrowers
        (BorrowerKind.SCHOOL, {"tutor_id": 5, "teacher_id": 6, "school_id": 7}),
        (BorrowerKind.TEACHER, {"tutor_id": None, "school_id": 7}),  # the kind disagrees
    ],
)
def test_a_loan_has_exactly_one_borrower_of_its_kind(kind, ids):
    item = loan(borrower_kind=kind, **ids)
    assert errors_of(item) == {"borrower": BORROWER_MESSAGE}


def test_loan_check_tidies_notes_and_reports_every_field():
    item = loan(
        due_on=OUT - timedelta(days=2), returned_on=OUT - timedelta(days=1), tutor_id=None,
        notes="  scratched screen ",
    )
    assert set(errors_of(item)) == {"due_on", "returned_on", "borrower"}
    assert item.notes == "scratched screen"


ID = st.one_of(st.none(), st.integers(1, 99))


@given(st.sampled_from(list(BorrowerKind)), ID, ID, ID)
def test_borrower_rule_agrees_with_its_definition(kind, tutor_id, teacher_id, school_id):
    item = loan(borrower_kind=kind, tutor_id=tutor_id, teacher_id=teacher_id,
                school_id=school_id)
    ids = {BorrowerKind.TUTOR: tutor_id, BorrowerKind.TEACHER: teacher_id,
           BorrowerKind.SCHOOL: school_id}
    others = [v for k, v in ids.items() if k is not kind]
    valid = ids[kind] is not None and all(v is None for v in others)
    if valid:
        item.check()
        assert item.borrower_id() == ids[kind]
    else:
        assert errors_of(item) == {"borrower": BORROWER_MESSAGE}
