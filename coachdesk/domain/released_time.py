"""Released time: when a tutor works as a tutor instead of teaching.

A plan is an iCalendar recurrence rule (``FREQ=WEEKLY;BYDAY=TU``) with a daily window
(08:00–15:00), or only a number of hours per week without fixed days. Times are wall-clock
times in the municipality's zone, so "Tuesdays at 8:00" stays at 8:00 across the changes
to and from daylight-saving time; durations are measured in real elapsed time.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.rrule import DAILY, rrulestr

from coachdesk.domain.calendar import SchoolCalendar
from coachdesk.domain.clock import elapsed_hours
from coachdesk.domain.formats import format_amount, format_date, format_time
from coachdesk.domain.recurrence import occurrences, occurs_on
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean

DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def day_names() -> list[str]:
    return [tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"),
            tr("Saturday"), tr("Sunday")]


def ordinal_names() -> dict[int, str]:
    return {1: tr("first"), 2: tr("second"), 3: tr("third"), 4: tr("fourth"), -1: tr("last")}


def weekly_rule(weekdays: list[int], interval: int = 1) -> str:
    """Every ``interval`` weeks on ISO ``weekdays`` (1 = Monday)."""
    days = ",".join(DAY_CODES[d - 1] for d in sorted(set(weekdays)))
    every = f";INTERVAL={interval}" if interval > 1 else ""
    return f"FREQ=WEEKLY{every};BYDAY={days}"


def monthly_rule(ordinal: int, weekday: int) -> str:
    """The ``ordinal`` (1–4, or -1 for the last) ISO ``weekday`` of each month."""
    return f"FREQ=MONTHLY;BYDAY={ordinal}{DAY_CODES[weekday - 1]}"


def parse_time(text: str) -> time | None:
    """"8", "8:00", "08.00" or "8:30" → a time; "" → None; anything else raises ValueError."""
    text = clean(text).replace(".", ":")
    if not text:
        return None
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


def stored_time(value: time | None) -> str:
    """A plan's time as a tutor keeps it: "8:00" ("" for none); ``parse_time`` reads it."""
    return "" if value is None else f"{value.hour}:{value.minute:02d}"


def read_time(text: str) -> time | None:
    """A kept time for a form: None when there is none, or it cannot be read."""
    try:
        return parse_time(text or "")
    except ValueError:
        return None


@lru_cache(maxsize=512)
def _readable_rule(rule: str) -> bool:
    """A rule of days CoachDesk can expand (read once: conflict checks ask often)."""
    try:
        expanded = rrulestr(rule, dtstart=datetime(2000, 1, 3))
        # A plan gives days: not hours or minutes, and it must move on (INTERVAL=0
        # parses but fails when expanded).
        return expanded._freq <= DAILY and expanded._interval >= 1
    except (ValueError, TypeError, AttributeError):
        return False


@dataclass(frozen=True)
class ReleasedPlan:
    rule: str = ""  # RRULE without DTSTART; empty: hours per week without fixed days
    starts: str = ""  # "08:00"
    ends: str = ""  # "15:00"
    weekly_hours: float | None = None

    def errors(self) -> dict[str, str]:
        """What is wrong with the plan itself, by field (empty if nothing)."""
        c = Checker()
        if self.weekly_hours is not None and not 0 < self.weekly_hours <= 40:
            c.fail("weekly_hours", tr("Hours per week must be more than 0 and at most 40."))
        if not self.rule:
            if self.weekly_hours is None:
                c.fail("released_rule",
                       tr("Give the released days and times, or a number of hours per week."))
            return c.errors
        if not _readable_rule(self.rule):
            c.fail("released_rule", tr("“{rule}” is not a recurrence rule CoachDesk can read.")
                   .format(rule=self.rule))
        try:
            starts, ends = parse_time(self.starts), parse_time(self.ends)
        except ValueError:
            c.fail("released_from", tr("Write times as 8:00 or 14:30."))
            return c.errors
        if starts is None or ends is None:
            c.fail("released_from", tr("Give the time the released day starts and ends."))
        elif ends <= starts:
            c.fail("released_until", tr("The released time must end after it starts."))
        return c.errors

    def window(self) -> tuple[time | None, time | None]:
        """The released day's times; None where none is given."""
        return parse_time(self.starts), parse_time(self.ends)

    def days(self, first: date, last: date, anchor: date | None = None) -> list[date]:
        """Days the rule gives from ``first`` to ``last``; ``anchor`` is where the rule
        starts counting (an every-other-week plan counts from the agreement start)."""
        if not self.rule:
            return []
        if first == last:
            return [first] if occurs_on(self.rule, anchor or first, first) else []
        return occurrences(self.rule, anchor or first, first, last)

    def slots(self, first: date, last: date, calendar: SchoolCalendar,
              anchor: date | None = None) -> list[tuple[datetime, datetime]]:
        """The planned hours from ``first`` to ``last`` on school days, breaks left out."""
        starts, ends = self.window() if self.rule else (None, None)
        if starts is None or ends is None:
            return []
        return [(datetime.combine(d, starts), datetime.combine(d, ends))
                for d in self.days(first, last, anchor) if calendar.is_school_day(d)]

    def hours(self, first: date, last: date, calendar: SchoolCalendar,
              anchor: date | None = None) -> float:
        """Planned hours in the period. Hours per week without fixed days count for each
        school week in proportion to its school days."""
        if self.rule:
            return sum(elapsed_hours(a, b) for a, b in self.slots(first, last, calendar, anchor))
        if not self.weekly_hours:
            return 0.0
        school_days = sum(
            calendar.is_school_day(first + timedelta(days=n))
            for n in range((last - first).days + 1)
        )
        return self.weekly_hours * school_days / 5

    def describe(self) -> str:
        """The plan in words: "Tuesdays 8:00–15:00", "First Monday of each month …"."""
        if not self.rule:
            if self.weekly_hours:
                return tr("{hours} h a week, no fixed days").format(
                    hours=format_amount(self.weekly_hours))
            return tr("No released time")
        parts = dict(p.split("=", 1) for p in self.rule.split(";") if "=" in p)
        try:
            starts, ends = self.window()
        except ValueError:
            starts = ends = None
        times = f"{format_time(starts)}–{format_time(ends)}" if starts and ends else ""
        names = day_names()
        by_day = [d for d in parts.get("BYDAY", "").split(",") if d]
        if parts.get("FREQ") == "MONTHLY" and by_day:
            code = by_day[0]
            ordinal = int(code[:-2] or 1)
            text = tr("The {ordinal} {day} of each month").format(
                ordinal=ordinal_names().get(ordinal, str(ordinal)),
                day=names[DAY_CODES.index(code[-2:])])
        elif parts.get("FREQ") == "WEEKLY" and by_day:
            days = _and([names[DAY_CODES.index(d[-2:])] for d in by_day])
            interval = int(parts.get("INTERVAL", 1))
            text = (tr("Every %n weeks on {days}", None, interval).format(days=days)
                    if interval > 1 else tr("Every {days}").format(days=days))
        else:
            text = self.rule
        return f"{text} {times}".strip()


def _and(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return tr("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def begun_plan_errors(plan: ReleasedPlan) -> dict[str, str]:
    """What is wrong with a tutor's plan: none is needed (an appointed candidate has none
    yet), but one begun must be whole."""
    if plan.rule or plan.weekly_hours is not None or plan.starts:
        return plan.errors()
    return {}


def plan_of(tutor) -> ReleasedPlan:
    """The released-time plan kept on a tutor."""
    return ReleasedPlan(tutor.released_rule, tutor.released_from, tutor.released_until,
                        tutor.weekly_hours)


def check_plan_yields_time(plan: ReleasedPlan, first: date | None, last: date | None,
                           calendar: SchoolCalendar) -> dict[str, str]:
    """A plan with fixed days must give at least one school day in the agreement."""
    if not plan.rule or first is None or last is None or plan.errors():
        return {}
    if plan.slots(first, last, calendar, anchor=first):
        return {}
    return {"released_rule": tr("This plan gives no school days between {first} and {last}: "
                                "check the days and the school calendar.").format(
        first=format_date(first), last=format_date(last))}
