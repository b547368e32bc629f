"""The school year (1 August – 31 July), its terms and its breaks."""

from collections.abc import Iterable
from dataclasses import asdict, dataclass
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


FIRST_START_YEAR, LAST_START_YEAR = 2000, 2100
FIRST_WINTER_WEEK, LAST_WINTER_WEEK = 2, 21  # the spring term runs from week 2 to week 22
DEFAULT_WINTER_WEEK = 8  # the capital region's week; many municipalities use 7, 9 or 10


@dataclass(frozen=True)
class SchoolYearDraft:
    """A new school year: the autumn it starts in and its winter break week; its terms
    and breaks follow the usual Finnish calendar."""

    start_year: int | None = None
    winter_week: int | None = DEFAULT_WINTER_WEEK

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong."""
        c = Checker()
        if self.start_year is None:
            c.fail("start_year", tr("Starting year is required."))
        elif not FIRST_START_YEAR <= self.start_year <= LAST_START_YEAR:
            c.fail("start_year", tr("Write the year the school year starts in, from {first} "
                                    "to {last}.").format(first=FIRST_START_YEAR,
                                                         last=LAST_START_YEAR))
        if self.winter_week is None:
            c.fail("winter_week", tr("Winter break week is required."))
        elif not FIRST_WINTER_WEEK <= self.winter_week <= LAST_WINTER_WEEK:
            c.fail("winter_week", tr("Choose a week of the spring term, from {first} to "
                                     "{last}.").format(first=FIRST_WINTER_WEEK,
                                                       last=LAST_WINTER_WEEK))
        c.raise_if_any()


@dataclass(frozen=True)
class TermDraft:
    """A term of a school year as its form gives it."""

    name: str = ""
    starts: date | None = None
    ends: date | None = None

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong (its school year is
        the service's to check)."""
        Term(None, **asdict(self)).check()


@dataclass(frozen=True)
class BreakDraft:
    """A break of a school year as its form gives it."""

    name: str = ""
    kind: BreakKind = BreakKind.OTHER
    starts: date | None = None
    ends: date | None = None

    def check(self) -> None:
        Break(None, **asdict(self)).check()


def school_year_bounds(start_year: int) -> tuple[date, date]:
    return date(start_year, 8, 1), date(start_year + 1, 7, 31)


@dataclass(eq=False)
class SchoolYear:
    name: str
    starts: date
    ends: date
    id: int | None = None
    closed: bool = False  # its records are kept for every report and no longer change

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

    def check(self, year: SchoolYear | None = None, others: Iterable["Term"] = ()) -> None:
        """Raise ValidationError naming every wrong field; with its ``year``, also a term
        outside it or overlapping one of the ``others``."""
        self.name = clean(self.name)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 100, tr("Name"))  # the column's length
        if _period_given(c, self.starts, self.ends):
            c.order("ends", self.starts, self.ends, tr("A term cannot end before it starts."))
            if year is not None and not year.contains(self.starts, max(self.starts, self.ends)):
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

    def check(self, year: SchoolYear | None = None) -> None:
        """Raise ValidationError naming every wrong field; with its ``year``, also a break
        outside it."""
        self.name = clean(self.name)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 100, tr("Name"))  # the column's length
        if not isinstance(self.kind, BreakKind):
            c.fail("kind", tr("Choose the kind of break."))
        if _period_given(c, self.starts, self.ends):
            c.order("ends", self.starts, self.ends, tr("A break cannot end before it starts."))
            if year is not None and not year.contains(self.starts, max(self.starts, self.ends)):
                c.fail("starts", tr("A break must lie inside its school year."))
        c.raise_if_any()


def _period_given(c: Checker, starts: date | None, ends: date | None) -> bool:
    """Whether both days are given; a missing one is named."""
    for key, value, label in (("starts", starts, tr("Starts")), ("ends", ends, tr("Ends"))):
        if value is None:
            c.fail(key, tr("{label} is required.").format(label=label))
    return starts is not None and ends is not None


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
