"""Add or edit a teacher, and move a teacher to another school."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs.new_in_place import offer_school
from coachdesk.ui.operations import perform
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of

LAST_SCHOOL = "teachers/last_school"


def _school_field(desk: Desk) -> Field:
    choices = [(None, tr("— choose a school —"))] + desk.schools.choices()
    return Field("school_id", tr("School"), "choice", choices, required=True)


def teacher_fields(desk: Desk) -> list[Field]:
    return [
        Field("name", tr("Name"), required=True),
        Field("email", tr("E-mail"), placeholder="name@example.fi"),
        _school_field(desk),
        Field("subjects", tr("Subjects"), placeholder=tr("e.g. mathematics, physics")),
        Field("notes", tr("Notes"), "multiline"),
    ]


def edit_teacher(
    parent: QWidget | None,
    desk: Desk,
    teacher_id: int | None = None,
    school_id: int | None = None,
) -> int | None:
    """Open the form; a new teacher starts in ``school_id`` or the last school chosen."""
    edited = None
    if teacher_id is None:
        values = {"school_id": school_id or settings().value(LAST_SCHOOL, type=int)}
        title = tr("New teacher")

        def save(values: dict) -> int:
            new_id = perform(lambda: desk.teachers.add(TeacherDraft(**values)))
            settings().setValue(LAST_SCHOOL, values["school_id"])
            return new_id
    else:
        edited = Edited(desk.versions, RecordKind.TEACHER, teacher_id,
                        lambda: vars(desk.teachers.draft(teacher_id)))
        values = edited.values()
        title = tr("Edit {name}").format(name=values["name"])

        def save(values: dict) -> int:
            perform(edited.op(lambda: desk.teachers.update(teacher_id, TeacherDraft(**values))))
            return teacher_id

    dialog = FormDialog(parent, title, teacher_fields(desk), values, save, "teacher_dialog",
                        check=problems_of(lambda values: TeacherDraft(**values)), edited=edited)
    offer_school(dialog, desk, "school_id")
    return dialog.result_value if dialog.exec() else None


def move_teacher(parent: QWidget | None, desk: Desk, teacher_id: int) -> bool:
    teacher = desk.teachers.get(teacher_id)

    def save(values: dict) -> None:
        perform(lambda: desk.teachers.move(teacher_id, values["school_id"]))

    dialog = FormDialog(
        parent,
        tr("Move {name} to another school").format(name=teacher.name),
        [_school_field(desk)],
        {"school_id": teacher.school_id},
        save,
        "move_teacher_dialog",
    )
    return bool(dialog.exec())
