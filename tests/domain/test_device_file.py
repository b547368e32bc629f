"""The device file: what may happen to one device now (lend, return, renew, reserve,
cancel, lose, find, repair, retire), what it is on a given day (reserved while a
reservation runs, a reservation expired after its last day: derived, never stored), its
messages and a state machine over any sequence of those actions."""

from datetime import date, timedelta

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from coachdesk.domain.calendar import ranges_overlap
from coachdesk.domain.devices import (
    BorrowerKind,
    Device,
    DeviceCategory,
    DeviceFile,
    DeviceStatus,
    Loan,
    LoanState,
    Reservation,
    ReservationStatus,
)
from coachdesk.domain.errors import ValidationError

TODAY = date(2025, 3, 3)  # a Monday
TUTOR, TEACHER, SCHOOL = BorrowerKind.TUTOR, BorrowerKind.TEACHER, BorrowerKind.SCHOOL
ID_FIELD = {TUTOR: "tutor_id", TEACHER: "teacher_id", SCHOOL: "school_id"}
MAIJA = (TUTOR, 1)
MATTI = (TUTOR, 2)
KORSO = (SCHOOL, 1)  # the same id as Maija, another kind of borrower


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def make_loan(who=MAIJA, out_on=TODAY, due_on=None, **extra) -> Loan:
    kind, borrower_id = who
    return Loan(device_id=1, out_on=out_on, due_on=due_on or out_on + timedelta(days=14),
                borrower_kind=kind, **{ID_FIELD[kind]: borrower_id}, **extra)


def make_reservation(who=MATTI, starts=None, ends=None) -> Reservation:
    kind, borrower_id = who
    starts = starts or day(7)
    return Reservation(device_id=1, borrower_kind=kind, starts=starts,
                       ends=ends or starts + timedelta(days=4),
                       **{ID_FIELD[kind]: borrower_id})


def make_file(status=DeviceStatus.AVAILABLE, condition="good") -> DeviceFile:
    device = Device(asset_tag="VAN-001", category="iPad", status=status, condition=condition,
                    id=1)
    return DeviceFile(device)


def on_loan(who=MAIJA, out_on=TODAY, due_on=None) -> DeviceFile:
    file = make_file()
    file.check_out(make_loan(who, out_on, due_on), TODAY)
    return file


def refused(call, *args) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    return caught.value.errors


# -- check out ------------------------------------------------------------------------------


def test_lending_an_available_device():
    file = make_file()
    loan = make_loan(due_on=day(14))
    assert file.check_out(loan, TODAY) is None
    assert file.loan is loan
    assert file.device.status is DeviceStatus.ON_LOAN
    assert loan.open and loan.state(TODAY) is LoanState.ACTIVE


def test_a_loan_may_have_started_earlier_but_not_later():
    file = make_file()
    assert refused(file.check_out, make_loan(out_on=day(1)), TODAY) == {
        "out_on": "A loan starts today or earlier; reserve the device for a later date."}
    assert file.loan is None and file.device.status is DeviceStatus.AVAILABLE
    file.check_out(make_loan(out_on=day(-3)), TODAY)
    assert file.device.status is DeviceStatus.ON_LOAN


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (DeviceStatus.IN_REPAIR, "VAN-001 is in repair: it cannot be lent."),
        (DeviceStatus.LOST, "VAN-001 is lost: it cannot be lent."),
        (DeviceStatus.RETIRED, "VAN-001 is retired: it cannot be lent."),
    ],
)
def test_a_device_out_of_service_cannot_be_lent(status, message):
    file = make_file(status)
    assert refused(file.check_out, make_loan(), TODAY) == {"device": message}
    assert file.loan is None and file.device.status is status


def test_a_device_on_loan_cannot_be_lent_again():
    file = on_loan(MAIJA)
    first = file.loan
    assert refused(file.check_out, make_loan(MATTI), TODAY) == {
        "device": "VAN-001 is on loan: it cannot be lent."}
    assert file.loan is first and first.tutor_id == 1


def test_a_file_with_an_open_loan_refuses_a_second_even_if_its_status_says_available():
    file = on_loan(MAIJA)
    file.device.status = DeviceStatus.AVAILABLE  # an inconsistent row, repaired by hand
    assert refused(file.check_out, make_loan(MATTI), TODAY) == {
        "device": "VAN-001 is already on loan."}
    assert file.loan.tutor_id == 1


def test_a_loan_due_before_it_starts_is_refused():
    file = make_file()
    assert refused(file.check_out, make_loan(due_on=day(-1)), TODAY) == {
        "due_on": "A loan cannot be due before it starts."}
    assert file.loan is None


def test_a_loan_needs_a_borrower():
    file = make_file()
    loan = make_loan()
    loan.tutor_id = None
    assert set(refused(file.check_out, loan, TODAY)) == {"borrower"}
    assert file.device.status is DeviceStatus.AVAILABLE


def test_a_loan_running_into_someone_elses_reservation_is_refused():
    file = make_file()
    file.reserve(make_reservation(MATTI, day(7), day(11)), TODAY)
    assert refused(file.check_out, make_loan(MAIJA, due_on=day(7)), TODAY) == {
        "due_on": "The device is reserved for someone else 10.–14.3.2025: make the loan "
                  "due before then."}
    assert file.loan is None and len(file.reservations) == 1
    assert file.reservations[0].status is ReservationStatus.ACTIVE
    file.check_out(make_loan(MAIJA, due_on=day(6)), TODAY)  # back the day before
    assert file.device.status is DeviceStatus.ON_LOAN
    assert file.reservations[0].status is ReservationStatus.ACTIVE


def test_a_reservation_of_another_kind_of_borrower_with_the_same_id_is_someone_else():
    file = make_file()
    file.reserve(make_reservation(KORSO, TODAY, day(4)), TODAY)
    assert set(refused(file.check_out, make_loan(MAIJA), TODAY)) == {"due_on"}
    assert file.check_out(make_loan(KORSO), TODAY) is not None


def test_checking_out_collects_your_own_reservation():
    file = make_file()
    mine = make_reservation(MAIJA, day(-1), day(4))
    later = make_reservation(MATTI, day(20), day(25))
    file.reserve(mine, TODAY)
    file.reserve(later, TODAY)
    assert file.state(TODAY) is DeviceStatus.RESERVED
    assert file.check_out(make_loan(MAIJA, due_on=day(4)), TODAY) is mine
    assert mine.status is ReservationStatus.COLLECTED
    assert file.reservations == [later]
    assert file.device.status is DeviceStatus.ON_LOAN


def test_a_reservation_starting_after_the_loan_day_is_not_collected():
    file = make_file()
    future = make_reservation(MAIJA, day(20), day(25))
    file.reserve(future, TODAY)
    assert file.check_out(make_loan(MAIJA, due_on=day(10)), TODAY) is None
    assert future.status is ReservationStatus.ACTIVE and file.reservations == [future]


# -- check in -------------------------------------------------------------------------------


def test_checking_in_closes_the_loan_and_keeps_the_condition():
    file = on_loan(MAIJA, out_on=day(-10), due_on=day(4))
    loan = file.loan
    loan.notes = "charger included"
    assert file.check_in(TODAY, TODAY, " cracked corner ", " dropped ") is loan
    assert (loan.returned_on, loan.condition_in) == (TODAY, "cracked corner")
    assert loan.notes == "charger included\ndropped"
    assert not loan.open and loan.state(TODAY) is LoanState.RETURNED
    assert file.loan is None
    assert file.device.status is DeviceStatus.AVAILABLE
    assert file.device.condition == "cracked corner"


def test_checking_in_without_a_condition_keeps_the_devices():
    file = on_loan(out_on=day(-2))
    file.check_in(day(-1), TODAY)
    assert file.device.condition == "good"
    assert file.loan is None


def test_a_device_not_on_loan_cannot_be_checked_in():
    file = make_file()
    assert refused(file.check_in, TODAY, TODAY) == {"device": "VAN-001 is not on loan."}
    assert file.device.status is DeviceStatus.AVAILABLE


@pytest.mark.parametrize(
    ("on", "message"),
    [
        (day(1), "A device cannot come back in the future."),
        (day(-6), "A device cannot come back before it went out."),
    ],
)
def test_a_return_date_outside_the_loan_is_refused(on, message):
    file = on_loan(out_on=day(-5))
    loan = file.loan
    assert refused(file.check_in, on, TODAY, "broken") == {"returned_on": message}
    assert file.loan is loan and loan.returned_on is None and loan.condition_in == ""
    assert file.device.status is DeviceStatus.ON_LOAN and file.device.condition == "good"


def test_a_device_back_while_its_next_reservation_runs_is_reserved():
    file = on_loan(MAIJA, out_on=day(-10), due_on=TODAY)
    file.reserve(make_reservation(MATTI, day(1), day(3)), TODAY)
    assert file.state(day(1)) is DeviceStatus.ON_LOAN
    file.check_in(day(1), day(1))
    assert file.state(day(1)) is DeviceStatus.RESERVED
    assert file.device.status is DeviceStatus.AVAILABLE  # as stored: reserved is derived


# -- renew ----------------------------------------------------------------------------------


def test_a_renewal_moves_the_due_date_and_counts():
    file = on_loan(due_on=day(5))
    file.renew(day(10))
    file.renew(day(12))
    assert (file.loan.due_on, file.loan.renewals) == (day(12), 2)


@pytest.mark.parametrize("due_on", [day(5), day(4), day(-1)])
def test_a_renewal_must_move_the_due_date_later(due_on):
    file = on_loan(due_on=day(5))
    assert refused(file.renew, due_on) == {"due_on": "A renewal moves the due date later."}
    assert (file.loan.due_on, file.loan.renewals) == (day(5), 0)


def test_a_device_not_on_loan_cannot_be_renewed():
    assert refused(make_file().renew, day(5)) == {"device": "VAN-001 is not on loan."}


def test_someone_elses_reservation_blocks_a_renewal_into_it():
    file = on_loan(MAIJA, due_on=day(5))
    file.reserve(make_reservation(MATTI, day(9), day(12)), TODAY)
    assert refused(file.renew, day(9)) == {
        "due_on": "The device is reserved for someone else 12.–15.3.2025."}
    assert (file.loan.due_on, file.loan.renewals) == (day(5), 0)
    file.renew(day(8))  # until the day before is fine
    assert file.loan.due_on == day(8)


def test_your_own_reservation_does_not_block_your_renewal():
    file = on_loan(MAIJA, due_on=day(5))
    file.reserve(make_reservation(MAIJA, day(9), day(12)), TODAY)
    file.renew(day(20))
    assert (file.loan.due_on, file.loan.renewals) == (day(20), 1)


# -- reserve, cancel, expire (derived) ------------------------------------------------------


def test_a_future_reservation_leaves_the_device_available():
    file = make_file()
    reservation = make_reservation(MATTI, day(7), day(11))
    file.reserve(reservation, TODAY)
    assert file.reservations == [reservation]
    assert file.state(TODAY) is DeviceStatus.AVAILABLE


def test_a_reservation_running_today_makes_the_device_reserved():
    file = make_file()
    file.reserve(make_reservation(MATTI, day(-2), TODAY), TODAY)
    assert file.state(TODAY) is DeviceStatus.RESERVED
    assert file.device.status is DeviceStatus.AVAILABLE  # nothing to undo tomorrow


def test_the_device_is_reserved_only_while_a_reservation_runs():
    file = make_file()
    file.reserve(make_reservation(MATTI, day(1), day(3)), TODAY)
    assert [file.state(d) for d in (TODAY, day(1), day(3), day(4))] == [
        DeviceStatus.AVAILABLE, DeviceStatus.RESERVED, DeviceStatus.RESERVED,
        DeviceStatus.AVAILABLE]


@pytest.mark.parametrize("status", [DeviceStatus.ON_LOAN, DeviceStatus.IN_REPAIR,
                                    DeviceStatus.LOST, DeviceStatus.RETIRED])
def test_a_device_off_the_shelf_is_what_it_is_even_while_reserved(status):
    file = make_file(status)
    file.reservations = [make_reservation(MATTI, day(-1), day(1))]
    assert file.state(TODAY) is status


def test_a_status_once_stored_as_reserved_reads_as_the_calendar_says():
    file = make_file(DeviceStatus.RESERVED)  # written by an older CoachDesk
    assert file.state(TODAY) is DeviceStatus.AVAILABLE
    file.reserve(make_reservation(MATTI, TODAY, day(1)), TODAY)
    assert file.state(TODAY) is DeviceStatus.RESERVED


def test_a_reservation_is_checked():
    file = make_file()
    reservation = make_reservation(MATTI, day(7), day(6))
    reservation.tutor_id = None
    assert refused(file.reserve, reservation, TODAY) == {
        "ends": "A reservation cannot end before it starts.",
        "borrower": "Choose the borrower: a tutor, a teacher or a school.",
    }
    assert file.reservations == []


def test_a_reservation_cannot_be_in_the_past():
    file = make_file()
    assert refused(file.reserve, make_reservation(MATTI, day(-5), day(-1)), TODAY) == {
        "ends": "A reservation cannot be in the past."}
    assert file.reservations == []


@pytest.mark.parametrize("status", [DeviceStatus.LOST, DeviceStatus.RETIRED])
def test_a_lost_or_retired_device_cannot_be_reserved(status):
    file = make_file(status)
    assert refused(file.reserve, make_reservation(), TODAY) == {
        "device": f"VAN-001 is {status.label.lower()}: it cannot be reserved."}
    assert file.reservations == [] and file.device.status is status


def test_a_device_in_repair_can_be_reserved_for_later():
    file = make_file(DeviceStatus.IN_REPAIR)
    file.reserve(make_reservation(MATTI, TODAY, day(3)), TODAY)
    assert len(file.reservations) == 1
    assert file.state(TODAY) is DeviceStatus.IN_REPAIR


@pytest.mark.parametrize(
    ("starts", "ends"),
    [(day(7), day(11)), (day(5), day(7)), (day(11), day(20)), (day(8), day(9)),
     (day(1), day(30))],
)
def test_reservations_cannot_overlap(starts, ends):
    file = make_file()
    first = make_reservation(MATTI, day(7), day(11))
    file.reserve(first, TODAY)
    assert refused(file.reserve, make_reservation(KORSO, starts, ends), TODAY) == {
        "starts": "The device is already reserved 10.–14.3.2025."}
    assert file.reservations == [first]


@pytest.mark.parametrize(("starts", "ends"), [(day(1), day(6)), (day(12), day(15))])
def test_back_to_back_reservations_are_fine(starts, ends):
    file = make_file()
    file.reserve(make_reservation(MATTI, day(7), day(11)), TODAY)
    file.reserve(make_reservation(KORSO, starts, ends), TODAY)
    assert len(file.reservations) == 2


def test_a_reservation_cannot_overlap_the_open_loan_until_it_is_due():
    file = on_loan(MAIJA, out_on=day(-3), due_on=day(10))
    assert refused(file.reserve, make_reservation(MATTI, day(10), day(12)), TODAY) == {
        "starts": "The device is on loan until 13.3.2025; reserve it from the day after."}
    assert file.reservations == []
    file.reserve(make_reservation(MATTI, day(11), day(12)), TODAY)
    assert file.device.status is DeviceStatus.ON_LOAN


def test_an_overdue_loan_blocks_reservations_until_today():
    file = on_loan(MAIJA, out_on=day(-20), due_on=day(-5))
    assert refused(file.reserve, make_reservation(MATTI, day(-1), TODAY), TODAY) == {
        "starts": "The device is on loan until 3.3.2025; reserve it from the day after."}
    file.reserve(make_reservation(MATTI, day(1), day(3)), TODAY)
    assert len(file.reservations) == 1


def test_cancelling_frees_the_device():
    file = make_file()
    reservation = make_reservation(MATTI, TODAY, day(3))
    file.reserve(reservation, TODAY)
    file.cancel(reservation, TODAY)
    assert reservation.status is ReservationStatus.CANCELLED
    assert file.reservations == []
    assert file.state(TODAY) is DeviceStatus.AVAILABLE
    file.reserve(make_reservation(KORSO, TODAY, day(3)), TODAY)  # the period is free again


def test_a_reservation_expires_once_its_last_day_has_passed():
    reservation = make_reservation(MATTI, day(-2), TODAY)
    assert reservation.state(day(-3)) is ReservationStatus.ACTIVE
    assert reservation.state(TODAY) is ReservationStatus.ACTIVE  # its last day
    assert reservation.state(day(1)) is ReservationStatus.EXPIRED
    assert reservation.status is ReservationStatus.ACTIVE  # as stored: nothing written


@pytest.mark.parametrize("status", [ReservationStatus.COLLECTED, ReservationStatus.CANCELLED,
                                    ReservationStatus.EXPIRED])
def test_a_reservation_that_ended_otherwise_stays_as_it_ended(status):
    reservation = make_reservation(MATTI, day(-2), TODAY)
    reservation.status = status
    assert reservation.state(TODAY) is status and reservation.state(day(9)) is status


def test_an_expired_reservation_cannot_be_cancelled():
    file = make_file()
    reservation = make_reservation(MATTI, TODAY, day(1))
    file.reserve(reservation, TODAY)
    assert refused(file.cancel, reservation, day(2)) == {
        "status": "Only an active reservation can be cancelled."}
    assert reservation.status is ReservationStatus.ACTIVE


# -- lost, found, repair, retire ------------------------------------------------------------


def test_lost_during_a_loan_closes_it_and_cancels_reservations():
    file = on_loan(MAIJA, out_on=day(-10), due_on=day(5))
    loan = file.loan
    reservation = make_reservation(MATTI, day(9), day(12))
    file.reserve(reservation, TODAY)
    file.mark_lost(day(-2), TODAY)
    assert loan.lost_on == day(-2) and loan.returned_on is None
    assert not loan.open and loan.state(TODAY) is LoanState.LOST
    assert file.loan is None
    assert reservation.status is ReservationStatus.CANCELLED and file.reservations == []
    assert file.device.status is DeviceStatus.LOST


def test_a_loan_is_never_lost_before_it_went_out():
    file = on_loan(out_on=day(-3))
    loan = file.loan
    file.mark_lost(day(-30), TODAY)
    assert loan.lost_on == day(-3)


@pytest.mark.parametrize("status", [DeviceStatus.AVAILABLE, DeviceStatus.IN_REPAIR])
def test_a_device_on_the_shelf_can_be_lost(status):
    file = make_file(status)
    file.mark_lost(TODAY, TODAY)
    assert file.device.status is DeviceStatus.LOST


@pytest.mark.parametrize("status", [DeviceStatus.LOST, DeviceStatus.RETIRED])
def test_a_lost_or_retired_device_cannot_be_lost_again(status):
    file = make_file(status)
    assert refused(file.mark_lost, TODAY, TODAY) == {
        "device": f"VAN-001 is already {status.label.lower()}."}
    assert file.device.status is status


def test_a_found_device_is_available_again():
    file = make_file(DeviceStatus.LOST)
    file.found()
    assert file.device.status is DeviceStatus.AVAILABLE


@pytest.mark.parametrize("status", [s for s in DeviceStatus if s is not DeviceStatus.LOST])
def test_only_a_lost_device_can_be_found(status):
    file = make_file(status)
    assert refused(file.found) == {"device": "Only a lost device can be found."}
    assert file.device.status is status


@pytest.mark.parametrize("status", [DeviceStatus.AVAILABLE, DeviceStatus.RESERVED])
def test_a_device_on_the_shelf_goes_to_repair(status):
    file = make_file(status)
    file.send_to_repair()
    assert file.device.status is DeviceStatus.IN_REPAIR


@pytest.mark.parametrize(
    "status", [DeviceStatus.ON_LOAN, DeviceStatus.IN_REPAIR, DeviceStatus.LOST,
               DeviceStatus.RETIRED])
def test_only_a_device_on_the_shelf_goes_to_repair(status):
    file = make_file(status)
    assert refused(file.send_to_repair) == {
        "device": "Check the device in before sending it for repair."}
    assert file.device.status is status


def test_back_from_repair_follows_its_reservations():
    file = make_file()
    file.reserve(make_reservation(MATTI, day(2), day(4)), TODAY)
    file.send_to_repair()
    file.back_from_repair()
    assert file.device.status is DeviceStatus.AVAILABLE
    assert (file.state(TODAY), file.state(day(2))) == (DeviceStatus.AVAILABLE,
                                                       DeviceStatus.RESERVED)


@pytest.mark.parametrize("status", [s for s in DeviceStatus if s is not DeviceStatus.IN_REPAIR])
def test_only_a_device_in_repair_comes_back_from_it(status):
    file = make_file(status)
    assert refused(file.back_from_repair) == {"device": "The device is not in repair."}
    assert file.device.status is status


def test_retiring_cancels_reservations():
    file = make_file()
    reservation = make_reservation(MATTI, TODAY, day(3))
    file.reserve(reservation, TODAY)
    file.retire(TODAY)
    assert file.device.status is DeviceStatus.RETIRED
    assert reservation.status is ReservationStatus.CANCELLED and file.reservations == []


def test_a_device_on_loan_cannot_be_retired():
    file = on_loan()
    assert refused(file.retire, TODAY) == {"device": "Check the device in before retiring it."}
    assert file.device.status is DeviceStatus.ON_LOAN and file.loan is not None


def test_a_lost_device_can_be_retired():
    file = make_file(DeviceStatus.LOST)
    file.retire(TODAY)
    assert file.device.status is DeviceStatus.RETIRED


# -- categories -----------------------------------------------------------------------------


def test_due_date_from_the_loan_period():
    robots = DeviceCategory("Robot kit", loan_days=14)
    assert robots.due_date(TODAY, SCHOOL, None) == day(14)
    assert robots.due_date(TODAY, TUTOR, date(2025, 7, 31)) == day(14)


def test_a_tutors_tablet_is_due_when_the_agreement_ends():
    ipads = DeviceCategory("iPad", loan_days=30, until_agreement_end=True)
    assert ipads.due_date(TODAY, TUTOR, date(2025, 7, 31)) == date(2025, 7, 31)
    assert ipads.due_date(TODAY, TUTOR, TODAY) == TODAY


@pytest.mark.parametrize(
    ("kind", "agreement_end"),
    [(TEACHER, date(2025, 7, 31)), (SCHOOL, date(2025, 7, 31)), (TUTOR, None),
     (TUTOR, day(-1))],  # an agreement already over
)
def test_other_borrowers_get_the_loan_period(kind, agreement_end):
    ipads = DeviceCategory("iPad", loan_days=30, until_agreement_end=True)
    assert ipads.due_date(TODAY, kind, agreement_end) == day(30)


@pytest.mark.parametrize(("days", "ok"), [(0, False), (1, True), (400, True), (401, False)])
def test_a_loan_period_is_from_one_to_four_hundred_days(days, ok):
    category = DeviceCategory(" Laptop ", loan_days=days)
    if ok:
        category.check()
        assert category.name == "Laptop"
    else:
        assert refused(category.check) == {"loan_days": "A loan period is from 1 to 400 days."}


# -- any sequence of actions ----------------------------------------------------------------

BORROWER = st.tuples(st.sampled_from(list(BorrowerKind)), st.integers(1, 2))
OFFSET = st.integers(-6, 20)


def snapshot(file: DeviceFile, loans: list[Loan], reservations: list[Reservation]) -> tuple:
    """Everything an action could change."""
    return (
        file.device.status, file.device.condition, id(file.loan),
        tuple(id(r) for r in file.reservations),
        tuple((x.out_on, x.due_on, x.returned_on, x.lost_on, x.renewals, x.condition_in,
               x.notes) for x in loans),
        tuple((r.status, r.starts, r.ends) for r in reservations),
    )


class DeviceLife(RuleBasedStateMachine):
    """A device lent, returned, reserved, lost and repaired in any order as days pass."""

    @initialize()
    def start(self):
        self.today = TODAY
        self.file = make_file()
        self.loans: list[Loan] = []
        self.made: list[Reservation] = []

    def attempt(self, action, *args) -> bool:
        """Run an action; a refusal must leave everything as it was."""
        before = snapshot(self.file, self.loans, self.made)
        try:
            action(*args)
        except ValidationError as exc:
            assert exc.errors and set(exc.errors) <= {
                "device", "due_on", "out_on", "returned_on", "starts", "ends", "borrower",
                "lost_on", "status"}
            assert snapshot(self.file, self.loans, self.made) == before
            return False
        return True

    @rule(days=st.integers(0, 6))
    def a_day_passes(self, days):
        """The file as the services load it on the new day: without the reservations
        that are over (they read as expired; nothing is written)."""
        self.today += timedelta(days=days)
        self.file.reservations = [r for r in self.file.reservations if r.ends >= self.today]

    @rule(who=BORROWER, started=st.integers(-5, 1), length=st.integers(-1, 25))
    def check_out(self, who, started, length):
        out_on = self.today + timedelta(days=started)
        loan = make_loan(who, out_on, out_on + timedelta(days=length))
        status = self.file.device.status
        if self.attempt(self.file.check_out, loan, self.today):
            assert status in (DeviceStatus.AVAILABLE, DeviceStatus.RESERVED)
            self.loans.append(loan)
        else:
            assert self.file.loan is not loan

    @rule(back=st.integers(-6, 1), condition=st.sampled_from(["", "scratched"]))
    def check_in(self, back, condition):
        loan = self.file.loan
        if self.attempt(self.file.check_in, self.today + timedelta(days=back), self.today,
                        condition):
            assert loan is not None and loan.returned_on is not None

    @rule(later=OFFSET)
    def renew(self, later):
        if self.file.loan is not None:
            due_on = self.file.loan.due_on + timedelta(days=later)
        else:
            due_on = self.today + timedelta(days=later)
        self.attempt(self.file.renew, due_on)

    @rule(who=BORROWER, starts=OFFSET, length=st.integers(-1, 8))
    def reserve(self, who, starts, length):
        first = self.today + timedelta(days=starts)
        reservation = make_reservation(who, first, first + timedelta(days=length))
        status = self.file.device.status
        if self.attempt(self.file.reserve, reservation, self.today):
            assert status not in (DeviceStatus.LOST, DeviceStatus.RETIRED)
            self.made.append(reservation)

    @rule(which=st.integers(0, 5))
    def cancel(self, which):
        if self.file.reservations:
            reservation = self.file.reservations[which % len(self.file.reservations)]
            self.file.cancel(reservation, self.today)
            assert reservation.status is ReservationStatus.CANCELLED

    @rule(ago=st.integers(-2, 10))
    def lose(self, ago):
        loan = self.file.loan
        if self.attempt(self.file.mark_lost, self.today - timedelta(days=ago), self.today):
            assert self.file.device.status is DeviceStatus.LOST
            assert loan is None or loan.lost_on is not None
            assert self.file.reservations == []

    @rule()
    def find(self):
        self.attempt(self.file.found)

    @rule()
    def repair(self):
        self.attempt(self.file.send_to_repair)

    @rule()
    def back_from_repair(self):
        self.attempt(self.file.back_from_repair)

    @rule()
    def retire(self):
        if self.attempt(self.file.retire, self.today):
            assert self.file.reservations == []

    @invariant()
    def exactly_one_status(self):
        assert isinstance(self.file.device.status, DeviceStatus)
        assert sum(self.file.device.status is s for s in DeviceStatus) == 1

    @invariant()
    def reserved_is_never_stored_but_read_from_the_calendar(self):
        assert self.file.device.status is not DeviceStatus.RESERVED
        running = any(r.starts <= self.today <= r.ends for r in self.file.reservations)
        assert (self.file.state(self.today) is DeviceStatus.RESERVED) == (
            running and self.file.device.status is DeviceStatus.AVAILABLE)

    @invariant()
    def never_two_open_loans(self):
        open_loans = [x for x in self.loans if x.open]
        assert len(open_loans) <= 1
        assert open_loans == ([self.file.loan] if self.file.loan is not None else [])

    @invariant()
    def on_loan_exactly_when_a_loan_is_open(self):
        assert (self.file.device.status is DeviceStatus.ON_LOAN) == (self.file.loan is not None)

    @invariant()
    def reservations_never_overlap(self):
        active = self.file.reservations
        assert all(r.state(self.today) is ReservationStatus.ACTIVE for r in active)
        assert [r for r in self.made if r.state(self.today) is ReservationStatus.ACTIVE] == active
        for i, a in enumerate(active):
            for b in active[i + 1:]:
                assert not ranges_overlap(a.starts, a.ends, b.starts, b.ends)

    @invariant()
    def lost_and_retired_devices_hold_nothing(self):
        if self.file.device.status in (DeviceStatus.LOST, DeviceStatus.RETIRED):
            assert self.file.loan is None and self.file.reservations == []


DeviceLife.TestCase.settings = settings(max_examples=300, stateful_step_count=40,
                                        deadline=None)
TestDeviceLife = DeviceLife.TestCase
