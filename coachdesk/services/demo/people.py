"""Demo schools, teachers, the training catalogue and the tutors."""

from datetime import date

from coachdesk.domain.schools import Language, School, SchoolKind, Teacher
from coachdesk.domain.topics import Audience, Level, Topic
from coachdesk.domain.tutors import RecruitmentStatus, Tutor, TutorKind
from coachdesk.services.demo import names
from coachdesk.services.demo.context import (
    EMAIL_DOMAIN,
    DemoContext,
    DemoSchool,
    DemoTutor,
    email_of,
    slug_of,
)
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import entity_row, insert_returning_ids, insert_rows

# Relative staff size per kind of school: the teachers are shared out by these weights.
STAFF_WEIGHT = {
    "preschool": 1, "primary": 3, "comprehensive": 5, "lower_secondary": 4,
    "upper_secondary": 4, "vocational": 6,
}
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR"]


def _school_names(ctx: DemoContext) -> list[tuple[str, str, bool]]:
    """(name, kind, swedish) for as many schools as the scale asks for."""
    rng = ctx.rng
    if ctx.scale.schools <= 20:
        chosen = [(n, rng.choice(["comprehensive", "primary"]), False)
                  for n in names.SMALL_FINNISH_SCHOOLS]
        chosen += [(n, "comprehensive", True) for n in names.SMALL_SWEDISH_SCHOOLS]
        chosen += [(n, "upper_secondary", False) for n in names.SMALL_UPPER_SECONDARY]
        return chosen[: ctx.scale.schools]
    finnish = [(f"{d} {s}", k, False)
               for d in names.FINNISH_DISTRICTS for s, k in names.FINNISH_SUFFIXES]
    swedish = [(f"{d} {s}", k, True)
               for d in names.SWEDISH_DISTRICTS for s, k in names.SWEDISH_SUFFIXES]
    vocational = [(n, "vocational", False) for n in names.VOCATIONAL]
    n_swedish = ctx.scale.schools // 10
    n_finnish = ctx.scale.schools - n_swedish - len(vocational)
    return rng.sample(finnish, n_finnish) + rng.sample(swedish, n_swedish) + vocational


def add_schools(ctx: DemoContext) -> None:
    rng = ctx.rng
    rows, kept = [], []
    for number, (name, kind, swedish) in enumerate(_school_names(ctx)):
        principal = ctx.person(swedish)
        contact = ctx.person(swedish)
        school = School(
            name=name,
            kind=SchoolKind(kind),
            language=Language.SWEDISH if swedish else Language.FINNISH,
            address=f"{rng.choice(names.SWEDISH_STREETS if swedish else names.STREETS)} "
                    f"{rng.randint(1, 60)}, "
                    f"{1200 + 10 * (number % 80):05d} Vantaa",
            principal_name=principal,
            principal_email=email_of(principal),
            ict_contact_name=contact,
            ict_contact_email=email_of(contact),
        )
        school.check()
        rows.append(entity_row(school, t.schools))
        kept.append((name, kind, swedish))
    ids = insert_returning_ids(ctx.conn, t.schools, rows)
    ctx.schools = [DemoSchool(i, n, k, s) for i, (n, k, s) in zip(ids, kept, strict=True)]
    ctx.swedish_school_ids = {s.id for s in ctx.schools if s.swedish}
    ctx.counts["schools"] = len(ids)


def add_teachers(ctx: DemoContext) -> None:
    rng = ctx.rng
    weights = [STAFF_WEIGHT[s.kind] * rng.uniform(0.7, 1.3) for s in ctx.schools]
    total = sum(weights)
    sizes = [max(3, round(ctx.scale.teachers * w / total)) for w in weights]
    sizes[-1] += ctx.scale.teachers - sum(sizes)  # exactly the number asked for
    taken: set[str] = set()
    rows, owners = [], []
    for school, size in zip(ctx.schools, sizes, strict=True):
        for _ in range(size):
            name = ctx.person(school.swedish)
            teacher = Teacher(
                name=name,
                school_id=school.id,
                email=email_of(name, taken),
                subjects=_subjects(ctx, school),
                archived=rng.random() < 0.01,
            )
            teacher.check()
            rows.append(entity_row(teacher, t.teachers))
            owners.append((school.id, teacher.archived))
    ids = insert_returning_ids(ctx.conn, t.teachers, rows)
    for teacher_id, (school_id, archived) in zip(ids, owners, strict=True):
        ctx.school_of_teacher[teacher_id] = school_id
        if not archived:
            ctx.teachers_by_school.setdefault(school_id, []).append(teacher_id)
            ctx.teacher_ids.append(teacher_id)
    # The school's own head count: those listed plus some not (yet) in CoachDesk.
    for school, size in zip(ctx.schools, sizes, strict=True):
        ctx.conn.execute(
            t.schools.update().where(t.schools.c.id == school.id)
            .values(teacher_count=size + rng.randint(0, max(1, size // 5)))
        )
    ctx.counts["teachers"] = len(ids)


def _subjects(ctx: DemoContext, school: DemoSchool) -> str:
    rng, kind, words = ctx.rng, school.kind, ctx.words_at(school.id)
    if kind == "preschool":
        return words.early_childhood
    if kind == "primary" or (kind == "comprehensive" and rng.random() < 0.5):
        return words.class_teacher if rng.random() < 0.8 else words.special_education
    return ", ".join(rng.sample(words.subjects, rng.choice([1, 1, 2])))


def add_topics(ctx: DemoContext) -> None:
    rows = []
    for key, level, audience in names.TOPICS:
        name, description = ctx.words.topics[key]
        topic = Topic(
            name=name, description=description, level=Level(level),
            audience=Audience(audience),
            materials_url=f"https://tutors.{EMAIL_DOMAIN}/materials/{slug_of(name)}",
        )
        topic.check()
        rows.append(entity_row(topic, t.topics))
    ids = insert_returning_ids(ctx.conn, t.topics, rows)
    ctx.topics = [(i, row["level"]) for i, row in zip(ids, rows, strict=True)]
    ctx.topic_names = {i: row["name"] for i, row in zip(ids, rows, strict=True)}
    ctx.counts["topics"] = len(ids)


def add_tutors(ctx: DemoContext, agreement: tuple[date, date]) -> None:
    """Appointed tutors for the school year: three in four serve their own school."""
    rng = ctx.rng
    eligible = [s for s in ctx.schools if s.kind != "preschool" and ctx.teachers_by_school.get(
        s.id)]
    homes = [eligible[i % len(eligible)] for i in range(ctx.scale.tutors)]
    rng.shuffle(homes)
    used_teachers: set[int] = set()
    rows, plans = [], []
    for number, home in enumerate(homes):
        teacher_id = rng.choice(
            [i for i in ctx.teachers_by_school[home.id] if i not in used_teachers]
            or ctx.teachers_by_school[home.id]
        )
        used_teachers.add(teacher_id)
        roaming = number % 4 == 3
        days = ctx.scale.roaming_tutor_days if roaming else ctx.scale.school_tutor_days
        weekdays = set(rng.sample(range(1, 6), days))
        teacher = ctx.conn.execute(
            t.teachers.select().where(t.teachers.c.id == teacher_id)
        ).one()
        tutor = Tutor(
            name=teacher.name, email=teacher.email, teacher_id=teacher_id,
            home_school_id=home.id,
            kind=TutorKind.ROAMING if roaming else TutorKind.SCHOOL,
            status=RecruitmentStatus.APPOINTED,
            agreement_start=agreement[0], agreement_end=agreement[1],
            released_rule="FREQ=WEEKLY;BYDAY="
            + ",".join(WEEKDAY_CODES[d - 1] for d in sorted(weekdays)),
            released_from="08:00", released_until="16:30",
            weekly_hours=7.5 * days, allotted_hours_per_term=7.0 * days * 17,
        )
        tutor.check()
        rows.append(entity_row(tutor, t.tutors))
        served = [home.id]
        if roaming:
            others = [s.id for s in ctx.schools if s.id != home.id]
            served += rng.sample(others, min(len(others), rng.randint(3, 7)))
        plans.append((teacher_id, home.id, served, weekdays))
    ids = insert_returning_ids(ctx.conn, t.tutors, rows)
    for tutor_id, (teacher_id, home_id, served, weekdays) in zip(ids, plans, strict=True):
        ctx.tutors.append(DemoTutor(tutor_id, teacher_id, home_id, served, weekdays))
    insert_rows(ctx.conn, t.tutor_schools, (
        {"tutor_id": tu.id, "school_id": s} for tu in ctx.tutors for s in tu.school_ids))
    strengths = []
    for tu in ctx.tutors:
        for topic_id, _level in rng.sample(ctx.topics, rng.randint(2, 4)):
            strengths.append({"tutor_id": tu.id, "topic_id": topic_id,
                              "level": rng.choice(list(Level))})
    insert_rows(ctx.conn, t.tutor_strengths, strengths)
    ctx.counts["tutors"] = len(ids)
