"""What the digital-competence figures count, defined once for Today, the Attendance page
and the reports (in the manner of :mod:`coachdesk.services.figures`).

- The **scale** is the one chosen in the programme's settings; levels recorded on
  another scale are kept but not counted.
- A teacher's **level** on a day is their latest assessment on the scale made on or
  before that day: the latest date, and of one day's assessments the last recorded. A
  teacher never assessed has no level and is below every level.
- A school's **staff** are its active teachers (not archived), counted with the school
  they are at now, as in :func:`coachdesk.services.figures.active_teacher`. Archived
  schools are left out.
- **At or above a level**: staff whose level is that level or a higher one.
- A school's **targets** are its own where the coordinator set them, else the city's;
  the city's are the scale's defaults until set (Helsinki: 100 %, 90 %, 20 %).
- The **gap** at a level is how many more of the staff must reach it to meet the target
  (the target's share of the staff rounded up, less those at or above it); a school is
  **below target** when any level has a gap.
- The **city's** staff by level is the schools' added up (each teacher is at one school).

Each figure is made in a few queries over all schools at once (the latest level per
teacher by a window function over the index of the assessments).
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from coachdesk.domain.competence import DEFAULT_SCALE, Scale, StaffLevels, city_levels
from coachdesk.domain.text import tr
from coachdesk.services.figures import active_teacher
from coachdesk.storage import tables as t

SCALE_KEY = "competence_scale"  # app_settings: the scale in use


def scale_in_use(conn: Connection) -> Scale:
    value = conn.scalar(select(t.app_settings.c.value)
                        .where(t.app_settings.c.key == SCALE_KEY))
    return Scale(value) if value in set(Scale) else DEFAULT_SCALE


def latest_levels(scale: Scale, day: date):
    """A subquery of (teacher_id, level): each teacher's latest level on ``day``."""
    cl = t.competence_levels.c
    ranked = (select(cl.teacher_id, cl.level,
                     func.row_number().over(partition_by=cl.teacher_id,
                                            order_by=(cl.assessed_on.desc(), cl.id.desc()))
                     .label("n"))
              .where(cl.scale == scale.value, cl.assessed_on <= day)
              .subquery("ranked"))
    return (select(ranked.c.teacher_id, ranked.c.level).where(ranked.c.n == 1)
            .subquery("latest"))


def targets_of(conn: Connection, scale: Scale) -> tuple[dict[int, int],
                                                        dict[int, dict[int, int]]]:
    """The city's targets (the scale's defaults where not set) and each school's own."""
    ct = t.competence_targets.c
    city = dict(scale.default_targets)
    schools: dict[int, dict[int, int]] = {}
    for school_id, level, share in conn.execute(
            select(ct.school_id, ct.level, ct.share).where(ct.scale == scale.value)
            .order_by(ct.id)):
        if level not in scale.levels:
            continue
        if school_id is None:
            city[level] = share
        else:
            schools.setdefault(school_id, {})[level] = share
    return city, schools


def staff_levels(conn: Connection, day: date, school_id: int | None = None,
                 scale: Scale | None = None) -> list[StaffLevels]:
    """Every active school's staff by level against its targets on ``day`` (or one
    school's, archived or not), in the order of the schools' names."""
    scale = scale or scale_in_use(conn)
    sc, tc = t.schools.c, t.teachers.c
    schools = select(sc.id, sc.name).order_by(sc.name_key, sc.id)
    schools = (schools.where(sc.id == school_id) if school_id is not None
               else schools.where(~sc.archived))
    staff: dict[int, int] = dict(conn.execute(
        select(tc.school_id, func.count()).where(active_teacher())
        .group_by(tc.school_id)).all())
    latest = latest_levels(scale, day)
    by_level: dict[int, dict[int, int]] = {}
    for school, level, count in conn.execute(
            select(tc.school_id, latest.c.level, func.count())
            .select_from(t.teachers.join(latest, latest.c.teacher_id == tc.id))
            .where(active_teacher()).group_by(tc.school_id, latest.c.level)):
        by_level.setdefault(school, {})[level] = count
    city, own = targets_of(conn, scale)
    return [StaffLevels(name, staff.get(sid, 0), by_level.get(sid, {}),
                        {**city, **own.get(sid, {})}, sid, scale.levels)
            for sid, name in conn.execute(schools)]


@dataclass(frozen=True)
class LevelReport:
    """The staff by level on a report's day: the schools reported on, and the city."""

    scale: Scale
    day: date
    city: StaffLevels
    schools: list[StaffLevels]

    @property
    def shown(self) -> bool:
        """Whether a report shows it: a level is recorded for someone on the staff (a
        programme that does not follow levels gets no empty sheet)."""
        return bool(self.schools) and self.city.unassessed < self.city.staff


def level_report(conn: Connection, day: date, school_id: int | None = None) -> LevelReport:
    """Every school's staff by level on ``day``, and the city's; with ``school_id`` the
    report's ``schools`` are that school alone (the city is still every school's)."""
    scale = scale_in_use(conn)
    schools = staff_levels(conn, day, scale=scale)
    city = city_levels(schools, targets_of(conn, scale)[0], tr("The city"), scale.levels)
    if school_id is not None:
        schools = [s for s in schools if s.school_id == school_id] or staff_levels(
            conn, day, school_id, scale)
    return LevelReport(scale, day, city, schools)


__all__ = ["SCALE_KEY", "LevelReport", "latest_levels", "level_report", "scale_in_use",
           "staff_levels", "targets_of"]
