"""The school year (1 August – 31 July), its terms and its breaks."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean


class BreakKind(StrEnum):
    AUTUMN = "autumn"
    CHRISTMAS = "christmas"
    WINTER = "winter"
    EASTER = "easter"
    PUBLIC_HOLIDAY = "public_holiday"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            BreakKind.AUTUMN: tr("Autumn break"),
            BreakKind.CHRISTMAS: tr("Christmas break"),
            BreakKind.WINTER: tr("Winter break"),
            BreakKind.EASTER: tr("Easter"),
            BreakKind.PUBLIC_HOLIDAY: tr("Public holiday"),
            BreakKind.OTHER: tr("Other break"),
        }[self]


def school_year_bounds(start_year: int) -> tuple[date, date]:
    return date(start_year, 8, 1), date(start_year + 1, 7, 31)


@dataclass(eq=False)
class SchoolYear:
    name: str
    starts: date
    ends: date
    id: int | None = None

    @classmethod
    def beginning(cls, start_year: int) -> "SchoolYear":
        starts, ends = school_year_bounds(start_year)
        return cls(name=f"{start_year}–{start_year + 1}", starts=starts, ends=ends)

    def contains(self, first: date, last: date) -> bool:
        return self.starts <= first <= last <= self.ends

    def check(self) -> None:
        self.name = clean(self.name)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 50, tr("Name"))  # the column's length
        if (self.starts.month, self.starts.day) != (8, 1):
            c.fail("starts", tr("A school year starts on 1 August."))
        if self.ends != date(self.starts.year + 1, 7, 31):
            c.fail("ends", tr("A school year ends on 31 July of the next year."))
        c.raise_if_any()


@dataclass(eq=False)
class Term:
    school_year_id: int | None
    name: str
    starts: date
    ends: date
    id: int | None = None

    def check(self, year: SchoolYear, others: Iterable["Term"] = ()) -> None:
        self.name = clean(self.name)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 100, tr("Name"))  # the column's length
        c.order("ends", self.starts, self.ends, tr("A term cannot end before it starts."))
        if not year.contains(self.starts, max(self.starts, self.ends)):
            c.fail("starts", tr("A term must lie inside its school year."))
        for other in others:
            same_row = self.id is not None and other.id == self.id
            if other is not self and not same_row and ranges_overlap(
                self.starts, self.ends, other.starts, other.ends
            ):
                c.fail("starts", tr("This term overlaps {name}.").format(name=other.name))
        c.raise_if_any()


@dataclass(eq=False)
class Break:
    school_year_id: int | None
    name: str
    kind: BreakKind
    starts: date
    ends: date
    id: int | None = None

    def check(self, year: SchoolYear) -> None:
        self.name = clean(self.name)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 100, tr("Name"))  # the column's length
        c.order("ends", self.starts, self.ends, tr("A break cannot end before it starts."))
        if not year.contains(self.starts, max(self.starts, self.ends)):
            c.fail("starts", tr("A break must lie inside its school year."))
        c.raise_if_any()


def ranges_overlap(a_first: date, a_last: date, b_first: date, b_last: date) -> bool:
    """Inclusive date ranges share at least one day."""
    return a_first <= b_last and b_first <= a_last


def is_school_day(day: date, terms: Iterable[Term], breaks: Iterable[Break]) -> bool:
    """A weekday inside a term and outside every break (public holidays are breaks too)."""
    if day.isoweekday() > 5:
        return False
    if not any(t.starts <= day <= t.ends for t in terms):
        return False
    return not any(b.starts <= day <= b.ends for b in breaks)


@dataclass
class SchoolCalendar:
    """The terms and breaks that decide which days are school days.

    With no terms recorded at all (a new database), every weekday outside a break counts,
    so that plans can still be checked before the school year is entered.
    """

    terms: list[Term]
    breaks: list[Break]

    def is_school_day(self, day: date) -> bool:
        if not self.terms:
            return day.isoweekday() <= 5 and self.break_on(day) is None
        return is_school_day(day, self.terms, self.breaks)

    def break_on(self, day: date) -> Break | None:
        return next((b for b in self.breaks if b.starts <= day <= b.ends), None)

    def term_on(self, day: date) -> Term | None:
        return next((t for t in self.terms if t.starts <= day <= t.ends), None)
