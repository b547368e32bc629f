"""Add or edit a topic of the training catalogue."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Audience, Level, TopicDraft
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def topic_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Coding with Scratch")),
        Field("level", tr("Level"), "choice", [(v.value, v.label) for v in Level]),
        Field("audience", tr("Audience"), "choice", [(v.value, v.label) for v in Audience]),
        Field("description", tr("Description"), "multiline"),
        Field("materials_url", tr("Link to materials"),
              placeholder="https://example.fi/materials"),
    ]


def topic_draft(values: dict) -> TopicDraft:
    return TopicDraft(**{**values, "level": Level(values["level"]),
                         "audience": Audience(values["audience"])})


def edit_topic(parent: QWidget | None, desk: Desk, topic_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved topic, or None if cancelled."""
    edited = None
    if topic_id is None:
        values = {"level": Level.BASIC.value, "audience": Audience.ALL.value}
        title = tr("New topic")

        def save(values: dict) -> int:
            return perform(lambda: desk.topics.add(topic_draft(values)))
    else:
        def load() -> dict:
            draft = desk.topics.draft(topic_id)
            return {**vars(draft), "level": draft.level.value,
                    "audience": draft.audience.value}

        edited = Edited(desk.versions, RecordKind.TOPIC, topic_id, load)
        values = load()
        title = tr("Edit {name}").format(name=values["name"])

        def save(values: dict) -> int:
            perform(edited.op(lambda: desk.topics.update(topic_id, topic_draft(values))))
            return topic_id

    dialog = FormDialog(parent, title, topic_fields(), values, save, "topic_dialog",
                        check=problems_of(topic_draft), edited=edited)
    return dialog.result_value if dialog.exec() else None
