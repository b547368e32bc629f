"""desk.loans on a real database: check-out with its default due date and refusals,
check-in, renewals, lost, repaired and retired devices, reservations and pick-ups, the scan
desk's suggestions, and the overdue, due-soon and to-hand-out lists."""

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
    ReservationRequest,
    ReservationStatus,
    ReturnRequest,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.listing import ListRequest
from coachdesk.services.loans import ScanAction
from coachdesk.storage import tables as t
from tests.drafts import edit

TODAY = date(2026, 9, 7)  # a Monday in the autumn term
AGREEMENT_END = date(2027, 7, 31)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def count(desk, table) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def loan_row(desk, loan_id):
    with desk.db.engine.connect() as conn:
        return conn.execute(select(t.loans).where(t.loans.c.id == loan_id)).one()


def reservation_row(desk, reservation_id):
    with desk.db.engine.connect() as conn:
        return conn.execute(select(t.reservations)
                            .where(t.reservations.c.id == reservation_id)).one()


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def status(desk, device_id, today=TODAY) -> DeviceStatus:
    return desk.devices.get(device_id, today=today).status


@pytest.fixture
def maija(desk, school_id):
    return desk.tutors.add(TutorDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                      home_school_id=school_id, agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2027, 7, 31)))


@pytest.fixture
def matti(desk, school_id):
    return desk.tutors.add(TutorDraft(name="Matti Virtanen", email="matti@vantaa.fi",
                                      home_school_id=school_id, agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2026, 12, 31)))


@pytest.fixture
def teacher(desk, school_id):
    return desk.teachers.add(TeacherDraft(name="Liisa Opettaja", school_id=school_id,
                                          email="liisa@vantaa.fi"))


@pytest.fixture
def ipad(desk):
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30, until_agreement_end=True))
    return desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad", model="iPad 10",
                                        condition="good"))


@pytest.fixture
def robot(desk):
    desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))
    return desk.devices.add(DeviceDraft(asset_tag="ROB-001", category="Robot kit", content_count=6))


# -- check out ------------------------------------------------------------------------------


def test_a_school_borrows_a_robot_kit_for_the_category_period(desk, robot, school_id):
    assert desk.loans.default_due(robot, BorrowerKind.SCHOOL, school_id, TODAY) == day(14)
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    row = loan_row(desk, loan_id)
    assert (row.out_on, row.due_on, row.school_id, row.tutor_id) == (
        TODAY, day(14), school_id, None)
    assert status(desk, robot) is DeviceStatus.ON_LOAN


def test_a_tutor_keeps_an_ipad_until_the_agreement_ends(desk, ipad, maija, matti):
    assert desk.loans.default_due(ipad, BorrowerKind.TUTOR, maija, TODAY) == AGREEMENT_END
    assert desk.loans.default_due(ipad, BorrowerKind.TUTOR, matti, TODAY) == date(2026, 12, 31)
    assert desk.loans.default_due(ipad, BorrowerKind.TUTOR, matti,
                                  date(2027, 1, 4)) == date(2027, 2, 3)
    loan_id = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TUTOR, maija), today=TODAY)
    assert loan_row(desk, loan_id).due_on == AGREEMENT_END


def test_a_teacher_gets_the_ipad_for_the_loan_period(desk, ipad, teacher):
    loan_id = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TEACHER, teacher), today=TODAY)
    assert loan_row(desk, loan_id).due_on == day(30)


def test_the_due_date_and_condition_can_be_given(desk, ipad, school_id):
    loan_id = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.SCHOOL, school_id,
                                               due_on=date(2026, 9, 30), out_on=date(2026, 9, 4),
                                               condition="new case"), today=TODAY)
    row = loan_row(desk, loan_id)
    assert (row.out_on, row.due_on, row.condition_out) == (
        date(2026, 9, 4), date(2026, 9, 30), "new case")


def test_the_condition_on_departure_defaults_to_the_devices(desk, ipad, school_id):
    loan_id = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.SCHOOL, school_id), today=TODAY)
    assert loan_row(desk, loan_id).condition_out == "good"


def refused_check_out(desk, device_id, kind, borrower_id, **kwargs) -> dict[str, str]:
    """The refusal's errors; the loans and reservations tables and the device unchanged."""
    loans, reservations = count(desk, t.loans), count(desk, t.reservations)
    before = status(desk, device_id)
    errors = errors_of(desk.loans.check_out, LoanRequest(device_id, kind, borrower_id, **kwargs),
                       today=TODAY)
    assert (count(desk, t.loans), count(desk, t.reservations)) == (loans, reservations)
    assert status(desk, device_id) is before
    return errors


def test_a_device_on_loan_cannot_be_checked_out(desk, ipad, maija, school_id):
    desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TUTOR, maija), today=TODAY)
    assert refused_check_out(desk, ipad, BorrowerKind.SCHOOL, school_id) == {
        "device": "VAN-001 is on loan: it cannot be lent."}


def test_a_device_in_repair_cannot_be_checked_out(desk, ipad, school_id):
    desk.loans.send_to_repair(ipad)
    assert refused_check_out(desk, ipad, BorrowerKind.SCHOOL, school_id) == {
        "device": "VAN-001 is in repair: it cannot be lent."}


def test_a_device_reserved_by_someone_else_cannot_be_checked_out(desk, robot, maija,
                                                                 school_id):
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id, day(-1), day(3)),
                       today=TODAY)
    assert status(desk, robot) is DeviceStatus.RESERVED
    assert refused_check_out(desk, robot, BorrowerKind.TUTOR, maija) == {
        "due_on": "The device is reserved for someone else 6.–10.9.2026: make the loan "
                  "due before then."}


def test_a_loan_due_before_it_starts_is_refused(desk, robot, school_id):
    assert refused_check_out(desk, robot, BorrowerKind.SCHOOL, school_id, due_on=day(-1)) == {
        "due_on": "A loan cannot be due before it starts."}


def test_an_unknown_borrower_is_refused(desk, robot):
    assert refused_check_out(desk, robot, BorrowerKind.TUTOR, 999) == {
        "borrower": "Choose the borrower."}
    assert refused_check_out(desk, robot, BorrowerKind.SCHOOL, None) == {
        "borrower": "Choose the borrower."}


def test_an_archived_school_cannot_borrow(desk, robot, school_id):
    desk.schools.archive(school_id)
    assert refused_check_out(desk, robot, BorrowerKind.SCHOOL, school_id) == {
        "borrower": "Choose the borrower."}


def test_a_loan_cannot_start_in_the_future(desk, robot, school_id):
    assert set(refused_check_out(desk, robot, BorrowerKind.SCHOOL, school_id,
                                 out_on=day(1))) == {"out_on"}


def test_an_unknown_kind_of_borrower_is_refused(desk, robot, school_id):
    assert set(refused_check_out(desk, robot, "robot", school_id)) == {"borrower_kind"}


def test_an_unknown_device_is_not_found(desk, school_id):
    with pytest.raises(NotFound):
        desk.loans.check_out(LoanRequest(999, BorrowerKind.SCHOOL, school_id, due_on=day(3)),
                             today=TODAY)


# -- check in -------------------------------------------------------------------------------


def test_check_in_saves_the_condition(desk, ipad, maija):
    loan_id = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TUTOR, maija, out_on=day(-10)),
                                   today=day(-10))
    loan = desk.loans.check_in(ReturnRequest(ipad, condition="cracked screen", notes="dropped"),
                               today=TODAY)
    assert (loan.id, loan.returned_on, loan.condition_in) == (loan_id, TODAY, "cracked screen")
    row = loan_row(desk, loan_id)
    assert (row.returned_on, row.condition_in, row.notes) == (TODAY, "cracked screen",
                                                              "dropped")
    device = desk.devices.get(ipad)
    assert (device.status, device.condition) == (DeviceStatus.AVAILABLE, "cracked screen")


def test_check_in_on_an_earlier_day(desk, robot, school_id):
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id,
                                               out_on=day(-10)), today=TODAY)
    desk.loans.check_in(ReturnRequest(robot, returned_on=date(2026, 9, 4)), today=TODAY)
    assert loan_row(desk, loan_id).returned_on == day(-3)


def test_a_device_not_on_loan_cannot_be_checked_in(desk, robot):
    assert errors_of(desk.loans.check_in, ReturnRequest(robot), today=TODAY) == {
        "device": "ROB-001 is not on loan."}
    assert count(desk, t.loans) == 0


def test_a_device_cannot_come_back_before_it_went_out(desk, robot, school_id):
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id,
                                               out_on=day(-2)),
                                   today=TODAY)
    assert errors_of(desk.loans.check_in, ReturnRequest(robot, returned_on=day(-3),
                                                      condition="broken"), today=TODAY) == {
        "returned_on": "A device cannot come back before it went out."}
    row = loan_row(desk, loan_id)
    assert (row.returned_on, row.condition_in) == (None, "")
    assert status(desk, robot) is DeviceStatus.ON_LOAN


def test_a_device_cannot_come_back_in_the_future(desk, robot, school_id):
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    assert set(errors_of(desk.loans.check_in, ReturnRequest(robot, returned_on=day(1)),
                         today=TODAY)) == {
        "returned_on"}
    assert status(desk, robot) is DeviceStatus.ON_LOAN


def test_a_returned_device_can_be_lent_again(desk, robot, school_id, maija):
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id, out_on=day(-5)),
                         today=TODAY)
    desk.loans.check_in(ReturnRequest(robot), today=TODAY)
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.TUTOR, maija), today=TODAY)
    assert status(desk, robot) is DeviceStatus.ON_LOAN
    assert count(desk, t.loans) == 2


# -- renew ----------------------------------------------------------------------------------


def test_a_renewal_moves_the_due_date(desk, robot, school_id):
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    desk.loans.renew(robot, date(2026, 9, 30), today=TODAY)
    desk.loans.renew(robot, date(2026, 10, 9), today=TODAY)
    row = loan_row(desk, loan_id)
    assert (row.due_on, row.renewals) == (date(2026, 10, 9), 2)


def test_a_renewal_needs_a_later_date(desk, robot, school_id):
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    assert errors_of(desk.loans.renew, robot, None, today=TODAY) == {
        "due_on": "Give the new due date."}
    assert errors_of(desk.loans.renew, robot, day(14), today=TODAY) == {
        "due_on": "A renewal moves the due date later."}
    row = loan_row(desk, loan_id)
    assert (row.due_on, row.renewals) == (day(14), 0)


def test_a_renewal_cannot_run_into_someone_elses_reservation(desk, robot, school_id, maija):
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.TUTOR, maija, day(20), day(24)),
                       today=TODAY)
    assert errors_of(desk.loans.renew, robot, day(21), today=TODAY) == {
        "due_on": "The device is reserved for someone else 27.9.–1.10.2026."}
    assert loan_row(desk, loan_id).renewals == 0
    desk.loans.renew(robot, day(19), today=TODAY)
    assert loan_row(desk, loan_id).due_on == day(19)


def test_a_device_not_on_loan_cannot_be_renewed(desk, robot):
    assert errors_of(desk.loans.renew, robot, day(5), today=TODAY) == {
        "device": "ROB-001 is not on loan."}


# -- lost, repair, retire -------------------------------------------------------------------


def test_lost_on_loan_closes_the_loan_and_cancels_reservations(desk, ipad, maija, school_id):
    loan_id = desk.loans.check_out(LoanRequest(ipad, BorrowerKind.TUTOR, maija, due_on=day(10)),
                                   today=TODAY)
    reservation = desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.SCHOOL, school_id,
                                                        day(20), day(25)), today=TODAY)
    desk.loans.mark_lost(LossReport(ipad, lost_on=date(2026, 9, 12), notes="left on a bus"),
                         today=day(6))
    row = loan_row(desk, loan_id)
    assert (row.lost_on, row.returned_on, row.notes) == (day(5), None, "left on a bus")
    assert status(desk, ipad) is DeviceStatus.LOST
    assert reservation_row(desk, reservation).status is ReservationStatus.CANCELLED
    assert desk.loans.loans_source(today=day(6)).ids(ListRequest(filters={"open": True})) == []
    assert errors_of(desk.loans.mark_lost, LossReport(ipad), today=day(6)) == {
        "device": "VAN-001 is already lost."}


def test_a_lost_device_is_found(desk, robot, school_id):
    desk.loans.mark_lost(LossReport(robot), today=TODAY)
    assert refused_check_out(desk, robot, BorrowerKind.SCHOOL, school_id) == {
        "device": "ROB-001 is lost: it cannot be lent."}
    assert set(errors_of(desk.loans.reserve, ReservationRequest(robot, BorrowerKind.SCHOOL,
                                                                school_id, day(1), day(2)),
                         today=TODAY)) == {"device"}
    desk.loans.found(robot, today=TODAY)
    assert status(desk, robot) is DeviceStatus.AVAILABLE
    assert errors_of(desk.loans.found, robot, today=TODAY) == {
        "device": "Only a lost device can be found."}


def test_repair_and_back(desk, robot, school_id):
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    assert errors_of(desk.loans.send_to_repair, robot) == {
        "device": "Check the device in before sending it for repair."}
    desk.loans.check_in(ReturnRequest(robot), today=TODAY)
    assert errors_of(desk.loans.back_from_repair, robot, today=TODAY) == {
        "device": "The device is not in repair."}
    desk.loans.send_to_repair(robot)
    assert status(desk, robot) is DeviceStatus.IN_REPAIR
    desk.loans.back_from_repair(robot, today=TODAY)
    assert status(desk, robot) is DeviceStatus.AVAILABLE


def test_back_from_repair_while_a_reservation_runs(desk, robot, school_id):
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id, day(1), day(3)),
                       today=TODAY)
    desk.loans.send_to_repair(robot)
    desk.loans.back_from_repair(robot, today=day(1))
    assert status(desk, robot, day(1)) is DeviceStatus.RESERVED


def test_retire(desk, robot, school_id):
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    assert errors_of(desk.loans.retire, robot, today=TODAY) == {
        "device": "Check the device in before retiring it."}
    desk.loans.check_in(ReturnRequest(robot), today=TODAY)
    reservation = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                        day(5), day(6)), today=TODAY)
    desk.loans.retire(robot, today=TODAY)
    assert status(desk, robot) is DeviceStatus.RETIRED
    assert reservation_row(desk, reservation).status is ReservationStatus.CANCELLED
    assert refused_check_out(desk, robot, BorrowerKind.SCHOOL, school_id) == {
        "device": "ROB-001 is retired: it cannot be lent."}


# -- reservations ---------------------------------------------------------------------------


def test_a_reservation_is_saved(desk, robot, school_id):
    reservation_id = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                           date(2026, 9, 10), date(2026, 9, 14),
                                                           notes=" for the robot week "),
                                        today=TODAY)
    row = reservation_row(desk, reservation_id)
    assert (row.starts, row.ends, row.school_id, row.status, row.made_on, row.notes) == (
        day(3), day(7), school_id, ReservationStatus.ACTIVE, TODAY, "for the robot week")
    assert status(desk, robot) is DeviceStatus.AVAILABLE  # not yet running


def test_a_reservation_running_today_makes_the_device_reserved(desk, robot, school_id):
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id, TODAY, day(2)),
                       today=TODAY)
    assert status(desk, robot) is DeviceStatus.RESERVED


def refused_reservation(desk, *args, **kwargs) -> dict[str, str]:
    before = count(desk, t.reservations)
    errors = errors_of(desk.loans.reserve, ReservationRequest(*args, **kwargs), today=TODAY)
    assert count(desk, t.reservations) == before
    return errors


def test_overlapping_reservations_are_refused(desk, robot, school_id, maija):
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id, day(3), day(7)),
                       today=TODAY)
    assert refused_reservation(desk, robot, BorrowerKind.TUTOR, maija, day(7), day(9)) == {
        "starts": "The device is already reserved 10.–14.9.2026."}
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.TUTOR, maija, day(8), day(9)),
                       today=TODAY)


def test_a_reservation_cannot_overlap_the_loan(desk, robot, school_id, maija):
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id, due_on=day(10)),
                         today=TODAY)
    assert refused_reservation(desk, robot, BorrowerKind.TUTOR, maija, day(5), day(12)) == {
        "starts": "The device is on loan until 17.9.2026; reserve it from the day after."}
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.TUTOR, maija, day(11), day(12)),
                       today=TODAY)


@pytest.mark.parametrize(
    ("starts", "ends", "errors"),
    [
        (None, day(2), {"starts": "Give the first and the last day."}),
        (day(1), None, {"ends": "Give the first and the last day."}),
        (day(3), day(2), {"ends": "A reservation cannot end before it starts."}),
        (day(-5), day(-1), {"ends": "A reservation cannot be in the past."}),
    ],
)
def test_reservation_dates_are_checked(desk, robot, school_id, starts, ends, errors):
    assert refused_reservation(desk, robot, BorrowerKind.SCHOOL, school_id, starts, ends) == errors


def test_a_reservation_needs_a_known_borrower(desk, robot):
    assert refused_reservation(desk, robot, BorrowerKind.TEACHER, 999, day(1), day(2)) == {
        "borrower": "Choose the borrower."}


def test_cancelling_a_reservation(desk, robot, school_id, maija):
    reservation = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                        TODAY, day(2)), today=TODAY)
    desk.loans.cancel_reservation(reservation, today=TODAY)
    assert reservation_row(desk, reservation).status is ReservationStatus.CANCELLED
    assert status(desk, robot) is DeviceStatus.AVAILABLE
    assert errors_of(desk.loans.cancel_reservation, reservation, today=TODAY) == {
        "status": "Only an active reservation can be cancelled."}
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.TUTOR, maija),
                         today=TODAY)  # nobody else's any more


def test_collecting_a_reservation_lends_the_device(desk, robot, school_id):
    reservation = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                        day(3), day(7)), today=TODAY)
    assert errors_of(desk.loans.collect, reservation, today=day(2)) == {
        "starts": "The reservation starts on 10.9.: collect it then."}
    assert count(desk, t.loans) == 0
    loan_id = desk.loans.collect(reservation, today=day(4))
    row = loan_row(desk, loan_id)
    assert (row.school_id, row.out_on, row.due_on) == (school_id, day(4), day(7))
    collected = reservation_row(desk, reservation)
    assert (collected.status, collected.loan_id) == (ReservationStatus.COLLECTED, loan_id)
    assert status(desk, robot) is DeviceStatus.ON_LOAN
    assert errors_of(desk.loans.collect, reservation, today=day(4)) == {
        "status": "This reservation is not active."}


def test_collecting_with_a_due_date_of_ones_own(desk, robot, school_id):
    reservation = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                        TODAY, day(2)), today=TODAY)
    loan_id = desk.loans.collect(reservation, due_on=date(2026, 9, 30), today=TODAY)
    assert loan_row(desk, loan_id).due_on == date(2026, 9, 30)


def test_checking_out_to_the_reserver_collects_the_reservation(desk, robot, school_id):
    reservation = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                        day(-1), day(2)), today=TODAY)
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id,
                                               due_on=day(2)),
                                   today=TODAY)
    collected = reservation_row(desk, reservation)
    assert (collected.status, collected.loan_id) == (ReservationStatus.COLLECTED, loan_id)


def reservation_states(desk, today) -> dict[int, ReservationStatus]:
    """Each reservation's status as the reservations list shows it on ``today``."""
    source = desk.loans.reservations_source(today=today)
    ids = source.ids(ListRequest())
    status = [c.key for c in source.columns].index("status")
    return {i: row[status] for i, row in zip(ids, source.rows(ids), strict=True)}


def test_unclaimed_reservations_expire(desk, robot, ipad, school_id, maija):
    """Nothing is written when a reservation's last day passes: it reads as expired."""
    over = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id, TODAY,
                                                 day(2)), today=TODAY)
    later = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.TUTOR, maija, day(5), day(6)),
                               today=TODAY)
    other = desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.TUTOR, maija, day(1), day(3)),
                               today=TODAY)
    A, E = ReservationStatus.ACTIVE, ReservationStatus.EXPIRED
    assert reservation_states(desk, day(3)) == {over: E, later: A, other: A}  # its last day
    assert desk.loans.reservations_source(today=day(3)).ids(
        ListRequest(filters={"active": True})) == [other, later]
    assert status(desk, robot, day(3)) is DeviceStatus.AVAILABLE
    assert reservation_states(desk, day(7)) == {over: E, later: E, other: E}
    assert [x.state for x in desk.devices.history(robot, today=day(7))] == [E, E]
    assert desk.devices.holdings(BorrowerKind.TUTOR, maija, current_only=True,
                                 today=day(7)) == []
    assert {reservation_row(desk, i).status for i in (over, later, other)} == {A}  # as saved
    with pytest.raises(ValidationError, match="not active"):
        desk.loans.collect(over, today=day(3))
    assert errors_of(desk.loans.cancel_reservation, over, today=day(3)) == {
        "status": "Only an active reservation can be cancelled."}
    # Its days are free again: another borrower may have them.
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.TUTOR, maija, day(3), day(4)),
                       today=day(3))


# -- the scan desk --------------------------------------------------------------------------


def test_scanning_an_available_device_offers_check_out(desk, robot):
    found = desk.loans.scan(" rob-001 ", today=TODAY)
    assert (found.device.id, found.action, found.message) == (
        robot, ScanAction.CHECK_OUT, "ROB-001 is available: choose the borrower.")


def test_scanning_a_device_on_loan_offers_check_in(desk, robot, maija):
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.TUTOR, maija), today=TODAY)
    found = desk.loans.scan("ROB-001", today=TODAY)
    assert (found.action, found.holder, found.message) == (
        ScanAction.CHECK_IN, "Maija Meikäläinen",
        "ROB-001 is on loan to Maija Meikäläinen: check it in.")


def test_scanning_a_reserved_device_offers_collect(desk, robot, school_id):
    reservation = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                        day(2), day(4)), today=TODAY)
    assert desk.loans.scan("ROB-001", today=TODAY).action is ScanAction.CHECK_OUT
    found = desk.loans.scan("ROB-001", today=day(2))
    assert (found.action, found.reservation_id, found.holder, found.message) == (
        ScanAction.COLLECT, reservation, "Korson koulu",
        "ROB-001 is reserved for Korson koulu: hand it over.")


def test_scanning_a_device_in_repair_offers_nothing_even_when_reserved(desk, robot,
                                                                        school_id):
    desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id, TODAY, day(4)),
                       today=TODAY)
    desk.loans.send_to_repair(robot)
    found = desk.loans.scan("ROB-001", today=TODAY)
    assert (found.action, found.message) == (ScanAction.NONE, "ROB-001 is in repair.")


@pytest.mark.parametrize(
    ("action", "message"),
    [("mark_lost", "ROB-001 is lost."), ("retire", "ROB-001 is retired.")],
)
def test_scanning_a_device_out_of_service_offers_nothing(desk, robot, action, message):
    if action == "mark_lost":
        desk.loans.mark_lost(LossReport(robot), today=TODAY)
    else:
        getattr(desk.loans, action)(robot, today=TODAY)
    found = desk.loans.scan("ROB-001", today=TODAY)
    assert (found.action, found.message) == (ScanAction.NONE, message)


def test_scanning_an_unknown_tag(desk, robot):
    with pytest.raises(NotFound, match="No device has the tag “XYZ-9”."):
        desk.loans.scan(" XYZ-9 ", today=TODAY)


def test_scan_check_out_and_back_in(desk, robot, school_id):
    assert desk.loans.scan("ROB-001", today=TODAY).action is ScanAction.CHECK_OUT
    desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id), today=TODAY)
    assert desk.loans.scan("ROB-001", today=TODAY).action is ScanAction.CHECK_IN
    desk.loans.check_in(ReturnRequest(robot), today=TODAY)
    assert desk.loans.scan("ROB-001", today=TODAY).action is ScanAction.CHECK_OUT


# -- lists ----------------------------------------------------------------------------------


@pytest.fixture
def lent(desk, school_id, maija, teacher):
    """Four devices out: two overdue, one due in three days, one due in a month, and one
    back."""
    desk.devices.add_category(CategoryDraft(name="Laptop", loan_days=14))
    ids = [desk.devices.add(DeviceDraft(asset_tag=f"LAP-{i}", category="Laptop")) for i in range(5)]
    out = day(-30)
    loans = {
        "late": desk.loans.check_out(LoanRequest(ids[0], BorrowerKind.SCHOOL, school_id, out_on=out,
                                                 due_on=day(-2)), today=TODAY),
        "later": desk.loans.check_out(LoanRequest(ids[1], BorrowerKind.TUTOR, maija, out_on=out,
                                                  due_on=day(-10)), today=TODAY),
        "soon": desk.loans.check_out(LoanRequest(ids[2], BorrowerKind.TEACHER, teacher, out_on=out,
                                                 due_on=day(3)), today=TODAY),
        "month": desk.loans.check_out(LoanRequest(ids[3], BorrowerKind.SCHOOL, school_id,
                                                  out_on=out, due_on=day(30)), today=TODAY),
        "back": desk.loans.check_out(LoanRequest(ids[4], BorrowerKind.SCHOOL, school_id, out_on=out,
                                                 due_on=day(1)), today=TODAY),
    }
    desk.loans.check_in(ReturnRequest(ids[4]), today=TODAY)
    return loans


def loans_listed(desk, sort_key=None, descending=False, **filters) -> list[int]:
    return desk.loans.loans_source(today=TODAY).ids(
        ListRequest(filters=filters, sort_key=sort_key, descending=descending))


def test_open_overdue_and_due_soon_lists(desk, lent):
    assert loans_listed(desk, open=True) == [lent["later"], lent["late"], lent["soon"],
                                             lent["month"]]
    assert loans_listed(desk, overdue=True) == [lent["later"], lent["late"]]
    assert loans_listed(desk, due_soon=True) == [lent["soon"]]  # the returned one is not
    assert len(loans_listed(desk)) == 5


def test_lists_sort_by_due_date_either_way(desk, lent):
    assert loans_listed(desk, sort_key="due_on", descending=True, overdue=True) == [
        lent["late"], lent["later"]]
    assert loans_listed(desk, sort_key="due_on", descending=True, open=True) == [
        lent["month"], lent["soon"], lent["late"], lent["later"]]


def test_due_soon_reaches_a_week_ahead(desk, school_id, robot):
    loan_id = desk.loans.check_out(LoanRequest(robot, BorrowerKind.SCHOOL, school_id,
                                               due_on=day(7)),
                                   today=TODAY)
    assert loans_listed(desk, due_soon=True) == [loan_id]
    assert desk.loans.loans_source(today=day(-1)).ids(
        ListRequest(filters={"due_soon": True})) == []


def test_loan_rows_show_the_borrowers_contact(desk, lent, school_id):
    edit(desk.schools, school_id, ict_contact_email="it@korso.fi")
    source = desk.loans.loans_source(today=TODAY)
    keys = [c.key for c in source.columns]
    rows = {i: dict(zip(keys, row, strict=True)) for i, row in
            zip([lent["later"], lent["late"], lent["soon"]],
                source.rows([lent["later"], lent["late"], lent["soon"]]), strict=True)}
    assert (rows[lent["later"]]["borrower"], rows[lent["later"]]["email"]) == (
        "Maija Meikäläinen", "maija@vantaa.fi")
    assert (rows[lent["late"]]["borrower"], rows[lent["late"]]["email"]) == (
        "Korson koulu", "it@korso.fi")
    assert rows[lent["soon"]]["email"] == "liisa@vantaa.fi"
    assert rows[lent["soon"]]["borrower_kind"] is BorrowerKind.TEACHER


def test_reservations_to_hand_out_today(desk, robot, ipad, school_id, maija):
    today_robot = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.SCHOOL, school_id,
                                                        day(-1), day(1)), today=TODAY)
    later_robot = desk.loans.reserve(ReservationRequest(robot, BorrowerKind.TUTOR, maija, day(5),
                                                        day(6)), today=TODAY)
    ipad_now = desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.TUTOR, maija, TODAY, TODAY),
                                  today=TODAY)
    cancelled = desk.loans.reserve(ReservationRequest(ipad, BorrowerKind.SCHOOL, school_id, day(1),
                                                      day(1)), today=TODAY)
    desk.loans.cancel_reservation(cancelled, today=TODAY)
    source = desk.loans.reservations_source(today=TODAY)
    assert source.ids(ListRequest(filters={"to_hand_out": True})) == [today_robot, ipad_now]
    assert source.ids(ListRequest(filters={"active": True})) == [today_robot, ipad_now,
                                                                 later_robot]
    assert source.ids(ListRequest(filters={"device_id": ipad})) == [ipad_now, cancelled]
    desk.loans.collect(today_robot, today=TODAY)
    assert source.ids(ListRequest(filters={"to_hand_out": True})) == [ipad_now]


def test_a_reservation_whose_day_has_come_marks_its_device_reserved(desk):
    """Statuses follow the calendar as they are read, with nothing written or repaired."""
    category = desk.devices.add_category(CategoryDraft(name="Robot kit", loan_days=14))
    assert category
    device = desk.devices.add(DeviceDraft(asset_tag="ROB-900", category="Robot kit"))
    school = desk.schools.add(SchoolDraft(name="Kyrkoby skola", kind="primary", language="sv"))
    start = date(2026, 12, 1)
    desk.loans.reserve(ReservationRequest(device, BorrowerKind.SCHOOL, school, start,
                                          start + timedelta(days=4)), today=date(2026, 11, 24))
    assert desk.devices.get(device, today=date(2026, 11, 30)).status is DeviceStatus.AVAILABLE
    assert desk.devices.get(device, today=start).status is DeviceStatus.RESERVED
    assert desk.devices.find_by_tag("rob-900", today=start).status is DeviceStatus.RESERVED
    assert desk.devices.status_counts(today=start)[DeviceStatus.RESERVED] == 1
    reserved = desk.devices.list_source(today=start).ids(
        ListRequest(filters={"status": DeviceStatus.RESERVED}))
    assert reserved == [device]
    after = start + timedelta(days=5)  # nobody came for it
    assert desk.devices.get(device, today=after).status is DeviceStatus.AVAILABLE
    with desk.db.engine.connect() as conn:  # stored as it was: available
        assert conn.scalar(select(t.devices.c.status)) is DeviceStatus.AVAILABLE
