"""Add or edit a tutor: who they are, their agreement, and when they are released."""

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.text import tr
from coachdesk.domain.tutors import TutorKind
from coachdesk.services import Desk
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field, FormDialog
from coachdesk.ui.widgets.plan_editor import PLAN_KEYS, PlanEditor

LAST_SCHOOL = "tutors/last_school"
HINT_STYLE = "color: palette(dark);"


def kind_choices() -> list[tuple[str, str]]:
    return [(kind.value, kind.label) for kind in TutorKind]


def tutor_fields(desk: Desk) -> list[Field]:
    schools = desk.schools.choices()
    return [
        Field("name", tr("Name"), required=True),
        Field("email", tr("E-mail"), placeholder="name@example.fi"),
        Field("home_school_id", tr("Home school"), "choice",
              [(None, tr("— choose a school —")), *schools], required=True),
        Field("kind", tr("Kind"), "choice", kind_choices()),
        Field("school_ids", tr("Schools served"), "checklist", schools),
        Field("agreement_start", tr("Agreement starts"), "date", required=True),
        Field("agreement_end", tr("Agreement ends"), "date", required=True),
        Field("allotted_hours_per_term", tr("Hours per term"), "decimal",
              placeholder=tr("e.g. 120")),
        Field("notes", tr("Notes"), "multiline"),
    ]


def school_year_end(today: date) -> date:
    """31 July that ends the school year ``today`` is in."""
    return date(today.year + 1 if today.month >= 8 else today.year, 7, 31)


class TutorDialog(FormDialog):
    """The tutor form, with the released-time plan editor beside the person's fields."""

    def __init__(self, parent: QWidget | None, desk: Desk, title: str,
                 values: dict[str, Any], save, plan: tuple = ("", "", "", None)):
        super().__init__(parent, title, tutor_fields(desk), values, save, "tutor_dialog")
        self.plan = PlanEditor()
        self.plan.set_plan(*plan)
        for key in PLAN_KEYS:  # the plan's errors are shown and marked like any field's
            self.errors[key] = self.plan.errors[key]
            self.editors[key] = self.plan.inputs[key]

        released = QGroupBox(tr("Released time"))
        box = QVBoxLayout(released)
        box.addWidget(QLabel(
            tr("When the tutor works as a tutor instead of teaching. School breaks and "
               "public holidays are left out."), wordWrap=True, styleSheet=HINT_STYLE))
        box.addWidget(self.plan)
        box.addStretch(1)

        self.school_hint = QLabel(wordWrap=True, styleSheet=HINT_STYLE)
        checklist = self.editors["school_ids"]
        checklist.parentWidget().layout().insertWidget(1, self.school_hint)
        self.editors["kind"].currentIndexChanged.connect(self._kind_chosen)
        self.editors["home_school_id"].currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

        # the person's fields on the left, the plan on the right
        outer = self.layout()
        form = next(outer.itemAt(i).layout() for i in range(outer.count())
                    if isinstance(outer.itemAt(i).layout(), QFormLayout))
        position = outer.indexOf(form)
        outer.removeItem(form)
        form.setParent(None)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(released, 1)
        outer.insertLayout(position, columns)
        if settings().value("dialogs/tutor_dialog/geometry") is None:
            self.resize(980, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {**super().values(), **self.plan.values()}

    def accept(self) -> None:
        missing = self.plan.local_errors()
        if missing:
            self.show_errors(missing)
            return
        super().accept()

    def _kind_chosen(self) -> None:
        roaming = self.value("kind") == TutorKind.ROAMING.value
        self.editors["school_ids"].setEnabled(roaming)
        home = self.editors["home_school_id"].currentText() if self.value(
            "home_school_id") is not None else tr("their home school")
        self.school_hint.setText(
            tr("Tick the schools this roaming tutor serves.") if roaming else
            tr("A school tutor serves only {home}. Choose “Roaming tutor” to serve "
               "several schools.").format(home=home))


def edit_tutor(parent: QWidget | None, desk: Desk, tutor_id: int | None = None,
               today: date | None = None) -> int | None:
    """Open the form; returns the tutor's id when it was saved."""
    today = today or date.today()
    if tutor_id is None:
        values = {
            "home_school_id": settings().value(LAST_SCHOOL, type=int) or None,
            "kind": TutorKind.SCHOOL.value,
            "agreement_start": today,
            "agreement_end": school_year_end(today),
        }
        plan: tuple = ("", "", "", None)
        title = tr("New tutor")

        def save(fields):
            new_id = desk.tutors.add(**fields)
            settings().setValue(LAST_SCHOOL, fields["home_school_id"])
            return new_id
    else:
        tutor = desk.tutors.get(tutor_id)
        values = {k: getattr(tutor, k) for k in (
            "name", "email", "home_school_id", "agreement_start", "agreement_end", "notes")}
        values["kind"] = tutor.kind.value
        values["school_ids"] = [i for i, _name in desk.tutors.schools_of(tutor_id)]
        if tutor.allotted_hours_per_term is not None:
            values["allotted_hours_per_term"] = f"{tutor.allotted_hours_per_term:g}"
        plan = (tutor.released_rule, tutor.released_from, tutor.released_until,
                tutor.weekly_hours)
        title = tr("Edit {name}").format(name=tutor.name)

        def save(fields):
            desk.tutors.update(tutor_id, **fields)
            return tutor_id

    dialog = TutorDialog(parent, desk, title, values, save, plan)
    return dialog.result_value if dialog.exec() else None
