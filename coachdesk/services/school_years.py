"""desk.school_years: school years, their terms and breaks; which days are school days."""

import re
from dataclasses import asdict
from datetime import date

from sqlalchemy import select

from coachdesk.domain.calendar import (
    Break,
    BreakDraft,
    BreakKind,
    SchoolCalendar,
    SchoolYear,
    SchoolYearDraft,
    Term,
    TermDraft,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.parse import as_enum
from coachdesk.domain.text import search_key, tr
from coachdesk.services.closed_years import refuse_closed_years
from coachdesk.services.fields import get_or_raise
from coachdesk.services.school_calendar import finnish_school_year
from coachdesk.storage.database import Database


class SchoolYearService:
    def __init__(self, db: Database):
        self.db = db
        db.on_flush(refuse_closed_years)

    def create(self, draft: SchoolYearDraft) -> int:
        """A new school year with the usual Finnish terms and breaks, ready to adjust; a
        year or a week that makes no sense is a field error (``start_year``,
        ``winter_week``)."""
        draft.check()
        year, terms, breaks = finnish_school_year(draft.start_year,
                                                  winter_week=draft.winter_week)
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

    def close(self, year_id: int, closed: bool = True) -> None:
        """Close the school year (``closed=False``: reopen it): its lessons, visits and
        loans stay in every list and report and can no longer be changed (see
        services/closed_years.py)."""
        with self.db.transaction() as s:
            get_or_raise(s, SchoolYear, year_id, tr("school year")).closed = closed

    def find(self, name: str) -> tuple[int, str, bool]:
        """(id, name, closed) of the school year called ``name``: as it is shown
        ("2024–2025"), with a hyphen or a slash for the dash, or by its first year
        ("2024")."""
        def key(text: str) -> str:
            return search_key(re.sub(r"\s*[-/–—]\s*", "–", text.strip()))

        text = (name or "").strip()
        with self.db.transaction() as s:
            years = [(y.id, y.name, y.closed, y.starts.year) for y in s.scalars(
                select(SchoolYear).order_by(SchoolYear.starts.desc()))]
        found = [y for y in years if key(y[1]) == key(text)] or [
            y for y in years if text.isdigit() and y[3] == int(text)]
        if len(found) == 1:
            return found[0][:3]
        if not years:
            raise NotFound(tr("There is no school year in this file yet: add one on the "
                              "School calendar page."))
        raise NotFound(tr("There is no school year called “{name}”. The school years are: "
                          "{names}.").format(name=name, names=", ".join(y[1] for y in years)))

    def closed(self) -> set[int]:
        """The ids of the closed school years."""
        with self.db.transaction() as s:
            return set(s.scalars(select(SchoolYear.id).where(SchoolYear.closed)))

    def spans(self) -> list[tuple[int, str, date, date]]:
        """(id, name, first day, last day) of every school year, the newest first."""
        with self.db.transaction() as s:
            return [(y.id, y.name, y.starts, y.ends) for y in s.scalars(
                select(SchoolYear).order_by(SchoolYear.starts.desc()))]

    def year_of(self, day: date) -> int | None:
        with self.db.transaction() as s:
            return s.scalar(select(SchoolYear.id).where(
                SchoolYear.starts <= day, SchoolYear.ends >= day))

    def update_term(self, term_id: int, draft: TermDraft) -> None:
        with self.db.transaction() as s:
            term = get_or_raise(s, Term, term_id, tr("term"))
            for key, value in asdict(draft).items():
                setattr(term, key, value)
            with s.no_autoflush:  # the refused dates must not reach the database first
                year = s.get(SchoolYear, term.school_year_id)
                others = list(s.scalars(select(Term).where(Term.school_year_id == year.id,
                                                           Term.id != term.id)))
            term.check(year, others)

    def term_draft(self, term_id: int) -> TermDraft:
        """The term as its form shows it (change it with ``dataclasses.replace``)."""
        with self.db.transaction() as s:
            term = get_or_raise(s, Term, term_id, tr("term"))
            return TermDraft(term.name, term.starts, term.ends)

    def add_break(self, year_id: int, draft: BreakDraft) -> int:
        with self.db.transaction() as s:
            year = get_or_raise(s, SchoolYear, year_id, tr("school year"))
            gap = Break(year_id, "", BreakKind.OTHER, year.starts, year.starts)
            self._fill_break(gap, year, draft)
            s.add(gap)
            s.flush()
            return gap.id

    def update_break(self, break_id: int, draft: BreakDraft) -> None:
        with self.db.transaction() as s:
            gap = get_or_raise(s, Break, break_id, tr("break"))
            self._fill_break(gap, s.get(SchoolYear, gap.school_year_id), draft)

    def break_draft(self, break_id: int) -> BreakDraft:
        """The break as its form shows it (change it with ``dataclasses.replace``)."""
        with self.db.transaction() as s:
            gap = get_or_raise(s, Break, break_id, tr("break"))
            return BreakDraft(gap.name, gap.kind, gap.starts, gap.ends)

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
    def _fill_break(gap: Break, year: SchoolYear, draft: BreakDraft) -> None:
        for key, value in asdict(draft).items():
            setattr(gap, key, value)
        gap.kind = as_enum("kind", BreakKind, draft.kind, tr("kind of break"))
        gap.check(year)
