"""desk.devices on a real database: categories and their loan periods, devices with a
unique asset tag, finding a scanned tag, status counts, history and holdings, and the
inventory list with its filters."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    DeviceStatus,
    LoanRequest,
    LossReport,
    ReservationRequest,
    ReturnRequest,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.listing import ListRequest
from coachdesk.storage import tables as t
from tests.drafts import edit

TODAY = date(2026, 9, 7)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def count(desk, table) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


@pytest.fixture
def ipads(desk):
    return desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30,
                                                   until_agreement_end=True,
                                                   description="For the tutors' self-study"))


@pytest.fixture
def robots(desk):
    return desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))


@pytest.fixture
def maija(desk, school_id):
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school_id,
                                      agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2027, 7, 31)))


@pytest.fixture
def matti(desk, school_id):
    return desk.tutors.add(TutorDraft(name="Matti Virtanen", home_school_id=school_id,
                                      agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2027, 7, 31)))


# -- categories -----------------------------------------------------------------------------


def test_categories_are_listed_by_name(desk, ipads, robots):
    desk.devices.add_category(CategoryDraft(name=" Document camera ", loan_days=7))
    listed = desk.devices.categories()
    assert [c.name for c in listed] == ["Document camera", "iPad", "Robot kit"]
    ipad = desk.devices.category_named("iPad")
    assert (ipad.id, ipad.loan_days, ipad.until_agreement_end, ipad.description) == (
        ipads, 30, True, "For the tutors' self-study")
    assert desk.devices.category_named("Drone") is None


@pytest.mark.parametrize("name", ["iPad", "IPAD", " ipad "])
def test_a_category_name_is_taken_in_any_case(desk, ipads, name):
    errors = errors_of(desk.devices.add_category, CategoryDraft(name=name, loan_days=10))
    assert errors == {"name": f"There is already a category “{name.strip()}”."}
    assert count(desk, t.device_categories) == 1


@pytest.mark.parametrize("days", [0, 401, -3, None])
def test_a_loan_period_is_limited(desk, days):
    assert set(errors_of(desk.devices.add_category,
                         CategoryDraft(name="Laptop", loan_days=days))) == {"loan_days"}
    assert count(desk, t.device_categories) == 0


@pytest.mark.parametrize("days", [1, 400, 21])
def test_a_loan_period_within_limits(desk, days):
    category_id = desk.devices.add_category(CategoryDraft(name="Laptop", loan_days=days))
    assert desk.devices.category_named("Laptop").loan_days == int(days)
    assert category_id is not None


def test_a_category_needs_a_name(desk):
    assert errors_of(desk.devices.add_category, CategoryDraft(name="  ", loan_days=14)) == {
        "name": "Name is required."}


def test_renaming_a_category_renames_it_on_its_devices(desk, ipads, robots):
    ipad = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    robot = desk.devices.add(DeviceDraft(asset_tag="ROB-001", category="Robot kit"))
    desk.devices.update_category(ipads, replace(desk.devices.category_draft(ipads),
                                                name="Tablet", loan_days=60))
    assert desk.devices.get(ipad).category == "Tablet"
    assert desk.devices.get(robot).category == "Robot kit"
    assert desk.devices.category_named("Tablet").loan_days == 60
    assert desk.devices.category_named("iPad") is None


def test_renaming_into_another_category_is_refused(desk, ipads, robots):
    ipad = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    assert errors_of(desk.devices.update_category, ipads,
                     replace(desk.devices.category_draft(ipads), name="robot KIT")) == {
        "name": "There is already a category “robot KIT”."}
    assert desk.devices.get(ipad).category == "iPad"
    assert desk.devices.category_named("iPad").id == ipads


def test_a_category_may_change_the_case_of_its_own_name(desk, ipads):
    ipad = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    desk.devices.update_category(ipads, replace(desk.devices.category_draft(ipads), name="IPAD"))
    assert desk.devices.get(ipad).category == "IPAD"


def test_updating_an_unknown_category(desk):
    with pytest.raises(NotFound):
        desk.devices.update_category(999, CategoryDraft(name="Laptop"))


# -- devices --------------------------------------------------------------------------------


def test_a_device_with_every_field(desk, robots):
    device_id = desk.devices.add(DeviceDraft(asset_tag=" ROB-001 ", category="Robot kit",
                                             model="LEGO Spike", serial_number="S-1",
                                             purchase_date=date(2025, 8, 15),
                                             price=Decimal("1234.5"), funding_source="OPH 2025",
                                             condition="new", location="Cupboard B",
                                             content_count=6, notes="six robots"))
    device = desk.devices.get(device_id)
    assert (device.asset_tag, device.category, device.model, device.serial_number) == (
        "ROB-001", "Robot kit", "LEGO Spike", "S-1")
    assert (device.purchase_date, device.price, device.funding_source) == (
        date(2025, 8, 15), Decimal("1234.50"), "OPH 2025")
    assert (device.condition, device.location, device.content_count, device.status) == (
        "new", "Cupboard B", 6, DeviceStatus.AVAILABLE)


@pytest.mark.parametrize(
    ("price", "stored"),
    [(Decimal("349.9"), Decimal("349.90")), (Decimal(12), Decimal("12.00")), (None, None),
     (Decimal("19.999"), Decimal("20.00"))],
)
def test_a_price_is_kept_to_the_cent(desk, ipads, price, stored):
    """The form reads "349,90" (tests/ui/test_devices_page.py); the service keeps cents."""
    device_id = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad", price=price))
    assert desk.devices.get(device_id).price == stored


@pytest.mark.parametrize("price", [Decimal("99999999.995"), Decimal("1e30")])
def test_a_price_beyond_the_column_is_refused(desk, ipads, price):
    """"1e30" is a number the form reads; it must be refused, not crash the rounding."""
    assert errors_of(desk.devices.add, DeviceDraft(asset_tag="VAN-001", category="iPad",
                                                   price=price)) == {
        "price": "Price cannot be more than 99999999."}
    assert count(desk, t.devices) == 0


def test_a_negative_price_is_refused(desk, ipads):
    assert errors_of(desk.devices.add, DeviceDraft(asset_tag="VAN-001", category="iPad",
                                                   price=Decimal(-1))) == {
        "price": "Price cannot be negative."}
    assert count(desk, t.devices) == 0


@pytest.mark.parametrize("tag", ["VAN-001", "van-001", " Van-001 "])
def test_a_duplicate_asset_tag_is_refused_in_any_case(desk, ipads, tag):
    desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    assert errors_of(desk.devices.add, DeviceDraft(asset_tag=tag, category="iPad")) == {
        "asset_tag": f"Another device already has the tag {tag.strip()}."}
    assert count(desk, t.devices) == 1


def test_a_device_cannot_take_anothers_tag(desk, ipads):
    desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    second = desk.devices.add(DeviceDraft(asset_tag="VAN-002", category="iPad", model="iPad 9"))
    assert set(errors_of(edit, desk.devices, second, asset_tag="van-001", model="x")) == {
        "asset_tag"}
    device = desk.devices.get(second)
    assert (device.asset_tag, device.model) == ("VAN-002", "iPad 9")
    edit(desk.devices, second, asset_tag="VAN-002", model="iPad 10")  # its own tag is fine
    assert desk.devices.get(second).model == "iPad 10"


def test_an_unknown_category_is_refused(desk, ipads):
    assert errors_of(desk.devices.add, DeviceDraft(asset_tag="DRN-1", category="Drone")) == {
        "category": "“Drone” is not a category yet: add it under Categories first."}
    assert count(desk, t.devices) == 0


def test_a_device_needs_a_tag_and_a_category(desk):
    assert set(errors_of(desk.devices.add, DeviceDraft(asset_tag=" ", category=""))) == {
        "asset_tag", "category"}


def test_every_mistake_is_reported_together(desk, ipads):
    """Text that cannot be read is the form's to name (tests/ui/test_devices_page.py)."""
    assert set(errors_of(desk.devices.add, DeviceDraft(
        asset_tag="VAN-1", category="Drone", purchase_date=date(1899, 1, 1),
        price=Decimal(-1), content_count=-3))) == {
        "purchase_date", "price", "content_count", "category"}


def test_an_unknown_device(desk):
    with pytest.raises(NotFound):
        desk.devices.get(999)
    with pytest.raises(NotFound):
        edit(desk.devices, 999, model="x")


@pytest.mark.parametrize("typed", ["VAN-001", "van-001", "  Van-001\n"])
def test_find_by_tag_as_typed_or_scanned(desk, ipads, typed):
    device_id = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    desk.devices.add(DeviceDraft(asset_tag="VAN-0011", category="iPad"))
    assert desk.devices.find_by_tag(typed).id == device_id


@pytest.mark.parametrize("typed", ["VAN-002", "", "VAN-00", "%"])
def test_find_by_tag_of_an_unknown_tag(desk, ipads, typed):
    desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    with pytest.raises(NotFound, match=f"No device has the tag “{typed}”."):
        desk.devices.find_by_tag(typed)


def test_status_counts(desk, ipads, school_id):
    assert desk.devices.status_counts() == dict.fromkeys(DeviceStatus, 0)
    ids = [desk.devices.add(DeviceDraft(asset_tag=f"VAN-{i}", category="iPad")) for i in range(5)]
    desk.loans.check_out(LoanRequest(ids[0], BorrowerKind.SCHOOL, school_id), today=TODAY)
    desk.loans.check_out(LoanRequest(ids[1], BorrowerKind.SCHOOL, school_id), today=TODAY)
    desk.loans.send_to_repair(ids[2])
    desk.loans.mark_lost(LossReport(ids[3]), today=TODAY)
    counts = desk.devices.status_counts()
    assert counts == {DeviceStatus.AVAILABLE: 1, DeviceStatus.ON_LOAN: 2,
                      DeviceStatus.RESERVED: 0, DeviceStatus.IN_REPAIR: 1,
                      DeviceStatus.LOST: 1, DeviceStatus.RETIRED: 0}


# -- history and holdings -------------------------------------------------------------------


@pytest.fixture
def passed_around(desk, ipads, school_id, maija, matti):
    """VAN-001: the school had it, then Maija, now Matti; the school has reserved it next."""
    ipad = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    other = desk.devices.add(DeviceDraft(asset_tag="VAN-002", category="iPad"))
    school_loan = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.SCHOOL, school_id,
                                                   out_on=day(-60), due_on=day(-46)),
                                       today=day(-60))
    desk.loans.check_in(ReturnRequest(ipad), today=day(-45))
    maija_loan = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TUTOR, maija, out_on=day(-40),
                                                  due_on=day(-20)), today=day(-40))
    desk.loans.check_in(ReturnRequest(ipad), today=day(-21))
    cancelled = desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.TUTOR, maija, day(-15),
                                                      day(-12)), today=day(-20))
    desk.loans.cancel_reservation(cancelled, today=day(-19))
    collected = desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.TUTOR, matti, day(-10),
                                                      day(-5)), today=day(-20))
    matti_loan = desk.loans.collect(collected, due_on=day(10), today=day(-10))
    next_up = desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.SCHOOL, school_id, day(20),
                                                    day(25)), today=TODAY)
    maija_now = desk.loans.check_out(LoanRequest(other, BorrowerKind.TUTOR, maija, out_on=day(-3)),
                                     today=TODAY)
    return {"ipad": ipad, "other": other, "school_loan": school_loan,
            "maija_loan": maija_loan, "cancelled": cancelled, "matti_loan": matti_loan,
            "next_up": next_up, "maija_now": maija_now}


def test_a_devices_history_newest_first(desk, passed_around):
    p = passed_around
    lines = desk.devices.history(p["ipad"], today=TODAY)
    assert [(x.kind, x.id) for x in lines] == [
        ("reservation", p["next_up"]), ("loan", p["matti_loan"]),
        ("reservation", p["cancelled"]), ("loan", p["maija_loan"]),
        ("loan", p["school_loan"])]  # the collected reservation is the loan itself
    assert [(x.borrower, x.state) for x in lines] == [
        ("Korson koulu", "active"), ("Matti Virtanen", "open"),
        ("Maija Meikäläinen", "cancelled"), ("Maija Meikäläinen", "returned"),
        ("Korson koulu", "returned")]
    matti_line = lines[1]
    assert (matti_line.first, matti_line.last, matti_line.back, matti_line.borrower_kind) == (
        day(-10), day(10), None, BorrowerKind.TUTOR)
    assert (lines[3].first, lines[3].last, lines[3].back) == (day(-40), day(-20), day(-21))
    assert {x.asset_tag for x in lines} == {"VAN-001"}


def test_who_had_the_device_before_the_current_borrower(desk, passed_around):
    loans = [x for x in desk.devices.history(passed_around["ipad"]) if x.kind == "loan"]
    current = next(x for x in loans if x.state == "open")
    before = [x for x in loans if x.first < current.first][0]
    assert (current.borrower, before.borrower) == ("Matti Virtanen", "Maija Meikäläinen")


def test_a_lost_loan_in_the_history(desk, ipads, school_id):
    ipad = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    desk.loans.check_out(LoanRequest(ipad, BorrowerKind.SCHOOL, school_id, out_on=day(-5)),
                         today=TODAY)
    desk.loans.mark_lost(LossReport(ipad, lost_on=day(-1)), today=TODAY)
    [line] = desk.devices.history(ipad)
    assert (line.state, line.back) == ("lost", day(-1))


def test_holdings_of_a_borrower(desk, passed_around, maija, matti, school_id):
    p = passed_around
    maija_had = desk.devices.holdings(BorrowerKind.TUTOR, maija)
    assert [(x.kind, x.id, x.asset_tag) for x in maija_had] == [
        ("loan", p["maija_now"], "VAN-002"), ("reservation", p["cancelled"], "VAN-001"),
        ("loan", p["maija_loan"], "VAN-001")]
    assert [x.id for x in desk.devices.holdings(BorrowerKind.TUTOR, maija,
                                                current_only=True)] == [p["maija_now"]]
    assert [x.id for x in desk.devices.holdings(BorrowerKind.TUTOR, matti)] == [p["matti_loan"]]
    school_now = desk.devices.holdings(BorrowerKind.SCHOOL, school_id, current_only=True,
                                       today=TODAY)
    assert [(x.kind, x.id) for x in school_now] == [("reservation", p["next_up"])]
    assert len(desk.devices.holdings(BorrowerKind.SCHOOL, school_id)) == 2
    assert desk.devices.holdings(BorrowerKind.TEACHER, maija) == []  # the same id, another kind


# -- the inventory list ---------------------------------------------------------------------


@pytest.fixture
def inventory(desk, ipads, robots, school_id, maija):
    ids = {
        "ipad_out": desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad",
                                                 model="iPad 10")),
        "ipad_late": desk.devices.add(DeviceDraft(asset_tag="VAN-002", category="iPad")),
        "ipad_home": desk.devices.add(DeviceDraft(asset_tag="VAN-003", category="iPad")),
        "robot": desk.devices.add(DeviceDraft(asset_tag="ROB-001", category="Robot kit",
                                              content_count=6)),
        "old": desk.devices.add(DeviceDraft(asset_tag="OLD-001", category="Robot kit")),
    }
    desk.loans.check_out(LoanRequest(ids["ipad_out"], BorrowerKind.TUTOR, maija), today=TODAY)
    desk.loans.check_out(LoanRequest(ids["ipad_late"], BorrowerKind.SCHOOL, school_id,
                                     out_on=day(-20), due_on=day(-1)), today=TODAY)
    desk.loans.send_to_repair(ids["robot"])
    desk.loans.retire(ids["old"], today=TODAY)
    return ids


def listed(desk, text="", sort_key=None, **filters) -> list[int]:
    return desk.devices.list_source(today=TODAY).ids(
        ListRequest(text=text, filters=filters, sort_key=sort_key))


def test_the_inventory_list_filters(desk, inventory):
    i = inventory
    assert listed(desk) == [i["old"], i["robot"], i["ipad_out"], i["ipad_late"],
                            i["ipad_home"]]  # by asset tag
    assert listed(desk, retired=False) == [i["robot"], i["ipad_out"], i["ipad_late"],
                                           i["ipad_home"]]
    assert listed(desk, retired=True) == listed(desk)
    assert listed(desk, category="Robot kit") == [i["old"], i["robot"]]
    assert listed(desk, category="") == listed(desk)
    assert listed(desk, status="on_loan") == [i["ipad_out"], i["ipad_late"]]
    assert listed(desk, status=DeviceStatus.IN_REPAIR) == [i["robot"]]
    assert listed(desk, status="available") == [i["ipad_home"]]
    assert listed(desk, overdue=True) == [i["ipad_late"]]
    assert listed(desk, overdue=False) == listed(desk)
    assert listed(desk, category="iPad", status="on_loan", overdue=True) == [i["ipad_late"]]


def test_the_inventory_list_shows_the_holder(desk, inventory):
    i = inventory
    source = desk.devices.list_source(today=TODAY)
    keys = [c.key for c in source.columns]
    rows = {k: dict(zip(keys, row, strict=True))
            for k, row in zip(i, source.rows(list(i.values())), strict=True)}
    assert (rows["ipad_out"]["holder"], rows["ipad_out"]["due_on"],
            rows["ipad_out"]["overdue"]) == ("Maija Meikäläinen", date(2027, 7, 31), False)
    assert (rows["ipad_late"]["holder"], rows["ipad_late"]["due_on"],
            rows["ipad_late"]["overdue"]) == ("Korson koulu", day(-1), True)
    assert (rows["ipad_home"]["holder"], rows["ipad_home"]["due_on"]) == (None, None)
    assert rows["robot"]["status"] is DeviceStatus.IN_REPAIR
    assert rows["robot"]["content_count"] == 6


def test_a_returned_device_has_no_holder(desk, inventory):
    desk.loans.check_in(ReturnRequest(inventory["ipad_late"]), today=TODAY)
    source = desk.devices.list_source(today=TODAY)
    keys = [c.key for c in source.columns]
    row = dict(zip(keys, source.rows([inventory["ipad_late"]])[0], strict=True))
    assert (row["holder"], row["overdue"]) == (None, False)
    assert listed(desk, overdue=True) == []


def test_the_inventory_list_searches_and_sorts_by_holder(desk, inventory):
    i = inventory
    assert listed(desk, text="maija") == [i["ipad_out"]]
    assert listed(desk, text="korso") == [i["ipad_late"]]
    assert listed(desk, text="ipad 10") == [i["ipad_out"]]
    by_holder = listed(desk, sort_key="holder", retired=False)
    assert by_holder[-2:] == [i["ipad_late"], i["ipad_out"]]  # Korso before Maija
