"""The demo school year: its calendar, lessons with enrollments, and tutors' visits.

Nothing clashes: on their released weekdays tutors visit only one school a day, in
45-minute slots that end by 14:30, and teach at most one lesson, 15:00–16:30, inside the
released time. So the data passes the conflict rules the booking pages apply.
"""

from datetime import date, datetime, time, timedelta

from coachdesk.domain.calendar import is_school_day
from coachdesk.domain.language import speaking
from coachdesk.domain.lessons import (
    Attendance,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonKind,
    LessonSeries,
    LessonStatus,
    PlaceKind,
    status_for_new_enrollment,
)
from coachdesk.domain.topics import Level
from coachdesk.domain.visits import Visit, VisitPurpose, VisitStatus
from coachdesk.services.bookings import lesson_place
from coachdesk.services.demo.context import EMAIL_DOMAIN, DemoContext, DemoTutor
from coachdesk.services.school_calendar import finnish_school_year
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import entity_row, insert_returning_ids, insert_rows

VISIT_SLOTS = [(time(8, 15), time(9, 0)), (time(9, 15), time(10, 0)),
               (time(10, 15), time(11, 0)), (time(11, 45), time(12, 30)),
               (time(12, 45), time(13, 30)), (time(13, 45), time(14, 30))]
LESSON_TIME = (time(15, 0), time(16, 30))
PURPOSES = [(VisitPurpose.CO_TEACHING, 40), (VisitPurpose.INDIVIDUAL_GUIDANCE, 25),
            (VisitPurpose.STAFF_TRAINING, 15), (VisitPurpose.DEVICE_SETUP, 12),
            (VisitPurpose.PLANNING, 8)]
REACH = {VisitPurpose.CO_TEACHING: (1, 2), VisitPurpose.INDIVIDUAL_GUIDANCE: (1, 1),
         VisitPurpose.STAFF_TRAINING: (5, 25), VisitPurpose.DEVICE_SETUP: (1, 4),
         VisitPurpose.PLANNING: (1, 2)}


def add_calendar(ctx: DemoContext, start_year: int | None = None) -> tuple[date, date]:
    """The school year starting in ``start_year`` (by default the current one); returns
    its first and last day."""
    if start_year is None:
        start_year = ctx.today.year if ctx.today.month >= 8 else ctx.today.year - 1
    with speaking(ctx.language):  # the terms' and breaks' names
        year, terms, breaks = finnish_school_year(start_year)
    year.check()
    (year_id,) = insert_returning_ids(ctx.conn, t.school_years, [entity_row(year, t.school_years)])
    for term in terms:
        term.school_year_id = year_id
        term.check(year, terms)
    for gap in breaks:
        gap.school_year_id = year_id
        gap.check(year)
    insert_rows(ctx.conn, t.terms, (entity_row(x, t.terms) for x in terms))
    insert_rows(ctx.conn, t.breaks, (entity_row(x, t.breaks) for x in breaks))
    day, ctx.school_days = year.starts, []
    while day <= year.ends:
        if is_school_day(day, terms, breaks):
            ctx.school_days.append(day)
        day += timedelta(days=1)
    ctx.current_year_starts = year.starts
    return year.starts, year.ends


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment)


DemoLesson = tuple[int, Lesson, list[int]]  # id, lesson, schools invited (none: all)


def add_lessons(ctx: DemoContext) -> list[DemoLesson]:
    """Trainings and monthly tutor network meetings; returns those not cancelled."""
    rng = ctx.rng
    busy: set[tuple[int, date]] = set()  # (tutor, day) with a lesson already
    rooms_taken: set[tuple[str, date]] = set()  # every lesson is 15:00–16:30
    lessons: list[Lesson] = []
    tutors_of: list[list[int]] = []
    schools_of: list[list[int]] = []
    # The tutors' network meets on the first Wednesday of each month: a series.
    meetings = _first_wednesdays(ctx.school_days)
    series = LessonSeries("FREQ=MONTHLY;BYDAY=1WE", meetings[0], meetings[-1])
    (series_id,) = insert_returning_ids(ctx.conn, t.lesson_series,
                                        [entity_row(series, t.lesson_series)])
    for day in meetings:
        hosts = [tu for tu in ctx.tutors if day.isoweekday() in tu.weekdays] or ctx.tutors
        host = rng.choice(hosts)
        busy.add((host.id, day))
        lessons.append(_lesson(ctx, day, ctx.words.network_meeting, None, Level.BASIC,
                               LessonKind.NETWORK_MEETING, PlaceKind.VENUE, None))
        rooms_taken.add((lesson_place(PlaceKind.VENUE, None, "", lessons[-1].venue), day))
        lessons[-1].series_id = series_id
        tutors_of.append([host.id])
        schools_of.append([])
    # Lessons fall in the tutors' released time (their released days, after the visits).
    pairs = [(tu, day) for tu in ctx.tutors for day in ctx.school_days
             if day.isoweekday() in tu.weekdays and (tu.id, day) not in busy]
    rng.shuffle(pairs)
    for tutor, day in pairs:
        if len(lessons) >= ctx.scale.lessons:
            break
        if (tutor.id, day) in busy:  # already teaching with a partner that afternoon
            continue
        busy.add((tutor.id, day))
        team = [tutor.id]
        if rng.random() < 0.15:
            partner = rng.choice(ctx.tutors)
            if (partner.id, day) not in busy and day.isoweekday() in partner.weekdays:
                busy.add((partner.id, day))
                team.append(partner.id)
        topic_id, level = rng.choice(ctx.topics)
        title = ctx.topic_names[topic_id] + rng.choice(ctx.words.title_endings)
        place = rng.choices(list(PlaceKind), weights=[50, 20, 30])[0]
        school_id = rng.choice(tutor.school_ids) if place is PlaceKind.SCHOOL else None
        lesson = _lesson(ctx, day, title, topic_id, Level(level), LessonKind.TRAINING, place,
                         school_id)
        where = lesson_place(lesson.place_kind, lesson.school_id, lesson.room, lesson.venue)
        if where and (where, day) in rooms_taken:  # the room is booked: meet online instead
            lesson = _lesson(ctx, day, title, topic_id, Level(level), LessonKind.TRAINING,
                             PlaceKind.ONLINE, None)
        elif where:
            rooms_taken.add((where, day))
        lessons.append(lesson)
        tutors_of.append(team)
        schools_of.append([] if lessons[-1].open_to_all else _invited(ctx, tutor, school_id))
    rows = []
    for lesson in lessons:
        lesson.check()
        rows.append(entity_row(lesson, t.lessons))
    ids = insert_returning_ids(ctx.conn, t.lessons, rows)
    insert_rows(ctx.conn, t.lesson_tutors, (
        {"lesson_id": i, "tutor_id": tu} for i, team in zip(ids, tutors_of, strict=True)
        for tu in team))
    insert_rows(ctx.conn, t.lesson_schools, (
        {"lesson_id": i, "school_id": s} for i, listed in zip(ids, schools_of, strict=True)
        for s in listed))
    ctx.add_count("lessons", len(ids))
    return [(i, lesson, listed) for i, lesson, listed in zip(ids, lessons, schools_of, strict=True)
            if lesson.status is not LessonStatus.CANCELLED]


def _first_wednesdays(days: list[date]) -> list[date]:
    seen, firsts = set(), []
    for day in days:
        if day.isoweekday() == 3 and (day.year, day.month) not in seen:
            seen.add((day.year, day.month))
            firsts.append(day)
    return firsts


def _invited(ctx: DemoContext, tutor: DemoTutor, school_id: int | None) -> list[int]:
    invited = set(ctx.rng.sample(tutor.school_ids, min(len(tutor.school_ids), 3)))
    if school_id is not None:
        invited.add(school_id)
    return sorted(invited)


def _lesson(ctx: DemoContext, day: date, title: str, topic_id: int | None, level: Level,
            kind: LessonKind, place: PlaceKind, school_id: int | None) -> Lesson:
    rng = ctx.rng
    if day < ctx.today:
        status = LessonStatus.CANCELLED if rng.random() < 0.06 else LessonStatus.HELD
    elif (day - ctx.today).days <= 42 or rng.random() < 0.3:
        status = LessonStatus.PUBLISHED
    else:
        status = LessonStatus.PLANNED
    training = kind is LessonKind.TRAINING
    return Lesson(
        title=title, topic_id=topic_id, level=level, kind=kind, place_kind=place,
        school_id=school_id,
        room=rng.choice(ctx.words_at(school_id).rooms) if place is PlaceKind.SCHOOL else "",
        venue=rng.choice(ctx.words.venues) if place is PlaceKind.VENUE else "",
        online_url=f"https://meet.{EMAIL_DOMAIN}/{rng.randrange(16**8):08x}"
        if place is PlaceKind.ONLINE else "",
        starts_at=_at(day, LESSON_TIME[0]), ends_at=_at(day, LESSON_TIME[1]),
        capacity=(rng.choice([12, 16, 20, 24, 30]) if place is not PlaceKind.ONLINE else 40)
        if training else None,
        open_to_all=not training or rng.random() < 0.85,
        status=status,
    )


def add_enrollments(ctx: DemoContext, lessons: list[DemoLesson]) -> None:
    """Teachers sign up in order; seats first, then the waitlist, as the rule says."""
    rng = ctx.rng
    tutor_teachers = [tu.teacher_id for tu in ctx.tutors]
    meetings = sum(lesson.kind is LessonKind.NETWORK_MEETING for _, lesson, _ in lessons)
    trainings = len(lessons) - meetings
    left = ctx.scale.enrollments - meetings * len(tutor_teachers)
    mean = max(1, left // max(1, trainings))
    rows: list[dict] = []
    for lesson_id, lesson, invited in lessons:
        if lesson.kind is LessonKind.NETWORK_MEETING:
            people = tutor_teachers
        else:
            pool = ctx.teacher_ids if lesson.open_to_all else [
                i for s in invited for i in ctx.teachers_by_school.get(s, [])]
            size = min(len(pool), max(1, round(rng.gauss(mean, mean / 3))))
            people = rng.sample(pool, size)
        rows.extend(_sign_up(ctx, lesson_id, lesson, people))
    ctx.add_count("enrollments", insert_rows(ctx.conn, t.enrollments, rows))


def _sign_up(ctx: DemoContext, lesson_id: int, lesson: Lesson, people: list[int]):
    rng = ctx.rng
    held = lesson.status is LessonStatus.HELD
    # A few recent lessons still wait for their attendance list: the coordinator's to-do.
    marked = held and ((ctx.today - lesson.starts_at.date()).days > 7 or rng.random() < 0.7)
    seated = 0
    first = lesson.starts_at - timedelta(days=30)
    for n, teacher_id in enumerate(people):
        enrolled_at = first + timedelta(minutes=n * 37 + rng.randint(0, 30))
        if rng.random() < 0.05:
            status = EnrollmentStatus.CANCELLED
        else:
            status = status_for_new_enrollment(lesson.capacity, seated)
            seated += status is EnrollmentStatus.ENROLLED
        attendance = None
        if held and marked and status is EnrollmentStatus.ENROLLED:
            attendance = rng.choices(list(Attendance), [80, 5, 5, 10])[0]
        gives_feedback = attendance is not None and attendance.attended and rng.random() < 0.6
        enrollment = Enrollment(
            lesson_id=lesson_id, teacher_id=teacher_id, enrolled_at=enrolled_at,
            status=status, attendance=attendance,
            feedback_score=rng.choices([1, 2, 3, 4, 5], [2, 5, 18, 40, 35])[0]
            if gives_feedback else None,
            feedback_comment=rng.choice(ctx.words_of_teacher(teacher_id).feedback)
            if gives_feedback and rng.random() < 0.2 else "",
        )
        enrollment.check(lesson)
        yield entity_row(enrollment, t.enrollments)


def add_visits(ctx: DemoContext) -> None:
    """Visits fill released slots: a tutor spends a day at one of the schools served."""
    rng = ctx.rng
    capacity = [(tu, day, slot) for tu in ctx.tutors for day in ctx.school_days
                if day.isoweekday() in tu.weekdays for slot in range(len(VISIT_SLOTS))]
    chosen = rng.sample(capacity, min(ctx.scale.visits, len(capacity)))
    school_of_day: dict[tuple[int, date], int] = {}
    purposes, weights = zip(*PURPOSES, strict=True)
    rows = []
    for tutor, day, slot in sorted(chosen, key=lambda c: (c[1], c[0].id, c[2])):
        school_id = school_of_day.setdefault((tutor.id, day), rng.choice(tutor.school_ids))
        purpose = rng.choices(purposes, weights)[0]
        if day < ctx.today:
            status = rng.choices(
                [VisitStatus.DONE, VisitStatus.NO_SHOW, VisitStatus.CANCELLED], [90, 3, 7])[0]
        else:
            status = VisitStatus.CANCELLED if rng.random() < 0.04 else VisitStatus.BOOKED
        done = status is VisitStatus.DONE
        visit = Visit(
            school_id=school_id, tutor_id=tutor.id,
            starts_at=_at(day, VISIT_SLOTS[slot][0]), ends_at=_at(day, VISIT_SLOTS[slot][1]),
            purpose=purpose, status=status,
            teachers_reached=rng.randint(*REACH[purpose]) if done else None,
            notes=rng.choice(ctx.words_at(school_id).visit_notes)
            if done and (ctx.scale.visits < 1_000 or rng.random() < 0.2) else "",
        )
        visit.check()
        rows.append(entity_row(visit, t.visits))
    ctx.add_count("visits", insert_rows(ctx.conn, t.visits, rows))


