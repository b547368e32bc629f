"""Where a tutor could still go: the earliest free slots in the preferred windows, and
several good ones spread over the days and times asked for.

A slot is free when it lies inside the tutor's released time on a school day, clashes with
none of their bookings, and leaves the travel buffer to bookings at other sites. A plan of
hours per week without fixed days leaves the usual school day open.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coachdesk.domain.conflicts import Booking, ConflictCheck, TutorPlan, tutor_blocked

SCHOOL_DAY = (time(8, 0), time(16, 0))  # when a plan names no hours


@dataclass(frozen=True)
class Window:
    """Days and hours a school prefers, e.g. 1.–12.12., 8:00–12:00."""

    first_day: date
    last_day: date
    starts: time = SCHOOL_DAY[0]
    ends: time = SCHOOL_DAY[1]


def _hours(tutor: TutorPlan):
    """A function giving the plan's hours on a day, or None on a day off: the plan is
    checked once, not for each day."""
    plan = tutor.plan
    if not plan.rule or plan.errors():
        return lambda day: SCHOOL_DAY
    window = plan.window()
    return lambda day: window if day in plan.days(day, day, tutor.anchor or day) else None


def free_slots(tutor_id: int, tutor: TutorPlan, check: ConflictCheck, windows: list[Window],
               minutes: int, site: str, limit: int = 5, step: int = 15, per_day: int = 1
               ) -> list[tuple[datetime, datetime]]:
    """The earliest free slots of ``minutes`` in the windows, at most ``per_day`` a day and
    ``limit`` in all. ``check`` holds the tutor's bookings, the calendar and the buffer.

    Breaks, holidays and the released time are kept by choosing only school days and
    starts inside the plan's hours, so each start is checked only against the tutor's
    bookings that day and the travel buffer (the blocking rules of find_conflicts)."""
    found: list[tuple[datetime, datetime]] = []
    length = timedelta(minutes=minutes)
    days = sorted({w.first_day + timedelta(days=n) for w in windows
                   for n in range((w.last_day - w.first_day).days + 1)})
    # Each day is checked against that day's bookings only: the same answer, sooner.
    on_day: dict[date, list[Booking]] = {}
    for other in check.others:
        for n in range((other.ends_at.date() - other.starts_at.date()).days + 1):
            on_day.setdefault(other.starts_at.date() + timedelta(days=n), []).append(other)
    hours_on = _hours(tutor)
    for day in days:
        if not check.calendar.is_school_day(day):
            continue
        day_others = on_day.get(day, [])
        hours = hours_on(day)
        if hours is None:
            continue
        # Every start the day's windows allow, earliest first and each once: windows may
        # be given in any order and may overlap.
        starts: set[datetime] = set()
        for window in (w for w in windows if w.first_day <= day <= w.last_day):
            start = datetime.combine(day, max(window.starts, hours[0]))
            end = datetime.combine(day, min(window.ends, hours[1]))
            start += timedelta(minutes=(-start.minute) % step)  # on the quarter hour
            while start + length <= end:
                starts.add(start)
                start += timedelta(minutes=step)
        taken_today = 0
        for start in sorted(starts):
            if taken_today >= per_day:
                break
            booking = Booking(start, start + length, frozenset({tutor_id}), site=site)
            if not tutor_blocked(booking, day_others, check.travel_minutes):
                found.append((start, start + length))
                taken_today += 1
                if len(found) >= limit:
                    return found
    return found


def spread_slots(tutor_id: int, tutor: TutorPlan, check: ConflictCheck, windows: list[Window],
                 minutes: int, site: str, limit: int = 4, step: int = 15
                 ) -> list[tuple[datetime, datetime]]:
    """Several good slots, spread over the days and the times of day asked for, in time
    order: the earliest free slot, then one on each following day with free time (up to
    ``limit`` days), each at the free time of day farthest from the times already offered,
    and then more on those days the same way. Two offers on one day do not overlap.

    Only the days that the earliest slots fall on are searched in full, so this costs
    little more than the earliest slots do."""
    earliest = free_slots(tutor_id, tutor, check, windows, minutes, site, limit=limit,
                          step=step)
    days = [starts.date() for starts, _ends in earliest]
    on_days = [Window(day, day, w.starts, w.ends) for day in days for w in windows
               if w.first_day <= day <= w.last_day]
    free: dict[date, list[tuple[datetime, datetime]]] = {}
    for slot in free_slots(tutor_id, tutor, check, on_days, minutes, site,
                           limit=len(days) * 24 * 60, step=step, per_day=24 * 60):
        free.setdefault(slot[0].date(), []).append(slot)

    chosen: list[tuple[datetime, datetime]] = []

    def at_minute(moment: datetime) -> int:
        return moment.hour * 60 + moment.minute

    def distance(slot: tuple[datetime, datetime]) -> float:
        """How far the slot's time of day is from every time already offered."""
        return min((abs(at_minute(slot[0]) - at_minute(other[0])) for other in chosen),
                   default=float("inf"))

    while len(chosen) < limit:
        before = len(chosen)
        for day in days:
            options = [slot for slot in free.get(day, ())
                       if all(slot[1] <= other[0] or other[1] <= slot[0]
                              for other in chosen if other[0].date() == day)]
            if options:  # the farthest time of day; of equals, the earliest
                chosen.append(max(options, key=lambda slot: (distance(slot),
                                                             -at_minute(slot[0]))))
                if len(chosen) >= limit:
                    break
        if len(chosen) == before:
            break
    return sorted(chosen)
