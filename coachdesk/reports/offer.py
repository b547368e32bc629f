"""The term's offer, published: a self-contained HTML page (a school's intranet; the
window prints the same page to PDF) and an .ics of the same lessons (issue 24).

Written in the school's teaching language when the offer is for one school, else in
``language`` or the coordinator's. The calendar's events keep their UIDs from one
publication to the next, so a teacher who imported the file gets updates, and a lesson
cancelled since is marked cancelled.
"""

import html
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path

from coachdesk.domain.formats import format_date, format_date_range, format_time
from coachdesk.domain.language import current_language, speaking
from coachdesk.domain.lessons import PlaceKind
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker
from coachdesk.reports import ical
from coachdesk.reports.outfiles import write_bytes_atomically
from coachdesk.services import Desk
from coachdesk.services.offer import IN_THE_CALENDAR, OfferedLesson

STYLE = """
body { font-family: "Segoe UI", Calibri, "DejaVu Sans", Arial, sans-serif; color: #1f2328;
       margin: 2em auto; max-width: 46em; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.7em; margin-bottom: 0.1em; }
.period { color: #57606a; margin-top: 0; }
.lesson { border-top: 1px solid #d0d7de; padding: 0.6em 0 0.8em; }
h2 { font-size: 1.2em; margin: 1em 0 0.2em; }
.what { color: #57606a; margin: 0; }
table.facts { border-collapse: collapse; margin-top: 0.3em; }
table.facts th { text-align: left; font-weight: 600; padding: 0.1em 1em 0.1em 0;
                 vertical-align: top; white-space: nowrap; }
table.facts td { padding: 0.1em 0; vertical-align: top; }
.full { color: #9a3412; font-weight: 600; }
.signup { background: #eef6ee; border-left: 4px solid #59a14f; padding: 0.5em 0.8em;
          margin: 1em 0; }
footer { color: #57606a; font-size: 0.85em; border-top: 1px solid #d0d7de;
         margin-top: 1.5em; padding-top: 0.5em; }
"""


@dataclass(frozen=True)
class Offer:
    """What the offer is for: its period, its school (None: every school), its language
    and the coordinator's words on how to sign up."""

    first: date | None
    last: date | None
    school_id: int | None = None
    language: str | None = None  # None: the school's, else the window's
    sign_up: str = ""

    def check(self) -> None:
        c = Checker()
        for key, day in (("first", self.first), ("last", self.last)):
            if day is None:
                c.fail(key, tr("Give the first and the last day."))
            c.plausible_year(key, day, tr("From") if key == "first" else tr("Until"))
        c.order("last", self.first, self.last, tr("The period cannot end before it starts."))
        c.multi_line("sign_up", self.sign_up, tr("How to sign up"))
        c.raise_if_any()


def offer_language(desk: Desk, offer: Offer) -> str:
    if offer.language:
        return offer.language
    if offer.school_id is not None:
        return desk.schools.get(offer.school_id).language.value
    return current_language()


def offer_title(desk: Desk, offer: Offer) -> str:
    with speaking(offer_language(desk, offer)):
        return tr("Training offer for teachers")


def offer_html(desk: Desk, offer: Offer, today: date | None = None) -> str:
    """The offer as one HTML page that needs no other file."""
    offer.check()
    assert offer.first is not None and offer.last is not None
    lessons = desk.offer.lessons(offer.first, offer.last, offer.school_id)
    school = desk.schools.get(offer.school_id).name if offer.school_id is not None else ""
    language = offer_language(desk, offer)
    with speaking(language):
        title = tr("Training offer for teachers")
        parts = [f"<h1>{_e(title)}</h1>",
                 f'<p class="period">{_e(school + " · " if school else "")}'
                 f"{_e(format_date_range(offer.first, offer.last))}</p>"]
        if offer.sign_up.strip():
            heading = tr("How to sign up")  # lupdate does not look inside f-strings
            parts.append(f'<div class="signup"><b>{_e(heading)}</b><br>'
                         f"{_lines(offer.sign_up.strip())}</div>")
        if not lessons:
            nothing = tr("No lessons are open for this period yet.")
            parts.append(f"<p>{_e(nothing)}</p>")
        for _key, group in groupby(lessons, key=_series_key):
            parts.append(_entry(list(group)))
        parts.append("<footer>" + _e(tr("Published on {date} with CoachDesk.").format(
            date=format_date(today or date.today()))) + "</footer>")
    return (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")


def offer_calendar(desk: Desk, offer: Offer) -> bytes:
    """The offer's lessons as a calendar to import or subscribe to, cancelled ones
    marked cancelled."""
    offer.check()
    assert offer.first is not None and offer.last is not None
    ids = desk.offer.lesson_ids(offer.first, offer.last, offer.school_id, IN_THE_CALENDAR)
    language = offer_language(desk, offer)
    with speaking(language):
        name = tr("Training offer for teachers")
    items = [ical.lesson_item(x, language) for x in desk.outbox.lessons(ids)]
    return build(desk, items, name)


def build(desk: Desk, items: list[ical.Item], name: str) -> bytes:
    return ical.build_calendar(desk, items, name=name).to_ical()


def write_offer(desk: Desk, offer: Offer, html_path: Path, today: date | None = None
                ) -> tuple[Path, Path]:
    """Write the page to ``html_path`` and the calendar beside it (.ics)."""
    page = write_bytes_atomically(offer_html(desk, offer, today).encode(), html_path)
    calendar = write_bytes_atomically(offer_calendar(desk, offer),
                                      html_path.with_suffix(".ics"))
    return page, calendar


# -- one entry: a lesson, or the lessons of one series --------------------------------------
def _series_key(lesson: OfferedLesson) -> tuple:
    return ("series", lesson.series_id) if lesson.series_id else ("lesson", lesson.info.id)


def _entry(lessons: list[OfferedLesson]) -> str:
    first = lessons[0]
    info = first.info
    what = [x for x in (info.topic, info.level.label,
                        first.audience.label if first.audience else "") if x]
    facts = [(tr("When") if len(lessons) == 1 else tr("Sessions"),
              "<br>".join(_when(x) for x in lessons)),
             (tr("Where"), _where(first)),
             (tr("Tutors"), _e(", ".join(info.tutors)) if info.tutors else ""),
             (tr("Seats left"), _seats(min((x.seats_left for x in lessons
                                       if x.seats_left is not None), default=None)))]
    rows = "".join(f"<tr><th>{_e(label)}</th><td>{value}</td></tr>"
                   for label, value in facts if value)
    notes = f"<p>{_lines(info.notes)}</p>" if info.notes.strip() else ""
    return (f'<section class="lesson"><h2>{_e(info.title)}</h2>'
            + (f'<p class="what">{_e(" · ".join(what))}</p>' if what else "")
            + f'<table class="facts">{rows}</table>{notes}</section>')


def _when(lesson: OfferedLesson) -> str:
    info = lesson.info
    assert info.starts_at is not None and info.ends_at is not None  # a lesson has times
    return _e(f"{format_date(info.starts_at.date())} {format_time(info.starts_at)}–"
              f"{format_time(info.ends_at)}")


def _where(lesson: OfferedLesson) -> str:
    info = lesson.info
    if info.place_kind is PlaceKind.ONLINE:
        url = info.online_url
        online = _e(tr("Online"))
        return f'{online}: <a href="{_e(url)}">{_e(url)}</a>' if url else online
    if info.place_kind is PlaceKind.VENUE:
        return _e(info.venue)
    return _e(", ".join(x for x in (info.school, info.room) if x))


def _seats(left: int | None) -> str:
    if left is None:
        return _e(tr("No limit"))
    if left == 0:
        full = tr("None: sign up for the waiting list")
        return f'<span class="full">{_e(full)}</span>'
    return str(left)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(text: str) -> str:
    return "<br>".join(_e(line) for line in text.splitlines())
