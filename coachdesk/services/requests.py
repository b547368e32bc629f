"""desk.requests: schools' requests for a tutor, proposals of who could go, and booking.

Proposing ranks every tutor who can serve the school by strength in the topics asked
for, serving the school, free time in the preferred windows and hours left this term,
with several free slots of each, spread over the days and hours asked for; booking one
of those slots makes the visit.
"""

from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, select

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.free_slots import Window, spread_slots
from coachdesk.domain.matching import Applicant, Match, rank
from coachdesk.domain.parse import with_enums
from coachdesk.domain.released_time import parse_time
from coachdesk.domain.requests import (
    OPEN,
    AskedBy,
    PreferredTime,
    RequestDraft,
    RequestStatus,
    RequestWindow,
    Urgency,
    VisitRequest,
)
from coachdesk.domain.schools import School
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.tutors import TutorKind
from coachdesk.domain.validation import checked
from coachdesk.domain.visits import VisitDraft, VisitPurpose
from coachdesk.services.bookings import (
    committed_minutes_of,
    load_check,
    per_tutor,
    school_site,
)
from coachdesk.services.fields import get_or_raise
from coachdesk.services.links import linked_names, replace_links, require_known
from coachdesk.services.versions import touch
from coachdesk.services.visits import VisitService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id


def _choices() -> dict[str, tuple[type, str]]:
    """A request's fields that are choices: their enum, and their name in a message."""
    return {"asked_by": (AskedBy, tr("who asked")), "purpose": (VisitPurpose, tr("purpose")),
            "urgency": (Urgency, tr("urgency"))}


LOOK_AHEAD = 28  # days searched for free time when the school names no window


class RequestService:
    def __init__(self, db: Database, visits: VisitService):
        self.db = db
        self.visits = visits

    # -- the request ----------------------------------------------------------------------
    def add(self, draft: RequestDraft) -> int:
        """Record a school's request; returns its id."""
        with self.db.transaction() as s:
            request = VisitRequest(school_id=None, received_on=date.today())
            draft = self._fill(s, request, draft)
            request_id = new_id(s, request)
            self._write(s, request_id, draft)
            return request_id

    def update(self, request_id: int, draft: RequestDraft) -> None:
        with self.db.transaction() as s:
            request = get_or_raise(s, VisitRequest, request_id, tr("request"))
            draft = self._fill(s, request, draft)
            self._write(s, request_id, draft)

    def draft(self, request_id: int) -> RequestDraft:
        """The request as its form shows it (change it with ``dataclasses.replace``)."""
        request = self.get(request_id)
        windows = tuple(PreferredTime(w.first_day, w.last_day, checked(parse_time(w.starts)),
                                      checked(parse_time(w.ends)))
                        for w in self.windows_of(request_id))
        return RequestDraft(
            request.school_id, request.received_on, request.asked_by, request.asked_by_name,
            request.purpose, request.minutes, request.teachers_count, request.description,
            request.urgency, windows, tuple(i for i, _name in self.topics_of(request_id)))

    def cancel(self, request_id: int) -> None:
        with self.db.transaction() as s:
            request = get_or_raise(s, VisitRequest, request_id, tr("request"))
            if request.status not in OPEN:
                raise ValidationError({"status": tr("Only an open request can be cancelled.")})
            request.status = RequestStatus.CANCELLED

    def get(self, request_id: int) -> VisitRequest:
        with self.db.transaction() as s:
            return get_or_raise(s, VisitRequest, request_id, tr("request"))

    def windows_of(self, request_id: int) -> list[RequestWindow]:
        with self.db.transaction() as s:
            rw = t.request_windows.c
            return list(s.scalars(select(RequestWindow).where(rw.request_id == request_id)
                                  .order_by(rw.first_day)))

    def topics_of(self, request_id: int) -> list[tuple[int, str]]:
        return linked_names(self.db, t.request_topics.c.request_id, request_id, t.topics,
                            t.topics.c.name)

    # -- matching -------------------------------------------------------------------------
    def propose(self, request_id: int, today: date | None = None,
                slots_per_tutor: int = 4) -> list[Match]:
        """Tutors who can serve the school, best first, each with several free slots
        spread over the days and times of the request's windows from tomorrow on (or the
        next four weeks), the earliest first."""
        today = today or date.today()
        request = self.get(request_id)
        topics = dict(self.topics_of(request_id))
        # Proposals start tomorrow: a slot earlier today may already have passed.
        start = today + timedelta(days=1)
        windows = [Window(max(w.first_day, start), w.last_day, checked(parse_time(w.starts)),
                          checked(parse_time(w.ends)))
                   for w in self.windows_of(request_id) if w.last_day >= start]
        if not windows:
            windows = [Window(today + timedelta(days=1), today + timedelta(days=LOOK_AHEAD))]
        first = min(w.first_day for w in windows)
        last = max(w.last_day for w in windows)
        school_id = checked(request.school_id)  # a saved request has its school
        with self.db.transaction() as s:
            school = get_or_raise(s, School, school_id, tr("school"))
            applicants = self._applicants(s, school_id, first, last)
            # Every applicant's bookings over the whole search, read at once.
            ids = {p.tutor_id for p in applicants}
            checks = per_tutor(self._tutors_check(s, ids, first, last))
            tu = t.tutors.c
            agreements = {r.id: r for r in s.execute(
                select(tu.id, tu.agreement_start, tu.agreement_end).where(tu.id.in_(ids)))}
            slots = {}
            for person in applicants:
                check = checks[person.tutor_id]
                agreement = agreements[person.tutor_id]
                slots[person.tutor_id] = spread_slots(
                    person.tutor_id, check.plans[person.tutor_id], check,
                    _within_agreement(windows, agreement.agreement_start,
                                      agreement.agreement_end),
                    request.minutes, school_site(school_id), limit=slots_per_tutor)
        return rank(applicants, topics, slots, request.minutes / 60, school.name)

    def book(self, request_id: int, tutor_id: int, starts_at: datetime,
             confirmed: bool = False, override_reason: str = "",
             now: datetime | None = None) -> int:
        """Book a visit for the request: the request's school, purpose, length and topics."""
        request = self.get(request_id)
        topic_ids = tuple(i for i, _ in self.topics_of(request_id))
        draft = VisitDraft(request.school_id, tutor_id, starts_at,
                           starts_at + timedelta(minutes=request.minutes), request.purpose,
                           topic_ids)
        return self.visits.book(draft, request_id, confirmed=confirmed,
                                override_reason=override_reason, now=now)

    # -- the list -------------------------------------------------------------------------
    def list_source(self) -> ListSource:
        """Requests; filters: open (new or scheduled only), school_id, status, urgency."""
        r, sc = t.visit_requests.c, t.schools.c
        topics = (select(func.aggregate_strings(t.topics.c.name, ", "))
                  .select_from(t.request_topics.join(t.topics))
                  .where(t.request_topics.c.request_id == r.id)
                  .correlate(t.visit_requests).scalar_subquery())
        visits = (select(func.count()).where(t.visits.c.request_id == r.id)
                  .correlate(t.visit_requests).scalar_subquery())
        return ListSource(
            db=self.db,
            id_column=r.id,
            from_clause=t.visit_requests.join(t.schools, sc.id == r.school_id),
            columns=[
                # The page gives each column's title and look.
                ListColumn("received_on", r.received_on),
                # the day received, which the page shows as the time waited
                ListColumn("age", r.received_on, numeric=True),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("purpose", r.purpose),
                ListColumn("topics", topics),
                ListColumn("urgency", r.urgency),
                ListColumn("status", r.status),
                ListColumn("visits", visits, numeric=True),
                ListColumn("asked_by", r.asked_by_name),
                ListColumn("description", r.description),
            ],
            search=[sc.name_key, func.lower(r.description), func.lower(r.asked_by_name)],
            filters={
                "open": lambda x: None if not x else r.status.in_(OPEN),
                "school_id": lambda x: None if x is None else r.school_id == x,
                "status": lambda x: None if x is None else r.status == RequestStatus(x),
                "urgency": lambda x: None if x is None else r.urgency == Urgency(x),
            },
            default_sort="received_on",
        )

    # -- inside a transaction -------------------------------------------------------------
    def _fill(self, s, request: VisitRequest, draft: RequestDraft) -> RequestDraft:
        """Put the draft on ``request``, naming every wrong field at once; returns the
        draft with its choices as enums."""
        draft = with_enums(draft, _choices())
        draft.check()
        draft.put_on(request, date.today()).check()
        school = s.get(School, request.school_id)
        if school is None or school.archived:
            raise ValidationError({"school_id": tr("Choose an active school.")})
        return draft

    def _write(self, s, request_id: int, draft: RequestDraft) -> None:
        """The request's preferred times and topics, as the draft has them."""
        rw = t.request_windows.c
        wanted = [window.window(request_id) for window in draft.windows]
        before = s.execute(select(rw.first_day, rw.last_day, rw.starts, rw.ends)
                           .where(rw.request_id == request_id)).all()
        if sorted(map(tuple, before)) != sorted(
                (w.first_day, w.last_day, w.starts, w.ends) for w in wanted):
            touch(s, t.visit_requests, request_id)  # a change of the times alone is one too
            s.execute(delete(t.request_windows).where(rw.request_id == request_id))
            s.add_all(wanted)
        require_known(s, t.topics, draft.topic_ids, "topic_ids",
                      tr("A chosen topic no longer exists."))
        rt = t.request_topics.c
        replace_links(s, rt.request_id, request_id, rt.topic_id, draft.topic_ids)

    def _applicants(self, s, school_id: int, first: date, last: date) -> list[Applicant]:
        tu = t.tutors.c
        rows = s.execute(select(tu.id, tu.name, tu.kind, tu.allotted_hours_per_term)
                         .where(~tu.archived,
                                (tu.agreement_start.is_(None)) | (tu.agreement_start <= last),
                                (tu.agreement_end.is_(None)) | (tu.agreement_end >= first))
                         .order_by(tu.sort_key)).all()
        serving = set(s.scalars(select(t.tutor_schools.c.tutor_id)
                                .where(t.tutor_schools.c.school_id == school_id)))
        strengths: dict[int, dict[int, Level]] = {}
        for tutor_id, topic_id, level in s.execute(select(
                t.tutor_strengths.c.tutor_id, t.tutor_strengths.c.topic_id,
                t.tutor_strengths.c.level)):
            strengths.setdefault(tutor_id, {})[topic_id] = level
        term = self.visits.calendar.calendar(first, first).term_on(first)
        rows = [r for r in rows if r.kind is not TutorKind.SCHOOL or r.id in serving]
        counted = {r.id for r in rows if r.allotted_hours_per_term is not None}
        taken = (committed_minutes_of(s, counted, term.starts, term.ends)
                 if term is not None else {})
        applicants = []
        for r in rows:
            left = None
            if r.id in taken:
                left = r.allotted_hours_per_term - taken[r.id] / 60
            applicants.append(Applicant(r.id, r.name, r.kind, r.id in serving,
                                        strengths.get(r.id, {}), left))
        return applicants

    def _tutors_check(self, s, tutor_ids: set[int], first: date, last: date):
        """The tutors' bookings over the whole search, for the free-slot search."""
        return load_check(s, self.visits.calendar, datetime.combine(first, time()),
                          datetime.combine(last, time(23, 59)), tutor_ids, "",
                          self.visits.settings.travel_buffer_minutes)


def _within_agreement(windows: list[Window], starts: date | None, ends: date | None
                      ) -> list[Window]:
    """The windows cut to the days the tutor's agreement covers: a slot outside it could
    not be booked."""
    first, last = starts or date.min, ends or date.max
    return [Window(max(w.first_day, first), min(w.last_day, last), w.starts, w.ends)
            for w in windows if w.first_day <= last and w.last_day >= first]
