"""desk.teachers: the teachers of every school, the people tutors coach."""

from dataclasses import asdict, replace

from sqlalchemy import or_, select

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import School, Teacher, TeacherDraft
from coachdesk.domain.text import tr
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id

EDITABLE = {"name", "email", "school_id", "subjects", "notes"}


class TeacherService:
    def __init__(self, db: Database):
        self.db = db

    def add(self, draft: TeacherDraft) -> int:
        teacher = Teacher(name="")
        with self.db.transaction() as s:
            self._fill(s, teacher, draft)
            return new_id(s, teacher)

    def update(self, teacher_id: int, draft: TeacherDraft) -> None:
        with self.db.transaction() as s:
            self._fill(s, get_or_raise(s, Teacher, teacher_id, tr("teacher")), draft)

    def draft(self, teacher_id: int) -> TeacherDraft:
        """The teacher as the form shows them (change with ``dataclasses.replace``)."""
        return _draft_of(self.get(teacher_id))

    def get(self, teacher_id: int) -> Teacher:
        with self.db.transaction() as s:
            return get_or_raise(s, Teacher, teacher_id, tr("teacher"))

    def move(self, teacher_id: int, school_id: int) -> None:
        """Move a teacher to another school; their history goes with them."""
        with self.db.transaction() as s:
            teacher = get_or_raise(s, Teacher, teacher_id, tr("teacher"))
            self._fill(s, teacher, replace(_draft_of(teacher), school_id=school_id))

    def archive(self, teacher_id: int) -> None:
        self._set_archived(teacher_id, True)

    def restore(self, teacher_id: int) -> None:
        self._set_archived(teacher_id, False)

    def choices(self) -> list[tuple[int, str]]:
        """(id, "name — school") of the active teachers for a picker, by name; one query."""
        c, sc = t.teachers.c, t.schools.c
        query = (
            select(c.id, c.name, sc.name.label("school"))
            .select_from(t.teachers.join(t.schools, c.school_id == sc.id))
            .where(~c.archived, ~sc.archived)
            .order_by(c.sort_key, sc.name_key, c.id)
        )
        with self.db.reading() as conn:
            return [(row.id, f"{row.name} — {row.school}") for row in conn.execute(query)]

    def list_source(self) -> ListSource:
        """All teachers; filters: ``school_id`` (one school), ``archived`` (show archived)."""
        c, sc = t.teachers.c, t.schools.c
        return ListSource(
            db=self.db,
            id_column=c.id,
            from_clause=t.teachers.join(t.schools, c.school_id == sc.id),
            columns=[
                # By surname, in Finnish and Swedish order (domain.text.person_sort_key).
                ListColumn("name", c.name, sort=c.sort_key),
                ListColumn("email", c.email),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("subjects", c.subjects),
                ListColumn("archived", or_(c.archived, sc.archived)),
                ListColumn("notes", c.notes),
            ],
            search=[c.search_key, sc.name_key],
            filters={
                "school_id": lambda school: None if school is None else c.school_id == school,
                "archived": lambda show: None if show else ~or_(c.archived, sc.archived),
            },
            default_sort="name",
        )

    def _fill(self, session, teacher: Teacher, draft: TeacherDraft) -> None:
        apply(teacher, asdict(draft), EDITABLE)
        teacher.check()
        # No autoflush: flushing a move to a missing school first would break the foreign key.
        with session.no_autoflush:
            school = session.get(School, teacher.school_id)
        if school is None:
            raise ValidationError({"school_id": tr("Choose the teacher's school.")})
        if school.archived:
            raise ValidationError(
                {"school_id": tr("{name} is archived; choose an active school.").format(
                    name=school.name)}
            )
        session.flush()

    def _set_archived(self, teacher_id: int, archived: bool) -> None:
        with self.db.transaction() as s:
            get_or_raise(s, Teacher, teacher_id, tr("teacher")).archived = archived


def _draft_of(teacher: Teacher) -> TeacherDraft:
    return TeacherDraft(**{key: getattr(teacher, key) for key in EDITABLE})
