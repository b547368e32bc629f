"""The published offer: a page in the school's language and a calendar whose events keep
their UIDs from one publication to the next."""

from datetime import date

import pytest
from icalendar import Calendar

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.offer import Offer, offer_calendar, offer_html, write_offer
from tests.services.test_offer import FIRST, LAST, lesson
from tests.services.test_offer import schools as schools  # noqa: F401  (a fixture)


def test_the_page_is_in_the_schools_language_and_escapes_what_was_typed(desk, schools,
                                                                      window_in_english):
    korso, kyrkoby = schools
    lesson(desk, "Scratch <basics> & more", date(2027, 1, 12), capacity=12,
           notes="Bring a laptop")
    swedish = offer_html(desk, Offer(FIRST, LAST, kyrkoby, sign_up="Per e-post"),
                         today=date(2026, 12, 2))
    assert '<html lang="sv">' in swedish and "Kyrkoby skola" in swedish
    with speaking("sv"):
        assert tr("Training offer for teachers") in swedish
        assert tr("How to sign up") in swedish
    assert "Training offer for teachers" not in swedish  # not English
    assert "Scratch &lt;basics&gt; &amp; more" in swedish and "<basics>" not in swedish
    assert "12.1.2027 15:00–16:30" in swedish and "https://meet.example/x" in swedish
    finnish = offer_html(desk, Offer(FIRST, LAST, korso), today=date(2026, 12, 2))
    assert '<html lang="fi">' in finnish
    with speaking("fi"):
        assert tr("Training offer for teachers") in finnish and tr("Seats left") in finnish
    english = offer_html(desk, Offer(FIRST, LAST, korso, language="en"))
    assert "Training offer for teachers" in english and "Seats left" in english


def test_the_calendar_keeps_its_uids_and_marks_a_cancelled_lesson(desk, schools):
    kept = lesson(desk, "Kept", date(2027, 1, 12))
    gone = lesson(desk, "Cancelled later", date(2027, 1, 19))
    offer = Offer(FIRST, LAST)
    before = Calendar.from_ical(offer_calendar(desk, offer))
    desk.lessons.cancel(gone)
    after = Calendar.from_ical(offer_calendar(desk, offer))

    def events(cal):
        return {str(e["summary"]): (str(e["uid"]), str(e["status"]), int(e["sequence"]))
                for e in cal.walk("VEVENT")}

    first, second = events(before), events(after)
    assert first.keys() == second.keys() == {"Kept", "Cancelled later"}
    assert first["Kept"] == second["Kept"]
    assert second["Cancelled later"][0] == first["Cancelled later"][0]  # the same event
    assert second["Cancelled later"][1] == "CANCELLED"
    assert second["Cancelled later"][2] > first["Cancelled later"][2]  # an update
    assert kept != gone


def test_write_offer_writes_the_page_and_the_calendar_beside_it(desk, schools, tmp_path):
    lesson(desk, "Kept", date(2027, 1, 12))
    page, calendar = write_offer(desk, Offer(FIRST, LAST), tmp_path / "out" / "offer.html")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert calendar == tmp_path / "out" / "offer.ics"
    assert b"BEGIN:VEVENT" in calendar.read_bytes()


def test_an_offer_needs_a_period_in_order(desk):
    with pytest.raises(ValidationError) as refused:
        Offer(date(2027, 5, 31), date(2027, 1, 7)).check()
    assert set(refused.value.errors) == {"last"}
    with pytest.raises(ValidationError) as refused:
        Offer(None, None).check()
    assert set(refused.value.errors) == {"first", "last"}
