"""The competence scale in use, and the targets: the city's or one school's share of the
staff at or above each level."""

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.domain.competence import Scale, check_targets
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog


def choose_scale(parent: QWidget | None, desk: Desk) -> bool:
    """Ask for the scale; True once another is in use."""
    current = desk.levels.scale()

    def save(values: dict) -> bool:
        perform(lambda: desk.levels.set_scale(values["scale"]))
        return True

    dialog = FormDialog(parent, tr("Competence scale"),
                        [Field("scale", tr("Scale"), "choice",
                               [(s, s.label) for s in Scale])],
                        {"scale": current}, save, "scale_dialog")
    dialog.layout().insertWidget(dialog.layout().count() - 1, QLabel(tr(
        "Levels recorded on the other scale are kept, and count again if you return to "
        "it."), wordWrap=True))
    return bool(dialog.exec()) and desk.levels.scale() is not current


def _level_key(level: int) -> str:
    return f"level_{level}"


def edit_targets(parent: QWidget | None, desk: Desk, school_id: int | None) -> bool:
    """Edit the city's targets (``school_id`` None) or a school's; True once saved."""
    scale = desk.levels.scale()
    fields = [Field(_level_key(n), tr("Level {n} or above, %").format(n=n), "count",
                    required=True) for n in scale.levels]
    values = {_level_key(n): share for n, share in desk.levels.targets(school_id).items()}
    if school_id is None:
        title = tr("The city's competence targets")
    else:
        title = tr("Competence targets of {school}").format(
            school=desk.schools.get(school_id).name)
        fields.insert(0, Field("follow_city", tr("Follow the city's targets"), "checkbox"))
        values["follow_city"] = desk.levels.own_targets(school_id) is None

    def targets_of(values: dict) -> dict[int, int | None]:
        return {n: values.get(_level_key(n)) for n in scale.levels}

    def check(values: dict) -> dict[str, str]:
        try:
            check_targets(scale, targets_of(values))
        except ValidationError as exc:
            return exc.errors
        return {}

    def save(values: dict) -> bool:
        if values.get("follow_city"):
            perform(lambda: desk.levels.follow_city(school_id))
        else:
            targets = targets_of(values)
            perform(lambda: desk.levels.set_targets(school_id, targets))
        return True

    dialog = FormDialog(parent, title, fields, values, save, "targets_dialog", check=check)
    dialog.layout().insertWidget(dialog.layout().count() - 1, QLabel(tr(
        "The share of the staff who should be at each level or above it (Helsinki: "
        "100 %, 90 % and 20 %)."), wordWrap=True))
    return bool(dialog.exec())
