"""desk.imports: schools, teachers and devices taken in from a coordinator's own lists.

The reading of a spreadsheet lives in ``coachdesk.reports.imports``; this service gets
rows that are already field names and values (:class:`ImportRow`). It checks every row
with the same domain rules as the forms and says what each row would do
(:meth:`ImportService.preview`), then saves all the accepted rows in one transaction or
nothing (:meth:`ImportService.apply`).

Existing records are found once per call (schools by name, teachers by e-mail or by name
and school, devices by asset tag), never row by row, so a list of 10,000 teachers is a
handful of queries; names are compared in one Unicode form and any case, so a name
pasted from a Mac (NFD) finds the school typed on Windows. A blank cell keeps what an
existing record has: an import fills in and corrects, it does not erase.

A device list may name categories that do not exist yet, or none at all: the import
says so row by row, or, when asked (``create_categories``), creates them in the same
transaction and puts devices without a category in "Uncategorised".
"""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.devices import Device, DeviceCategory
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_count, as_date, as_number
from coachdesk.domain.schools import School, Teacher
from coachdesk.domain.text import nfc, search_key, tr
from coachdesk.domain.training_record import ElsewhereDraft
from coachdesk.domain.validation import storable
from coachdesk.domain.vocabulary import as_language, as_school_kind
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import entity_row, insert_rows
from coachdesk.storage.database import Database


class ImportKind(StrEnum):
    SCHOOLS = "schools"
    TEACHERS = "teachers"
    DEVICES = "devices"
    TRAINING_ELSEWHERE = "training-elsewhere"  # courses teachers did with other providers
    LEVELS = "levels"  # teachers' self-assessed competence levels (level_import.py)

    @property
    def label(self) -> str:
        return {ImportKind.SCHOOLS: tr("Schools"), ImportKind.TEACHERS: tr("Teachers"),
                ImportKind.DEVICES: tr("Devices"),
                ImportKind.TRAINING_ELSEWHERE: tr("Training done elsewhere"),
                ImportKind.LEVELS: tr("Competence self-assessments")}[self]


class OnMatch(StrEnum):
    """What to do with a row that matches a record already in the database."""

    UPDATE = "update"
    SKIP = "skip"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return {Action.CREATE: tr("new"), Action.UPDATE: tr("update"),
                Action.SKIP: tr("skip")}[self]


def _fields(*pairs: tuple[str, str]) -> dict[str, str]:
    return dict(pairs)


def fields_of(kind: ImportKind) -> dict[str, str]:
    """The fields a column can be mapped to, with their labels (in the language spoken),
    in form order. Teachers name their school by its name ("school"); the service finds
    its id."""
    return _labels()[kind]


def _labels() -> dict[ImportKind, dict[str, str]]:
    return {
        ImportKind.SCHOOLS: _fields(
            ("name", tr("Name")), ("kind", tr("Kind")), ("language", tr("Language")),
            ("address", tr("Address")), ("principal_name", tr("Principal")),
            ("principal_email", tr("Principal's e-mail")),
            ("ict_contact_name", tr("ICT contact")),
            ("ict_contact_email", tr("ICT contact's e-mail")),
            ("teacher_count", tr("Number of teachers")), ("notes", tr("Notes")),
        ),
        ImportKind.TEACHERS: _fields(
            ("name", tr("Name")), ("email", tr("E-mail")), ("school", tr("School")),
            ("subjects", tr("Subjects")), ("notes", tr("Notes")),
        ),
        ImportKind.DEVICES: _fields(
            ("asset_tag", tr("Asset tag")), ("category", tr("Category")),
            ("model", tr("Model")),
            ("serial_number", tr("Serial number")), ("purchase_date", tr("Purchase date")),
            ("price", tr("Price")), ("funding_source", tr("Funding")),
            ("condition", tr("Condition")), ("location", tr("Location")),
            ("content_count", tr("Items in kit")), ("notes", tr("Notes")),
        ),
        ImportKind.TRAINING_ELSEWHERE: _fields(
            ("teacher", tr("Teacher")), ("email", tr("E-mail")), ("school", tr("School")),
            ("course", tr("Course")), ("provider", tr("Provider")), ("held_on", tr("Date")),
            ("hours", tr("Hours")), ("notes", tr("Notes")),
        ),
        ImportKind.LEVELS: _fields(
            ("name", tr("Name")), ("email", tr("E-mail")), ("level", tr("Level")),
            ("assessed_on", tr("Date")), ("note", tr("Note")),
        ),
    }

# Without these a row cannot be saved, so a mapping must have them.
REQUIRED: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.SCHOOLS: ("name",),
    ImportKind.TEACHERS: ("name", "school"),
    ImportKind.DEVICES: ("asset_tag",),  # a missing category is said row by row
    # The teacher by name or e-mail: a row without either is said row by row.
    ImportKind.TRAINING_ELSEWHERE: ("course", "held_on", "hours"),
    ImportKind.LEVELS: ("level", "assessed_on"),  # a name or an e-mail: row by row
}

# Rows from which an import gathers the planner's statistics again: the table has grown.
LARGE_IMPORT = 1_000

_SCHOOL_FIELDS = ("name", "kind", "language", "address", "principal_name", "principal_email",
                  "ict_contact_name", "ict_contact_email", "teacher_count", "notes")
_TEACHER_FIELDS = ("name", "email", "school_id", "subjects", "notes")
_DEVICE_FIELDS = ("asset_tag", "category", "model", "serial_number", "purchase_date", "price",
                  "funding_source", "condition", "location", "content_count", "notes")


@dataclass(frozen=True)
class ImportRow:
    """One row of the file: its row number in the sheet and its values by field name."""

    number: int
    values: dict[str, Any]


@dataclass
class PreviewLine:
    """What one row would do, and everything wrong with it."""

    row: int
    action: Action
    record: str  # the record as a person reads it: a name, "name — school", a tag
    existing_id: int | None = None
    problems: list[str] = field(default_factory=list)
    entity: Any = field(default=None, repr=False)  # the checked entity to save

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        """One line of text: row, action, record and problems."""
        text = tr("Row {row}: {action} {record}").format(
            row=self.row, action=self.action.label, record=self.record or "—")
        if self.problems:
            text += " — " + " ".join(self.problems)
        return text


@dataclass
class Preview:
    kind: ImportKind
    lines: list[PreviewLine]
    # Device categories the rows name that do not exist yet (created if create_categories).
    missing_categories: list[str] = field(default_factory=list)
    create_categories: bool = False

    def count(self, action: Action) -> int:
        return sum(1 for x in self.lines if x.action is action and x.ok)

    @property
    def creates(self) -> int:
        return self.count(Action.CREATE)

    @property
    def updates(self) -> int:
        return self.count(Action.UPDATE)

    @property
    def skips(self) -> int:
        return self.count(Action.SKIP)

    @property
    def problem_lines(self) -> list[PreviewLine]:
        return [x for x in self.lines if x.problems]

    @property
    def problem_rows(self) -> list[int]:
        return [x.row for x in self.problem_lines]

    @property
    def ok(self) -> bool:
        return not self.problem_lines

    def summary(self) -> str:
        text = tr("{new} new, {updated} to update, {skipped} skipped").format(
            new=self.creates, updated=self.updates, skipped=self.skips)
        if self.problem_lines:
            text += tr(", {count} with problems").format(count=len(self.problem_lines))
        if self.create_categories and self.missing_categories:
            text += tr("; new categories: {names}").format(
                names=", ".join(self.missing_categories))
        return text + "."


class ImportProblems(ValidationError):
    """Rows of the file have problems; nothing was saved. ``errors`` has one entry per
    row ("row 7": its problems), ``preview`` every row."""

    SHOWN = 20

    def __init__(self, preview: Preview):
        self.preview = preview
        bad = preview.problem_lines
        super().__init__({f"row {x.row}": " ".join(x.problems) for x in bad})
        rows = ", ".join(str(x.row) for x in bad[:self.SHOWN])
        if len(bad) > self.SHOWN:
            rows += tr(" and %n more", None, len(bad) - self.SHOWN)
        head = tr("Nothing was imported: %n rows have problems (rows {rows}). "
                  "Correct them in the file or skip them, then import again.", None,
                  len(bad)).format(rows=rows)
        if len(bad) == 1:
            head = tr("Nothing was imported: row {rows} has a problem. "
                      "Correct it in the file or skip it, then import again.").format(rows=rows)
        details = [x.describe() for x in bad[:self.SHOWN]]
        self.args = ("\n".join([head, *details]),)


class ImportService:
    def __init__(self, db: Database):
        self.db = db

    def preview(self, kind: ImportKind | str, plan_rows: Iterable[ImportRow],
                on_match: OnMatch | str = OnMatch.UPDATE,
                skip_rows: Collection[int] = (), create_categories: bool = False) -> Preview:
        """What importing the rows would do, row by row, with every row's problems.

        ``skip_rows`` are row numbers the coordinator chose to leave out: they are shown
        as skipped and are not checked. ``create_categories``: a device list's missing
        categories would be created (see :attr:`Preview.missing_categories`), and
        devices without one put in "Uncategorised". Nothing is written.
        """
        with self.db.reading() as conn:
            return _plan(conn, ImportKind(kind), list(plan_rows), OnMatch(on_match),
                         set(skip_rows), create_categories)

    def apply(self, kind: ImportKind | str, plan_rows: Iterable[ImportRow],
              on_match: OnMatch | str = OnMatch.UPDATE,
              skip_rows: Collection[int] = (), create_categories: bool = False) -> Preview:
        """Save every accepted row in one transaction, or nothing; with
        ``create_categories`` the missing device categories are created in it too.

        Raises :class:`ImportProblems` (a ValidationError naming the rows) if any row that
        is not skipped has a problem. Returns the preview of what was done.
        """
        kind = ImportKind(kind)
        with self.db.transaction() as s:
            conn = s.connection()
            preview = _plan(conn, kind, list(plan_rows), OnMatch(on_match), set(skip_rows),
                            create_categories)
            if not preview.ok:
                raise ImportProblems(preview)
            try:
                _save(conn, kind, preview)
            except IntegrityError as exc:  # another writer added the same records meanwhile
                raise ValidationError({"import": tr(
                    "Someone else saved some of the same records meanwhile; nothing was "
                    "imported. Import the file again.")}) from exc
        if len(preview.lines) >= LARGE_IMPORT:
            # the planner's figures for the table's new size
            self.db.keep_statistics(gather=True, table=_TABLES[kind].name)
        return preview


# -- checking -------------------------------------------------------------------------------

def _plan(conn: Connection, kind: ImportKind, rows: Sequence[ImportRow], on_match: OnMatch,
          skip_rows: set[int], create_categories: bool = False) -> Preview:
    from coachdesk.services.level_import import LevelPlanner  # it builds on this module

    planner = (_DevicePlanner(conn, create_categories) if kind is ImportKind.DEVICES else
               {ImportKind.SCHOOLS: _SchoolPlanner, ImportKind.TEACHERS: _TeacherPlanner,
                ImportKind.TRAINING_ELSEWHERE: _ElsewherePlanner,
                ImportKind.LEVELS: LevelPlanner}[kind](conn))
    allowed = set(fields_of(kind))
    lines = []
    for row in rows:
        unknown = set(row.values) - allowed
        if unknown:  # a programming error, not a user's
            raise TypeError(f"unknown fields for importing {kind}: {sorted(unknown)}")
        if row.number in skip_rows:
            lines.append(PreviewLine(row.number, Action.SKIP, planner.describe(row.values)))
            continue
        line = planner.check(row)
        if line.existing_id is not None and on_match is OnMatch.SKIP:
            line = PreviewLine(row.number, Action.SKIP, line.record, line.existing_id)
        lines.append(line)
    preview = Preview(kind, lines)
    if isinstance(planner, _DevicePlanner):
        preview.missing_categories = planner.missing_for(lines)
        preview.create_categories = create_categories
    return preview


def _text(value: Any) -> str:
    """A cell as text: "" for nothing, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _given(values: dict[str, Any], name: str) -> bool:
    """Whether the row has a value for the field (a blank cell keeps the old value)."""
    value = values.get(name)
    return value is not None and _text(value) != ""


def _key(value: Any) -> str:
    """A name, e-mail or tag as look-ups compare it: one Unicode form (NFC), any case."""
    return search_key(nfc(_text(value)))


def _convert(values: dict[str, Any], converters: dict[str, Any]) -> tuple[dict, dict]:
    """The row's given values converted; and the errors of those that would not."""
    fields: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, value in values.items():
        if not _given(values, name):
            continue
        convert = converters.get(name)
        try:
            fields[name] = convert(value) if convert else _text(value)
        except ValidationError as exc:
            errors.update(exc.errors)
    return fields, errors


def _check(entity: Any, errors: dict[str, str]) -> list[str]:
    """The messages of the conversion errors and of the entity's own check()."""
    found = dict(errors)
    try:
        entity.check()
    except ValidationError as exc:
        for key, message in exc.errors.items():
            found.setdefault(key, message)
    return list(dict.fromkeys(found.values()))


class _Planner:
    """What the rows of one kind of record become: each row's line of the preview."""

    def describe(self, values: dict[str, Any]) -> str:
        raise NotImplementedError

    def check(self, row: ImportRow) -> PreviewLine:
        raise NotImplementedError


class _SchoolPlanner(_Planner):
    converters = {  # words as people write them ("alakoulu", "1–6", "svenska")
        "kind": lambda v: as_school_kind("kind", _text(v)),
        "language": lambda v: as_language("language", _text(v)),
        "teacher_count": lambda v: as_count("teacher_count", v, tr("Number of teachers")),
    }

    def __init__(self, conn: Connection):
        c = t.schools.c
        self.existing: dict[str, Any] = {}
        for r in conn.execute(select(c.id, c.archived, *(c[x] for x in _SCHOOL_FIELDS))
                              .order_by(c.id)):
            self.existing.setdefault(_key(r.name), r)
        self.seen: dict[str, int] = {}

    def describe(self, values: dict[str, Any]) -> str:
        return _text(values.get("name"))

    def check(self, row: ImportRow) -> PreviewLine:
        fields, errors = _convert(row.values, self.converters)
        key = _key(fields.get("name", ""))
        old = self.existing.get(key) if key else None
        school = School(name="")
        if old is not None:
            for name in _SCHOOL_FIELDS:
                setattr(school, name, getattr(old, name))
            school.id, school.archived = old.id, old.archived
        for name, value in fields.items():
            setattr(school, name, value)
        problems = _check(school, errors)
        if key in self.seen:
            problems.append(tr("The school {name} is already on row {row}.").format(
                name=fields["name"], row=self.seen[key]))
        elif key:
            self.seen[key] = row.number
        return PreviewLine(row.number, Action.UPDATE if old else Action.CREATE,
                           fields.get("name", ""), old.id if old else None, problems, school)


class _TeacherPlanner(_Planner):
    def __init__(self, conn: Connection):
        sc, c = t.schools.c, t.teachers.c
        self.schools: dict[str, Any] = {}
        for school in conn.execute(select(sc.id, sc.name, sc.archived).order_by(sc.id)):
            self.schools.setdefault(_key(school.name), school)
        self.by_email: dict[str, Any] = {}
        self.by_name: dict[tuple[str, int], Any] = {}
        for r in conn.execute(select(c.id, c.name, c.email, c.school_id, c.subjects, c.notes,
                                     c.archived).order_by(c.id)):
            if r.email:
                self.by_email.setdefault(_key(r.email), r)
            self.by_name.setdefault((_key(r.name), r.school_id), r)
        self.seen_email: dict[str, int] = {}
        self.seen_name: dict[tuple[str, int | str], int] = {}

    def describe(self, values: dict[str, Any]) -> str:
        who = _text(values.get("name")) or _text(values.get("email"))
        school = _text(values.get("school"))
        return f"{who} — {school}" if school else who

    def check(self, row: ImportRow) -> PreviewLine:
        fields, errors = _convert(row.values, {})
        school_name = fields.pop("school", "")
        school = self.schools.get(_key(school_name)) if school_name else None
        email = _key(fields.get("email", ""))
        name_key = _key(fields.get("name", ""))
        old = self.by_email.get(email) if email else None
        if old is None and name_key and school is not None:
            old = self.by_name.get((name_key, school.id))
        if not school_name:
            if old is None:  # a teacher found by e-mail keeps their school
                errors["school_id"] = tr("The school is missing.")
        elif school is None:
            errors["school_id"] = tr(
                "There is no school named “{name}”: add or import it first, "
                "or correct the name.").format(name=school_name)
        elif school.archived:
            errors["school_id"] = tr(
                "{name} is archived; choose an active school.").format(name=school.name)
        teacher = Teacher(name="")
        if old is not None:
            for name in _TEACHER_FIELDS:
                setattr(teacher, name, getattr(old, name))
            teacher.id, teacher.archived = old.id, old.archived
        for name, value in fields.items():
            setattr(teacher, name, value)
        if school is not None:
            teacher.school_id = school.id
        elif teacher.school_id is None:  # a stand-in for the check: reported above
            teacher.school_id = 0
        problems = _check(teacher, errors)
        where = teacher.school_id or _key(school_name)
        if email and email in self.seen_email:
            problems.append(tr("The e-mail {email} is already on row {row}.").format(
                email=fields["email"], row=self.seen_email[email]))
        elif name_key and (name_key, where) in self.seen_name:
            problems.append(tr("{name} of {school} is already on row {row}.").format(
                name=fields["name"], school=school_name, row=self.seen_name[name_key, where]))
        else:
            if email:
                self.seen_email[email] = row.number
            if name_key:
                self.seen_name[name_key, where] = row.number
        return PreviewLine(row.number, Action.UPDATE if old else Action.CREATE,
                           self.describe(row.values), old.id if old else None, problems,
                           teacher)


class _DevicePlanner(_Planner):
    converters = {
        "purchase_date": lambda v: as_date("purchase_date", v, tr("Purchase date")),
        "price": lambda v: as_number("price", v, tr("Price")),
        "content_count": lambda v: as_count("content_count", v, tr("Items in kit")),
    }

    def __init__(self, conn: Connection, create_categories: bool):
        d = t.devices.c
        self.existing: dict[str, Any] = {}
        for r in conn.execute(select(d.id, d.status, *(d[x] for x in _DEVICE_FIELDS))
                              .order_by(d.id)):
            self.existing.setdefault(_key(r.asset_tag), r)
        self.categories = {_key(name): name for name in conn.scalars(
            select(t.device_categories.c.name).order_by(t.device_categories.c.id))}
        self.create = create_categories  # or else report them row by row
        self.missing: dict[int, str] = {}  # row number: the category it needs created
        self.spelling: dict[str, str] = {}
        self.seen: dict[str, int] = {}

    def describe(self, values: dict[str, Any]) -> str:
        return _text(values.get("asset_tag"))

    def missing_for(self, lines: Sequence[PreviewLine]) -> list[str]:
        """The categories to create for the rows that are saved, each once."""
        return list(dict.fromkeys(self.missing[x.row] for x in lines
                                  if x.action is not Action.SKIP and x.row in self.missing))

    def _category(self, row: int, given: str | None, errors: dict[str, str]) -> str | None:
        """The category's name as stored, or None with the row's error. A row without
        one goes to "Uncategorised" when missing categories may be created."""
        name = tr("Uncategorised") if given is None else given
        known = self.categories.get(_key(name))
        if known is None:  # spelt as it is first written, however later rows write it
            known = self.missing[row] = self.spelling.setdefault(_key(name), name)
            if not self.create:
                errors["category"] = tr(
                    "“{name}” is not a category yet: add it under Categories, or let the "
                    "import create it.").format(name=name)
        if given is None and not self.create:
            errors["category"] = tr(
                "The category is missing: give it in the file, or let the import put the "
                "device in “{name}”.").format(name=known)
        return None if "category" in errors else known

    def check(self, row: ImportRow) -> PreviewLine:
        fields, errors = _convert(row.values, self.converters)
        tag = fields.get("asset_tag", "")
        key = _key(tag)
        old = self.existing.get(key) if key else None
        device = Device(asset_tag="", category="")
        if old is not None:
            for name in _DEVICE_FIELDS:
                setattr(device, name, getattr(old, name))
            device.id, device.status = old.id, old.status
        if fields.get("price") is not None:
            fields["price"] = Decimal(str(round(fields["price"], 2)))
        if "category" in fields or old is None:  # a device found keeps its category
            category = self._category(row.number, fields.pop("category", None), errors)
            if category is not None:
                fields["category"] = category
        for name, value in fields.items():
            setattr(device, name, value)
        problems = _check(device, errors)
        if key and key in self.seen:
            problems.append(tr("The tag {tag} is already on row {row}.").format(
                tag=tag, row=self.seen[key]))
        elif key:
            self.seen[key] = row.number
        return PreviewLine(row.number, Action.UPDATE if old else Action.CREATE, tag,
                           old.id if old else None, problems, device)


class _ElsewherePlanner(_Planner):
    """Courses done elsewhere: each row names its teacher by e-mail, or by name (with the
    school when two teachers share it). A row of the same teacher, course and day as one
    already recorded is that record (updated or skipped), so a file imported twice adds
    nothing."""

    converters = {
        "held_on": lambda v: as_date("held_on", v, tr("Date")),
        "hours": lambda v: as_number("hours", v, tr("Hours")),
    }

    def __init__(self, conn: Connection):
        sc, c, x = t.schools.c, t.teachers.c, t.external_trainings.c
        self.schools = {_key(r.name): r.id for r in conn.execute(select(sc.id, sc.name))}
        self.by_email: dict[str, Any] = {}
        self.by_name: dict[str, list[Any]] = {}
        for r in conn.execute(select(c.id, c.name, c.email, c.school_id).order_by(c.id)):
            if r.email:
                self.by_email.setdefault(_key(r.email), r)
            self.by_name.setdefault(_key(r.name), []).append(r)
        self.existing = {(r.teacher_id, _key(r.course), r.held_on): r.id
                         for r in conn.execute(select(x.id, x.teacher_id, x.course,
                                                      x.held_on))}
        self.seen: dict[tuple, int] = {}

    def describe(self, values: dict[str, Any]) -> str:
        who = _text(values.get("teacher")) or _text(values.get("email"))
        course = _text(values.get("course"))
        return f"{course} — {who}" if who else course

    def _teacher(self, fields: dict[str, Any], errors: dict[str, str]) -> int | None:
        email, name = fields.get("email", ""), fields.get("teacher", "")
        if email:
            found = self.by_email.get(_key(email))
            if found is None:
                errors["teacher"] = tr("No teacher has the e-mail {email}.").format(
                    email=email)
            return found.id if found is not None else None
        if not name:
            errors["teacher"] = tr("Name the teacher, by e-mail or by name.")
            return None
        same = self.by_name.get(_key(name), [])
        school = fields.get("school", "")
        if school:
            same = [r for r in same if r.school_id == self.schools.get(_key(school))]
        if len(same) == 1:
            return same[0].id
        errors["teacher"] = (tr("There is no teacher called {name}{at}.").format(
            name=name, at=tr(" at {school}").format(school=school) if school else "")
            if not same else tr("Several teachers are called {name}: give the e-mail or "
                                "the school.").format(name=name))
        return None

    def check(self, row: ImportRow) -> PreviewLine:
        fields, errors = _convert(row.values, self.converters)
        teacher_id = self._teacher(fields, errors)
        draft = ElsewhereDraft(fields.get("course", ""), fields.get("provider", ""),
                               fields.get("held_on"), fields.get("hours"),
                               fields.get("notes", ""))
        if not {"held_on", "hours"} & set(errors):
            try:
                draft.check()
            except ValidationError as exc:
                for key, message in exc.errors.items():
                    errors.setdefault(key, message)
        problems = list(dict.fromkeys(errors.values()))
        same = (teacher_id, _key(draft.course), draft.held_on)
        old = self.existing.get(same) if teacher_id is not None else None
        if teacher_id is not None and same in self.seen:
            problems.append(tr("The same course on the same day is already on row {row}.")
                            .format(row=self.seen[same]))
        elif teacher_id is not None:
            self.seen[same] = row.number
        entity = {"teacher_id": teacher_id, **asdict(draft.tidied())}
        return PreviewLine(row.number, Action.UPDATE if old else Action.CREATE,
                           self.describe(row.values), old, problems, entity)


# -- saving ---------------------------------------------------------------------------------

_TABLES = {ImportKind.SCHOOLS: t.schools, ImportKind.TEACHERS: t.teachers,
           ImportKind.DEVICES: t.devices, ImportKind.TRAINING_ELSEWHERE: t.external_trainings,
           ImportKind.LEVELS: t.competence_levels}


def _save(conn: Connection, kind: ImportKind, preview: Preview) -> None:
    """Insert the new rows and update the matched ones, with Core statements in bulk."""
    if kind is ImportKind.LEVELS:  # assessments are only ever added
        from coachdesk.services.level_import import save_levels

        save_levels(conn, preview)
        return
    table = _TABLES[kind]
    if kind is ImportKind.TRAINING_ELSEWHERE:
        _save_elsewhere(conn, preview)
        return
    if preview.create_categories and preview.missing_categories:
        categories = [DeviceCategory(name=name) for name in preview.missing_categories]
        for category in categories:
            category.check()
        insert_rows(conn, t.device_categories,
                    (entity_row(c, t.device_categories) for c in categories))
    new = [x.entity for x in preview.lines if x.action is Action.CREATE]
    changed = [x for x in preview.lines if x.action is Action.UPDATE]
    insert_rows(conn, table, (entity_row(entity, table) for entity in new))
    if changed:
        columns = [c.key for c in table.columns
                   if c.key not in ("id", "archived", "status", "version")]
        # One save more of each record: a form open on it meanwhile is told (desk.versions).
        statement = (table.update().where(table.c.id == bindparam("b_id"))
                     .values({**{name: bindparam(f"b_{name}") for name in columns},
                              "version": table.c.version + 1}))
        conn.execute(statement, [
            {"b_id": line.existing_id,
             **{f"b_{name}": getattr(line.entity, name) for name in columns}}
            for line in changed
        ])


def _save_elsewhere(conn: Connection, preview: Preview) -> None:
    """Courses done elsewhere: plain rows (no entity of their own, no version)."""
    x = t.external_trainings

    def values(entity: dict[str, Any]) -> dict[str, Any]:
        return {key: storable(value) if isinstance(value, str) else value
                for key, value in entity.items()}

    new = [values(line.entity) for line in preview.lines
           if line.action is Action.CREATE]
    if new:
        conn.execute(x.insert(), new)
    for line in preview.lines:
        if line.action is Action.UPDATE:
            conn.execute(x.update().where(x.c.id == line.existing_id)
                         .values(values(line.entity)))
