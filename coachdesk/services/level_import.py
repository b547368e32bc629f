"""Self-assessments of digital competence taken in from a survey export (desk.imports,
kind "levels"): each row names a teacher by e-mail or name, a level and the day.

A teacher is found by e-mail first, then by name, among the active teachers; names and
addresses are compared in one Unicode form (NFC) and any case. A name two teachers share
is not guessed at: the row asks for the e-mail. Each row becomes a new assessment (the
history is kept); a row already recorded (the same teacher, day and level, a
self-assessment on the scale in use) is skipped, so that a file imported twice counts
once.
"""

from typing import Any

from sqlalchemy import Connection, select

from coachdesk.domain.competence import LevelDraft, LevelSource, read_level
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_date
from coachdesk.domain.text import tr
from coachdesk.services.imports import (
    Action,
    ImportRow,
    Preview,
    PreviewLine,
    _convert,
    _key,
    _Planner,
    _text,
)
from coachdesk.services.level_figures import scale_in_use
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import insert_rows


class LevelPlanner(_Planner):
    converters = {"assessed_on": lambda v: as_date("assessed_on", v, tr("Date"))}

    def __init__(self, conn: Connection):
        self.scale = scale_in_use(conn)
        c, cl = t.teachers.c, t.competence_levels.c
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        for r in conn.execute(select(c.id, c.name, c.email).where(~c.archived).order_by(c.id)):
            if r.email:
                self.by_email.setdefault(_key(r.email), r.id)
            self.by_name.setdefault(_key(r.name), []).append(r.id)
        self.recorded = {
            (r.teacher_id, r.assessed_on, r.level): r.id for r in conn.execute(
                select(cl.id, cl.teacher_id, cl.assessed_on, cl.level)
                .where(cl.scale == self.scale.value, cl.source == LevelSource.SELF))}
        self.seen: dict[tuple[int | None, Any], int] = {}  # read only when the row named one

    def describe(self, values: dict[str, Any]) -> str:
        return _text(values.get("name")) or _text(values.get("email"))

    def _teacher(self, fields: dict[str, Any], errors: dict[str, str]) -> int | None:
        email, name = fields.get("email", ""), fields.get("name", "")
        if email and _key(email) in self.by_email:
            return self.by_email[_key(email)]
        found = self.by_name.get(_key(name), []) if name else []
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            errors["teacher_id"] = tr(
                "%n teachers are named {name}: give the teacher's e-mail in the file.", None,
                len(found)).format(name=name)
        elif not (email or name):
            errors["teacher_id"] = tr("The row names no teacher: give a name or an e-mail.")
        else:
            errors["teacher_id"] = tr(
                "No active teacher has the e-mail or name “{who}”: add or import the "
                "teacher first, or correct the row.").format(who=email or name)
        return None

    def check(self, row: ImportRow) -> PreviewLine:
        fields, errors = _convert(row.values, self.converters)
        teacher_id = self._teacher(fields, errors)
        level = None
        given = _text(row.values.get("level"))
        if given:
            level = read_level(given, self.scale)
            if level is None:
                errors["level"] = tr(
                    "“{value}” is not a level of {scale}: give a number from 1 to {n}."
                ).format(value=given, scale=self.scale.label, n=len(self.scale.levels))
        draft = LevelDraft(teacher_id, level, fields.get("assessed_on"), LevelSource.SELF,
                           fields.get("note", ""))
        try:
            draft.check(self.scale)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                errors.setdefault(key, message)
        problems = list(dict.fromkeys(errors.values()))
        record = self.describe(row.values)
        day = draft.assessed_on
        if not problems:
            if (teacher_id, day) in self.seen:
                problems.append(tr("{name} on the same day is already on row {row}.").format(
                    name=record, row=self.seen[teacher_id, day]))
            else:
                self.seen[teacher_id, day] = row.number
        existing = self.recorded.get((teacher_id, day, level))
        if existing is not None and not problems:
            return PreviewLine(row.number, Action.SKIP, record, existing)
        return PreviewLine(row.number, Action.CREATE, record, None, problems, draft)


def save_levels(conn: Connection, preview: Preview) -> None:
    """The new assessments, in bulk, on the scale in use."""
    scale = scale_in_use(conn)
    insert_rows(conn, t.competence_levels, (
        {"teacher_id": d.teacher_id, "scale": scale.value, "level": d.level,
         "assessed_on": d.assessed_on, "source": LevelSource.SELF,
         "note": d.note.strip()}
        for d in (x.entity for x in preview.lines if x.action is Action.CREATE)))
