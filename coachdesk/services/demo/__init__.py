"""Fill an empty database with a plausible Finnish municipality: the current school year,
and with ``years`` the earlier ones behind it (history.py).

``small`` is a town of about 15 schools for trying CoachDesk out and for screenshots;
``large`` is a big city for measuring speed. The demo is written in the language chosen
when it is made (the catalogue, titles, devices, notes: see words/), its Swedish-language
schools' own texts in Swedish. Every entity passes its domain ``check()``
before it is written in bulk, and the whole fill is one transaction: all or nothing.
"""

from collections.abc import Callable
from datetime import date
from random import Random

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.language import current_language, known
from coachdesk.domain.text import tr
from coachdesk.services.demo import (
    activity,
    assignments,
    devices,
    elsewhere,
    grants,
    history,
    levels,
    people,
    recruitment,
    requests,
    situations,
    trainings,
)
from coachdesk.services.demo.context import SCALES, DemoContext
from coachdesk.services.desk import Desk
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import is_empty

Progress = Callable[[str, float], None]


def fill_demo_data(
    desk: Desk,
    scale: str = "small",
    seed: int = 2026,
    progress: Progress | None = None,
    today: date | None = None,
    language: str | None = None,
    years: int = 1,
) -> dict[str, int]:
    """Write the demo municipality in ``language`` (fi, sv or en; by default the one
    CoachDesk speaks), with ``years`` school years of records up to the current one;
    returns how many of each thing were made."""
    if scale not in SCALES:
        raise CoachDeskError(tr("Unknown demo scale “{scale}”: choose small or large.")
                             .format(scale=scale))
    if not 1 <= years <= history.MOST_YEARS:
        raise CoachDeskError(tr("Demo data covers 1 to {most} school years, not {years}.")
                             .format(most=history.MOST_YEARS, years=years))
    report = progress or (lambda _message, _fraction: None)
    with desk.db.transaction() as session:
        conn = session.connection()
        if not is_empty(conn, [t.schools, t.teachers, t.devices]):
            raise CoachDeskError(
                tr("{name} already holds data. Demo data goes only into a new, empty "
                   "database.").format(name=desk.label)
            )
        today = today or date.today()
        ctx = DemoContext(conn, Random(seed), SCALES[scale], today,
                          known(language or current_language()), seed,
                          history.first_year_starts(today, years) if years > 1 else None)
        steps: list[tuple[str, Callable[[], object]]] = [
            (tr("Schools"), lambda: people.add_schools(ctx)),
            (tr("Teachers"), lambda: people.add_teachers(ctx)),
            (tr("Training topics"), lambda: people.add_topics(ctx)),
            (tr("School calendar"), lambda: activity.add_calendar(ctx)),
            (tr("Tutors"), lambda: people.add_tutors(ctx, _agreement(ctx))),
            *([(tr("Earlier school years"), lambda: history.add_earlier_years(ctx, years))]
              if years > 1 else []),
            (tr("Recruitment"), lambda: recruitment.add_recruitment(ctx)),
            (tr("Lessons and enrollments"),
             lambda: activity.add_enrollments(ctx, activity.add_lessons(ctx))),
            (tr("Trainings and certificates"), lambda: trainings.add_trainings(ctx)),
            (tr("Training done elsewhere"), lambda: elsewhere.add_training_elsewhere(ctx)),
            (tr("Assignments and peer reviews"), lambda: assignments.add_assignments(ctx)),
            (tr("Competence levels"), lambda: levels.add_levels(ctx)),
            (tr("Visits"), lambda: activity.add_visits(ctx)),
            (tr("Requests from schools"), lambda: requests.add_requests(ctx)),
            (tr("Devices and loans"), lambda: devices.add_devices(ctx)),
            (tr("Grants"), lambda: grants.add_grant(ctx)),
            (tr("ICT situations"), lambda: situations.add_situations(ctx)),
        ]
        for done, (label, step) in enumerate(steps):
            report(label, done / len(steps))
            step()
        report(tr("Saving"), 1.0)
    desk.db.keep_statistics(gather=True)  # a new file of this size: the planner's figures
    return ctx.counts


def _agreement(ctx: DemoContext) -> tuple[date, date]:
    """Tutors are appointed for the school year the calendar step has just written, and
    have served since the first of the earlier years."""
    starts = ctx.year_starts
    return ctx.first_year_starts or starts, date(starts.year + 1, 7, 31)
