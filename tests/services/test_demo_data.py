"""The demo municipality obeys the same rules as data typed in by hand."""

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.language import speaking
from coachdesk.domain.validation import is_email
from coachdesk.services.demo import SCALES, devices, fill_demo_data, names
from coachdesk.services.demo.words import WORDS, en, fi, sv
from coachdesk.storage import tables as t
from tests.prepared import open_copy

TODAY = date(2026, 11, 24)


@pytest.fixture
def filled(db_path, small_demo):
    """A copy of the small demo (seed 7), made once for the session, and its counts."""
    demo = small_demo(TODAY, seed=7)
    with open_copy(demo.path, db_path) as desk:
        yield desk, dict(demo.counts)


def rows(desk, sql: str, **params):
    with desk.db.reading() as conn:
        return conn.execute(text(sql), params).all()


def typed_rows(desk, query):
    with desk.db.reading() as conn:
        return conn.execute(query).all()


def count(desk, table) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def test_small_scale_makes_what_it_reports(filled):
    desk, counts = filled
    scale = SCALES["small"]
    assert counts["schools"] == scale.schools == count(desk, t.schools)
    assert counts["teachers"] == scale.teachers == count(desk, t.teachers)
    assert counts["tutors"] == scale.tutors == count(desk, t.tutors)
    assert counts["lessons"] == scale.lessons == count(desk, t.lessons)
    assert counts["visits"] == scale.visits == count(desk, t.visits)
    assert counts["devices"] == scale.devices == count(desk, t.devices)
    assert 0 < counts["loans"] <= scale.loans
    assert counts["loans"] == count(desk, t.loans)
    assert counts["enrollments"] == count(desk, t.enrollments) > 0.8 * scale.enrollments


def test_finnish_and_swedish_schools_each_with_teachers(filled):
    desk, _ = filled
    languages = dict(rows(desk, "SELECT language, count(*) FROM schools GROUP BY language"))
    assert languages["fi"] > languages["sv"] > 0
    assert rows(desk, "SELECT name FROM schools s WHERE NOT EXISTS "
                      "(SELECT 1 FROM teachers t WHERE t.school_id = s.id)") == []
    assert ("Korson koulu",) in rows(desk, "SELECT name FROM schools")


def test_every_address_is_a_valid_email_that_cannot_reach_anyone(filled):
    desk, _ = filled
    addresses = [r[0] for r in rows(
        desk, "SELECT email FROM teachers UNION ALL SELECT principal_email FROM schools "
              "UNION ALL SELECT ict_contact_email FROM schools UNION ALL SELECT email FROM tutors")]
    assert all(is_email(a) and a.endswith(".example") for a in addresses)
    teacher_emails = [r[0] for r in rows(desk, "SELECT email FROM teachers")]
    assert len(set(teacher_emails)) == len(teacher_emails)


def test_the_same_seed_gives_the_same_municipality(tmp_path):
    from coachdesk.services import Desk

    def snapshot(path):
        with Desk.open(path) as d:
            fill_demo_data(d, "small", seed=11, today=TODAY)
            return rows(d, "SELECT s.name, v.starts_at, v.status FROM visits v "
                           "JOIN schools s ON s.id = v.school_id ORDER BY v.id")

    assert snapshot(tmp_path / "a.sqlite3") == snapshot(tmp_path / "b.sqlite3")


def test_a_database_with_data_is_refused_and_left_as_it_was(desk, school_id):
    with pytest.raises(CoachDeskError, match="already holds data"):
        fill_demo_data(desk, "small", today=TODAY)
    assert count(desk, t.schools) == 1
    assert count(desk, t.teachers) == 0


def test_an_unknown_scale_is_refused(desk):
    with pytest.raises(CoachDeskError, match="small or large"):
        fill_demo_data(desk, "huge")


def test_a_failure_halfway_leaves_the_database_empty(desk, monkeypatch):
    def broken(_ctx):
        raise RuntimeError("disk full")

    monkeypatch.setattr(devices, "add_devices", broken)
    with pytest.raises(RuntimeError):
        fill_demo_data(desk, "small", today=TODAY)
    assert count(desk, t.schools) == count(desk, t.lessons) == count(desk, t.visits) == 0


def test_progress_is_reported_up_to_the_end(desk):
    seen: list[float] = []
    fill_demo_data(desk, "small", today=TODAY, progress=lambda _m, f: seen.append(f))
    assert seen == sorted(seen) and seen[0] == 0.0 and seen[-1] == 1.0


def test_no_tutor_is_in_two_places_at_once(filled):
    desk, _ = filled
    busy = rows(desk, """
        SELECT tutor_id, starts_at, ends_at FROM visits WHERE status != 'cancelled'
        UNION ALL
        SELECT lt.tutor_id, l.starts_at, l.ends_at FROM lessons l
        JOIN lesson_tutors lt ON lt.lesson_id = l.id WHERE l.status != 'cancelled'
    """)
    by_tutor: dict[int, list[tuple]] = {}
    for tutor_id, starts, ends in busy:
        by_tutor.setdefault(tutor_id, []).append((starts, ends))
    for spans in by_tutor.values():
        spans.sort()
        for (_, first_end), (second_start, _) in zip(spans, spans[1:], strict=False):
            assert first_end <= second_start


def test_visits_fall_on_school_days_inside_the_tutors_released_weekdays(filled):
    desk, _ = filled
    # Typed columns: dates come back as dates from SQLite and PostgreSQL alike.
    breaks = typed_rows(desk, select(t.breaks.c.starts, t.breaks.c.ends))
    terms = typed_rows(desk, select(t.terms.c.starts, t.terms.c.ends))
    codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    for moment, rule in typed_rows(desk, select(t.visits.c.starts_at, t.tutors.c.released_rule)
                                   .join(t.tutors, t.tutors.c.id == t.visits.c.tutor_id)):
        day = moment.date()
        assert codes[moment.weekday()] in rule.split("BYDAY=")[1].split(",")
        assert any(a <= day <= b for a, b in terms)
        assert not any(a <= day <= b for a, b in breaks)


def test_a_tutor_visits_only_schools_they_serve(filled):
    desk, _ = filled
    assert rows(desk, "SELECT v.id FROM visits v WHERE NOT EXISTS (SELECT 1 FROM tutor_schools "
                      "ts WHERE ts.tutor_id = v.tutor_id AND ts.school_id = v.school_id)") == []


def test_the_past_is_done_and_the_future_is_booked(filled):
    desk, _ = filled
    statuses = rows(desk, "SELECT starts_at < :today, status FROM visits GROUP BY 1, 2",
                    today=TODAY.isoformat())
    assert {s for past, s in statuses if past} <= {"done", "no_show", "cancelled"}
    assert {s for past, s in statuses if not past} <= {"booked", "cancelled"}
    lessons = rows(desk, "SELECT DISTINCT status FROM lessons WHERE starts_at >= :today",
                   today=TODAY.isoformat())
    assert {s for (s,) in lessons} <= {"planned", "published"}


def test_enrollments_respect_capacity_and_attendance_rules(filled):
    desk, _ = filled
    over = rows(desk, "SELECT l.id FROM lessons l JOIN enrollments e ON e.lesson_id = l.id "
                      "WHERE e.status = 'enrolled' AND l.capacity IS NOT NULL "
                      "GROUP BY l.id, l.capacity HAVING count(*) > l.capacity")
    assert over == []
    wrong = rows(desk, "SELECT e.id FROM enrollments e JOIN lessons l ON l.id = e.lesson_id "
                       "WHERE e.attendance IS NOT NULL AND (l.status != 'held' "
                       "OR e.status != 'enrolled')")
    assert wrong == []
    assert rows(desk, "SELECT count(*) FROM enrollments WHERE attendance = 'present'")[0][0] > 0
    assert rows(desk, "SELECT count(*) FROM enrollments WHERE feedback_score IS NOT NULL "
                      "AND attendance NOT IN ('present', 'late')") == [(0,)]


def test_a_device_has_one_borrower_at_a_time_and_its_status_says_so(filled):
    desk, _ = filled
    loans = typed_rows(desk, select(t.loans.c.device_id, t.loans.c.out_on, t.loans.c.returned_on)
                       .order_by(t.loans.c.device_id, t.loans.c.out_on))
    for (dev_a, _, back_a), (dev_b, out_b, _) in zip(loans, loans[1:], strict=False):
        if dev_a == dev_b:
            assert back_a is not None and back_a <= out_b
    on_loan = {r[0] for r in rows(desk, "SELECT id FROM devices WHERE status = 'on_loan'")}
    out_now = {r[0] for r in rows(desk, "SELECT device_id FROM loans WHERE returned_on IS NULL")}
    assert on_loan == out_now
    assert all(o <= TODAY for (o,) in typed_rows(desk, select(t.loans.c.out_on)))


def test_every_tutor_was_appointed_through_a_recorded_recruitment(filled):
    desk, counts = filled
    appointed = rows(desk, "SELECT c.id, c.tutor_id FROM candidates c "
                           "WHERE c.status = 'appointed'")
    assert {tutor for _, tutor in appointed} == {r[0] for r in rows(desk, "SELECT id FROM tutors")}
    for candidate_id, _ in appointed:
        steps = [s for (s,) in rows(desk, "SELECT to_status FROM candidate_steps WHERE "
                                          "candidate_id = :c ORDER BY moved_on, id",
                                    c=candidate_id)]
        assert steps == ["applied", "interviewed", "selected", "appointed"]
    open_round = desk.recruitment.rounds()[0][0]
    counts_by_step = desk.recruitment.step_counts(open_round)
    assert all(counts_by_step[s] > 0 for s in counts_by_step if s.value in
               ("applied", "interviewed", "selected"))
    assert counts["candidates"] == count(desk, t.candidates)
    assert rows(desk, "SELECT count(*) FROM candidates WHERE status = 'declined' "
                      "AND decline_reason = ''") == [(0,)]


def test_demo_lessons_pass_the_conflict_check_of_the_lesson_form(filled):
    """The demo town is what a careful coordinator would have booked: no warnings."""
    desk, _ = filled
    lessons = rows(desk, "SELECT id FROM lessons WHERE status != 'cancelled' ORDER BY id")
    for (lesson_id,) in lessons[::3]:
        draft = desk.lessons.draft(lesson_id)
        assert draft.tutor_ids
        assert desk.lessons.conflicts(draft, lesson_id=lesson_id) == []


def test_demo_requests_match_their_visits(filled):
    desk, counts = filled
    assert counts["requests"] == count(desk, t.visit_requests) >= 10
    statuses = dict(rows(desk, "SELECT status, count(*) FROM visit_requests GROUP BY status"))
    assert statuses.get("new", 0) > 0 and statuses.get("scheduled", 0) > 0
    assert rows(desk, """
        SELECT r.id FROM visit_requests r WHERE
          (r.status = 'scheduled' AND NOT EXISTS (SELECT 1 FROM visits v
             WHERE v.request_id = r.id AND v.status = 'booked'))
          OR (r.status = 'done' AND NOT EXISTS (SELECT 1 FROM visits v
             WHERE v.request_id = r.id AND v.status = 'done'))
          OR (r.status = 'new' AND EXISTS (SELECT 1 FROM visits v WHERE v.request_id = r.id))
    """) == []
    assert rows(desk, "SELECT count(*) FROM visits v JOIN visit_requests r ON r.id = v.request_id"
                      " WHERE v.school_id != r.school_id") == [(0,)]


@pytest.fixture
def finnish(desk):
    fill_demo_data(desk, "small", seed=7, today=TODAY, language="fi")
    return desk


def texts(desk, sql: str) -> set[str]:
    return {r[0] for r in rows(desk, sql) if r[0]}


def at_schools(desk, sql: str, language: str) -> set[str]:
    """Texts of ``sql`` (a query giving ``text, school_id``) at schools of ``language``."""
    return {text_ for text_, school in rows(desk, sql) if text_ and school in {
        s for (s,) in rows(desk, "SELECT id FROM schools WHERE language = :l", l=language)}}


def test_a_finnish_demo_writes_the_municipality_in_finnish(finnish):
    topics = texts(finnish, "SELECT name FROM topics")
    assert {"Koodaus Scratchillä", "Digitaalinen arviointi", "Pelillinen oppiminen Sepolla",
            "iPad esiopetuksessa"} <= topics
    assert topics == {name for name, _ in fi.WORDS.topics.values()}
    assert texts(finnish, "SELECT description FROM topics") == {
        about for _, about in fi.WORDS.topics.values()}
    titles = texts(finnish, "SELECT title FROM lessons")
    assert "Tutoropettajien verkostotapaaminen" in titles
    assert any(title.endswith(": ensiaskeleet") for title in titles)
    assert all(any(title.startswith(name) for name in topics | {fi.WORDS.network_meeting})
               for title in titles)
    assert texts(finnish, "SELECT venue FROM lessons") <= set(fi.WORDS.venues)
    assert "Tabletti" in texts(finnish, "SELECT name FROM device_categories")
    assert "Bee-Bot-luokkasarja" in texts(finnish, "SELECT model FROM devices")
    assert texts(finnish, "SELECT funding_source FROM devices") <= set(fi.WORDS.funding)
    assert texts(finnish, "SELECT condition FROM devices") <= set(fi.WORDS.conditions)
    assert texts(finnish, "SELECT location FROM devices") <= set(fi.WORDS.storage)
    assert texts(finnish, "SELECT name FROM recruitment_rounds") == {
        "Tutorhaku 2026–2027", fi.WORDS.extra_round}
    assert texts(finnish, "SELECT name FROM audits") == {"Kevään inventaario 2026"}


def test_a_swedish_language_school_writes_in_swedish_in_a_finnish_demo(finnish):
    visit_notes = "SELECT notes, school_id FROM visits"
    swedish_notes = at_schools(finnish, visit_notes, "sv")
    assert swedish_notes and swedish_notes <= set(sv.WORDS.visit_notes)
    assert at_schools(finnish, visit_notes, "fi") <= set(fi.WORDS.visit_notes)
    requests = "SELECT description, school_id FROM visit_requests"
    assert at_schools(finnish, requests, "sv") <= set(sv.WORDS.requests.values())
    assert at_schools(finnish, requests, "fi") <= set(fi.WORDS.requests.values())
    subjects = "SELECT subjects, school_id FROM teachers"
    assert "klasslärare" in at_schools(finnish, subjects, "sv")
    assert "luokanopettaja" in at_schools(finnish, subjects, "fi")
    feedback = ("SELECT e.feedback_comment, t.school_id FROM enrollments e "
                "JOIN teachers t ON t.id = e.teacher_id")
    assert at_schools(finnish, feedback, "sv") <= set(sv.WORDS.feedback)
    assert at_schools(finnish, feedback, "fi") <= set(fi.WORDS.feedback)
    rooms = "SELECT room, school_id FROM lessons"
    assert at_schools(finnish, rooms, "sv") <= set(sv.WORDS.rooms)
    assert at_schools(finnish, rooms, "fi") <= set(fi.WORDS.rooms)


def test_a_swedish_demo_writes_the_municipality_in_swedish(desk):
    fill_demo_data(desk, "small", seed=7, today=TODAY, language="sv")
    assert "Programmering med Scratch" in texts(desk, "SELECT name FROM topics")
    assert "Nätverksträff för tutorlärare" in texts(desk, "SELECT title FROM lessons")
    assert "Surfplatta" in texts(desk, "SELECT name FROM device_categories")
    assert at_schools(desk, "SELECT notes, school_id FROM visits", "sv") <= set(
        sv.WORDS.visit_notes)


def test_the_demo_speaks_the_language_chosen_when_it_is_made(desk):
    with speaking("fi"):
        fill_demo_data(desk, "small", seed=7, today=TODAY)
    assert "Koodaus Scratchillä" in texts(desk, "SELECT name FROM topics")


def test_an_english_demo_stays_english_at_every_school(filled):
    desk, _ = filled
    assert "Coding with Scratch" in texts(desk, "SELECT name FROM topics")
    assert "Tutor network meeting" in texts(desk, "SELECT title FROM lessons")
    assert "Robot kit" in texts(desk, "SELECT name FROM device_categories")
    assert texts(desk, "SELECT notes FROM visits") <= set(en.WORDS.visit_notes)
    assert texts(desk, "SELECT description FROM visit_requests") <= set(
        en.WORDS.requests.values())
    assert texts(desk, "SELECT name FROM recruitment_rounds") == {
        "Tutor call 2026–2027", "Roaming tutors, spring term"}


def test_the_same_seed_and_language_give_the_same_words(tmp_path):
    from coachdesk.services import Desk

    def snapshot(path, language):
        with Desk.open(path) as d:
            fill_demo_data(d, "small", seed=11, today=TODAY, language=language)
            return rows(d, "SELECT s.name, v.starts_at, v.status, v.notes FROM visits v "
                           "JOIN schools s ON s.id = v.school_id ORDER BY v.id"), \
                rows(d, "SELECT title, room, venue FROM lessons ORDER BY id"), \
                rows(d, "SELECT model, condition, notes FROM devices ORDER BY id")

    finnish = snapshot(tmp_path / "a.sqlite3", "fi")
    assert finnish == snapshot(tmp_path / "b.sqlite3", "fi")
    english = snapshot(tmp_path / "c.sqlite3", "en")
    # Only the words differ: the same schools, times and statuses in every language.
    assert [v[:3] for v in finnish[0]] == [v[:3] for v in english[0]]
    assert finnish[1] != english[1]


def test_every_language_has_every_word():
    """The same keys and list lengths: a seed draws the same municipality in each."""
    for words in WORDS.values():
        for name, english in vars(en.WORDS).items():
            ours = getattr(words, name)
            if name == "models":
                assert ours.keys() <= {model for _, model, _, _ in names.DEVICES}
            elif isinstance(english, dict):
                assert ours.keys() == english.keys(), name
            elif isinstance(english, list):
                assert len(ours) == len(english), name
            else:
                assert ours and isinstance(ours, str), name
        assert words.stock_take.format(year=2026) != words.stock_take
        assert words.topics.keys() == {key for key, _, _ in names.TOPICS}


def test_the_demo_has_trainings_with_certificates_that_verify(filled):
    desk, counts = filled
    trainings = desk.trainings.choices()
    assert counts["trainings"] == len(trainings) >= 2
    issued = [c for training_id, _name in trainings
              for c in desk.certificates.of_training(training_id)]
    assert len(issued) == counts["certificates"] > 0
    completed = {(training_id, p.teacher_id) for training_id, _name in trainings
                 for p in desk.trainings.participants(training_id, datetime(2026, 11, 24))
                 if p.status.value == "completed"}
    # Every certificate went to a teacher who completed the training.
    assert {(c.training_id, c.teacher_id) for c in issued} <= completed
    assert all(desk.certificates.verify(c.code).genuine for c in issued[:5])
