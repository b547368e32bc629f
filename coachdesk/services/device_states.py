"""What follows the calendar, computed in the queries that read it, never stored.

An available device is reserved while one of its reservations runs; an active
reservation whose last day has passed unclaimed has expired. These are the rules of
``DeviceFile.state`` and ``Reservation.state`` as SQL, so that every reader (the lists,
the counts, the device report, the stock-take) shows what is true today without a page
having to bring the stored values up to date first.
"""

from datetime import date

from sqlalchemy import ColumnElement, case, literal, select, type_coerce

from coachdesk.domain.devices import LENDABLE, DeviceStatus, ReservationStatus
from coachdesk.storage import tables as t


def running_reservation(today: date) -> ColumnElement[bool]:
    """The device (of the enclosing query over devices) has a reservation running today."""
    d, re = t.devices.c, t.reservations.c
    return (select(re.id).where(re.device_id == d.id, re.status == ReservationStatus.ACTIVE,
                                re.starts <= today, re.ends >= today)
            .correlate(t.devices).exists())


def device_status(today: date) -> ColumnElement[DeviceStatus]:
    """The device's status today (a status once stored as "reserved" counts as available)."""
    status = t.devices.c.status
    return type_coerce(case(
        (status.in_(LENDABLE) & running_reservation(today),
         literal(DeviceStatus.RESERVED, status.type)),
        (status.in_(LENDABLE), literal(DeviceStatus.AVAILABLE, status.type)),
        else_=status), status.type)


def reservation_status(today: date) -> ColumnElement[ReservationStatus]:
    """The reservation's status today: an active one past its last day has expired."""
    re = t.reservations.c
    return type_coerce(case(
        ((re.status == ReservationStatus.ACTIVE) & (re.ends < today),
         literal(ReservationStatus.EXPIRED, re.status.type)),
        else_=re.status), re.status.type)


def reservation_active(today: date) -> ColumnElement[bool]:
    """The reservation is running or still to come: neither collected, cancelled nor over."""
    re = t.reservations.c
    return (re.status == ReservationStatus.ACTIVE) & (re.ends >= today)
