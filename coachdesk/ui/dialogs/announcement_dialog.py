"""Announce lessons: choose published lessons (by term, topic or school), the schools and
who there gets it, and the language; preview the message, then copy it, open it in the
mail program or save it as an .eml file with the lessons' calendar attached."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.text import tr
from coachdesk.reports.messages import CONTACTS, TEACHERS, announcement
from coachdesk.services import Desk
from coachdesk.ui.dialogs.mail_dialog import MailPanel, language_combo
from coachdesk.ui.formatting import format_datetime
from coachdesk.ui.operations import run_op

ID = Qt.ItemDataRole.UserRole


def _checked(widget: QListWidget) -> list[int]:
    return [widget.item(i).data(ID) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _check_item(text: str, item_id: int, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID, item_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class AnnouncementDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, lesson_ids: list[int] | None = None,
                 today: date | None = None, language: str = "fi"):
        super().__init__(parent)
        self.setObjectName("announcement_dialog")
        self.setWindowTitle(tr("Announce lessons"))
        self.desk = desk
        self.outbox = desk.outbox
        self.today = today or date.today()
        self.chosen_lessons: set[int] = set(lesson_ids or [])

        # -- which lessons ----------------------------------------------------------------
        self.term = QComboBox(objectName="announce_term")
        self.term.addItem(tr("From today on"), ("upcoming", None, None))
        self.term.addItem(tr("Any time"), ("all", None, None))
        for term_id, name, first, last in desk.school_years.terms():
            self.term.addItem(name, (term_id, first, last))
        if lesson_ids:  # the lessons given may lie in the past: show them
            self.term.setCurrentIndex(1)
        self.topic = QComboBox(objectName="announce_topic")
        self.topic.addItem(tr("Any topic"), None)
        for topic_id, name in desk.topics.choices():
            self.topic.addItem(name, topic_id)
        self.school = QComboBox(objectName="announce_school")
        self.school.addItem(tr("Any school"), None)
        schools = desk.schools.choices()
        for school_id, name in schools:
            self.school.addItem(name, school_id)
        self.school.setToolTip(tr("Lessons held at the school or open to it"))
        self.lessons = QListWidget(objectName="announce_lessons")
        select_all = QPushButton(tr("All"), objectName="announce_all_lessons")
        select_none = QPushButton(tr("None"), objectName="announce_no_lessons")
        select_all.clicked.connect(lambda: self._tick_all(self.lessons, True))
        select_none.clicked.connect(lambda: self._tick_all(self.lessons, False))
        lesson_box = QGroupBox(tr("Published lessons"))
        grid = QGridLayout(lesson_box)
        for column, (text, widget) in enumerate(((tr("Term"), self.term),
                                                 (tr("Topic"), self.topic),
                                                 (tr("School"), self.school))):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.lessons, 2, 0, 1, 3)
        ticks = QHBoxLayout()
        ticks.addWidget(select_all)
        ticks.addWidget(select_none)
        ticks.addStretch(1)
        grid.addLayout(ticks, 3, 0, 1, 3)

        # -- to whom ----------------------------------------------------------------------
        self.schools = QListWidget(objectName="announce_schools")
        for school_id, name in schools:
            self.schools.addItem(_check_item(name, school_id, False))
        self.to_contacts = QRadioButton(tr("Principals and ICT contacts"),
                                        objectName="announce_to_contacts")
        self.to_teachers = QRadioButton(tr("Teachers (in Bcc)"),
                                        objectName="announce_to_teachers")
        self.to_contacts.setChecked(True)
        self.language = language_combo("announce_language", language)
        all_schools = QPushButton(tr("All"), objectName="announce_all_schools")
        no_schools = QPushButton(tr("None"), objectName="announce_no_schools")
        all_schools.clicked.connect(lambda: self._tick_all(self.schools, True))
        no_schools.clicked.connect(lambda: self._tick_all(self.schools, False))
        to_box = QGroupBox(tr("Send to"))
        to_layout = QVBoxLayout(to_box)
        to_layout.addWidget(self.schools, 1)
        row = QHBoxLayout()
        row.addWidget(all_schools)
        row.addWidget(no_schools)
        row.addStretch(1)
        to_layout.addLayout(row)
        to_layout.addWidget(self.to_contacts)
        to_layout.addWidget(self.to_teachers)
        language_row = QHBoxLayout()
        language_label = QLabel(tr("Language:"))
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        to_layout.addLayout(language_row)

        # -- the preview ------------------------------------------------------------------
        self.preview = MailPanel(self)
        self.preview.suggested_name = tr("Announcement of lessons")
        templates = QPushButton(tr("Templates…"), objectName="announce_templates")
        templates.setToolTip(tr("Edit the texts of the messages"))
        templates.clicked.connect(self.edit_templates)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.addButton(templates, QDialogButtonBox.ButtonRole.ActionRole)
        close.rejected.connect(self.reject)

        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.addWidget(lesson_box, 3)
        top_row.addWidget(to_box, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        for combo in (self.term, self.topic, self.school):
            combo.currentIndexChanged.connect(self.reload_lessons)
        self.school.currentIndexChanged.connect(self._school_filter_chosen)
        self.lessons.itemChanged.connect(self._lesson_ticked)
        self.schools.itemChanged.connect(lambda _item: self.refresh())
        self.to_contacts.toggled.connect(lambda _on: self.refresh())
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reload_lessons()
        self.resize(980, 780)

    # -- choosing ---------------------------------------------------------------------------
    def period(self) -> tuple[date | None, date | None]:
        kind, first, last = self.term.currentData()
        if kind == "upcoming":
            return self.today, None
        return first, last

    def reload_lessons(self) -> None:
        first, last = self.period()
        rows = self.outbox.published_lessons(first, last, self.topic.currentData(),
                                             self.school.currentData())
        self.lessons.blockSignals(True)
        self.lessons.clear()
        for lesson_id, starts_at, title in rows:
            text = f"{format_datetime(starts_at)}  {title}"
            self.lessons.addItem(_check_item(text, lesson_id, lesson_id in self.chosen_lessons))
        self.lessons.blockSignals(False)
        self.refresh()

    def _school_filter_chosen(self) -> None:
        school_id = self.school.currentData()
        if school_id is not None:  # lessons for a school: announce them to it
            for i in range(self.schools.count()):
                item = self.schools.item(i)
                if item.data(ID) == school_id:
                    item.setCheckState(Qt.CheckState.Checked)

    def _lesson_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen_lessons.add(item.data(ID))
        else:
            self.chosen_lessons.discard(item.data(ID))
        self.refresh()

    def _tick_all(self, widget: QListWidget, on: bool) -> None:
        widget.blockSignals(True)
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if widget is self.lessons:
                (self.chosen_lessons.add if on else self.chosen_lessons.discard)(item.data(ID))
        widget.blockSignals(False)
        self.refresh()

    def lesson_ids(self) -> list[int]:
        """The ticked lessons that the filters show."""
        return _checked(self.lessons)

    def school_ids(self) -> list[int]:
        return _checked(self.schools)

    # -- the message ------------------------------------------------------------------------
    def refresh(self) -> None:
        lessons, schools = self.lesson_ids(), self.school_ids()
        if not lessons:
            self.preview.show_mail(None, tr("Tick the lessons to announce."))
            return
        if not schools:
            self.preview.show_mail(None, tr("Tick the schools to send the announcement to."))
            return
        audience = CONTACTS if self.to_contacts.isChecked() else TEACHERS
        desk, language = self.desk, self.language.currentData()
        made = run_op(self, lambda: announcement(desk, lessons, schools, language, audience),
                      failure=lambda exc: self.preview.show_mail(None, str(exc)))
        if made:
            self.preview.show_mail(made.value)

    def edit_templates(self) -> None:
        from coachdesk.services.templates import ANNOUNCEMENT
        from coachdesk.ui.dialogs.templates_dialog import TemplatesDialog

        TemplatesDialog(self, self.desk, ANNOUNCEMENT, self.language.currentData()).exec()
        self.refresh()
