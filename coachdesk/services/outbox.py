"""What the calendars and e-mail drafts read: lessons, visits and the people to reach.

Reached as ``desk.outbox`` by the reports that need it (calendars, messages) and their
dialogs. Reading is one query per call; the only writes are the database's calendar id
and the calendar sequence counters (``app_settings``).

Calendar identity: every database gets a random id (``calendar_id``) the first time a
calendar is made from it, kept in ``app_settings``; event UIDs are
``lesson-<id>@<calendar id>.coachdesk`` and ``visit-<id>@…``, so they survive restarts,
renames and moves of the file, and two databases never share a UID. A copy of the file
(a backup) keeps the id: its events are the same events.

Names, titles, places and addresses are read as one line each (``line``), whatever an
older CoachDesk let a form store, so that a name never breaks the line of a calendar or
an e-mail header it goes into; notes keep their lines.

SEQUENCE: an event's sequence is the larger of (a) the number of updates the change log
holds for its row and (b) a counter kept per event in ``app_settings`` that goes up by
one whenever the event's fingerprint (time, title, place, status) differs from the one
seen at the previous export. A change made between two exports therefore always raises
the sequence, whether or not the change log records it.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.characters import one_line
from coachdesk.domain.errors import NotFound
from coachdesk.domain.lessons import LessonKind, LessonStatus, PlaceKind
from coachdesk.domain.schools import Language
from coachdesk.domain.text import nfc, search_key, tr
from coachdesk.domain.topics import Level
from coachdesk.domain.visits import VisitPurpose, VisitStatus
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

CALENDAR_ID = "calendar_id"
SEQUENCE_PREFIX = "ical_sequence:"  # + "lesson:42" → JSON [sequence, fingerprint]


@dataclass(frozen=True)
class SchoolContact:
    id: int
    name: str
    language: Language
    address: str
    principal_name: str
    principal_email: str
    ict_contact_name: str
    ict_contact_email: str


@dataclass(frozen=True)
class LessonInfo:
    id: int
    title: str
    starts_at: datetime | None
    ends_at: datetime | None
    status: LessonStatus
    kind: LessonKind
    level: Level
    topic: str
    place_kind: PlaceKind
    school: str
    room: str
    venue: str
    online_url: str
    notes: str
    tutors: tuple[str, ...]
    tutor_emails: tuple[str, ...]
    # The teaching language its schools share (the school it is held at and those it is
    # for), or "" when it is open to all or its schools speak different languages.
    language: str = ""


@dataclass(frozen=True)
class VisitInfo:
    id: int
    starts_at: datetime
    ends_at: datetime
    purpose: VisitPurpose
    status: VisitStatus
    notes: str
    school: SchoolContact
    tutor_id: int
    tutor: str
    tutor_email: str
    topics: tuple[str, ...]


def line(value: str) -> str:
    return one_line(value).strip()


def lines(values) -> tuple[str, ...]:
    return tuple(line(v) for v in values)


class Outbox:
    def __init__(self, db: Database):
        self.db = db

    # -- identity and sequences -----------------------------------------------------------
    def calendar_id(self) -> str:
        """This database's calendar id, made and kept on first use."""
        c = t.app_settings.c
        with self.db.reading() as conn:
            found = conn.scalar(select(c.value).where(c.key == CALENDAR_ID))
        if found:
            return found
        try:
            with self.db.transaction() as s:
                s.execute(insert(t.app_settings).values(key=CALENDAR_ID,
                                                        value=uuid.uuid4().hex))
        except IntegrityError:  # another writer made it first: theirs counts
            pass
        with self.db.reading() as conn:
            return conn.execute(select(c.value).where(c.key == CALENDAR_ID)).scalar_one()

    def sequences(self, fingerprints: dict[tuple[str, int], str]) -> dict[tuple[str, int], int]:
        """The SEQUENCE of each ("lesson" | "visit", id) given its current fingerprint;
        counters of changed events go up by one and are saved."""
        if not fingerprints:
            return {}
        c, log = t.app_settings.c, t.change_log.c
        keys = {item: f"{SEQUENCE_PREFIX}{item[0]}:{item[1]}" for item in fingerprints}
        tables = {"lesson": "lessons", "visit": "visits"}
        result: dict[tuple[str, int], int] = {}
        with self.db.transaction() as s:
            stored = dict(s.execute(select(c.key, c.value)
                                    .where(c.key.in_(list(keys.values())))).all())
            logged: dict[tuple[str, int], int] = {}
            for kind, table in tables.items():
                ids = [i for k, i in fingerprints if k == kind]
                for chunk in (ids[n:n + 500] for n in range(0, len(ids), 500)):
                    for row_id, count in s.execute(
                            select(log.row_id, func.count())
                            .where(log.table_name == table, log.action == "update",
                                   log.row_id.in_(chunk)).group_by(log.row_id)):
                        logged[(kind, row_id)] = count
            changed = []
            for item, fingerprint in fingerprints.items():
                sequence, seen = 0, None
                if keys[item] in stored:
                    try:
                        sequence, seen = json.loads(stored[keys[item]])
                    except (ValueError, TypeError):
                        sequence, seen = 0, None
                if seen is not None and seen != fingerprint:
                    sequence += 1
                if seen != fingerprint:
                    changed.append({"key": keys[item],
                                    "value": json.dumps([sequence, fingerprint])})
                result[item] = max(int(sequence), logged.get(item, 0))
            if changed:
                s.execute(delete(t.app_settings).where(c.key.in_([x["key"] for x in changed])))
                s.execute(insert(t.app_settings), changed)
        return result

    # -- people ---------------------------------------------------------------------------
    def find_tutor(self, name: str) -> tuple[int, str]:
        """(id, name) of the tutor called ``name`` (case does not matter; a unique part
        of the name will do)."""
        tu = t.tutors.c
        key = search_key(name)
        with self.db.reading() as conn:
            exact = conn.execute(select(tu.id, tu.name)
                                 .where(func.lower(tu.name) == nfc(name).strip().lower())).all()
            if len(exact) == 1:
                return tuple(exact[0])
            matches = conn.execute(select(tu.id, tu.name)
                                   .where(tu.search_key.like(f"%{key}%"))
                                   .order_by(tu.sort_key).limit(6)).all()
        if len(matches) == 1:
            return tuple(matches[0])
        if not matches:
            raise NotFound(tr("There is no tutor called “{name}”.").format(name=name))
        raise NotFound(tr("More than one tutor matches “{name}”: {names}. Give the full "
                          "name.").format(name=name, names=", ".join(m.name
                                                                     for m in matches[:5])))

    def schools(self, school_ids: list[int]) -> list[SchoolContact]:
        """The schools' contacts, by name."""
        sc = t.schools.c
        with self.db.reading() as conn:
            rows = conn.execute(select(sc.id, sc.name, sc.language, sc.address,
                                       sc.principal_name, sc.principal_email,
                                       sc.ict_contact_name, sc.ict_contact_email)
                                .where(sc.id.in_(list(school_ids))).order_by(sc.name_key))
            return [SchoolContact(row.id, line(row.name), row.language, *lines(row[3:]))
                    for row in rows]

    def teacher_addresses(self, school_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        """school id → [(name, e-mail)] of its active teachers who have an address."""
        te = t.teachers.c
        found: dict[int, list[tuple[str, str]]] = {i: [] for i in school_ids}
        with self.db.reading() as conn:
            for school_id, name, email in conn.execute(
                    select(te.school_id, te.name, te.email)
                    .where(te.school_id.in_(list(school_ids)), ~te.archived, te.email != "")
                    .order_by(te.sort_key)):
                found[school_id].append((line(name), line(email)))
        return found

    # -- lessons --------------------------------------------------------------------------
    def published_lessons(self, first: date | None = None, last: date | None = None,
                          topic_id: int | None = None, school_id: int | None = None
                          ) -> list[tuple[int, datetime, str]]:
        """(id, starts_at, title) of published lessons in the period, on the topic, at or
        open to the school; by time."""
        le = t.lessons.c
        query = (select(le.id, le.starts_at, le.title)
                 .where(le.status == LessonStatus.PUBLISHED).order_by(le.starts_at, le.id))
        if first is not None:
            query = query.where(le.starts_at >= datetime.combine(first, time()))
        if last is not None:
            query = query.where(le.starts_at < datetime.combine(last + timedelta(days=1),
                                                                time()))
        if topic_id is not None:
            query = query.where(le.topic_id == topic_id)
        if school_id is not None:
            ls = t.lesson_schools.c
            query = query.where(le.open_to_all | (le.school_id == school_id) | le.id.in_(
                select(ls.lesson_id).where(ls.school_id == school_id)))
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(query)]

    def lessons(self, lesson_ids: list[int]) -> list[LessonInfo]:
        """The lessons with their topic, place and tutors, by time; NotFound names an id
        that is gone."""
        le, tp, sc = t.lessons.c, t.topics.c, t.schools.c
        tu, lt = t.tutors.c, t.lesson_tutors.c
        ids = list(dict.fromkeys(lesson_ids))
        with self.db.reading() as conn:
            rows = conn.execute(
                select(le.id, le.title, le.starts_at, le.ends_at, le.status, le.kind,
                       le.level, func.coalesce(tp.name, ""), le.place_kind,
                       func.coalesce(sc.name, ""), le.room, le.venue, le.online_url, le.notes)
                .outerjoin(t.topics, tp.id == le.topic_id)
                .outerjoin(t.schools, sc.id == le.school_id)
                .where(le.id.in_(ids))).all()
            languages = self._lesson_languages(conn, ids)
            teams: dict[int, list[tuple[str, str]]] = {}
            for lesson_id, name, email in conn.execute(
                    select(lt.lesson_id, tu.name, tu.email).join(t.tutors, tu.id == lt.tutor_id)
                    .where(lt.lesson_id.in_(ids)).order_by(tu.sort_key)):
                teams.setdefault(lesson_id, []).append((line(name), line(email)))
        missing = set(ids) - {r[0] for r in rows}
        if missing:
            raise NotFound(tr("Lesson {id} no longer exists.").format(id=min(missing)))
        result = []
        for (lesson_id, title, starts_at, ends_at, status, kind, level, topic, place_kind,
             school, room, venue, online_url, notes) in rows:
            team = teams.get(lesson_id, ())
            result.append(LessonInfo(
                lesson_id, line(title), starts_at, ends_at, status, kind, level, line(topic),
                place_kind, line(school), line(room), line(venue), line(online_url), notes,
                tuple(n for n, _ in team), tuple(e for _, e in team if e),
                languages.get(lesson_id, "")))
        return sorted(result, key=lambda x: (x.starts_at or datetime.min, x.id))

    @staticmethod
    def _lesson_languages(conn, lesson_ids: list[int]) -> dict[int, str]:
        """lesson id → the one teaching language of the schools it is held at or for;
        lessons open to all, or for schools of several languages, are left out."""
        le, ls, sc = t.lessons.c, t.lesson_schools.c, t.schools.c
        held = (select(le.id.label("lesson_id"), le.school_id.label("school_id"))
                .where(le.school_id.is_not(None)))
        meant = select(ls.lesson_id, ls.school_id)
        schools = held.union(meant).subquery()
        found: dict[int, set[str]] = {}
        for lesson_id, language in conn.execute(
                select(schools.c.lesson_id, sc.language)
                .join(t.schools, sc.id == schools.c.school_id)
                .join(t.lessons, le.id == schools.c.lesson_id)
                .where(schools.c.lesson_id.in_(lesson_ids), ~le.open_to_all)):
            found.setdefault(lesson_id, set()).add(language.value)
        return {i: languages.pop() for i, languages in found.items() if len(languages) == 1}

    # -- visits ---------------------------------------------------------------------------
    def visit(self, visit_id: int) -> VisitInfo:
        v, tu, tp, vt = t.visits.c, t.tutors.c, t.topics.c, t.visit_topics.c
        with self.db.reading() as conn:
            row = conn.execute(select(v.id, v.starts_at, v.ends_at, v.purpose, v.status,
                                      v.notes, v.school_id, v.tutor_id, tu.name, tu.email)
                               .join(t.tutors, tu.id == v.tutor_id)
                               .where(v.id == visit_id)).first()
            if row is None:
                raise NotFound(tr("This visit no longer exists."))
            topics = lines(conn.scalars(select(tp.name).join(t.visit_topics,
                                                             vt.topic_id == tp.id)
                                        .where(vt.visit_id == visit_id).order_by(tp.name)))
        school = self.schools([row.school_id])[0]
        return VisitInfo(row.id, row.starts_at, row.ends_at, row.purpose, row.status,
                         row.notes, school, row.tutor_id, line(row.name), line(row.email),
                         topics)

    def visits(self, visit_ids: list[int]) -> list[VisitInfo]:
        return [self.visit(i) for i in dict.fromkeys(visit_ids)]
