"""Add or edit a topic of the training catalogue."""

from PySide6.QtWidgets import QWidget

from coachdesk.domain.text import tr
from coachdesk.domain.topics import Audience, Level
from coachdesk.services import Desk
from coachdesk.ui.widgets.form import Field, FormDialog


def topic_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Coding with Scratch")),
        Field("level", tr("Level"), "choice", [(v.value, v.label) for v in Level]),
        Field("audience", tr("Audience"), "choice", [(v.value, v.label) for v in Audience]),
        Field("description", tr("Description"), "multiline"),
        Field("materials_url", tr("Link to materials"),
              placeholder="https://example.fi/materials"),
    ]


def edit_topic(parent: QWidget | None, desk: Desk, topic_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved topic, or None if cancelled."""
    if topic_id is None:
        values = {"level": Level.BASIC.value, "audience": Audience.ALL.value}
        title = tr("New topic")

        def save(fields):
            return desk.topics.add(**fields)
    else:
        topic = desk.topics.get(topic_id)
        values = {f.key: getattr(topic, f.key) for f in topic_fields()}
        values["level"], values["audience"] = topic.level.value, topic.audience.value
        title = tr("Edit {name}").format(name=topic.name)

        def save(fields):
            desk.topics.update(topic_id, **fields)
            return topic_id

    dialog = FormDialog(parent, title, topic_fields(), values, save, "topic_dialog")
    return dialog.result_value if dialog.exec() else None
