"""Bad input everywhere: the services driven with arbitrary text, dates and numbers.

Every call either succeeds or raises a CoachDeskError (a ValidationError naming fields,
NotFound, ConfirmationNeeded / ConflictsFound) — never another exception. A refused call
leaves the database exactly as it was (row counts and a checksum of every table), and what
a successful call stores fits every column, also on PostgreSQL: no text longer than its
column, no NUL character; and every text is composed (NFC), with no control character
(line breaks and tabs only in a multi-line text column).

One database per test function: hypothesis runs many examples on it, and each example is
compared before and after rather than rolled back.
"""

import hashlib
import math
import os
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, select

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.characters import not_in_a_line, not_in_a_text
from coachdesk.domain.devices import (
    BorrowerKind,
    CategoryDraft,
    DeviceDraft,
    LoanRequest,
    ReturnRequest,
)
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.recruitment import CandidateDraft, RoundDraft
from coachdesk.domain.requests import PreferredTime, RequestDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft
from coachdesk.services import Desk
from coachdesk.storage import tables as t
from tests.drafts import edit

# CI runs a fixed set of examples; COACHDESK_FUZZ_EXAMPLES=2000 searches longer and afresh.
EXAMPLES = int(os.environ.get("COACHDESK_FUZZ_EXAMPLES", "0"))
SETTINGS = settings(max_examples=EXAMPLES or 100, deadline=None, derandomize=not EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])

# -- strategies ------------------------------------------------------------------------

NASTY = [
    "", " ", "   \t\n ", "\x00", "a\x00b", "Ville\x00", "\x01\x02\x1b[31m", "\u200b", "\ufeff",
    "😀👩‍🏫🏳️‍🌈", "مدرسة", "\u202eevil", "עברית ABC", "x" * 201, "é" * 321, "Z" * 10_001,
    "=1+1", "@SUM(A1)", "-2", "NaN", "nan", "inf", "-inf", "1e309", "-1", "0", "7,5",
    "99999999999999999999999", "1.1.0", "31.2.2026", "0.0.0", "1.8.99999", "2026-13-01",
    "9999-12-31", "0001-01-01", "1..2", "FREQ=WEEKLY;BYDAY=XX", "25:99", "8", "24:00",
    "a@b.c", "name@example.fi", "\ud800", "DROP TABLE schools; --", "%_\\", "'\"",
]
text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=30),
    st.text(min_size=190, max_size=400),
    st.text(alphabet=st.characters(max_codepoint=0x1f), max_size=10),  # control characters
)
number = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=-5, max_value=200),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["NaN", "inf", "-1", "1e309", "7,5", "", " ", "12", "abc", None]),
)
day = st.one_of(
    st.dates(),
    st.dates(min_value=date(2026, 8, 1), max_value=date(2027, 7, 31)),
    st.datetimes(),
    text,
    st.none(),
)
moment = st.one_of(
    st.datetimes(),
    st.datetimes(min_value=datetime(2026, 8, 1), max_value=datetime(2027, 7, 31)),
    st.just(datetime.min), st.just(datetime.max),
    day,
)
# What a form's date and time editors hand over: a date and time, or nothing.
typed_moment = st.one_of(
    st.datetimes(),
    st.datetimes(min_value=datetime(2026, 8, 1), max_value=datetime(2027, 7, 31)),
    st.just(datetime.min), st.just(datetime.max), st.none(),
)
typed_day = st.one_of(st.dates(), st.dates(min_value=date(2026, 8, 1),
                                           max_value=date(2027, 7, 31)))
# What a form hands over for a decimal once it has read the text.
decimal = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False),
                    st.integers(min_value=-5, max_value=100))
# What a tutor's form hands over for a date, a time or hours once it has read them.
a_date = st.one_of(st.dates(), st.dates(min_value=date(2026, 8, 1), max_value=date(2027, 7, 31)),
                   st.none())
a_time = st.one_of(st.sampled_from([time(8), time(12), time(16)]), st.times(), st.none())
hours = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                  st.integers(min_value=-5, max_value=200))

# Ids come from pickers, never typed: any id a database can hold, existing or not.
# What a form hands over for a count once it has read the text: a whole number or nothing.
count = st.one_of(st.none(), st.integers(min_value=-(10**30), max_value=10**30),
                  st.integers(min_value=-5, max_value=200))
ident = st.one_of(st.integers(min_value=-3, max_value=30),
                  st.integers(min_value=-(2**63), max_value=2**63 - 1))


def maybe_valid(valid, junk=text):
    """Mostly a value that passes, sometimes junk: so that calls get past the first check."""
    good = st.sampled_from(valid) if isinstance(valid, list) else st.just(valid)
    return st.one_of(good, good, junk)


def fields(**strategies):
    return st.fixed_dictionaries({}, optional=strategies)


# -- the database and its checks --------------------------------------------------------


@pytest.fixture
def world(tmp_path):
    """A small database with one of everything the calls refer to."""
    desk = Desk.open(tmp_path / "fuzz.sqlite3")
    desk.school_years.create(SchoolYearDraft(2026))
    school = desk.schools.add(SchoolDraft(name="Korson koulu", kind="comprehensive", language="fi"))
    teacher = desk.teachers.add(TeacherDraft(name="Liisa Opettaja", school_id=school))
    topic = desk.topics.add(TopicDraft(name="Scratch"))
    tutor = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school,
                                       agreement_start=date(2026, 8, 1),
                                       agreement_end=date(2027, 7, 31),
                                       released_rule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                                       released_from=time(8), released_until=time(16)))
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    device = desk.devices.add(DeviceDraft(asset_tag="VAN-001", category="iPad"))
    round_id = desk.recruitment.add_round(RoundDraft(name="Tutorhaku", opens=date(2027, 3, 1),
                                                     closes=date(2027, 3, 31)))
    yield desk, {"school": school, "teacher": teacher, "topic": topic, "tutor": tutor,
                 "device": device, "round": round_id}
    desk.close()


def snapshot(desk: Desk) -> dict[str, tuple[int, str]]:
    """Per table: the number of rows and a checksum of their contents."""
    result = {}
    with desk.db.reading() as conn:
        for table in t.metadata.sorted_tables:
            rows = sorted(repr(tuple(r)) for r in conn.execute(select(table)))
            result[table.name] = (len(rows), hashlib.sha256("\n".join(rows).encode(
                "utf-8", "surrogatepass")).hexdigest())
    return result


def check_stored(desk: Desk) -> None:
    """What is stored fits every column on every database: lengths within String(n), no
    NUL (PostgreSQL refuses it in text), no NaN or infinity in a number."""
    with desk.db.reading() as conn:
        for table in t.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for column, value in zip(table.columns, row, strict=True):
                    where = f"{table.name}.{column.name} = {value!r:.80}"
                    if isinstance(value, str):
                        assert "\x00" not in value, where
                        length = getattr(column.type, "length", None)
                        if isinstance(column.type, String) and length:
                            assert len(value) <= length, where
                            assert not_in_a_line(value) is None, where
                        assert not_in_a_text(value) is None, where
                        assert unicodedata.is_normalized("NFC", value), where
                        value.encode("utf-8")  # no lone surrogates
                    if isinstance(value, float):
                        assert math.isfinite(value), where


def attempt(desk: Desk, call, *args, **kwargs) -> bool:
    """Make the call; True if it succeeded. A refusal must change nothing."""
    before = snapshot(desk)
    try:
        call(*args, **kwargs)
    except CoachDeskError as exc:
        if isinstance(exc, ValidationError):
            assert exc.errors, "a ValidationError names at least one field"
            assert all(isinstance(k, str) and k for k in exc.errors)
            assert all(isinstance(m, str) and m.strip() for m in exc.errors.values())
        assert str(exc).strip(), "a refusal says why"
        assert snapshot(desk) == before, f"refused ({exc!r:.200}) yet the database changed"
        return False
    check_stored(desk)
    return True


# -- schools, teachers, topics -----------------------------------------------------------

SCHOOL = fields(
    name=text, kind=maybe_valid(["primary", "comprehensive"]),
    language=maybe_valid(["fi", "sv"]), address=text, principal_name=text,
    principal_email=text, ict_contact_name=text, ict_contact_email=text,
    teacher_count=count, notes=text,
)


@SETTINGS
@given(data=SCHOOL, name=text)
def test_schools_add(world, data, name):
    desk, _ = world
    attempt(desk, lambda: desk.schools.add(SchoolDraft(**{"name": name, **data})))


@SETTINGS
@given(data=SCHOOL, school=ident)
def test_schools_update(world, data, school):
    desk, ids = world
    attempt(desk, edit, desk.schools, st_pick(school, ids["school"]), **data)


@SETTINGS
@given(data=fields(email=text, subjects=text, notes=text, school_id=ident), name=text,
       own_school=st.booleans())
def test_teachers_add(world, data, name, own_school):
    desk, ids = world
    if own_school:
        data["school_id"] = ids["school"]
    attempt(desk, lambda: desk.teachers.add(TeacherDraft(name=name, **data)))


@SETTINGS
@given(data=fields(description=text, level=maybe_valid(["basic", "advanced"]),
                   audience=maybe_valid(["all", "primary"]), materials_url=text),
       name=text)
def test_topics_add(world, data, name):
    desk, _ = world
    attempt(desk, lambda: desk.topics.add(TopicDraft(name=name, **data)))


# -- tutors and recruitment --------------------------------------------------------------

TUTOR = fields(
    email=text, kind=maybe_valid(["school", "roaming"]), agreement_start=a_date,
    agreement_end=a_date, released_rule=maybe_valid(["FREQ=WEEKLY;BYDAY=TU", ""]),
    released_from=a_time, released_until=a_time,
    weekly_hours=hours, allotted_hours_per_term=hours, notes=text,
    school_ids=st.lists(ident, max_size=3).map(tuple),
    strengths=st.dictionaries(ident, maybe_valid(["basic", "advanced"]), max_size=2),
)


def st_pick(value: int, existing: int) -> int:
    """Small ids stand for the record that exists, so that updates reach their checks."""
    return existing if 0 <= value <= 10 else value


@SETTINGS
@given(data=TUTOR, name=text, valid_agreement=st.booleans())
def test_tutors_add(world, data, name, valid_agreement):
    desk, ids = world
    data.setdefault("home_school_id", ids["school"])
    if valid_agreement:
        data.update(agreement_start=date(2026, 8, 1), agreement_end=date(2027, 7, 31))
    attempt(desk, lambda: desk.tutors.add(TutorDraft(name=name, **data)))


@SETTINGS
@given(data=TUTOR, tutor=ident, home=ident)
def test_tutors_update(world, data, tutor, home):
    desk, ids = world
    data["home_school_id"] = st_pick(home, ids["school"])
    attempt(desk, edit, desk.tutors, st_pick(tutor, ids["tutor"]), **data)


@SETTINGS
@given(data=fields(name=text, opens=a_date, closes=a_date, description=text,
                   tutors_sought=count))
def test_recruitment_add_round(world, data):
    desk, _ = world
    attempt(desk, lambda: desk.recruitment.add_round(RoundDraft(**data)))


@SETTINGS
@given(data=fields(email=text, motivation=text, notes=text, teacher_id=ident,
                   consent=maybe_valid(["pending", "given", "refused"])),
       name=text, round_id=ident, home=ident, strengths=st.lists(ident, max_size=3),
       on=st.one_of(st.none(), st.dates()))
def test_recruitment_add_candidate(world, data, name, round_id, home, strengths, on):
    desk, ids = world
    if "teacher_id" in data:
        data["teacher_id"] = st_pick(data["teacher_id"], ids["teacher"])
    draft = CandidateDraft(strengths=tuple(strengths), name=name,
                           home_school_id=st_pick(home, ids["school"]), **data)
    attempt(desk, desk.recruitment.add_candidate, st_pick(round_id, ids["round"]), draft, on=on)


# -- lessons, visits, requests -----------------------------------------------------------


@SETTINGS
@given(data=fields(topic_id=ident, level=maybe_valid(["basic", "advanced"]),
                   kind=maybe_valid(["training", "workshop"]),
                   place_kind=maybe_valid(["school", "online", "other"]), room=text,
                   venue=text, online_url=text, capacity=count, notes=text,
                   school_id=ident),
       title=text, starts=typed_moment, length=st.integers(min_value=-600, max_value=10**6),
       tutors=st.lists(ident, max_size=3), confirmed=st.booleans(), reason=text)
def test_lessons_add(world, data, title, starts, length, tutors, confirmed, reason):
    desk, ids = world
    tutor_ids = [st_pick(x, ids["tutor"]) for x in tutors]
    ends = starts
    if isinstance(starts, datetime):
        try:
            ends = starts + timedelta(minutes=length)
        except OverflowError:
            ends = starts
    if "school_id" in data:
        data["school_id"] = st_pick(data["school_id"], ids["school"])
    draft = LessonDraft(title=title, starts_at=starts, ends_at=ends, tutor_ids=tuple(tutor_ids),
                        **data)
    attempt(desk, desk.lessons.add, draft, confirmed=confirmed, override_reason=reason)


@SETTINGS
@given(school=ident, tutor=ident, starts=typed_moment, length=st.integers(-600, 10**6),
       purpose=maybe_valid(["co_teaching", "staff_training"]),
       topics=st.lists(ident, max_size=3), notes=text, confirmed=st.booleans(), reason=text,
       now=st.one_of(st.none(), st.datetimes()))
def test_visits_book(world, school, tutor, starts, length, purpose, topics, notes, confirmed,
                     reason, now):
    desk, ids = world
    ends = starts
    if isinstance(starts, datetime):
        try:
            ends = starts + timedelta(minutes=length)
        except OverflowError:
            ends = starts
    draft = VisitDraft(st_pick(school, ids["school"]), st_pick(tutor, ids["tutor"]), starts,
                       ends, purpose=purpose,
                       topic_ids=tuple(st_pick(x, ids["topic"]) for x in topics), notes=notes)
    attempt(desk, desk.visits.book, draft, confirmed=confirmed, override_reason=reason, now=now)


WINDOW = st.builds(PreferredTime, typed_day, st.one_of(st.none(), typed_day), st.times(),
                   st.times())


@SETTINGS
@given(data=fields(received_on=st.one_of(st.none(), typed_day),
                   asked_by=maybe_valid(["teacher", "principal"]),
                   asked_by_name=text, purpose=maybe_valid(["co_teaching", "staff_training"]),
                   minutes=st.integers(min_value=-(10**30), max_value=10**30),
                   teachers_count=count, description=text,
                   urgency=maybe_valid(["normal", "urgent"])),
       school=ident, windows=st.lists(WINDOW, max_size=2),
       topics=st.lists(ident, max_size=3))
def test_requests_add(world, data, school, windows, topics):
    desk, ids = world
    draft = RequestDraft(st_pick(school, ids["school"]), windows=tuple(windows),
                         topic_ids=tuple(st_pick(x, ids["topic"]) for x in topics), **data)
    attempt(desk, desk.requests.add, draft)


# -- devices and loans --------------------------------------------------------------------


# What a form hands over for a date and a price once it has read the text.
a_day = st.one_of(st.none(), st.dates(),
                  st.dates(min_value=date(2026, 8, 1), max_value=date(2027, 7, 31)))
price = st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False),
                  st.decimals(min_value=-5, max_value=10**6, places=3),
                  st.sampled_from([Decimal("1e30"), Decimal("99999999.995"), Decimal("-0")]))


@SETTINGS
@given(data=fields(model=text, serial_number=text, purchase_date=a_day, price=price,
                   funding_source=text, condition=text, location=text, content_count=count,
                   notes=text),
       tag=text, category=maybe_valid(["iPad"]))
def test_devices_add(world, data, tag, category):
    desk, _ = world
    attempt(desk, lambda: desk.devices.add(DeviceDraft(asset_tag=tag, category=category,
                                                       **data)))


@SETTINGS
@given(device=ident, kind=maybe_valid(list(BorrowerKind)), borrower=ident,
       due_on=a_day, out_on=a_day, condition=text, notes=text,
       today=st.one_of(st.none(), st.dates()), give_back=st.booleans())
def test_loans_check_out(world, device, kind, borrower, due_on, out_on, condition, notes, today,
                         give_back):
    desk, ids = world
    known = {BorrowerKind.TUTOR: ids["tutor"], BorrowerKind.TEACHER: ids["teacher"],
             BorrowerKind.SCHOOL: ids["school"]}
    borrower_id = st_pick(borrower, known.get(kind, ids["school"]))
    request = LoanRequest(st_pick(device, ids["device"]), kind, borrower_id, due_on=due_on,
                          out_on=out_on, condition=condition, notes=notes)
    lent = attempt(desk, desk.loans.check_out, request, today=today)
    if lent and give_back:  # so that later examples find the device in again
        loan = desk.loans.open_loan(ids["device"])
        if loan is not None:
            desk.loans.check_in(ReturnRequest(ids["device"],
                                              returned_on=max(loan.out_on, loan.due_on)),
                                today=max(loan.out_on, loan.due_on))


def test_a_nul_character_never_reaches_the_database(world):
    """The one PostgreSQL cannot store: refused or removed, never written."""
    desk, ids = world
    attempt(desk, lambda: desk.schools.add(SchoolDraft(name="Nul\x00koulu", kind="primary",
                                                        language="fi")))
    attempt(desk, lambda: desk.teachers.add(TeacherDraft(name="Liisa\x00",
                                                          school_id=ids["school"],
                                                          notes="a\x00b")))
    attempt(desk, desk.visits.book, VisitDraft(
        ids["school"], ids["tutor"], datetime.combine(date(2026, 9, 8), time(9)),
        datetime.combine(date(2026, 9, 8), time(10)), notes="\x00"), now=datetime(2026, 9, 1))
    check_stored(desk)


@pytest.mark.parametrize("starts", [datetime(1, 1, 1), datetime(9999, 12, 31, 22)])
def test_a_lesson_or_visit_in_year_1_or_9999_is_refused_clearly(world, starts):
    """Found by the fuzzing: the time-zone arithmetic of the hours overflowed."""
    desk, ids = world
    ends = starts + timedelta(hours=1)
    assert not attempt(desk, desk.visits.book,
                       VisitDraft(ids["school"], ids["tutor"], starts, ends))
    assert not attempt(desk, desk.lessons.add, LessonDraft(
        title="Far", place_kind="other", venue="Hall", starts_at=starts, ends_at=ends,
        tutor_ids=(ids["tutor"],)))
