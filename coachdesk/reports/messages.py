"""E-mail drafts: announcements of lessons, visit confirmations and report cover mails.

A draft (``Mail``) is made in full before anything is written: its text from the
templates (``desk.templates``), its addressees from the schools, teachers and tutors, and
its attachments (.ics, .xlsx). It can then be

- opened in the user's mail program as a ``mailto:`` link (``Mail.mailto``), when it is
  short enough and has no attachment that matters;
- saved as an ``.eml`` file (``save_eml``), written atomically, which Outlook,
  Thunderbird and Apple Mail open as a message ready to send (``X-Unsent: 1``).

Bad input (a school without a principal's e-mail, a lesson without a date, a template
with an unknown placeholder) raises a ``CoachDeskError`` that names what to fill in,
before any file is written.

The headers are made by the ``email`` package from one-line values: names as
``Address`` objects (quoted and encoded by the package), the subject without line breaks
or control characters, so that no value can end a header and start another one.
"""

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path
from typing import Any
from urllib.parse import quote

from coachdesk.domain.characters import one_line, plain_text
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.file_names import unique_file_names
from coachdesk.domain.lessons import LessonStatus, PlaceKind
from coachdesk.domain.schools import Language
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.domain.visits import VisitPurpose, VisitStatus
from coachdesk.reports import ical
from coachdesk.reports.outfiles import check_suffix, made_folder, write_bytes_atomically
from coachdesk.reports.school_report import build_school_report
from coachdesk.reports.workbook import ReportBook
from coachdesk.services.desk import Desk
from coachdesk.services.outbox import LessonInfo, SchoolContact
from coachdesk.services.templates import (
    ANNOUNCEMENT,
    LANGUAGES,
    REPORT_COVER,
    VISIT_SCHOOL,
    VISIT_TUTOR,
)

# Windows hands a link of at most 2,048 characters to the mail program, and some mail
# programs cut shorter; longer drafts are saved as .eml instead.
MAILTO_LIMIT = 2000
CONTACTS, TEACHERS = "contacts", "teachers"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# Words of the messages themselves, in the message's language (not the interface's).
WORDS: dict[str, dict[str, Any]] = {
    "fi": {"weekdays": ("ma", "ti", "ke", "to", "pe", "la", "su"), "at": "klo ",
           "room": "luokka", "online": "verkossa", "time_sep": ".",
           "levels": {Level.BASIC: "perustaso", Level.INTERMEDIATE: "keskitaso",
                      Level.ADVANCED: "edistynyt taso"},
           "purposes": {VisitPurpose.CO_TEACHING: "samanaikaisopetus",
                        VisitPurpose.STAFF_TRAINING: "henkilöstön koulutus",
                        VisitPurpose.INDIVIDUAL_GUIDANCE: "henkilökohtainen ohjaus",
                        VisitPurpose.DEVICE_SETUP: "laitteiden käyttöönotto",
                        VisitPurpose.PLANNING: "suunnittelu rehtorin kanssa"},
           "none": "–", "calendar": "koulutukset.ics", "visit": "koulukaynti.ics"},
    "sv": {"weekdays": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"), "at": "kl. ",
           "room": "sal", "online": "på nätet", "time_sep": ".",
           "levels": {Level.BASIC: "grundnivå", Level.INTERMEDIATE: "mellannivå",
                      Level.ADVANCED: "avancerad nivå"},
           "purposes": {VisitPurpose.CO_TEACHING: "samundervisning",
                        VisitPurpose.STAFF_TRAINING: "personalutbildning",
                        VisitPurpose.INDIVIDUAL_GUIDANCE: "individuell handledning",
                        VisitPurpose.DEVICE_SETUP: "ibruktagning av apparater",
                        VisitPurpose.PLANNING: "planering med rektorn"},
           "none": "–", "calendar": "utbildningar.ics", "visit": "skolbesok.ics"},
    "en": {"weekdays": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "at": "",
           "room": "room", "online": "online", "time_sep": ":",
           "levels": {Level.BASIC: "basic level", Level.INTERMEDIATE: "intermediate level",
                      Level.ADVANCED: "advanced level"},
           "purposes": {VisitPurpose.CO_TEACHING: "co-teaching",
                        VisitPurpose.STAFF_TRAINING: "staff training",
                        VisitPurpose.INDIVIDUAL_GUIDANCE: "individual guidance",
                        VisitPurpose.DEVICE_SETUP: "device set-up",
                        VisitPurpose.PLANNING: "planning with the principal"},
           "none": "–", "calendar": "lessons.ics", "visit": "school-visit.ics"},
}


class MailtoTooLong(CoachDeskError):
    """The draft does not fit in a mail link: save it as an .eml file instead."""


def one_line_person(person: tuple[str, str]) -> tuple[str, str]:
    name, email = person
    return one_line(name).strip(), one_line(email).strip()


def address(person: tuple[str, str]) -> Address:
    """(name, e-mail) as a header's address, quoted and encoded by the ``email`` package.
    An address it cannot write (an old record, letters beyond a–z before the @) is named,
    so that it can be corrected."""
    name, email = one_line_person(person)
    try:
        return Address(display_name=name, addr_spec=email)
    except (ValueError, HeaderParseError):
        raise CoachDeskError(tr(
            "“{email}” ({name}) cannot go into a message as an e-mail address: correct "
            "it, then make the message again.").format(email=email, name=name)) from None


@dataclass(frozen=True)
class Attachment:
    file_name: str
    data: bytes
    maintype: str
    subtype: str


@dataclass
class Mail:
    subject: str
    body: str
    to: list[tuple[str, str]] = field(default_factory=list)  # (name, e-mail)
    cc: list[tuple[str, str]] = field(default_factory=list)
    bcc: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    def recipients_text(self) -> str:
        """The addressees as one line, for a preview."""
        parts = []
        for label, people in ((tr("To"), self.to), (tr("Cc"), self.cc),
                              (tr("Bcc"), self.bcc)):
            if people:
                parts.append(f"{label}: " + ", ".join(formataddr(one_line_person(p))
                                                      for p in people))
        return "\n".join(parts)

    def mailto(self, limit: int = MAILTO_LIMIT) -> str:
        """A ``mailto:`` link with the addressees, subject and body (attachments cannot
        travel in a link). Raises MailtoTooLong past ``limit`` characters."""
        to = ",".join(quote(addr, safe="@") for _, addr in self.to)
        query = []
        for name, people in (("cc", self.cc), ("bcc", self.bcc)):
            if people:
                query.append(f"{name}=" + ",".join(quote(a, safe="@") for _, a in people))
        query.append("subject=" + quote(one_line(self.subject).strip(), safe=""))
        query.append("body=" + quote(self.body.replace("\r\n", "\n").replace("\n", "\r\n"),
                                     safe=""))
        url = f"mailto:{to}?" + "&".join(query)
        if len(url) > limit:
            raise MailtoTooLong(tr(
                "The message is too long for a mail link ({n} characters; at most {limit}). "
                "Save it as an .eml file and open that in your mail program.").format(
                n=len(url), limit=limit))
        return url

    def as_message(self, now: datetime | None = None) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = one_line(self.subject).strip()
        for header, people in (("To", self.to), ("Cc", self.cc), ("Bcc", self.bcc)):
            if people:
                message[header] = [address(p) for p in people]
        message["Date"] = formatdate((now or datetime.now()).timestamp(), localtime=True)
        message["X-Unsent"] = "1"  # Outlook opens it as a draft to send
        message.set_content(plain_text(self.body))
        for item in self.attachments:
            params = ({"method": "PUBLISH", "charset": "utf-8"} if item.subtype == "calendar"
                      else {})
            message.add_attachment(item.data, maintype=item.maintype, subtype=item.subtype,
                                   filename=item.file_name, params=params)
        return message

    def as_bytes(self, now: datetime | None = None) -> bytes:
        return self.as_message(now).as_bytes()


def save_eml(mail: Mail, path: Path | str, now: datetime | None = None) -> Path:
    """Write the draft to an .eml file atomically; returns the path."""
    path = check_suffix(path, ".eml")
    return write_bytes_atomically(mail.as_bytes(now), path)


# -- formatting in the message's language ---------------------------------------------------
def day_text(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def time_text(value: datetime, language: str) -> str:
    return f"{value.hour}{WORDS[language]['time_sep']}{value.minute:02d}"


def message_language(school: SchoolContact | None, language: str | None) -> str:
    """The language asked for, or the school's own (English for other languages)."""
    if language:
        if language not in LANGUAGES:
            raise ValidationError({"language": tr(
                "Messages are written in Finnish (fi), Swedish (sv) or English (en), not "
                "“{language}”.").format(language=language)})
        return language
    if school is not None and school.language in (Language.FINNISH, Language.SWEDISH):
        return school.language.value
    return "en" if school is not None else "fi"


def lesson_lines(lessons: list[LessonInfo], language: str) -> str:
    """One entry per lesson: the day and time with the title, then what and where."""
    words = WORDS[language]
    entries = []
    for lesson in lessons:
        start, end = lesson.starts_at, lesson.ends_at
        assert start is not None and end is not None  # ical.check_dated() first
        when = (f"{words['weekdays'][start.weekday()]} {day_text(start.date())} "
                f"{words['at']}{time_text(start, language)}–{time_text(end, language)}")
        if lesson.place_kind is PlaceKind.SCHOOL:
            place = lesson.school + (f", {words['room']} {lesson.room}" if lesson.room else "")
        elif lesson.place_kind is PlaceKind.VENUE:
            place = lesson.venue
        else:
            place = f"{words['online']}: {lesson.online_url}"
        what = [x for x in (lesson.topic, words["levels"][lesson.level], place) if x]
        entries.append(f"- {when}: {lesson.title}\n  " + " · ".join(what))
    return "\n".join(entries)


def _fill_errors(names: list[str], message: str) -> None:
    if names:
        raise ValidationError({"school_ids": message.format(names=", ".join(names))})


def _principals(schools: list[SchoolContact]) -> None:
    _fill_errors([s.name for s in schools if not s.principal_email.strip()], tr(
        "No principal's e-mail for {names}: fill it in on the Schools page, or leave the "
        "school out."))


# -- announcements --------------------------------------------------------------------------
def announcement(desk: Desk, lesson_ids: list[int], school_ids: list[int], language: str,
                 audience: str = CONTACTS, now: datetime | None = None) -> Mail:
    """An announcement of published lessons to the principals and ICT contacts of the
    schools (``CONTACTS``, in To), or to their teachers (``TEACHERS``, in Bcc so that
    the teachers do not see each other's addresses), with the lessons' .ics attached."""
    language = message_language(None, language)
    if not lesson_ids:
        raise ValidationError({"lesson_ids": tr("Choose the lessons to announce.")})
    if not school_ids:
        raise ValidationError({"school_ids": tr("Choose the schools to send it to.")})
    outbox = desk.outbox
    lessons = outbox.lessons(lesson_ids)
    ical.check_dated(lessons)
    unpublished = [x.title for x in lessons if x.status is not LessonStatus.PUBLISHED]
    if unpublished:
        raise ValidationError({"lesson_ids": tr(
            "Only published lessons are announced; publish these first or leave them out: "
            "{names}.").format(names=", ".join(unpublished))})
    schools = outbox.schools(school_ids)
    mail = Mail("", "")
    if audience == CONTACTS:
        _principals(schools)
        for school in schools:
            mail.to.append((school.principal_name, school.principal_email))
            if school.ict_contact_email.strip():
                mail.to.append((school.ict_contact_name, school.ict_contact_email))
    elif audience == TEACHERS:
        found = outbox.teacher_addresses([s.id for s in schools])
        _fill_errors([s.name for s in schools if not found[s.id]], tr(
            "No teacher of {names} has an e-mail address: fill them in on the Teachers "
            "page, or send to the principals and ICT contacts."))
        for school in schools:
            mail.bcc.extend(found[school.id])
    else:
        raise ValueError(f"unknown audience {audience!r}")
    mail.to = list(dict.fromkeys(mail.to))  # a principal who is also the ICT contact
    mail.bcc = list(dict.fromkeys(mail.bcc))
    first, last = lessons[0].starts_at, lessons[-1].starts_at
    assert first is not None and last is not None  # ical.check_dated() above
    mail.subject, mail.body = desk.templates.render(ANNOUNCEMENT, language, {
        "lessons": lesson_lines(lessons, language),
        "count": len(lessons),
        "first_date": day_text(first.date()),
        "last_date": day_text(last.date()),
        "schools": ", ".join(s.name for s in schools),
    })
    mail.attachments.append(Attachment(
        WORDS[language]["calendar"], ical.lessons_calendar(
            desk, [x.id for x in lessons], now=now, language=language), "text", "calendar"))
    return mail


# -- visit confirmations --------------------------------------------------------------------
SCHOOL, TUTOR = "school", "tutor"


def visit_confirmation(desk: Desk, visit_id: int, to: str = SCHOOL,
                       language: str | None = None, now: datetime | None = None) -> Mail:
    """A booked visit confirmed to the school (the principal, the ICT contact in Cc) or
    to the tutor, with the visit's .ics attached."""
    visit = desk.outbox.visit(visit_id)
    if visit.status is not VisitStatus.BOOKED:
        raise ValidationError({"status": tr(
            "Only a booked visit is confirmed; this one is {status}.").format(
            status=visit.status.label.lower())})
    school = visit.school
    language = message_language(school, language)
    words = WORDS[language]
    values = {
        "school": school.name, "tutor": visit.tutor, "tutor_email": visit.tutor_email,
        "date": day_text(visit.starts_at.date()),
        "weekday": words["weekdays"][visit.starts_at.weekday()],
        "starts": time_text(visit.starts_at, language),
        "ends": time_text(visit.ends_at, language),
        "purpose": words["purposes"][visit.purpose],
        "topics": ", ".join(visit.topics) or words["none"],
        "notes": visit.notes, "principal": school.principal_name,
        "address": school.address or words["none"],
        "ict_contact": " ".join(x for x in (school.ict_contact_name, school.ict_contact_email
                                            and f"<{school.ict_contact_email}>") if x)
        or words["none"],
    }
    mail = Mail("", "")
    if to == SCHOOL:
        _principals([school])
        mail.to.append((school.principal_name, school.principal_email))
        if school.ict_contact_email.strip():
            mail.cc.append((school.ict_contact_name, school.ict_contact_email))
        key = VISIT_SCHOOL
    elif to == TUTOR:
        if not visit.tutor_email.strip():
            raise ValidationError({"tutor_id": tr(
                "{name} has no e-mail address: fill it in on the Tutors page.").format(
                name=visit.tutor)})
        mail.to.append((visit.tutor, visit.tutor_email))
        key = VISIT_TUTOR
    else:
        raise ValueError(f"unknown addressee {to!r}")
    mail.subject, mail.body = desk.templates.render(key, language, values)
    mail.attachments.append(Attachment(words["visit"], ical.visit_invitation(
        desk, visit_id, now=now, language=language), "text", "calendar"))
    return mail


# -- report cover mails ---------------------------------------------------------------------
def workbook_bytes(book: ReportBook) -> bytes:
    out = io.BytesIO()
    book.write(out)
    return out.getvalue()


def report_cover_mails(desk: Desk, first: date, last: date,
                       school_ids: list[int] | None = None, language: str | None = None,
                       today: date | None = None) -> list[tuple[str, Mail]]:
    """(file name of the .eml, draft) per school: a cover mail to the principal with the
    school's report for the period attached. Every school is checked before any report
    is made."""
    if last < first:
        raise ValidationError({"last": tr("The period ends ({last}) before it starts "
                                          "({first}).").format(first=day_text(first),
                                                               last=day_text(last))})
    ids = school_ids if school_ids is not None else [i for i, _ in desk.reports.schools()]
    if not ids:
        raise ValidationError({"school_ids": tr("Choose the schools to send reports to.")})
    schools = desk.outbox.schools(ids)
    _principals(schools)
    for school in schools:
        message_language(school, language)
    workbooks = unique_file_names([s.name for s in schools], ".xlsx")
    emls = unique_file_names([s.name for s in schools], ".eml")
    period = f"{day_text(first)}–{day_text(last)}"
    result = []
    today = today or date.today()
    city = desk.reports.city(first, last, today)  # every school's activity, read once
    for school, workbook, eml in zip(schools, workbooks, emls, strict=True):
        data = desk.reports.school_report(school.id, first, last, today=today, city=city)
        mail = Mail("", "", to=[(school.principal_name, school.principal_email)])
        written_in = message_language(school, language)  # the mail's and its report's
        mail.subject, mail.body = desk.templates.render(
            REPORT_COVER, written_in,
            {"school": school.name, "principal": school.principal_name, "period": period,
             "file_name": workbook})
        mail.attachments.append(Attachment(workbook, workbook_bytes(
            build_school_report(data, written_in)), *XLSX))
        result.append((eml, mail))
    return result


def write_report_covers(desk: Desk, first: date, last: date, folder: Path | str,
                        school_ids: list[int] | None = None, language: str | None = None,
                        today: date | None = None, now: datetime | None = None) -> list[Path]:
    """One .eml per principal into ``folder``. Every draft is made before the first file
    is written; if writing fails, the files this call wrote are removed again."""
    drafts = report_cover_mails(desk, first, last, school_ids, language, today)
    return save_drafts(drafts, made_folder(folder), now)


def save_drafts(drafts: list[tuple[str, Mail]], folder: Path, now: datetime | None = None
                ) -> list[Path]:
    """Each (file name, draft) as an .eml into ``folder``: all of them, or, if one cannot
    be written, none (the files this call wrote are removed again)."""
    written: list[Path] = []
    try:
        for file_name, mail in drafts:
            written.append(save_eml(mail, folder / file_name, now))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
