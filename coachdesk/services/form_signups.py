"""Sign-ups and cancellations from a form, inside one unit of work (``desk.forms``).

Rows are taken in the order of the form's timestamps, so seats and the waiting list go
first come, first served, exactly as :class:`~coachdesk.services.enrollments.
EnrollmentService` gives them one by one: this module uses its rules inside the import's
transaction. A choice names a lesson or a series by its title as the published offer
prints it (a series by its lessons' title), compared in one Unicode form and any case;
when several lessons share the title, the one still to come is meant, or the one on the
date the choice adds ("Teams basics 15.9.2026").
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_date, format_date_range
from coachdesk.domain.lessons import Enrollment, EnrollmentStatus, Lesson, LessonStatus
from coachdesk.domain.schools import Teacher
from coachdesk.domain.text import tr
from coachdesk.services.enrollments import EnrollmentService
from coachdesk.services.form_rows import (
    FormKind,
    FormLine,
    FormPlan,
    Outcome,
    Refusal,
    digest,
    key,
    remember,
    split_choices,
    taken_in,
)
from coachdesk.services.imports import ImportRow
from coachdesk.storage import tables as t

_DATED = re.compile(r"^(?P<title>.*?)[\s,(–-]+(?P<day>\d{1,2})\.(?P<month>\d{1,2})\."
                    r"(?P<year>\d{4})?\)?(?:\s.*)?$")


@dataclass
class _Target:
    """A lesson, or the lessons of a series, that one title names."""

    title: str
    lessons: list[Any]  # rows of the lessons table, by time
    series_id: int | None

    def on(self, day: date) -> bool:
        return any(x.starts_at.date() == day for x in self.lessons)


class _Catalogue:
    """The lessons by title, each series as one."""

    def __init__(self, s: Session, now: datetime):
        le = t.lessons.c
        self.now = now
        self.by_title: dict[str, dict[tuple, _Target]] = {}
        for r in s.execute(select(le.id, le.title, le.starts_at, le.status, le.series_id,
                                  le.open_to_all).order_by(le.starts_at, le.id)):
            group = ("series", r.series_id) if r.series_id else ("lesson", r.id)
            targets = self.by_title.setdefault(key(r.title), {})
            targets.setdefault(group, _Target(r.title, [], r.series_id)).lessons.append(r)

    def find(self, choice: str) -> tuple[_Target | None, str]:
        """The lesson or series a choice names, or None and why not."""
        found = self._named(key(choice))
        day = None
        if not found:
            dated = _DATED.match(choice)
            if dated:
                try:
                    day = date(int(dated["year"] or self.now.year), int(dated["month"]),
                               int(dated["day"]))
                except ValueError:
                    day = None
                found = self._named(key(dated["title"])) if day else []
                found = [x for x in found if x.on(day)]
        if not found:
            return None, tr("No lesson or series is called “{choice}”: correct the choice "
                            "in the file or the lesson's title.").format(choice=choice)
        later = [x for x in found if any(le.starts_at > self.now for le in x.lessons)]
        candidates = later or found[-1:]  # none to come: the latest, refused as started
        if len(candidates) > 1:
            return None, tr("Several lessons are called “{choice}”: add the date to the "
                            "choice, e.g. “{choice} {day}”.").format(
                choice=choice, day=format_date(candidates[0].lessons[0].starts_at.date()))
        return candidates[0], ""

    def _named(self, title: str) -> list[_Target]:
        return list(self.by_title.get(title, {}).values())

    def resolve(self, value: Any) -> tuple[list[_Target], list[str]]:
        """Every choice of a multi-choice answer; and the problems of those not found.
        A Google Forms export separates choices with commas: a part that is no title is
        tried split at its commas."""
        targets: list[_Target] = []
        problems: list[str] = []
        for choice in split_choices(value):
            target, why = self.find(choice)
            if target is None and "," in choice:
                parts = [self.find(part.strip()) for part in choice.split(",") if part.strip()]
                if all(found for found, _ in parts):
                    targets.extend(found for found, _ in parts)
                    continue
            if target is None:
                problems.append(why)
            elif target not in targets:
                targets.append(target)
        if not targets and not problems:
            problems.append(tr("No lesson is chosen."))
        return targets, problems


class _People:
    """The teachers by e-mail and by name and school, and the schools by name."""

    def __init__(self, s: Session):
        sc, c = t.schools.c, t.teachers.c
        self.schools: dict[str, Any] = {}
        self.school_of: dict[int, Any] = {}
        for r in s.execute(select(sc.id, sc.name, sc.archived, sc.language).order_by(sc.id)):
            self.schools.setdefault(key(r.name), r)
            self.school_of[r.id] = r
        self.by_email: dict[str, Any] = {}
        self.by_name: dict[tuple[str, int], Any] = {}
        for r in s.execute(select(c.id, c.name, c.email, c.school_id, c.archived)
                           .order_by(c.id)):
            self.add(r.id, r.name, r.email, r.school_id, r.archived)

    def add(self, teacher_id: int, name: str, email: str, school_id: int,
            archived: bool) -> Any:
        person = _Person(teacher_id, name, email, school_id, archived)
        if email:
            self.by_email.setdefault(key(email), person)
        self.by_name.setdefault((key(name), school_id), person)
        return person

    def find(self, email: str, name: str, school: str) -> "_Person | None":
        found = self.by_email.get(key(email)) if email else None
        place = self.schools.get(key(school)) if school else None
        if found is None and name and place is not None:
            found = self.by_name.get((key(name), place.id))
        return found


@dataclass
class _Person:
    id: int
    name: str
    email: str
    school_id: int
    archived: bool


@dataclass
class _Row:
    number: int
    values: dict[str, Any]
    submitted: datetime | None
    targets: list[_Target]
    problems: list[str]


def _text(values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    return "" if value is None else " ".join(str(value).split())


def _read(rows: Sequence[ImportRow], catalogue: _Catalogue) -> list[_Row]:
    """Each row's time and choices, with what cannot be read; by time, then row."""
    read = []
    for row in rows:
        problems: list[str] = []
        submitted = row.values.get("submitted")
        if not isinstance(submitted, datetime):
            problems.append(tr("The time of the answer “{value}” cannot be read: write it "
                               "as 15.8.2026 10:30.").format(value=submitted or ""))
            submitted = None
        if not _text(row.values, "email") and not _text(row.values, "name"):
            problems.append(tr("The answer has neither an e-mail nor a name."))
        targets, not_found = catalogue.resolve(row.values.get("choices"))
        read.append(_Row(row.number, row.values, submitted, targets, problems + not_found))
    return sorted(read, key=lambda r: (r.submitted or datetime.max, r.number))


def _who(values: dict[str, Any], person: _Person | None, people: _People) -> str:
    if person is not None:
        school = people.school_of.get(person.school_id)
        return f"{person.name} — {school.name}" if school else person.name
    who = _text(values, "name") or _text(values, "email")
    school = _text(values, "school")
    return f"{who} — {school}" if school else who


def _window_of(target: _Target) -> str:
    """The title with its day, or a series' first and last day."""
    first, last = target.lessons[0].starts_at.date(), target.lessons[-1].starts_at.date()
    return f"{target.title} ({format_date_range(first, last)})"


class SignupPlanner:
    """Takes in a sign-up or a cancellation form inside the caller's transaction."""

    def __init__(self, s: Session, enrollments: EnrollmentService, kind: FormKind,
                 now: datetime):
        self.s, self.enrollments, self.kind, self.now = s, enrollments, kind, now
        self.catalogue = _Catalogue(s, now)
        self.people = _People(s)
        self.taken = taken_in(s.connection(), kind)

    def plan(self, rows: Sequence[ImportRow], add_unknown: bool = False,
             left_out: frozenset[int] = frozenset()) -> FormPlan:
        plan = FormPlan(self.kind, [])
        seen: dict[str, int] = {}
        done: list[str] = []
        for row in _read(rows, self.catalogue):
            email, name = _text(row.values, "email"), _text(row.values, "name")
            person = self.people.find(email, name, _text(row.values, "school"))
            who = _who(row.values, person, self.people)
            if row.number in left_out:
                plan.lines.append(FormLine(row.number, who, outcome=Outcome.LEFT_OUT))
                continue
            if row.problems:
                plan.lines.append(FormLine(row.number, who, problems=row.problems))
                continue
            fingerprint = digest(self.kind, row.values)
            if fingerprint in self.taken or fingerprint in seen:
                note = (tr("the same answer as row {row}").format(row=seen[fingerprint])
                        if fingerprint in seen else "")
                plan.lines.append(FormLine(row.number, who, outcome=Outcome.ALREADY,
                                           note=note))
                continue
            seen[fingerprint] = row.number
            note = ""
            if person is None and self.kind is FormKind.SIGNUPS and add_unknown:
                person, problem = self._new_teacher(row.values)
                if problem:
                    plan.lines.append(FormLine(row.number, who, problems=[problem]))
                    continue
                plan.new_teachers += 1
                note = tr("new teacher")
                who = _who(row.values, person, self.people)
            if person is None:
                plan.lines.append(FormLine(
                    row.number, who, ", ".join(x.title for x in row.targets),
                    Outcome.UNKNOWN, note=tr("no teacher with this e-mail or name and school")
                    if self.kind is FormKind.SIGNUPS else
                    tr("no teacher with this e-mail: nothing to cancel")))
                continue
            for target in row.targets:
                moved: list[FormLine] = []
                line = (self._enroll(person, target) if self.kind is FormKind.SIGNUPS
                        else self._cancel(person, target, moved))
                line.row, line.who = row.number, who
                line.note = ", ".join(x for x in (note, line.note) if x)
                line.teacher_id, line.email = person.id, person.email
                school = self.people.school_of.get(person.school_id)
                line.language = school.language.value if school and school.language else ""
                plan.lines.append(line)
                for other in moved:
                    other.row = row.number
                    other.note = tr("a seat freed by {name}").format(name=person.name)
                    plan.lines.append(other)
            done.append(fingerprint)
        remember(self.s.connection(), self.kind, done, self.now)
        return plan

    def _new_teacher(self, values: dict[str, Any]) -> tuple[_Person | None, str]:
        school_name = _text(values, "school")
        school = self.people.schools.get(key(school_name)) if school_name else None
        if school is None:
            return None, (tr("The teacher is not in CoachDesk and the school “{name}” is "
                             "unknown: correct the school, or add the teacher first.")
                          .format(name=school_name) if school_name else
                          tr("The teacher is not in CoachDesk and the answer names no "
                             "school: add the teacher first."))
        if school.archived:
            return None, tr("{name} is archived; choose an active school.").format(
                name=school.name)
        teacher = Teacher(name=_text(values, "name") or _text(values, "email").split("@")[0],
                          school_id=school.id, email=_text(values, "email"))
        try:
            teacher.check()
        except ValidationError as exc:
            return None, " ".join(exc.errors.values())
        self.s.add(teacher)
        self.s.flush()
        return self.people.add(teacher.id, teacher.name, teacher.email, school.id,
                               False), ""

    def _enroll(self, person: _Person, target: _Target) -> FormLine:
        line = FormLine(0, "", _window_of(target),
                        lesson_ids=tuple(x.id for x in target.lessons))
        s, service = self.s, self.enrollments
        teacher = s.get(Teacher, person.id)
        school = self.people.school_of.get(person.school_id)
        if teacher.archived or (school is not None and school.archived):
            return self._refused(line, Refusal.ARCHIVED)
        if target.series_id is not None:
            return self._enroll_series(line, teacher, target)
        lesson = s.get(Lesson, target.lessons[0].id, with_for_update=True)
        if lesson.status is LessonStatus.CANCELLED:
            return self._refused(line, Refusal.CANCELLED)
        if lesson.status is LessonStatus.HELD or lesson.starts_at <= self.now:
            return self._refused(line, Refusal.STARTED)
        try:
            service._check_audience(s, lesson, teacher)
        except ValidationError:
            return self._refused(line, Refusal.NOT_OPEN)
        status = service._enroll(s, lesson, teacher, self.now)
        if status is None:
            return self._refused(line, Refusal.ALREADY_IN)
        return self._seated(line, status is EnrollmentStatus.WAITLISTED, lesson.id)

    def _enroll_series(self, line: FormLine, teacher: Teacher, target: _Target) -> FormLine:
        upcoming = [x for x in target.lessons if x.starts_at > self.now
                    and x.status not in (LessonStatus.CANCELLED, LessonStatus.HELD)]
        if not upcoming:
            cancelled = all(x.status is LessonStatus.CANCELLED for x in target.lessons)
            return self._refused(line, Refusal.CANCELLED if cancelled else Refusal.STARTED)
        try:
            done = self.enrollments._enroll_series(self.s, target.series_id, teacher,
                                                   self.now)
        except ValidationError:
            return self._refused(line, Refusal.NOT_OPEN)
        if done.total == 0:
            return self._refused(line, Refusal.ALREADY_IN)
        line.lesson_ids = tuple(x.id for x in upcoming)
        if done.waitlisted:
            line.note = tr("waiting list for {n} of {total} sessions").format(
                n=done.waitlisted, total=len(upcoming))
        return self._seated(line, bool(done.waitlisted), upcoming[0].id)

    def _seated(self, line: FormLine, waiting: bool, lesson_id: int) -> FormLine:
        line.outcome = Outcome.WAITLISTED if waiting else Outcome.ENROLLED
        if waiting and not line.note:
            e = t.enrollments.c
            place = self.s.scalar(select(func.count()).select_from(t.enrollments).where(
                e.lesson_id == lesson_id, e.status == EnrollmentStatus.WAITLISTED))
            line.note = tr("place {n} in the queue").format(n=place)
        return line

    @staticmethod
    def _refused(line: FormLine, why: Refusal) -> FormLine:
        line.outcome, line.refusal = Outcome.REFUSED, why
        return line

    def _cancel(self, person: _Person, target: _Target, moved: list[FormLine]) -> FormLine:
        line = FormLine(0, "", _window_of(target),
                        lesson_ids=tuple(x.id for x in target.lessons))
        s = self.s
        ids = [x.id for x in target.lessons if x.starts_at > self.now
               and x.status is not LessonStatus.HELD]
        mine = list(s.scalars(select(Enrollment).where(
            Enrollment.lesson_id.in_(ids), Enrollment.teacher_id == person.id,
            Enrollment.status != EnrollmentStatus.CANCELLED))) if ids else []
        if not mine:
            return self._refused(line, Refusal.NOT_ENROLLED if ids else Refusal.STARTED)
        for enrollment in mine:
            lesson = s.get(Lesson, enrollment.lesson_id, with_for_update=True)
            for promoted in self.enrollments._cancel(s, enrollment, lesson, self.now):
                moved.append(self._moved_up(promoted, lesson))
        line.outcome = Outcome.CANCELLED
        line.lesson_ids = tuple(e.lesson_id for e in mine)
        return line

    def _moved_up(self, enrollment: Enrollment, lesson: Lesson) -> FormLine:
        teacher = self.s.get(Teacher, enrollment.teacher_id)
        school = self.people.school_of.get(teacher.school_id)
        return FormLine(0, f"{teacher.name} — {school.name}" if school else teacher.name,
                        f"{lesson.title} ({format_date(lesson.starts_at.date())})",
                        Outcome.MOVED_UP,
                        teacher_id=teacher.id, email=teacher.email,
                        language=school.language.value if school else "",
                        lesson_ids=(lesson.id,))

