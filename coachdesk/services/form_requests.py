"""Schools' visit requests from a form, inside one unit of work (``desk.forms``).

A row names the school (as CoachDesk has it, in any case and Unicode form), who asks and
in which role, the purpose, the topics, the preferred times, the urgency and how many
teachers. Purposes, roles and urgencies are read from the words a form offers in
Finnish, Swedish or English; topics by their names. Preferred times are read where they
are dates ("1.12.–12.12. klo 8–12", "15.12.2026 9:00–11:00", a date cell); what cannot
be read as a time, and topics CoachDesk does not know, go into the request's description
so that nothing the school wrote is lost.
"""

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_count
from coachdesk.domain.requests import AskedBy, PreferredTime, RequestDraft, Urgency, VisitRequest
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitPurpose
from coachdesk.domain.vocabulary import fold
from coachdesk.services.form_rows import (
    FormKind,
    FormLine,
    FormPlan,
    Outcome,
    digest,
    key,
    remember,
    split_choices,
    taken_in,
)
from coachdesk.services.imports import ImportRow
from coachdesk.services.requests import RequestService
from coachdesk.storage import tables as t


def _words(**choices: str) -> dict[str, str]:
    return {fold(word): value for value, words in choices.items() for word in words.split("|")}


# The answers a form offers, in Finnish, Swedish and English (folded as headers are).
PURPOSES = _words(
    co_teaching="samanaikaisopetus|yhteisopettajuus|samundervisning|co-teaching|"
                "co teaching|coteaching|team teaching",
    staff_training="henkilöstön koulutus|henkilöstökoulutus|koulutus|personalutbildning|"
                   "utbildning|staff training|training",
    individual_guidance="henkilökohtainen ohjaus|ohjaus|yksilöohjaus|individuell handledning|"
                        "handledning|individual guidance|guidance",
    device_setup="laitteiden käyttöönotto|käyttöönotto|ibruktagning av apparater|"
                 "ibruktagning|device set-up|device setup|setup",
    planning="suunnittelu|suunnittelu rehtorin kanssa|planering|planering med rektorn|"
             "planning|planning with the principal",
)
URGENCIES = _words(
    low="ei kiire|ei kiireellinen|matala|låg|ingen brådska|low|not urgent",
    normal="normaali|tavallinen|normal",
    high="kiireellinen|kiire|kiireinen|korkea|brådskande|hög|urgent|high",
)
ROLES = _words(
    principal="rehtori|apulaisrehtori|rektor|biträdande rektor|principal|head teacher",
    contact="tvt-yhdyshenkilö|tvt-yhteyshenkilö|tvt-vastaava|it-vastaava|ikt-kontakt|"
            "ikt-ansvarig|ict contact|ict contact person",
    teacher="opettaja|luokanopettaja|aineenopettaja|lärare|klasslärare|teacher",
)

_WINDOW = re.compile(
    r"(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>\d{4})?"
    r"(?:\s*[–-]\s*(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})?)?"
    r"(?:\s*(?:klo|kl\.?|at)?\s*(?P<h1>\d{1,2})(?:[:.](?P<n1>\d{2}))?\s*[–-]\s*"
    r"(?P<h2>\d{1,2})(?:[:.](?P<n2>\d{2}))?)?")


def _day(day: str, month: str, year: str | None, after: date) -> date:
    """A day written without a year is the next such day from the answer on."""
    found = date(int(year) if year else after.year, int(month), int(day))
    if not year and found < after:
        found = found.replace(year=after.year + 1)
    return found


def read_times(value: Any, after: date) -> tuple[list[PreferredTime], list[str]]:
    """The preferred times an answer gives; and the parts that are not times."""
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return [PreferredTime(day)], []
    found: list[PreferredTime] = []
    rest: list[str] = []
    for part in split_choices(value):
        match = _WINDOW.fullmatch(part.strip().rstrip(".,"))
        try:
            if match is None:
                raise ValueError(part)
            first = _day(match["d1"], match["m1"], match["y1"] or match["y2"], after)
            last = (_day(match["d2"], match["m2"], match["y2"], first) if match["d2"]
                    else None)
            hours = {}
            if match["h1"]:
                hours = {"starts": time(int(match["h1"]), int(match["n1"] or 0)),
                         "ends": time(int(match["h2"]), int(match["n2"] or 0))}
            window = PreferredTime(first, last, **hours)
            window.check()
        except (ValueError, ValidationError):
            rest.append(part)
            continue
        found.append(window)
    return found, rest


class RequestPlanner:
    """Takes in a request form inside the caller's transaction."""

    kind = FormKind.REQUESTS

    def __init__(self, s: Session, requests: RequestService, now: datetime):
        self.s, self.requests, self.now = s, requests, now
        sc, tp = t.schools.c, t.topics.c
        self.schools = {}
        for r in s.execute(select(sc.id, sc.name, sc.archived).order_by(sc.id)):
            self.schools.setdefault(key(r.name), r)
        self.topics = {}
        for r in s.execute(select(tp.id, tp.name).order_by(tp.archived, tp.id)):
            self.topics.setdefault(key(r.name), r.id)
        self.taken = taken_in(s.connection(), self.kind)

    def plan(self, rows: Sequence[ImportRow], add_unknown: bool = False,
             left_out: frozenset[int] = frozenset()) -> FormPlan:
        plan = FormPlan(self.kind, [])
        seen: dict[str, int] = {}
        done = []
        ordered = sorted(rows, key=lambda r: (
            r.values.get("submitted") if isinstance(r.values.get("submitted"), datetime)
            else datetime.max, r.number))
        for row in ordered:
            values = row.values
            school_name = _text(values, "school")
            line = FormLine(row.number, school_name, _text(values, "purpose"))
            plan.lines.append(line)
            if row.number in left_out:
                line.outcome = Outcome.LEFT_OUT
                continue
            fingerprint = digest(self.kind, values)
            if fingerprint in self.taken or fingerprint in seen:
                line.outcome = Outcome.ALREADY
                if fingerprint in seen:
                    line.note = tr("the same answer as row {row}").format(
                        row=seen[fingerprint])
                continue
            draft, problems = self._draft(values)
            if problems:
                line.problems = problems
                continue
            request = VisitRequest(school_id=None, received_on=draft.received_on)
            try:
                draft = self.requests._fill(self.s, request, draft)
            except ValidationError as exc:
                line.problems = list(dict.fromkeys(exc.errors.values()))
                continue
            self.s.add(request)
            self.s.flush()
            self.requests._write(self.s, request.id, draft)
            line.outcome = Outcome.REQUESTED
            line.what = draft.purpose.label
            line.note = ", ".join(x for x in (
                draft.urgency.label if draft.urgency is not Urgency.NORMAL else "",
                tr("%n preferred times", None, len(draft.windows)) if draft.windows else "")
                if x)
            seen[fingerprint] = row.number
            done.append(fingerprint)
        remember(self.s.connection(), self.kind, done, self.now)
        return plan

    def _draft(self, values: dict[str, Any]) -> tuple[RequestDraft, list[str]]:
        problems: list[str] = []
        submitted = values.get("submitted")
        if not isinstance(submitted, datetime):
            problems.append(tr("The time of the answer “{value}” cannot be read: write it "
                               "as 15.8.2026 10:30.").format(value=submitted or ""))
            submitted = self.now
        school_name = _text(values, "school")
        school = self.schools.get(key(school_name))
        if not school_name:
            problems.append(tr("The school is missing."))
        elif school is None:
            problems.append(tr("There is no school named “{name}”: add or import it "
                               "first, or correct the name.").format(name=school_name))
        choices = {}
        for name, words, label in (("purpose", PURPOSES, tr("purpose")),
                                   ("urgency", URGENCIES, tr("urgency")),
                                   ("asked_by", ROLES, tr("role"))):
            answer = _text(values, name)
            if not answer:
                continue
            found = words.get(fold(answer))
            if found is None:
                problems.append(tr("“{value}” is not a {label} CoachDesk knows.").format(
                    value=answer, label=label))
            else:
                choices[name] = found
        counts = {}
        for name, label in (("teachers_count", tr("Number of teachers")),
                            ("minutes", tr("Length (minutes)"))):
            try:
                counts[name] = as_count(name, values.get(name), label)
            except ValidationError as exc:
                problems.extend(exc.errors.values())
        topic_ids, unknown = [], []
        for name in split_choices(values.get("topics")):
            found = self.topics.get(key(name))
            if found is None:
                unknown.append(name)
            elif found not in topic_ids:
                topic_ids.append(found)
        windows, not_times = read_times(values.get("times"), submitted.date())
        extra = [_text_lines(values, "description")]
        if _text(values, "email"):
            extra.append(tr("E-mail: {email}").format(email=_text(values, "email")))
        if unknown:
            extra.append(tr("Topics asked: {names}").format(names=", ".join(unknown)))
        if not_times:
            extra.append(tr("Preferred times: {times}").format(times="; ".join(not_times)))
        draft = RequestDraft(
            school_id=school.id if school is not None else None,
            received_on=submitted.date(),
            asked_by=AskedBy(choices.get("asked_by", AskedBy.PRINCIPAL.value)),
            asked_by_name=_text(values, "asked_by_name"),
            purpose=VisitPurpose(choices.get("purpose", VisitPurpose.CO_TEACHING.value)),
            minutes=counts.get("minutes") or 90,
            teachers_count=counts.get("teachers_count"),
            description="\n".join(x for x in extra if x),
            urgency=Urgency(choices.get("urgency", Urgency.NORMAL.value)),
            windows=tuple(windows), topic_ids=tuple(topic_ids))
        return draft, problems


def _text(values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    return "" if value is None else " ".join(str(value).split())


def _text_lines(values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    return "" if value is None else str(value).strip()
