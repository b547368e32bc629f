"""Add or edit a tutor: who they are, their agreement, and when they are released."""

from dataclasses import replace
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

from coachdesk.domain.formats import format_amount, format_money
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.parse import as_number, convert
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import TutorDraft, TutorKind
from coachdesk.services import Desk
from coachdesk.ui.dialogs.new_in_place import offer_school
from coachdesk.ui.operations import perform
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of
from coachdesk.ui.widgets.plan_editor import PLAN_KEYS, PlanEditor
from coachdesk.ui.widgets.way_forward import refill_list

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
        Field("hourly_cost", tr("Hourly cost (€)"), "money", placeholder=tr("e.g. 45,50")),
        Field("notes", tr("Notes"), "multiline"),
    ]


class PlanFormDialog(FormDialog):
    """A form with the released-time plan editor beside its fields (a tutor, an
    appointment): the plan's values, numbers and errors are the form's own."""

    def __init__(self, parent: QWidget | None, title: str, fields: list[Field],
                 values: dict[str, Any], save, name: str, plan: tuple = ("", None, None, None),
                 check=None, edited: Edited | None = None):
        super().__init__(parent, title, fields, values, save, name, check=check, edited=edited)
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

        # the fields on the left, the plan on the right
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

    def values(self) -> dict[str, Any]:
        return {**super().values(), **self.plan.values()}

    def show_values(self, values: dict[str, Any]) -> None:
        """A record's values, the plan's among them."""
        super().show_values({k: v for k, v in values.items() if k not in PLAN_KEYS})
        if "released_rule" in values:
            self.plan.set_plan(*(values[key] for key in PLAN_KEYS))

    def converted(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form's numbers read, the plan's hours per week among them."""
        values, errors = super().converted()
        errors.update(convert(values, {"weekly_hours": (as_number, tr("Hours per week"))}))
        return values, errors

    def accept(self) -> None:
        missing = self.plan.local_errors()
        if missing and self._check is not None:  # named with every other mistake
            values, unreadable = self.converted()
            missing = {**self._check({**values, **dict.fromkeys(unreadable)}),
                       **unreadable, **missing}
        if missing:
            self.show_errors(missing)
            return
        super().accept()


class TutorDialog(PlanFormDialog):
    """The tutor form, with the released-time plan editor beside the person's fields."""

    def __init__(self, parent: QWidget | None, desk: Desk, title: str,
                 values: dict[str, Any], save, plan: tuple = ("", None, None, None),
                 check=None, edited: Edited | None = None):
        super().__init__(parent, title, tutor_fields(desk), values, save, "tutor_dialog",
                         plan, check, edited)
        self.school_hint = QLabel(wordWrap=True, styleSheet=HINT_STYLE)
        checklist = self.editors["school_ids"]
        checklist.parentWidget().layout().insertWidget(1, self.school_hint)
        self.editors["kind"].currentIndexChanged.connect(self._kind_chosen)
        self.editors["home_school_id"].currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()
        if settings().value("dialogs/tutor_dialog/geometry") is None:
            self.resize(980, self.sizeHint().height())

    def _kind_chosen(self) -> None:
        roaming = self.value("kind") == TutorKind.ROAMING.value
        self.editors["school_ids"].setEnabled(roaming)
        home = self.editors["home_school_id"].currentText() if self.value(
            "home_school_id") is not None else tr("their home school")
        self.school_hint.setText(
            tr("Tick the schools this roaming tutor serves.") if roaming else
            tr("A school tutor serves only {home}. Choose “Roaming tutor” to serve "
               "several schools.").format(home=home))


def tutor_values(draft: TutorDraft) -> dict[str, Any]:
    """What the form shows of a tutor (the plan goes to its editor)."""
    return {"name": draft.name, "email": draft.email, "home_school_id": draft.home_school_id,
            "kind": draft.kind.value, "school_ids": list(draft.school_ids),
            "agreement_start": draft.agreement_start, "agreement_end": draft.agreement_end,
            "allotted_hours_per_term": None if draft.allotted_hours_per_term is None
            else format_amount(draft.allotted_hours_per_term),
            "hourly_cost": None if draft.hourly_cost is None
            else format_money(draft.hourly_cost, symbol=False),
            "notes": draft.notes}


def edit_tutor(parent: QWidget | None, desk: Desk, tutor_id: int | None = None,
               today: date | None = None) -> int | None:
    """Open the form; returns the tutor's id when it was saved."""
    today = today or date.today()
    edited = None
    if tutor_id is None:
        start, end = desk.tutors.default_agreement(today)
        base = TutorDraft(home_school_id=settings().value(LAST_SCHOOL, type=int) or None,
                          agreement_start=start, agreement_end=end)
        title = tr("New tutor")
    else:
        def load() -> dict[str, Any]:  # the strengths stay as they are now
            nonlocal base
            base = desk.tutors.draft(tutor_id)
            return {**tutor_values(base), **{key: getattr(base, key) for key in PLAN_KEYS}}

        edited = Edited(desk.versions, RecordKind.TUTOR, tutor_id, load)
        load()
        title = tr("Edit {name}").format(name=base.name)

    def draft_of(values: dict[str, Any]) -> TutorDraft:
        return replace(base, **{**values, "kind": TutorKind(values["kind"]),
                                "school_ids": tuple(values["school_ids"])})

    def save(values: dict[str, Any]) -> int:
        draft = draft_of(values)
        if tutor_id is not None:
            perform(edited.op(lambda: desk.tutors.update(tutor_id, draft)))
            return tutor_id
        new_id = perform(lambda: desk.tutors.add(draft))
        settings().setValue(LAST_SCHOOL, draft.home_school_id)
        return new_id

    plan = (base.released_rule, base.released_from, base.released_until, base.weekly_hours)
    dialog = TutorDialog(parent, desk, title, tutor_values(base), save, plan,
                         check=problems_of(draft_of), edited=edited)

    def list_new_school() -> None:  # among the schools a roaming tutor may serve
        served = dialog.value("school_ids")
        refill_list(dialog.editors["school_ids"], desk.schools.choices())
        dialog.set_value("school_ids", served)

    offer_school(dialog, desk, "home_school_id", list_new_school)
    return dialog.result_value if dialog.exec() else None
