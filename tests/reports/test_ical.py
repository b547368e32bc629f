"""Calendars parsed back with icalendar: the events of a tutor's period, Helsinki times
on both sides of the clock change with the time zone included, UIDs stable across runs
and databases apart, cancelled items, sequences that go up on a change, invitations."""

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from coachdesk.domain.errors import ValidationError
from coachdesk.reports import ical
from coachdesk.services import Desk
from coachdesk.storage import tables as t
from tests.drafts import edit
from tests.reports.communication import NOW, SUMMER_DAY, WINTER_DAY, at, build

AUTUMN = (date(2026, 8, 1), date(2026, 12, 31))
STAMP = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(desk):
    return build(desk)


def parse(data: bytes) -> Calendar:
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    return Calendar.from_ical(data)


def events(cal: Calendar) -> dict[str, object]:
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_a_tutors_calendar_has_their_lessons_and_visits(desk, world):
    cal = parse(ical.tutor_calendar(desk, world.tutor, *AUTUMN, now=STAMP))
    assert str(cal["method"]) == "PUBLISH" and str(cal["version"]) == "2.0"
    assert "Maija Meikäläinen" in str(cal["x-wr-calname"])
    found = events(cal)
    assert set(found) == {"Scratch basics", "Scratch games", "Robots", "Cancelled lesson",
                          "Staff training: Korson koulu", "Co-teaching: Ankarskolan"}
    lesson = found["Scratch basics"]
    assert str(lesson["location"]) == "Korson koulu, A12"
    assert "Scratch" in str(lesson["description"])
    assert str(lesson["status"]) == "CONFIRMED"
    assert str(found["Robots"]["status"]) == "TENTATIVE"  # planned, not yet published
    visit = found["Staff training: Korson koulu"]
    assert str(visit["location"]) == "Korson koulu, Urpiaisentie 14, Vantaa"
    assert "Bring the robots." in str(visit["description"])
    online = found["Scratch games"]
    assert str(online["url"]) == "https://meet.example/scratch"
    for event in found.values():
        assert event.decoded("dtstamp") == STAMP


def test_the_period_bounds_the_calendar(desk, world):
    cal = parse(ical.tutor_calendar(desk, world.tutor, SUMMER_DAY, SUMMER_DAY + timedelta(1)))
    assert set(events(cal)) == {"Scratch basics", "Staff training: Korson koulu"}
    with pytest.raises(ValidationError):
        ical.tutor_calendar(desk, world.tutor, date(2026, 9, 2), date(2026, 9, 1))


def test_times_are_helsinki_times_with_the_zone_included(desk, world):
    data = ical.tutor_calendar(desk, world.tutor, *AUTUMN)
    assert b"DTSTART;TZID=Europe/Helsinki:20260909T143000" in data
    cal = parse(data)
    zones = cal.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Europe/Helsinki"]
    found = events(cal)
    summer, winter = found["Scratch basics"], found["Scratch games"]
    assert summer.decoded("dtstart").utcoffset() == timedelta(hours=3)  # EEST
    assert winter.decoded("dtstart").utcoffset() == timedelta(hours=2)  # EET
    assert summer.decoded("dtstart").astimezone(UTC) == datetime(2026, 9, 9, 11, 30,
                                                                 tzinfo=UTC)
    assert winter.decoded("dtend").astimezone(UTC) == datetime(2026, 12, 2, 14, 30,
                                                               tzinfo=UTC)
    # The VTIMEZONE in the file alone (as a calendar program reads it) gives the same.
    zone = zones[0].to_tz()
    assert zone.utcoffset(at(SUMMER_DAY, 14, 30)) == timedelta(hours=3)
    assert zone.utcoffset(at(WINTER_DAY, 15)) == timedelta(hours=2)
    assert zone.utcoffset(datetime(2031, 3, 30, 12)) == timedelta(hours=3)  # any year


def test_uids_are_stable_across_runs_and_reopening(desk, world, db_path):
    def uids(d) -> dict[str, str]:
        cal = parse(ical.tutor_calendar(d, world.tutor, *AUTUMN))
        return {str(e["summary"]): str(e["uid"]) for e in cal.walk("VEVENT")}

    first = uids(desk)
    assert first["Scratch basics"].startswith(f"lesson-{world.at_school}@")
    assert first["Staff training: Korson koulu"].startswith(f"visit-{world.visit}@")
    assert len(set(first.values())) == len(first)
    assert uids(desk) == first
    desk.close()
    with Desk.open(db_path) as again:
        assert uids(again) == first


def test_another_database_gives_other_uids(desk, world, tmp_path):
    mine = parse(ical.lesson_invitation(desk, world.at_school))
    with Desk.open(tmp_path / "other.sqlite3") as other:
        other_world = build(other)
        theirs = parse(ical.lesson_invitation(other, other_world.at_school))
    uid = str(mine.walk("VEVENT")[0]["uid"])
    assert uid.split("@")[0] == str(theirs.walk("VEVENT")[0]["uid"]).split("@")[0]
    assert uid != str(theirs.walk("VEVENT")[0]["uid"])


def test_cancelled_items_are_sent_as_cancelled(desk, world):
    found = events(parse(ical.tutor_calendar(desk, world.tutor, *AUTUMN)))
    for summary in ("Cancelled lesson", "Co-teaching: Ankarskolan"):
        assert str(found[summary]["status"]) == "CANCELLED"
        assert found[summary]["sequence"] >= 1  # newer than the booking sent before


def test_the_sequence_goes_up_when_an_item_changes(desk, world):
    def sequence(kind_id: int) -> int:
        cal = parse(ical.lesson_invitation(desk, kind_id))
        return cal.walk("VEVENT")[0]["sequence"]

    before = sequence(world.at_school)
    assert sequence(world.at_school) == before  # exporting again changes nothing
    edit(desk.lessons, world.at_school, starts_at=at(SUMMER_DAY, 15),
         ends_at=at(SUMMER_DAY, 16, 30))
    moved = sequence(world.at_school)
    assert moved > before
    assert sequence(world.at_school) == moved


def test_a_moved_visit_gets_a_higher_sequence(desk, world):
    def sequence() -> int:
        return parse(ical.visit_invitation(desk, world.visit)).walk("VEVENT")[0]["sequence"]

    before = sequence()
    day = date(2026, 9, 10)
    edit(desk.visits, world.visit, starts_at=at(day, 12), ends_at=at(day, 13), now=NOW)
    assert sequence() > before


def test_a_visit_invitation_with_an_organizer_is_a_request(desk, world):
    cal = parse(ical.visit_invitation(desk, world.visit, organizer="koordinaattori@vantaa.fi"))
    assert str(cal["method"]) == "REQUEST"
    event = cal.walk("VEVENT")[0]
    assert str(event["organizer"]) == "mailto:koordinaattori@vantaa.fi"
    assert str(event["attendee"]) == "mailto:maija@vantaa.fi"
    assert event["attendee"].params["CN"] == "Maija Meikäläinen"
    cancelled = parse(ical.visit_invitation(desk, world.cancelled_visit,
                                            organizer="koordinaattori@vantaa.fi"))
    assert str(cancelled["method"]) == "CANCEL"
    assert str(cancelled.walk("VEVENT")[0]["status"]) == "CANCELLED"


def test_an_invitation_without_an_organizer_is_published(desk, world):
    cal = parse(ical.lesson_invitation(desk, world.online))
    assert str(cal["method"]) == "PUBLISH"
    (event,) = cal.walk("VEVENT")
    assert str(event["summary"]) == "Scratch games"
    assert "organizer" not in event


def test_a_lessons_calendar_for_an_announcement(desk, world):
    cal = parse(ical.lessons_calendar(desk, [world.online, world.at_school]))
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Scratch basics",
                                                              "Scratch games"]


def test_write_ics_is_atomic_and_wants_ics(desk, world, tmp_path):
    data = ical.lesson_invitation(desk, world.at_school)
    path = ical.write_ics(data, tmp_path / "out" / "lesson.ics")
    assert path.read_bytes() == data
    assert [p.name for p in path.parent.iterdir()] == ["lesson.ics"]
    with pytest.raises(Exception, match=r"\.ics"):
        ical.write_ics(data, tmp_path / "lesson.txt")


# -- languages ----------------------------------------------------------------------------------
def test_a_visit_is_in_its_schools_language_whatever_the_window_speaks(desk, world,
                                                                      window_in_english):
    event = parse(ical.visit_invitation(desk, world.cancelled_visit)).walk("VEVENT")[0]
    assert str(event["summary"]) == "Samundervisning: Ankarskolan"
    assert str(event["description"]).splitlines() == ["Tutorlärare: Maija Meikäläinen",
                                                      "Rektor: Stina Rektor"]
    found = events(parse(ical.tutor_calendar(desk, world.tutor, *AUTUMN)))
    assert {"Henkilöstökoulutus: Korson koulu", "Samundervisning: Ankarskolan"} <= set(found)
    assert "Tutoropettaja: Maija Meikäläinen" in str(
        found["Henkilöstökoulutus: Korson koulu"]["description"])
    # A lesson open to every school is in the window's language.
    assert str(found["Scratch basics"]["description"]).startswith("Scratch · Basic")


def test_a_lesson_for_swedish_schools_is_in_swedish(desk, world, window_in_english):
    with desk.db.engine.begin() as conn:
        conn.execute(t.lessons.update().where(t.lessons.c.id == world.online)
                     .values(open_to_all=False))
        conn.execute(t.lesson_schools.insert().values(lesson_id=world.online,
                                                      school_id=world.ankare))
    event = parse(ical.lesson_invitation(desk, world.online)).walk("VEVENT")[0]
    assert str(event["description"]).splitlines() == [
        "Scratch · Mellannivå · Utbildning", "Tutorlärare: Maija Meikäläinen",
        "Länk: https://meet.example/scratch"]


def test_one_language_for_every_event_when_asked(desk, world, window_in_english):
    found = events(parse(ical.tutor_calendar(desk, world.tutor, *AUTUMN, language="fi")))
    assert {"Henkilöstökoulutus: Korson koulu", "Samanaikaisopetus: Ankarskolan"} <= set(found)
    assert str(found["Scratch basics"]["description"]).startswith("Scratch · Perustaso")
