"""desk.situations: each school's ICT situation — its devices, platforms and network, and
the needs the tutors noticed there (coachdesk/domain/situations.py).

The situation is recorded from the school's detail or taken in from a survey export; a
visit's log notes new needs and resolves old ones in its own transaction
(:func:`note_at_visit`). A need becomes a visit request or a lesson: the form opens with
what the need says (:meth:`SituationService.request_draft`), and once saved the need is
linked to it and planned. The school report and the municipal summary read it with
:func:`school_situation` and :func:`city_situations`.
"""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, delete, func, insert, select, update

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.requests import AskedBy, RequestDraft
from coachdesk.domain.situations import (
    DeviceLine,
    NeedDraft,
    NeedStatus,
    NotedNeed,
    SituationDraft,
    cleaned,
    last_look,
    looked_recently,
    most_noted,
)
from coachdesk.domain.text import search_key, tr
from coachdesk.domain.validation import clean
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.costs import CostImportProblems
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


@dataclass(frozen=True)
class Need:
    id: int
    school_id: int
    description: str
    noted_on: date
    tutor_id: int | None
    noted_by: str  # the tutor's name, or "" for the coordinator
    status: NeedStatus
    request_id: int | None = None
    lesson_id: int | None = None
    resolved_on: date | None = None


@dataclass(frozen=True)
class Situation:
    """A school's situation as recorded; ``recorded`` is False when nobody has yet."""

    school_id: int
    school: str
    language: str
    draft: SituationDraft
    recorded: bool
    looked_by: str  # the tutor's name, or "" for the coordinator
    needs: list[Need] = field(default_factory=list)  # the open and planned first

    @property
    def last_look(self) -> date | None:
        return last_look(self.draft.looked_on if self.recorded else None,
                         *(n.noted_on for n in self.needs))


@dataclass(frozen=True)
class SurveyRow:
    """A row of a survey export as the reader gives it: the school by name, what could be
    read, and what could not (field: message)."""

    row: int  # the sheet's row number
    school: str
    answered_on: date | None = None
    devices: tuple[DeviceLine, ...] = ()
    platforms: tuple[str, ...] = ()
    network: str = ""
    needs: tuple[str, ...] = ()
    problems: dict[str, str] = field(default_factory=dict)


class SurveyImportProblems(CostImportProblems):
    """Rows of the survey export have problems; nothing was saved (each row named)."""


@dataclass(frozen=True)
class LookedAt:
    """A school and when its situation was last looked at (None: never)."""

    school_id: int
    school: str
    last_look: date | None


@dataclass(frozen=True)
class CitySituations:
    """The municipal summary's view: the needs most often noted, and the schools nobody
    looked at within the recent months."""

    most_noted: list[NotedNeed]
    not_looked: list[LookedAt]
    schools: int  # schools in the city (not archived)
    open_needs: int


def _tutor_name():
    return (select(t.tutors.c.name).where(t.tutors.c.id == t.school_needs.c.tutor_id)
            .correlate(t.school_needs).scalar_subquery())


def needs_of(conn: Connection, school_id: int) -> list[Need]:
    """The school's needs: open and planned first, the newest first within each."""
    n = t.school_needs.c
    order = [(n.status == NeedStatus.RESOLVED).asc(), n.noted_on.desc(), n.id.desc()]
    rows = conn.execute(select(n.id, n.school_id, n.description, n.noted_on, n.tutor_id,
                               _tutor_name().label("noted_by"), n.status, n.request_id,
                               n.lesson_id, n.resolved_on)
                        .where(n.school_id == school_id).order_by(*order))
    return [Need(r.id, r.school_id, r.description, r.noted_on, r.tutor_id,
                 r.noted_by or "", r.status, r.request_id, r.lesson_id, r.resolved_on)
            for r in rows]


def school_situation(conn: Connection, school_id: int) -> Situation:
    sc, ss, sd, tu = t.schools.c, t.school_situations.c, t.school_devices.c, t.tutors.c
    school = conn.execute(select(sc.name, sc.language).where(sc.id == school_id)).first()
    if school is None:
        raise NotFound(tr("That school no longer exists."))
    row = conn.execute(select(ss.platforms, ss.network, ss.notes, ss.looked_on, ss.tutor_id,
                              tu.name).outerjoin(t.tutors, tu.id == ss.tutor_id)
                       .where(ss.school_id == school_id)).first()
    # unpacked: a row's .count is the tuple's method to a type checker
    devices = tuple(DeviceLine(user, kind, count, age) for user, kind, count, age in
                    conn.execute(select(sd.user, sd.kind, sd.count, sd.age)
                                 .where(sd.school_id == school_id).order_by(sd.id)))
    if row is None:
        draft = SituationDraft(devices)
    else:
        draft = SituationDraft(devices, tuple(p for p in row.platforms.split("\n") if p),
                               row.network, row.notes, row.looked_on, row.tutor_id)
    return Situation(school_id, school.name, school.language.value, draft, row is not None,
                     (row.name or "") if row is not None else "", needs_of(conn, school_id))


def city_situations(conn: Connection, today: date, first: date | None = None,
                    last: date | None = None) -> CitySituations:
    """The needs noted most often across the schools not archived (with a period: those
    noted in it, and those still not resolved, so that years of history do not outweigh
    it), and the schools whose situation nobody looked at in the recent months."""
    sc, n, ss = t.schools.c, t.school_needs.c, t.school_situations.c
    schools = conn.execute(select(sc.id, sc.name).where(~sc.archived)
                           .order_by(sc.name_key)).all()
    in_view = ~sc.archived
    if first is not None and last is not None:
        in_view &= n.noted_on.between(first, last) | (n.status != NeedStatus.RESOLVED)
    needs = conn.execute(select(n.description, n.school_id, n.status)
                         .join(t.schools, sc.id == n.school_id).where(in_view)).all()
    looked = dict(conn.execute(select(ss.school_id, ss.looked_on)).all())
    noted = dict(conn.execute(select(n.school_id, func.max(n.noted_on))
                              .group_by(n.school_id)).all())
    not_looked = [LookedAt(s.id, s.name, last_look(looked.get(s.id), noted.get(s.id)))
                  for s in schools]
    not_looked = [s for s in not_looked if not looked_recently(s.last_look, today)]
    not_looked.sort(key=lambda s: s.last_look or date.min)
    return CitySituations(most_noted([(r.description, r.school_id, r.status) for r in needs]),
                          not_looked, len(schools),
                          sum(1 for r in needs if r.status is NeedStatus.OPEN))


def note_at_visit(session, visit, new_needs: tuple[str, ...],
                  resolved_ids: tuple[int, ...]) -> None:
    """What a visit's log says of the school's needs, in the log's own transaction: the
    needs noted there (by the visit's tutor, on its day) and those it resolved."""
    if not new_needs and not resolved_ids:
        return
    if visit.status is not VisitStatus.DONE:
        raise ValidationError({"new_needs": tr(
            "A visit that did not take place notes no needs: log it as done first.")})
    day = visit.starts_at.date()
    n = t.school_needs.c
    for description in new_needs:
        _insert_need(session, visit.school_id, NeedDraft(description, day, visit.tutor_id),
                     day, visit_id=visit.id)
    if resolved_ids:
        ids = set(resolved_ids)
        found = set(session.scalars(select(n.id).where(n.id.in_(ids),
                                                       n.school_id == visit.school_id)))
        if found != ids:
            raise ValidationError({"resolved_need_ids": tr(
                "A need chosen as resolved is no longer the school's: open the log again.")})
        session.execute(update(t.school_needs).where(n.id.in_(ids)).values(
            status=NeedStatus.RESOLVED, resolved_on=day, resolved_visit_id=visit.id))


def _insert_need(session, school_id: int, draft: NeedDraft, today: date,
                 visit_id: int | None = None) -> int:
    draft.check()
    return session.execute(insert(t.school_needs).values(
        school_id=school_id, description=clean(draft.description),
        noted_on=draft.noted_on or today, tutor_id=draft.tutor_id, status=NeedStatus.OPEN,
        visit_id=visit_id).returning(t.school_needs.c.id)).scalar_one()


def _write_situation(session, school_id: int, draft: SituationDraft, today: date) -> None:
    draft.check()
    draft = cleaned(draft)
    ss, sd = t.school_situations, t.school_devices
    values = {"platforms": "\n".join(draft.platforms), "network": draft.network,
              "notes": draft.notes, "looked_on": draft.looked_on or today,
              "tutor_id": draft.tutor_id}
    done = session.execute(update(ss).where(ss.c.school_id == school_id).values(**values)
                           .returning(ss.c.id)).all()
    if not done:
        session.execute(insert(ss).values(school_id=school_id, **values))
    session.execute(delete(sd).where(sd.c.school_id == school_id))
    if draft.devices:
        session.execute(insert(sd), [
            {"school_id": school_id, "user": d.user, "kind": d.kind, "age": d.age,
             "count": d.count} for d in draft.devices])


def kept(had: Situation, given: SituationDraft) -> SituationDraft:
    """What an import records: what a survey answer gives, and what the school had where
    the answer is blank (an import fills in and corrects, it does not erase)."""
    if not had.recorded:
        return given
    old = had.draft
    answered = {line.user for line in given.devices}
    devices = (*given.devices, *(line for line in old.devices if line.user not in answered))
    return SituationDraft(devices, given.platforms or old.platforms,
                          given.network or old.network, given.notes or old.notes,
                          given.looked_on, given.tutor_id)


class SituationService:
    def __init__(self, db: Database):
        self.db = db

    # -- reading ----------------------------------------------------------------------------
    def get(self, school_id: int) -> Situation:
        with self.db.reading() as conn:
            return school_situation(conn, school_id)

    def needs(self, school_id: int) -> list[Need]:
        with self.db.reading() as conn:
            return needs_of(conn, school_id)

    def open_needs(self, school_id: int) -> list[tuple[int, str]]:
        """(id, description) of the needs a visit may resolve: open or planned."""
        return [(n.id, n.description) for n in self.needs(school_id)
                if n.status is not NeedStatus.RESOLVED]

    def city(self, today: date | None = None) -> CitySituations:
        with self.db.reading() as conn:
            return city_situations(conn, today or date.today())

    # -- the situation ----------------------------------------------------------------------
    def record(self, school_id: int, draft: SituationDraft, today: date | None = None) -> None:
        """Record what the school has now: its devices, platforms and network, looked at
        on ``draft.looked_on`` (today if not given)."""
        with self.db.transaction() as s:
            self._school(s, school_id)
            self._tutor(s, draft.tutor_id)
            _write_situation(s, school_id, draft, today or date.today())

    # -- needs ------------------------------------------------------------------------------
    def note(self, school_id: int, draft: NeedDraft, today: date | None = None) -> int:
        """Note a need at the school; returns its id."""
        with self.db.transaction() as s:
            self._school(s, school_id)
            self._tutor(s, draft.tutor_id)
            return _insert_need(s, school_id, draft, today or date.today())

    def change(self, need_id: int, draft: NeedDraft) -> None:
        draft.check()
        with self.db.transaction() as s:
            self._tutor(s, draft.tutor_id)
            self._need_update(s, need_id, description=clean(draft.description),
                              noted_on=draft.noted_on or date.today(),
                              tutor_id=draft.tutor_id)

    def set_status(self, need_id: int, status: NeedStatus, today: date | None = None) -> None:
        """Open, planned or resolved: a need resolved keeps the day it was."""
        status = NeedStatus(status)
        resolved = (today or date.today()) if status is NeedStatus.RESOLVED else None
        with self.db.transaction() as s:
            self._need_update(s, need_id, status=status, resolved_on=resolved)

    def delete(self, need_id: int) -> None:
        """Remove a need noted by mistake."""
        with self.db.transaction() as s:
            if not s.execute(delete(t.school_needs).where(t.school_needs.c.id == need_id)
                             .returning(t.school_needs.c.id)).all():
                raise self._gone()

    def request_draft(self, need_id: int, today: date | None = None) -> RequestDraft:
        """A visit request for the need, to complete in its form: the school, the need as
        its description, received today, asked by the school's ICT contact."""
        need = self._need(need_id)
        return RequestDraft(school_id=need.school_id, received_on=today or date.today(),
                            asked_by=AskedBy.CONTACT, description=need.description)

    def link_request(self, need_id: int, request_id: int) -> None:
        """The need is planned: the visit request ``request_id`` was made of it."""
        with self.db.transaction() as s:
            self._known(s, t.visit_requests, request_id, tr("request"))
            self._need_update(s, need_id, request_id=request_id, status=NeedStatus.PLANNED,
                              resolved_on=None)

    def link_lesson(self, need_id: int, lesson_id: int) -> None:
        """The need is planned: the lesson ``lesson_id`` was made of it."""
        with self.db.transaction() as s:
            self._known(s, t.lessons, lesson_id, tr("lesson"))
            self._need_update(s, need_id, lesson_id=lesson_id, status=NeedStatus.PLANNED,
                              resolved_on=None)

    # -- a survey export --------------------------------------------------------------------
    def import_survey(self, rows: list[SurveyRow], today: date | None = None) -> int:
        """Each row's school situation recorded and its needs noted (by the coordinator,
        on the day the survey was answered), all rows or none: if any has a problem,
        SurveyImportProblems names each such row. A need already noted at the school on
        that day is not noted twice, so the same export imported again adds nothing.
        Returns how many rows were taken in."""
        if not rows:
            raise ValidationError({"file": tr(
                "The file has no answers under its header row.")})
        today = today or date.today()
        sc, n = t.schools.c, t.school_needs.c
        with self.db.transaction() as s:
            schools = dict(s.execute(select(sc.name_key, sc.id)).all())
            noted = {(r.school_id, r.noted_on, search_key(r.description)) for r in s.execute(
                select(n.school_id, n.noted_on, n.description))}
            problems: dict[int, list[str]] = {}
            plans = []
            for row in rows:
                said = list(row.problems.values())
                school_id = schools.get(search_key(row.school)) if row.school else None
                if not row.school:
                    said.append(tr("Say the school."))
                elif school_id is None:
                    said.append(tr("There is no school called “{name}”.").format(
                        name=row.school))
                draft = SituationDraft(row.devices, row.platforms, row.network,
                                       looked_on=row.answered_on or today)
                needs = [NeedDraft(text, row.answered_on or today) for text in row.needs]
                drafts: tuple[SituationDraft | NeedDraft, ...] = (draft, *needs)
                for each in drafts:
                    try:
                        each.check()
                    except ValidationError as exc:
                        said.extend(exc.errors.values())
                if said:
                    problems[row.row] = list(dict.fromkeys(said))
                elif school_id is not None:  # always: a school not found is said above
                    plans.append((school_id, draft, needs))
            if problems:
                raise SurveyImportProblems(problems)
            for school_id, draft, needs in plans:
                had = school_situation(s.connection(), school_id)
                _write_situation(s, school_id, kept(had, draft), today)
                for need in needs:
                    key = (school_id, need.noted_on, search_key(clean(need.description)))
                    if key not in noted:
                        noted.add(key)
                        _insert_need(s, school_id, need, today)
            return len(plans)

    # -- helpers ----------------------------------------------------------------------------
    def _need(self, need_id: int) -> Need:
        n = t.school_needs.c
        with self.db.reading() as conn:
            school_id = conn.scalar(select(n.school_id).where(n.id == need_id))
            if school_id is None:
                raise self._gone()
            return next(x for x in needs_of(conn, school_id) if x.id == need_id)

    def _need_update(self, session, need_id: int, **values) -> None:
        n = t.school_needs
        if not session.execute(update(n).where(n.c.id == need_id).values(**values)
                               .returning(n.c.id)).all():
            raise self._gone()

    @staticmethod
    def _gone() -> NotFound:
        return NotFound(tr("That need no longer exists: someone removed it meanwhile."))

    @staticmethod
    def _school(session, school_id: int) -> None:
        SituationService._known(session, t.schools, school_id, tr("school"))

    @staticmethod
    def _tutor(session, tutor_id: int | None) -> None:
        if tutor_id is not None:
            SituationService._known(session, t.tutors, tutor_id, tr("tutor"))

    @staticmethod
    def _known(session, table, row_id: int, what: str) -> None:
        if session.scalar(select(table.c.id).where(table.c.id == row_id)) is None:
            raise NotFound(tr("That {what} no longer exists.").format(what=what))
