"""desk.privacy: a person's right to see and to erase what CoachDesk holds about them.

Erasing removes the personal data of a teacher or a tutor (name, e-mail, notes, subjects,
their applications, free text that may name them) but keeps the record itself, anonymous,
so that the statistics still count its enrollments, attendance, visits and loans.
Exporting gathers everything about one person for a data-access request; the workbook
itself is written by :mod:`coachdesk.reports.person_export`.
"""

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, tuple_, update
from sqlalchemy.orm import Session

from coachdesk.domain.competence import Scale
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.text import person_sort_key, search_key, tr
from coachdesk.services import erasure
from coachdesk.services.device_states import reservation_status
from coachdesk.services.erasure import KINDS, PEOPLE, TEACHER, TUTOR, Copies, Erasure
from coachdesk.services.training_record import TrainingRecordService
from coachdesk.storage import scrub
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

__all__ = ["KINDS", "TEACHER", "TUTOR", "Copies", "PrivacyService", "erased_name", "reapply"]
log = logging.getLogger(__name__)


def erased_name(person_id: int) -> str:
    return tr("Erased person #{id}").format(id=person_id)


@dataclass(frozen=True)
class Footprint:
    """What CoachDesk holds about a person: shown before erasing."""

    kind: str
    id: int
    name: str
    enrollments: int
    visits: int
    lessons: int
    loans: int
    loans_out: int
    reservations: int
    applications: int


@dataclass
class PersonData:
    """Everything about one person, section by section, as rows of plain values.

    Each section's row layout is fixed (see the comments); the report module names the
    columns."""

    kind: str
    id: int
    name: str
    exported_on: date
    record: list[tuple[str, Any]] = field(default_factory=list)  # (field, value)
    schools: list[tuple] = field(default_factory=list)  # (school, role)
    enrollments: list[tuple] = field(default_factory=list)
    # (lesson, starts_at, status, attendance, score, comment, enrolled_at)
    visits: list[tuple] = field(default_factory=list)
    # (starts_at, ends_at, school, tutor, purpose, status, notes)
    lessons: list[tuple] = field(default_factory=list)  # (title, starts_at, ends_at, status)
    loans: list[tuple] = field(default_factory=list)
    # (asset tag, category, model, out_on, due_on, returned_on, lost_on, notes)
    reservations: list[tuple] = field(default_factory=list)
    # (asset tag, category, starts, ends, status, notes)
    applications: list[tuple] = field(default_factory=list)
    # (round, name, e-mail, school, step, consent, motivation, notes, decline reason)
    steps: list[tuple] = field(default_factory=list)  # (round, from, to, on, note)
    # A teacher's training record (issue 18):
    completed: list[tuple] = field(default_factory=list)  # (training, first, last, hours)
    certificates: list[tuple] = field(default_factory=list)
    # (code, training, issued on, revoked on)
    elsewhere: list[tuple] = field(default_factory=list)
    # (course, provider, held on, hours, notes)
    levels: list[tuple] = field(default_factory=list)  # (on, level, source, note)


class PrivacyService:
    def __init__(self, db: Database, records: TrainingRecordService):
        self.db = db
        self.records = records

    # -- what is held -----------------------------------------------------------------------
    def footprint(self, kind: str, person_id: int) -> Footprint:
        kind = _kind(kind)
        with self.db.reading() as conn:
            name = _name(conn, kind, person_id)
            person = _person_column(kind)

            def count(table, *where) -> int:
                return conn.execute(select(func.count()).select_from(table).where(*where)
                                    ).scalar_one()

            lo = t.loans.c
            if kind == TEACHER:
                enrollments = count(t.enrollments, t.enrollments.c.teacher_id == person_id)
                visits = count(t.visit_teachers, t.visit_teachers.c.teacher_id == person_id)
                lessons = 0
            else:
                enrollments = 0
                visits = count(t.visits, t.visits.c.tutor_id == person_id)
                lessons = count(t.lesson_tutors, t.lesson_tutors.c.tutor_id == person_id)
            return Footprint(
                kind, person_id, name, enrollments, visits, lessons,
                loans=count(t.loans, lo[person] == person_id),
                loans_out=count(t.loans, lo[person] == person_id, _out()),
                reservations=count(t.reservations, t.reservations.c[person] == person_id),
                applications=count(t.candidates, t.candidates.c[person] == person_id),
            )

    def person_data(self, kind: str, person_id: int, today: date | None = None) -> PersonData:
        """Everything CoachDesk holds about one teacher or tutor."""
        kind = _kind(kind)
        with self.db.reading() as conn:
            name = _name(conn, kind, person_id)
            data = PersonData(kind, person_id, name, today or date.today())
            if kind == TEACHER:
                self._teacher(conn, person_id, data)
            else:
                self._tutor(conn, person_id, data)
            self._devices(conn, kind, person_id, data)
            self._recruitment(conn, kind, person_id, data)
        if kind == TEACHER:
            record = self.records.record(person_id)
            data.completed = [(x.name, x.first_day, x.last_day, x.hours)
                              for x in record.completed]
            data.certificates = [(x.code, x.training, x.issued_on, x.revoked_on)
                                 for x in record.certificates]
            data.elsewhere = [(x.course, x.provider, x.held_on, x.hours, x.notes)
                              for x in record.elsewhere]
        return data

    # -- erasing ----------------------------------------------------------------------------
    def erase_teacher(self, teacher_id: int, today: date | None = None) -> Copies:
        return self._erase(TEACHER, teacher_id, today)

    def erase_tutor(self, tutor_id: int, today: date | None = None) -> Copies:
        return self._erase(TUTOR, tutor_id, today)

    def _erase(self, kind: str, person_id: int, today: date | None) -> Copies:
        """The person's data goes in one transaction (all of it or none), and is recorded
        as erased; then it goes from the file's free space, its journal and its backups.
        Returns what became of those copies: the caller says which still hold them."""
        person = _person_column(kind)
        with self.db.transaction() as s:
            name = _name(s, kind, person_id)
            if s.scalar(select(func.count()).select_from(t.loans)
                        .where(t.loans.c[person] == person_id, _out())):
                raise ValidationError({"loans": tr(
                    "{name} still has a device on loan. Check the device in (or mark it "
                    "lost) on the Devices page first, then erase their data.").format(
                    name=name)})
            _erase_rows(s, kind, person_id)
            erasure.record(s.connection(), [Erasure(kind, person_id, today or date.today())])
            everyone = erasure.recorded(s.connection())
        return self._from_copies(everyone)

    def _from_copies(self, erasures: list[Erasure]) -> Copies:
        """Every erasure recorded goes from the copies, so that erasing again finishes what
        a read-only folder or a full disk stopped."""
        copies = Copies()
        path = self.db.path
        try:
            if not scrub.wipe(self.db) and path is not None:
                copies.still_held.append((Path(f"{path}-wal"), tr(
                    "another connection is still reading it; it is emptied when CoachDesk "
                    "closes")))
        except sqlite3.Error as exc:
            log.warning("could not wipe %s: %s", self.db.label, exc)
            copies.still_held.append((path or Path(self.db.label), erasure.reason(exc)))
        if path is not None:
            found = erasure.scrub_backups(path, erasures, reapply)
            copies.scrubbed += found.scrubbed
            copies.still_held += found.still_held
        return copies

    # -- gathering -------------------------------------------------------------------------
    def _teacher(self, conn, teacher_id: int, data: PersonData) -> None:
        c, sc = t.teachers.c, t.schools.c
        row = conn.execute(select(c.name, c.email, sc.name.label("school"), c.subjects,
                                  c.notes, c.archived)
                           .join(t.schools, c.school_id == sc.id)
                           .where(c.id == teacher_id)).one()
        data.record = [(tr("Name"), row.name), (tr("E-mail"), row.email),
                       (tr("School"), row.school), (tr("Subjects"), row.subjects),
                       (tr("Notes"), row.notes), (tr("Archived"), row.archived)]
        data.schools = [(row.school, tr("Works at"))]
        en, le = t.enrollments.c, t.lessons.c
        data.enrollments = [tuple(r) for r in conn.execute(
            select(le.title, le.starts_at, en.status, en.attendance, en.feedback_score,
                   en.feedback_comment, en.enrolled_at)
            .join(t.lessons, en.lesson_id == le.id)
            .where(en.teacher_id == teacher_id).order_by(le.starts_at, en.id))]
        vt = t.visit_teachers.c
        data.visits = self._visits(conn, t.visits.c.id.in_(
            select(vt.visit_id).where(vt.teacher_id == teacher_id)))
        cl = t.competence_levels.c
        data.levels = [(r.assessed_on, Scale(r.scale).level_label(r.level), r.source, r.note)
                       for r in conn.execute(select(cl.assessed_on, cl.scale, cl.level,
                                                    cl.source, cl.note)
                                             .where(cl.teacher_id == teacher_id)
                                             .order_by(cl.assessed_on, cl.id))]

    def _tutor(self, conn, tutor_id: int, data: PersonData) -> None:
        c, sc = t.tutors.c, t.schools.c
        row = conn.execute(select(t.tutors, sc.name.label("school"))
                           .join(t.schools, c.home_school_id == sc.id)
                           .where(c.id == tutor_id)).one()
        data.record = [
            (tr("Name"), row.name), (tr("E-mail"), row.email),
            (tr("Home school"), row.school), (tr("Kind"), row.kind),
            (tr("Agreement starts"), row.agreement_start),
            (tr("Agreement ends"), row.agreement_end),
            (tr("Released days"), row.released_rule),
            (tr("Released from"), row.released_from),
            (tr("Released until"), row.released_until),
            (tr("Hours per week"), row.weekly_hours),
            (tr("Hours per term"), row.allotted_hours_per_term),
            (tr("Notes"), row.notes), (tr("Archived"), row.archived),
        ]
        strengths = conn.execute(
            select(t.topics.c.name, t.tutor_strengths.c.level)
            .join(t.tutor_strengths, t.tutor_strengths.c.topic_id == t.topics.c.id)
            .where(t.tutor_strengths.c.tutor_id == tutor_id).order_by(t.topics.c.name))
        data.record += [(tr("Strength"), f"{name} ({level.label})") for name, level in strengths]
        served = conn.scalars(select(sc.name)
                              .join(t.tutor_schools, t.tutor_schools.c.school_id == sc.id)
                              .where(t.tutor_schools.c.tutor_id == tutor_id)
                              .order_by(sc.name_key))
        data.schools = [(row.school, tr("Home school"))]
        data.schools += [(name, tr("Serves")) for name in served]
        data.visits = self._visits(conn, t.visits.c.tutor_id == tutor_id)
        le, lt = t.lessons.c, t.lesson_tutors.c
        data.lessons = [tuple(r) for r in conn.execute(
            select(le.title, le.starts_at, le.ends_at, le.status)
            .join(t.lesson_tutors, lt.lesson_id == le.id)
            .where(lt.tutor_id == tutor_id).order_by(le.starts_at, le.id))]

    @staticmethod
    def _visits(conn, where) -> list[tuple]:
        vi, sc, tu = t.visits.c, t.schools.c, t.tutors.c
        return [tuple(r) for r in conn.execute(
            select(vi.starts_at, vi.ends_at, sc.name, tu.name, vi.purpose, vi.status, vi.notes)
            .join(t.schools, vi.school_id == sc.id).join(t.tutors, vi.tutor_id == tu.id)
            .where(where).order_by(vi.starts_at, vi.id))]

    @staticmethod
    def _devices(conn, kind: str, person_id: int, data: PersonData) -> None:
        person = _person_column(kind)
        lo, re, de = t.loans.c, t.reservations.c, t.devices.c
        data.loans = [tuple(r) for r in conn.execute(
            select(de.asset_tag, de.category, de.model, lo.out_on, lo.due_on, lo.returned_on,
                   lo.lost_on, lo.notes)
            .join(t.devices, lo.device_id == de.id)
            .where(lo[person] == person_id).order_by(lo.out_on, lo.id))]
        data.reservations = [tuple(r) for r in conn.execute(
            select(de.asset_tag, de.category, re.starts, re.ends,
                   reservation_status(date.today()), re.notes)
            .join(t.devices, re.device_id == de.id)
            .where(re[person] == person_id).order_by(re.starts, re.id))]

    @staticmethod
    def _recruitment(conn, kind: str, person_id: int, data: PersonData) -> None:
        ca, ro, sc = t.candidates.c, t.recruitment_rounds.c, t.schools.c
        rows = conn.execute(
            select(ca.id, ro.name.label("round"), ca.name, ca.email, sc.name.label("school"),
                   ca.status, ca.consent, ca.motivation, ca.notes, ca.decline_reason)
            .join(t.recruitment_rounds, ca.round_id == ro.id)
            .join(t.schools, ca.home_school_id == sc.id)
            .where(ca[_person_column(kind)] == person_id).order_by(ro.opens, ca.id)).all()
        data.applications = [tuple(r)[1:] for r in rows]
        if not rows:
            return
        rounds = {r.id: r.round for r in rows}
        st = t.candidate_steps.c
        data.steps = [(rounds[r.candidate_id], r.from_status, r.to_status, r.moved_on, r.note)
                      for r in conn.execute(
                          select(st.candidate_id, st.from_status, st.to_status, st.moved_on,
                                 st.note)
                          .where(st.candidate_id.in_(rounds)).order_by(st.moved_on, st.id))]


def reapply(db: Database, erasures: list[Erasure]) -> None:
    """Erase, in another file (a backup, a copy being restored), the people erased here
    that it does not record as erased yet, and record them. A device still on loan in that
    older copy is no reason to keep anyone's data."""
    with db.transaction() as s:
        todo = erasure.pending(s.connection(), erasures)
        for e in todo:
            table = PEOPLE[e.kind]
            if s.scalar(select(table.c.id).where(table.c.id == e.person_id)) is not None:
                _erase_rows(s, e.kind, e.person_id)
        erasure.record(s.connection(), todo)


def _erase_rows(s: Session, kind: str, person_id: int) -> None:
    """The personal data of one person, in their record and every record about them."""
    person = _person_column(kind)
    anonymous = erased_name(person_id)
    table = PEOPLE[kind]
    values: dict[str, Any] = {"name": anonymous, "email": "", "notes": "",
                              "archived": True, "search_key": search_key(anonymous),
                              "sort_key": person_sort_key(anonymous)}
    if kind == TEACHER:
        values["subjects"] = ""
    s.execute(update(table).where(table.c.id == person_id).values(**values))
    touched: list[tuple[str, int]] = [(table.name, person_id)]

    if kind == TEACHER:
        # Scores and attendance stay for the statistics; a comment may name them.
        en = t.enrollments.c
        ids = list(s.scalars(select(en.id).where(en.teacher_id == person_id)))
        s.execute(update(t.enrollments).where(en.teacher_id == person_id)
                  .values(feedback_comment=""))
        touched += [(t.enrollments.name, i) for i in ids]
        # A tutor's notes of a visit that reached them may name them too.
        vi, vt = t.visits.c, t.visit_teachers.c
        ids = list(s.scalars(select(vt.visit_id).where(vt.teacher_id == person_id)))
        s.execute(update(t.visits).where(vi.id.in_(ids)).values(notes=""))
        touched += [(t.visits.name, i) for i in ids]
        # So may a peer review's comment, by them or of their work.
        rv = t.reviews.c
        theirs = (rv.reviewer_id == person_id) | (rv.author_id == person_id)
        ids = list(s.scalars(select(rv.id).where(theirs)))
        s.execute(update(t.reviews).where(theirs).values(comment=""))
        touched += [(t.reviews.name, i) for i in ids]
        # The courses they did elsewhere are theirs alone: they go (counts stay elsewhere).
        s.execute(delete(t.external_trainings)
                  .where(t.external_trainings.c.teacher_id == person_id))
        # Their competence levels stay for the statistics; a level's note may name them.
        cl = t.competence_levels.c
        ids = list(s.scalars(select(cl.id).where(cl.teacher_id == person_id)))
        s.execute(update(t.competence_levels).where(cl.teacher_id == person_id)
                  .values(note=""))
        touched += [(t.competence_levels.name, i) for i in ids]
    else:
        s.execute(delete(t.tutor_strengths)
                  .where(t.tutor_strengths.c.tutor_id == person_id))
        vi = t.visits.c
        ids = list(s.scalars(select(vi.id).where(vi.tutor_id == person_id)))
        s.execute(update(t.visits).where(vi.tutor_id == person_id).values(notes=""))
        touched += [(t.visits.name, i) for i in ids]

    for devices_table in (t.loans, t.reservations):
        c = devices_table.c
        ids = list(s.scalars(select(c.id).where(c[person] == person_id)))
        s.execute(update(devices_table).where(c[person] == person_id).values(notes=""))
        touched += [(devices_table.name, i) for i in ids]

    ca = t.candidates.c
    candidates = list(s.scalars(select(ca.id).where(ca[person] == person_id)))
    if candidates:
        s.execute(update(t.candidates).where(ca.id.in_(candidates)).values(
            name=anonymous, email="", motivation="", notes="", decline_reason="",
            search_key=search_key(anonymous), sort_key=person_sort_key(anonymous)))
        steps = t.candidate_steps.c
        step_ids = list(s.scalars(select(steps.id)
                                  .where(steps.candidate_id.in_(candidates))))
        s.execute(update(t.candidate_steps)
                  .where(steps.candidate_id.in_(candidates)).values(note=""))
        touched += [(t.candidates.name, i) for i in candidates]
        touched += [(t.candidate_steps.name, i) for i in step_ids]

    s.flush()
    _forget_in_change_log(s, kind, person_id, touched)


# Entries of these tables name the person by id: a row deleted before the erase (a
# cancelled enrollment, a removed application) is not found above, but its entries hold
# what it held.
_POINTING_AT = {TEACHER: (t.enrollments, t.loans, t.reservations, t.candidates),
                TUTOR: (t.visits, t.loans, t.reservations, t.candidates)}


def _forget_in_change_log(s: Session, kind: str, person_id: int,
                          touched: list[tuple[str, int]]) -> None:
    """The change log keeps old values, and so would bring the data back (Undo, History):
    every entry of a row that is or was the person's goes, the erase's own included."""
    entry = t.change_log.c
    rows = set(touched)
    candidates = set()
    column = _person_column(kind)
    pointing = [table.name for table in _POINTING_AT[kind]]
    for table, row_id in _entries_naming(s, pointing, column, {person_id}):
        rows.add((table, row_id))
        if table == t.candidates.name:
            candidates.add(row_id)
    if candidates:
        rows.update(_entries_naming(s, [t.candidate_steps.name], "candidate_id", candidates))
    rows_list = sorted(rows)
    for chunk in range(0, len(rows_list), 400):
        s.execute(delete(t.change_log).where(
            tuple_(entry.table_name, entry.row_id).in_(rows_list[chunk:chunk + 400])))


def _entries_naming(s: Session, tables: list[str], column: str, ids: set[int]
                    ) -> set[tuple[str, int]]:
    """(table, row id) of the entries whose ``column`` is, or was, one of ``ids``."""
    entry = t.change_log.c
    found = set()
    for table, row_id, changes in s.execute(
            select(entry.table_name, entry.row_id, entry.changes)
            .where(entry.table_name.in_(tables), entry.changes.like(f'%"{column}"%'))):
        value = json.loads(changes).get(column)
        if set(value if isinstance(value, list) else [value]) & ids:
            found.add((table, row_id))
    return found


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of person: {kind!r}")  # a programming error
    return kind


def _person_column(kind: str) -> str:
    return "teacher_id" if kind == TEACHER else "tutor_id"


def _out():
    """A loan still out: neither returned nor lost."""
    return (t.loans.c.returned_on.is_(None)) & (t.loans.c.lost_on.is_(None))


def _name(conn, kind: str, person_id: int) -> str:
    table = PEOPLE[kind]
    name = conn.scalar(select(table.c.name).where(table.c.id == person_id))
    if name is None:
        raise NotFound(tr("That {what} no longer exists.").format(
            what=tr("teacher") if kind == TEACHER else tr("tutor")))
    return name
