"""desk.school_years: school years, their terms and breaks; which days are school days."""

from datetime import date
from typing import Any

from sqlalchemy import select

from coachdesk.domain.calendar import Break, BreakKind, SchoolCalendar, SchoolYear, Term
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_count, as_date, as_enum
from coachdesk.domain.text import tr
from coachdesk.services.fields import get_or_raise
from coachdesk.services.school_calendar import finnish_school_year
from coachdesk.storage.database import Database

FIRST_YEAR, LAST_YEAR = 2000, 2100
FIRST_WINTER_WEEK, LAST_WINTER_WEEK = 2, 21  # the spring term runs from week 2 to week 22


class SchoolYearService:
    def __init__(self, db: Database):
        self.db = db

    def create(self, start_year: int | str, winter_week: int | str = 8) -> int:
        """A new school year with the usual Finnish terms and breaks, ready to adjust.

        Text such as "2026" is accepted, as a form sends it; a year or a week that makes
        no sense is a field error (``start_year``, ``winter_week``).
        """
        start_year, winter_week = self._year_and_week(start_year, winter_week)
        year, terms, breaks = finnish_school_year(start_year, winter_week=winter_week)
        year.check()
        with self.db.transaction() as s:
            if s.scalar(select(SchoolYear.id).where(SchoolYear.name == year.name)):
                raise ValidationError({"start_year": tr(
                    "The school year {name} is already there.").format(name=year.name)})
            s.add(year)
            s.flush()
            for item in [*terms, *breaks]:
                item.school_year_id = year.id
                s.add(item)
            return year.id

    def years(self) -> list[tuple[int, str]]:
        """(id, name), the newest first."""
        with self.db.transaction() as s:
            return [(y.id, y.name) for y in s.scalars(
                select(SchoolYear).order_by(SchoolYear.starts.desc()))]

    def get(self, year_id: int) -> tuple[SchoolYear, list[Term], list[Break]]:
        with self.db.transaction() as s:
            year = get_or_raise(s, SchoolYear, year_id, tr("school year"))
            terms = list(s.scalars(select(Term).where(Term.school_year_id == year_id)
                                   .order_by(Term.starts)))
            breaks = list(s.scalars(select(Break).where(Break.school_year_id == year_id)
                                    .order_by(Break.starts)))
            return year, terms, breaks

    def year_of(self, day: date) -> int | None:
        with self.db.transaction() as s:
            return s.scalar(select(SchoolYear.id).where(
                SchoolYear.starts <= day, SchoolYear.ends >= day))

    def update_term(self, term_id: int, **fields: Any) -> None:
        with self.db.transaction() as s:
            term = get_or_raise(s, Term, term_id, tr("term"))
            self._dates(fields, ("starts", "ends"))
            for key in ("name", "starts", "ends"):
                if key in fields:
                    setattr(term, key, fields[key])
            with s.no_autoflush:  # the refused dates must not reach the database first
                year = s.get(SchoolYear, term.school_year_id)
                others = list(s.scalars(select(Term).where(Term.school_year_id == year.id,
                                                           Term.id != term.id)))
            term.check(year, others)

    def add_break(self, year_id: int, **fields: Any) -> int:
        with self.db.transaction() as s:
            year = get_or_raise(s, SchoolYear, year_id, tr("school year"))
            gap = Break(year_id, "", BreakKind.OTHER, year.starts, year.starts)
            self._fill_break(gap, year, fields)
            s.add(gap)
            s.flush()
            return gap.id

    def update_break(self, break_id: int, **fields: Any) -> None:
        with self.db.transaction() as s:
            gap = get_or_raise(s, Break, break_id, tr("break"))
            self._fill_break(gap, s.get(SchoolYear, gap.school_year_id), fields)

    def delete_break(self, break_id: int) -> None:
        with self.db.transaction() as s:
            s.delete(get_or_raise(s, Break, break_id, tr("break")))

    def calendar(self, first: date, last: date) -> SchoolCalendar:
        """The terms and breaks that touch the period from ``first`` to ``last``, and every
        term of the school years it touches: a summer is no school day just because no
        term lies in it (a calendar without terms counts every weekday)."""
        with self.db.transaction() as s:
            years = select(SchoolYear.id).where(SchoolYear.starts <= last,
                                                SchoolYear.ends >= first)
            terms = s.scalars(select(Term).where(
                (Term.starts <= last) & (Term.ends >= first) | Term.school_year_id.in_(years))
                .order_by(Term.starts))
            breaks = s.scalars(select(Break).where(Break.starts <= last, Break.ends >= first)
                               .order_by(Break.starts))
            return SchoolCalendar(list(terms), list(breaks))

    def terms(self) -> list[tuple[int, str, date, date]]:
        """(id, name, starts, ends) of every term, the newest first."""
        with self.db.transaction() as s:
            return [(t.id, t.name, t.starts, t.ends)
                    for t in s.scalars(select(Term).order_by(Term.starts.desc()))]

    def term_on(self, day: date) -> tuple[int, str, date, date] | None:
        """The term that ``day`` falls in, or else the next one, or else the last one."""
        terms = sorted(self.terms(), key=lambda t: t[2])
        if not terms:
            return None
        for term in terms:
            if day <= term[3]:
                return term
        return terms[-1]

    @staticmethod
    def _year_and_week(start_year: int | str, winter_week: int | str) -> tuple[int, int]:
        errors = {}
        year = week = None
        try:
            year = as_count("start_year", start_year, tr("Starting year"))
            if year is None:
                errors["start_year"] = tr("Starting year is required.")
            elif not FIRST_YEAR <= year <= LAST_YEAR:
                errors["start_year"] = tr(
                    "Write the year the school year starts in, such as {year}."
                ).format(year=date.today().year)
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            week = as_count("winter_week", winter_week, tr("Winter break week"))
            if week is None:
                errors["winter_week"] = tr("Winter break week is required.")
            elif not FIRST_WINTER_WEEK <= week <= LAST_WINTER_WEEK:
                errors["winter_week"] = tr(
                    "Choose a week of the spring term, from {first} to {last}."
                ).format(first=FIRST_WINTER_WEEK, last=LAST_WINTER_WEEK)
        except ValidationError as exc:
            errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        return year, week

    @staticmethod
    def _dates(fields: dict[str, Any], keys: tuple[str, ...]) -> None:
        labels = {"starts": tr("Starts"), "ends": tr("Ends")}
        errors = {}
        for key in keys:
            if key in fields:
                try:
                    fields[key] = as_date(key, fields[key], labels[key])
                except ValidationError as exc:
                    errors.update(exc.errors)
                if key not in errors and fields[key] is None:
                    errors[key] = tr("{label} is required.").format(label=labels[key])
        if errors:
            raise ValidationError(errors)

    def _fill_break(self, gap: Break, year: SchoolYear, fields: dict[str, Any]) -> None:
        self._dates(fields, ("starts", "ends"))
        if "kind" in fields:
            fields["kind"] = as_enum("kind", BreakKind, fields["kind"], tr("kind of break"))
        for key in ("name", "kind", "starts", "ends"):
            if key in fields:
                setattr(gap, key, fields[key])
        gap.check(year)
