"""Make a lesson series (or a single lesson) a training, or change its completion rule."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.domain.training import TrainingDraft
from coachdesk.services import Desk
from coachdesk.services.trainings import LESSON, SERIES
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def training_fields(sources: list[tuple[object, str]],
                    levels: list[tuple[object, str]]) -> list[Field]:
    return [
        Field("name", tr("Name"), required=True,
              placeholder=tr("as on the certificate, e.g. Digital leap for teachers")),
        Field("source", tr("Lesson series or lesson"), "choice", sources, required=True),
        Field("description", tr("Content"), "multiline"),
        Field("min_attendance", tr("Sessions to attend (%)"), "count", required=True),
        Field("late_counts", tr("A late arrival counts as present"), "checkbox"),
        Field("require_submissions", tr("Every assignment handed in"), "checkbox"),
        Field("require_reviews", tr("Every peer review given"), "checkbox"),
        Field("reviewers", tr("Peers who review each submission"), "count", required=True),
        Field("score_max", tr("Highest score of a review"), "count", required=True),
        Field("organiser", tr("Organiser"),
              placeholder=tr("on the certificate, e.g. City of Vantaa, Education services")),
        Field("signer", tr("Signed by"), placeholder=tr("the coordinator's name")),
        Field("earns_level", tr("Competence level it earns"), "choice", levels),
    ]


def source_key(kind: str, source_id: int) -> str:
    """A series or lesson as the form's picker holds it: "series:3"."""
    return f"{kind}:{source_id}"


def training_draft(values: dict) -> TrainingDraft:
    kind, _, number = (values.get("source") or "").partition(":")
    source_id = int(number) if number else None
    return TrainingDraft(
        name=values["name"], description=values["description"],
        series_id=source_id if kind == SERIES else None,
        lesson_id=source_id if kind == LESSON else None,
        min_attendance=values["min_attendance"], late_counts=values["late_counts"],
        require_submissions=values["require_submissions"],
        require_reviews=values["require_reviews"], reviewers=values["reviewers"],
        score_max=values["score_max"],
        organiser=values["organiser"], signer=values["signer"],
        earns_level=values.get("earns_level"))


def edit_training(parent: QWidget | None, desk: Desk, training_id: int | None = None
                  ) -> int | None:
    """Open the form; returns the id of the saved training, or None if cancelled."""
    sources: list[tuple[object, str]] = [(None, tr("Choose…"))]
    sources += [(source_key(*key), label) for key, label in desk.trainings.sources(training_id)]
    edited = None
    if training_id is None:
        latest = desk.trainings.choices()[:1]  # its organiser and signer are likely again
        before = desk.trainings.draft(latest[0][0]) if latest else TrainingDraft()
        values = {"min_attendance": 80, "late_counts": True, "source": None,
                  "reviewers": 2, "score_max": 5,
                  "organiser": before.organiser, "signer": before.signer}
        title = tr("New training")

        def save(values: dict) -> int:
            return perform(lambda: desk.trainings.add(training_draft(values)))
    else:
        def load() -> dict:
            draft = desk.trainings.draft(training_id)
            source = source_key(SERIES, draft.series_id) if draft.series_id is not None \
                else source_key(LESSON, draft.lesson_id)
            return {**vars(draft), "source": source}

        edited = Edited(desk.versions, RecordKind.TRAINING, training_id, load)
        values = load()
        title = tr("Edit {name}").format(name=values["name"])

        def save(values: dict) -> int:
            perform(edited.op(lambda: desk.trainings.update(training_id,
                                                            training_draft(values))))
            return training_id

    scale = desk.levels.scale()
    levels: list[tuple[object, str]] = [(None, tr("No level"))]
    levels += [(n, scale.level_label(n)) for n in scale.levels]
    dialog = FormDialog(parent, title, training_fields(sources, levels), values, save,
                        "training_dialog", check=problems_of(training_draft), edited=edited)
    return dialog.result_value if dialog.exec() else None
