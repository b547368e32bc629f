"""iCalendar files: a tutor's calendar for a period, and one lesson or visit as an
invitation. Outlook, Google Calendar and Apple Calendar import them.

- UIDs are ``lesson-<id>@<calendar id>.coachdesk`` and ``visit-<id>@…``; the calendar id
  is made once per database and kept in it (see ``coachdesk.services.outbox``), so a
  re-import updates the events instead of adding them again.
- Cancelled lessons and visits stay in the file with ``STATUS:CANCELLED``, so a
  re-import cancels them; a planned (not yet published) lesson is ``TENTATIVE``.
- ``METHOD:PUBLISH`` for calendars and for invitations without an organizer (a file to
  import); with an organizer's address an invitation is ``METHOD:REQUEST`` with the
  attendees, and a cancelled one ``METHOD:CANCEL``.
- ``SEQUENCE`` goes up each time an event changed since the previous export (the change
  log, and a fingerprint kept per event; see ``Outbox.sequences``).
- Times are local Europe/Helsinki times with ``TZID``, and the ``VTIMEZONE`` is
  included: the EU rule (last Sunday of March and of October) as a yearly RRULE, which
  every calendar program reads and which holds for any year.
- A visit's texts are written in its school's teaching language, a lesson's in the one
  language its schools share, else in the window's; ``language`` writes them all in one.
- Every text is written as an iCalendar TEXT value (``vText``, which escapes line breaks,
  commas and semicolons), without the control characters iCalendar does not allow; a
  name, a title or a place is one line, whatever an old record holds.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from coachdesk import __version__
from coachdesk.domain.characters import one_line, plain_text
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_date
from coachdesk.domain.language import speaking
from coachdesk.domain.lessons import LessonStatus, PlaceKind
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitStatus
from coachdesk.reports.outfiles import check_suffix, write_bytes_atomically
from coachdesk.services.desk import Desk
from coachdesk.services.outbox import LessonInfo, VisitInfo

TZID = "Europe/Helsinki"
HELSINKI = ZoneInfo(TZID)
PRODID = f"-//CoachDesk//CoachDesk {__version__}//EN"
VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Helsinki
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""
PUBLISH, REQUEST, CANCEL = "PUBLISH", "REQUEST", "CANCEL"


@dataclass(frozen=True)
class Item:
    """One event, whatever it was made from."""

    kind: str  # "lesson" or "visit"
    id: int
    summary: str
    starts_at: datetime
    ends_at: datetime
    location: str
    status: str  # CONFIRMED, TENTATIVE or CANCELLED
    description: str
    url: str = ""
    attendees: tuple[tuple[str, str], ...] = ()  # (name, e-mail)

    @property
    def fingerprint(self) -> str:
        text = "|".join([self.starts_at.isoformat(), self.ends_at.isoformat(), self.summary,
                         self.location, self.status, self.description, self.url])
        return hashlib.sha256(text.encode()).hexdigest()[:20]


def line(value: str) -> vText:
    """A name, title or place as an iCalendar text of one line."""
    return vText(one_line(value).strip())


def text(value: str) -> vText:
    """A description as an iCalendar text: line breaks kept (escaped as \\n)."""
    return vText(plain_text(value))


def address(email: str) -> vCalAddress:
    return vCalAddress(f"mailto:{one_line(email).strip()}")


def uid(kind: str, item_id: int, calendar_id: str) -> str:
    return f"{kind}-{item_id}@{calendar_id}.coachdesk"


def helsinki(moment: datetime) -> datetime:
    """A stored (naive, local) time as Helsinki time."""
    return moment.replace(tzinfo=HELSINKI) if moment.tzinfo is None else moment.astimezone(
        HELSINKI)


# -- items from lessons and visits ----------------------------------------------------------
def lesson_place(lesson: LessonInfo) -> str:
    if lesson.place_kind is PlaceKind.SCHOOL:
        return f"{lesson.school}, {lesson.room}" if lesson.room else lesson.school
    if lesson.place_kind is PlaceKind.VENUE:
        return lesson.venue
    return lesson.online_url or PlaceKind.ONLINE.label


def check_dated(lessons: list[LessonInfo]) -> None:
    """A lesson without its date and times cannot go into a calendar or announcement."""
    for lesson in lessons:
        if lesson.starts_at is None or lesson.ends_at is None:
            raise ValidationError({"starts_at": tr(
                "The lesson “{title}” has no date and time: give them on the Lessons page "
                "first.").format(title=lesson.title)})


def lesson_item(lesson: LessonInfo, language: str | None = None) -> Item:
    """The lesson's event, in ``language`` or else in its schools' language."""
    with speaking(language or lesson.language):
        return _lesson_item(lesson)


def _lesson_item(lesson: LessonInfo) -> Item:
    assert lesson.starts_at is not None and lesson.ends_at is not None  # check_dated() first
    status = {LessonStatus.CANCELLED: "CANCELLED",
              LessonStatus.PLANNED: "TENTATIVE"}.get(lesson.status, "CONFIRMED")
    lines = [" · ".join(x for x in (lesson.topic, lesson.level.label, lesson.kind.label) if x)]
    if lesson.tutors:
        lines.append(tr("Tutors: {names}").format(names=", ".join(lesson.tutors)))
    if lesson.place_kind is PlaceKind.ONLINE and lesson.online_url:
        lines.append(tr("Link: {url}").format(url=lesson.online_url))
    if lesson.notes:
        lines.append(lesson.notes)
    return Item("lesson", lesson.id, lesson.title, lesson.starts_at, lesson.ends_at,
                lesson_place(lesson), status, "\n".join(lines),
                lesson.online_url if lesson.place_kind is PlaceKind.ONLINE else "",
                tuple(zip(lesson.tutors, lesson.tutor_emails, strict=False)))


def visit_item(visit: VisitInfo, language: str | None = None) -> Item:
    """The visit's event, in ``language`` or else in its school's teaching language."""
    with speaking(language or visit.school.language.value):
        return _visit_item(visit)


def _visit_item(visit: VisitInfo) -> Item:
    status = "CANCELLED" if visit.status is VisitStatus.CANCELLED else "CONFIRMED"
    school = visit.school
    lines = [tr("Tutor: {name}").format(name=visit.tutor)]
    if visit.topics:
        lines.append(tr("Topics: {names}").format(names=", ".join(visit.topics)))
    if school.principal_name:
        lines.append(tr("Principal: {name}").format(name=school.principal_name))
    if school.ict_contact_name or school.ict_contact_email:
        lines.append(tr("ICT contact: {name}").format(name=" ".join(
            x for x in (school.ict_contact_name, school.ict_contact_email and
                        f"<{school.ict_contact_email}>") if x)))
    if visit.notes:
        lines.append(visit.notes)
    location = f"{school.name}, {school.address}" if school.address else school.name
    attendees = ((visit.tutor, visit.tutor_email),) if visit.tutor_email else ()
    return Item("visit", visit.id, f"{visit.purpose.label}: {school.name}", visit.starts_at,
                visit.ends_at, location, status, "\n".join(lines), attendees=attendees)


# -- building the calendar ------------------------------------------------------------------
def build_calendar(desk: Desk, items: list[Item], method: str = PUBLISH, name: str = "",
                   organizer: str = "", now: datetime | None = None) -> Calendar:
    outbox = desk.outbox
    calendar_id = outbox.calendar_id()
    sequences = outbox.sequences({(i.kind, i.id): i.fingerprint for i in items})
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    if name:
        cal.add("x-wr-calname", line(name))
    cal.add("x-wr-timezone", TZID)
    cal.add_component(Timezone.from_ical(VTIMEZONE))
    for item in sorted(items, key=lambda x: (x.starts_at, x.kind, x.id)):
        event = Event()
        event.add("uid", uid(item.kind, item.id, calendar_id))
        event.add("dtstamp", stamp)
        event.add("sequence", sequences[(item.kind, item.id)])
        event.add("dtstart", helsinki(item.starts_at))
        event.add("dtend", helsinki(item.ends_at))
        event.add("summary", line(item.summary))
        if item.location:
            event.add("location", line(item.location))
        if item.description:
            event.add("description", text(item.description))
        if item.url:
            event.add("url", one_line(item.url).strip())
        event.add("status", item.status)
        event.add("transp", "TRANSPARENT" if item.status == "CANCELLED" else "OPAQUE")
        if method != PUBLISH and organizer:
            event.add("organizer", address(organizer))
            for person, email in item.attendees:
                attendee = address(email)
                attendee.params["cn"] = line(person)
                attendee.params["role"] = vText("REQ-PARTICIPANT")
                attendee.params["rsvp"] = vText("FALSE")
                event.add("attendee", attendee, encode=False)
        cal.add_component(event)
    return cal


def tutor_items(desk: Desk, tutor_id: int, first: date, last: date,
                language: str | None = None) -> list[Item]:
    outbox = desk.outbox
    lesson_ids = [e.id for e in desk.lessons.events(first, last, tutor_id=tutor_id)]
    visit_ids = [e.id for e in desk.visits.events(first, last, tutor_id=tutor_id)]
    lessons = outbox.lessons(lesson_ids) if lesson_ids else []
    check_dated(lessons)
    return [lesson_item(x, language) for x in lessons] + [
        visit_item(x, language) for x in outbox.visits(visit_ids)]


def tutor_calendar(desk: Desk, tutor_id: int, first: date, last: date,
                   now: datetime | None = None, language: str | None = None) -> bytes:
    """The tutor's lessons and visits from ``first`` to ``last`` (cancelled ones too):
    each visit in its school's language, or everything in ``language``."""
    if last < first:
        raise ValidationError({"last": tr("The period ends ({last}) before it starts "
                                          "({first}).").format(first=format_date(first),
                                                               last=format_date(last))})
    tutor = desk.tutors.get(tutor_id)
    items = tutor_items(desk, tutor_id, first, last, language)
    with speaking(language):
        name = tr("CoachDesk: {tutor}").format(tutor=tutor.name)
    return build_calendar(desk, items, PUBLISH, name, now=now).to_ical()


def lessons_calendar(desk: Desk, lesson_ids: list[int], now: datetime | None = None,
                     language: str | None = None) -> bytes:
    """The lessons as a calendar to import (for an announcement), in ``language`` or
    else each in its schools' language."""
    lessons = desk.outbox.lessons(lesson_ids)
    check_dated(lessons)
    return build_calendar(desk, [lesson_item(x, language) for x in lessons],
                          now=now).to_ical()


def _invitation(desk: Desk, item: Item, organizer: str, now: datetime | None) -> bytes:
    organizer = organizer.strip()
    if organizer and item.attendees:
        method = CANCEL if item.status == "CANCELLED" else REQUEST
    else:
        method = PUBLISH
    return build_calendar(desk, [item], method, organizer=organizer, now=now).to_ical()


def lesson_invitation(desk: Desk, lesson_id: int, organizer: str = "",
                      now: datetime | None = None, language: str | None = None) -> bytes:
    """One lesson as an .ics; with ``organizer`` an invitation to its tutors."""
    lessons = desk.outbox.lessons([lesson_id])
    check_dated(lessons)
    return _invitation(desk, lesson_item(lessons[0], language), organizer, now)


def visit_invitation(desk: Desk, visit_id: int, organizer: str = "",
                     now: datetime | None = None, language: str | None = None) -> bytes:
    """One visit as an .ics, in its school's language or ``language``; with
    ``organizer`` an invitation to its tutor."""
    return _invitation(desk, visit_item(desk.outbox.visit(visit_id), language), organizer,
                       now)


def write_ics(data: bytes, path: Path | str) -> Path:
    """Save a calendar atomically to a file ending in .ics."""
    return write_bytes_atomically(data, check_suffix(path, ".ics"))
