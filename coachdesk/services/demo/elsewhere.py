"""The demo's training done elsewhere: a few teachers of some schools took a course with
another provider (a MOOC, a university, the national agency), so that their training
record shows it on first look. Course names are in the teacher's school's language."""

from datetime import timedelta
from random import Random

from coachdesk.services.demo.context import DemoContext
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import insert_rows

SCHOOLS = 6  # schools with a teacher or two who trained elsewhere
COURSES = {  # (course, provider, hours)
    "fi": [("Digitaidot opetuksessa -MOOC", "Opetushallitus", 12.0),
           ("Tekoäly opettajan työssä", "Helsingin yliopisto", 5.0),
           ("Ohjelmointi alakoulussa", "Innokas-verkosto", 3.0),
           ("Tietoturva koulussa", "Kyberturvallisuuskeskus", 1.5)],
    "sv": [("Digital kompetens i undervisningen (MOOC)", "Utbildningsstyrelsen", 12.0),
           ("AI i lärarens arbete", "Åbo Akademi", 5.0),
           ("Programmering i lågstadiet", "Innokas-nätverket", 3.0)],
    "en": [("Digital skills in teaching (MOOC)", "National Agency for Education", 12.0),
           ("AI in a teacher's work", "University of Helsinki", 5.0),
           ("Coding in primary school", "Innokas network", 3.0)],
}


def add_training_elsewhere(ctx: DemoContext) -> None:
    # A generator of its own: the steps after this one draw the same numbers as before.
    rng = Random(f"{ctx.seed}:elsewhere")
    rows = []
    chosen = ctx.schools[:SCHOOLS - 1] + [s for s in ctx.schools if s.swedish][:1]
    for school in {s.id: s for s in chosen}.values():
        courses = COURSES["sv" if school.swedish else (
            ctx.language if ctx.language in COURSES else "en")]
        for teacher_id in ctx.teachers_by_school.get(school.id, [])[:2]:
            for course, provider, hours in rng.sample(courses, rng.randint(1, 2)):
                rows.append({"teacher_id": teacher_id, "course": course,
                             "provider": provider, "hours": hours, "notes": "",
                             "held_on": ctx.today - timedelta(days=rng.randint(20, 400))})
    insert_rows(ctx.conn, t.external_trainings, rows)
