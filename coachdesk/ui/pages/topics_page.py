"""The Training topics page: the catalogue of what tutors teach, at which level, to whom."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

from coachdesk.domain.text import tr
from coachdesk.domain.topics import Audience, Level
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.columns import Look, looks
from coachdesk.ui.dialogs.topic_dialog import edit_topic
from coachdesk.ui.operations import run_op
from coachdesk.ui.pages.list_page import ListPage
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.list_panel import ListPanel


class TopicsPage(ListPage):

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.new_action = self.action(tr("New topic"), self.add, QKeySequence.StandardKey.New)
        self.edit_action = self.action(tr("Edit"), self.edit, "F2")
        self.open_action = self.action(tr("Open materials"), self.open_materials, "Ctrl+Shift+O",
                                       tr("Open the topic's materials in the web browser"))
        self.archive_action = self.action(tr("Archive"), self.archive_or_restore, "Ctrl+Delete")

        self.set_list(
            ListPanel(
                desk.topics.list_source(),
                "topics",
                lambda n: tr("Topics: {n}").format(n=n),
                tr("No topics yet. Add the first one with “New topic” (Ctrl+N)."),
                columns=looks(
                    name=Look(tr("Name"), stretch=True), level=tr("Level"),
                    audience=tr("Audience"),
                    planned=tr("Lessons planned"), held=tr("Lessons held"),
                    tutors=tr("Tutors strong in it"), archived=tr("Archived"),
                    materials_url=tr("Materials")),
            ),
            [self.edit_action, self.open_action, self.archive_action],
        )
        self.add_archive_toggle("topics/show_archived")
        # Links differ at their end: keep the end in sight when a column is narrow.
        self.list.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.audience_picker = self._picker(
            "topics_audience", tr("Any audience"), [(a.value, a.label) for a in Audience],
            tr("A school level also shows the topics for everyone"))
        self.level_picker = self._picker(
            "topics_level", tr("Any level"), [(v.value, v.label) for v in Level])

    def _picker(self, name: str, anything: str, choices: list[tuple[str, str]],
                tip: str = "") -> QComboBox:
        """A filter remembered between sessions; its first entry filters nothing."""
        key = name.removeprefix("topics_")
        picker = QComboBox(objectName=name, toolTip=tip)
        picker.addItem(anything, None)
        for value, label in choices:
            picker.addItem(label, value)
        picker.setCurrentIndex(max(0, picker.findData(settings().value(f"topics/{key}"))))

        def chosen() -> None:
            settings().setValue(f"topics/{key}", picker.currentData())
            self.list.set_filter(key, picker.currentData())

        picker.currentIndexChanged.connect(chosen)
        self.list.set_filter(key, picker.currentData())
        self.list.add_control(picker)
        return picker

    def add(self) -> None:
        new_id = edit_topic(self, self.desk)
        if new_id is not None:
            self.list.select_id(new_id)

    def edit(self) -> None:
        topic_id = self.list.selected_id()
        if topic_id is not None:
            edit_topic(self, self.desk, topic_id)

    def open_materials(self) -> None:
        row = self.list.selected_row()
        url = row is not None and self.list.model.value(row, "materials_url")
        if url and not QDesktopServices.openUrl(QUrl(url)):
            messages.error(self, tr("The link {url} could not be opened. Check that a web "
                                    "browser is installed, or copy the link.").format(url=url))

    def archive_or_restore(self) -> None:
        topic_id = self.list.selected_id()
        if topic_id is None:
            return
        topics = self.desk.topics
        topic = topics.get(topic_id)
        if topic.archived:
            run_op(self, lambda: topics.restore(topic_id), initiator=self)
        elif self._confirm_archive(topic.name, topic_id):
            run_op(self, lambda: topics.archive(topic_id), initiator=self)

    def _confirm_archive(self, name: str, topic_id: int) -> bool:
        usage = self.desk.topics.usage(topic_id)
        tutors = tr("%n tutors", None, usage.tutors)
        lessons = tr("%n planned lessons", None, usage.planned_lessons)
        if usage.tutors or usage.planned_lessons:
            text = tr(
                "{name} is used by {tutors} (a strength) and {lessons}. Archiving hides the "
                "topic from choices; they keep it. Nothing is deleted; you can restore it "
                "later."
            ).format(name=name, tutors=tutors, lessons=lessons)
        else:
            text = tr(
                "No tutor or planned lesson uses {name}. Archiving hides it from lists and "
                "choices. Nothing is deleted; you can restore it later."
            ).format(name=name)
        return messages.confirm(self, tr("Archive topic"), text, tr("Archive"))

    def _update_actions(self) -> None:
        super()._update_actions()
        if self.list is None:
            return
        row = self.list.selected_row()
        self.open_action.setEnabled(
            row is not None and bool(self.list.model.value(row, "materials_url")))
