"""desk.levels: teachers' digital-competence levels, the scale in use and the targets.

Every assessment is a row of its own (history is never overwritten); the figures read
each teacher's latest on the scale in use (:mod:`coachdesk.services.level_figures`
defines them).
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coachdesk.domain.competence import (
    LevelDraft,
    LevelSource,
    Scale,
    StaffLevels,
    check_targets,
    city_levels,
)
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.text import tr
from coachdesk.domain.validation import clean_text
from coachdesk.services.fields import get_or_raise
from coachdesk.services.level_figures import (
    SCALE_KEY,
    latest_levels,
    scale_in_use,
    staff_levels,
    targets_of,
)
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


@dataclass(frozen=True)
class LevelRecord:
    """One assessment as recorded."""

    id: int
    scale: Scale
    level: int
    assessed_on: date
    source: LevelSource
    note: str

    @property
    def label(self) -> str:
        return self.scale.level_label(self.level)


class LevelService:
    def __init__(self, db: Database):
        self.db = db

    # -- the scale ----------------------------------------------------------------------
    def scale(self) -> Scale:
        with self.db.reading() as conn:
            return scale_in_use(conn)

    def set_scale(self, scale: Scale | str) -> None:
        """Use another scale: the levels recorded on the other stay, not counted."""
        scale = Scale(scale)
        with self.db.transaction() as s:
            s.execute(t.app_settings.delete().where(t.app_settings.c.key == SCALE_KEY))
            s.execute(t.app_settings.insert().values(key=SCALE_KEY, value=scale.value))

    # -- assessments --------------------------------------------------------------------
    def record(self, draft: LevelDraft) -> int:
        """Keep one assessment of a teacher on the scale in use; returns its id."""
        with self.db.transaction() as s:
            conn = s.connection()
            scale = scale_in_use(conn)
            draft.check(scale)
            teacher = s.get(Teacher, draft.teacher_id)
            if teacher is None:
                raise ValidationError({"teacher_id": tr("That teacher no longer exists.")})
            return insert_level(conn, scale, draft)

    def history(self, teacher_id: int) -> list[LevelRecord]:
        """Every assessment of the teacher, on any scale, the latest first."""
        cl = t.competence_levels.c
        with self.db.reading() as conn:
            rows = conn.execute(select(cl.id, cl.scale, cl.level, cl.assessed_on, cl.source,
                                       cl.note)
                                .where(cl.teacher_id == teacher_id)
                                .order_by(cl.assessed_on.desc(), cl.id.desc())).all()
        return [LevelRecord(r.id, Scale(r.scale), r.level, r.assessed_on, r.source, r.note)
                for r in rows]

    def latest(self, teacher_id: int, day: date | None = None) -> int | None:
        """The teacher's level on ``day`` (today) on the scale in use; None if none."""
        with self.db.reading() as conn:
            latest = latest_levels(scale_in_use(conn), day or date.today())
            return conn.scalar(select(latest.c.level).where(latest.c.teacher_id == teacher_id))

    # -- targets ------------------------------------------------------------------------
    def targets(self, school_id: int | None = None) -> dict[int, int]:
        """The targets that apply: the school's own, else the city's."""
        with self.db.reading() as conn:
            city, own = targets_of(conn, scale_in_use(conn))
        return {**city, **own.get(school_id, {})} if school_id is not None else city

    def own_targets(self, school_id: int) -> dict[int, int] | None:
        """The school's own targets, or None when it follows the city's."""
        with self.db.reading() as conn:
            return targets_of(conn, scale_in_use(conn))[1].get(school_id)

    def set_targets(self, school_id: int | None, targets: dict[int, int | None]) -> None:
        """Set the city's targets (``school_id`` None) or one school's, every level's."""
        with self.db.transaction() as s:
            conn = s.connection()
            scale = scale_in_use(conn)
            check_targets(scale, targets)
            if school_id is not None:
                get_or_raise(s, School, school_id, tr("school"))
            self._clear(conn, scale, school_id)
            conn.execute(t.competence_targets.insert(), [
                {"scale": scale.value, "school_id": school_id, "level": level,
                 "share": targets[level]} for level in scale.levels])

    def follow_city(self, school_id: int) -> None:
        """The school's own targets dropped: it follows the city's again."""
        with self.db.transaction() as s:
            conn = s.connection()
            self._clear(conn, scale_in_use(conn), school_id)

    @staticmethod
    def _clear(conn, scale: Scale, school_id: int | None) -> None:
        ct = t.competence_targets.c
        conn.execute(t.competence_targets.delete().where(
            ct.scale == scale.value,
            ct.school_id.is_(None) if school_id is None else ct.school_id == school_id))

    # -- the figures --------------------------------------------------------------------
    def schools(self, day: date | None = None) -> list[StaffLevels]:
        """Every active school's staff by level against its targets."""
        with self.db.reading() as conn:
            return staff_levels(conn, day or date.today())

    def of_school(self, school_id: int, day: date | None = None) -> StaffLevels:
        with self.db.reading() as conn:
            found = staff_levels(conn, day or date.today(), school_id)
        if not found:
            raise NotFound(tr("That {what} no longer exists.").format(what=tr("school")))
        return found[0]

    def city(self, day: date | None = None) -> StaffLevels:
        """The city's staff by level against the city's targets."""
        with self.db.reading() as conn:
            scale = scale_in_use(conn)
            schools = staff_levels(conn, day or date.today(), scale=scale)
            city, _own = targets_of(conn, scale)
        return city_levels(schools, city, tr("The city"), scale.levels)


def earn_levels(conn, training_id: int, teacher_ids: list[int], day: date) -> int:
    """The level the training earns, recorded (earned with a certificate, on ``day``) for
    each of the teachers whose level on the scale in use is lower: a certificate never
    lowers a level. Returns how many were recorded."""
    level = conn.scalar(select(t.trainings.c.earns_level)
                        .where(t.trainings.c.id == training_id))
    scale = scale_in_use(conn)
    if level not in scale.levels or not teacher_ids:
        return 0
    latest = latest_levels(scale, day)
    now = dict(conn.execute(select(latest.c.teacher_id, latest.c.level)
                            .where(latest.c.teacher_id.in_(teacher_ids))).all())
    earned = [teacher for teacher in teacher_ids if now.get(teacher, 0) < level]
    for teacher in earned:
        insert_level(conn, scale, LevelDraft(teacher, level, day, LevelSource.CERTIFICATE))
    return len(earned)


def insert_level(conn, scale: Scale, draft: LevelDraft) -> int:
    """Write one checked assessment (the import and the certificates use it too)."""
    return conn.execute(t.competence_levels.insert().values(
        teacher_id=draft.teacher_id, scale=scale.value, level=draft.level,
        assessed_on=draft.assessed_on, source=draft.source,
        note=clean_text(draft.note))).inserted_primary_key[0]
