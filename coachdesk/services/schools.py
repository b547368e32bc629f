"""desk.schools: the municipality's schools."""

from dataclasses import asdict

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_enum
from coachdesk.domain.schools import Language, School, SchoolDraft, SchoolKind
from coachdesk.domain.text import search_key, tr
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id

EDITABLE = {
    "name", "kind", "language", "address", "principal_name", "principal_email",
    "ict_contact_name", "ict_contact_email", "teacher_count", "notes",
}


class SchoolService:
    def __init__(self, db: Database):
        self.db = db

    def add(self, draft: SchoolDraft) -> int:
        """Add a school; returns its id. Raises ValidationError naming each bad field."""
        school = School(name="")
        with self.db.transaction() as s:
            self._fill(s, school, draft)
            return new_id(s, school)

    def update(self, school_id: int, draft: SchoolDraft) -> None:
        with self.db.transaction() as s:
            school = get_or_raise(s, School, school_id, tr("school"))
            self._fill(s, school, draft)

    def draft(self, school_id: int) -> SchoolDraft:
        """The school as its form shows it (change it with ``dataclasses.replace``)."""
        school = self.get(school_id)
        return SchoolDraft(**{key: getattr(school, key) for key in EDITABLE})

    def get(self, school_id: int) -> School:
        with self.db.transaction() as s:
            return get_or_raise(s, School, school_id, tr("school"))

    def archive(self, school_id: int) -> None:
        """Hide a school from lists and choices. Its teachers stay, hidden with it."""
        self._set_archived(school_id, True)

    def restore(self, school_id: int) -> None:
        self._set_archived(school_id, False)

    def active_teacher_count(self, school_id: int) -> int:
        with self.db.reading() as conn:
            return conn.execute(
                select(func.count())
                .select_from(t.teachers)
                .where(t.teachers.c.school_id == school_id, ~t.teachers.c.archived)
            ).scalar_one()

    def choices(self, include_archived: bool = False) -> list[tuple[int, str]]:
        """(id, name) of schools for a picker, by name."""
        query = select(t.schools.c.id, t.schools.c.name).order_by(t.schools.c.name_key)
        if not include_archived:
            query = query.where(~t.schools.c.archived)
        with self.db.reading() as conn:
            return [(row.id, row.name) for row in conn.execute(query)]

    def list_source(self) -> ListSource:
        c = t.schools.c
        teachers_now = (
            select(func.count())
            .where(t.teachers.c.school_id == c.id, ~t.teachers.c.archived)
            .correlate(t.schools)
            .scalar_subquery()
        )
        return ListSource(
            db=self.db,
            id_column=c.id,
            from_clause=t.schools,
            columns=[
                ListColumn("name", c.name, sort=c.name_key),
                ListColumn("kind", c.kind),
                ListColumn("language", c.language),
                ListColumn("teachers", teachers_now, numeric=True),
                ListColumn("teacher_count", c.teacher_count,
                           numeric=True),
                ListColumn("principal", c.principal_name),
                ListColumn("ict_contact", c.ict_contact_name),
                ListColumn("archived", c.archived),
                ListColumn("address", c.address),
            ],
            search=[c.search_key],
            filters={"archived": lambda show: None if show else ~c.archived},
            default_sort="name",
        )

    def _fill(self, session, school: School, draft: SchoolDraft) -> None:
        fields = asdict(draft)
        fields["kind"] = as_enum("kind", SchoolKind, draft.kind, tr("kind of school"))
        fields["language"] = as_enum("language", Language, draft.language, tr("language"))
        apply(school, fields, EDITABLE)
        errors: dict[str, str] = {}
        try:
            school.check()
        except ValidationError as exc:
            errors = exc.errors
        duplicate = {
            "name": tr("A school named “{name}” already exists.").format(name=school.name)
        }
        # No autoflush: flushing the new name first would hit the unique index instead.
        with session.no_autoflush:
            taken = school.name and "name" not in errors and session.scalar(
                select(t.schools.c.id).where(
                    t.schools.c.name_key == search_key(school.name),
                    t.schools.c.id != (school.id or -1),
                )
            ) is not None
        if taken:
            errors = {**duplicate, **errors} if "name" not in errors else errors
        if errors:
            raise ValidationError(errors)
        try:
            session.flush()
        except IntegrityError as exc:  # a second writer got there first
            raise ValidationError(duplicate) from exc

    def _set_archived(self, school_id: int, archived: bool) -> None:
        with self.db.transaction() as s:
            get_or_raise(s, School, school_id, tr("school")).archived = archived
