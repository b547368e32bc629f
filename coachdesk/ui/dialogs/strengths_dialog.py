"""A tutor's areas of strength: each topic of the catalogue with a level, or none."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services import Desk
from coachdesk.ui.operations import run_op
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import ERROR_STYLE


class StrengthsDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, tutor_id: int):
        super().__init__(parent)
        self.setObjectName("strengths_dialog")
        self.desk = desk
        self.tutor_id = tutor_id
        tutor = desk.tutors.get(tutor_id)
        self.setWindowTitle(tr("Strengths of {name}").format(name=tutor.name))
        current = {topic: level for topic, _name, level in desk.tutors.strengths_of(tutor_id)}

        intro = QLabel(tr("Choose a level for each topic {name} can teach; leave the others "
                          "at “—”.").format(name=tutor.name), wordWrap=True)
        self.filter_box = QLineEdit(placeholderText=tr("Find a topic…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)

        topics = desk.topics.choices()
        self.table = QTableWidget(len(topics), 2, objectName="strengths_table")
        self.table.setHorizontalHeaderLabels([tr("Topic"), tr("Level")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.levels: dict[int, QComboBox] = {}
        for row, (topic_id, name) in enumerate(topics):
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            combo = QComboBox(objectName=f"level_{topic_id}")
            combo.addItem("—", None)
            for level in Level:
                combo.addItem(level.label, level.value)
            level = current.get(topic_id)
            combo.setCurrentIndex(max(0, combo.findData(None if level is None else
                                                         Level(level).value)))
            self.table.setCellWidget(row, 1, combo)
            self.levels[topic_id] = combo
        self.table.resizeRowsToContents()
        self.empty = QLabel(tr("The training catalogue has no topics yet."), wordWrap=True)
        self.empty.setVisible(not topics)

        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="error_strengths")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        geometry = settings().value("dialogs/strengths_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(520, 560)

    def set_level(self, topic_id: int, level: str | None) -> None:
        combo = self.levels[topic_id]
        combo.setCurrentIndex(combo.findData(level))

    def strengths(self) -> dict[int, Level]:
        return {topic: Level(combo.currentData()) for topic, combo in self.levels.items()
                if combo.currentData() is not None}

    def accept(self) -> None:
        tutors, tutor_id, strengths = self.desk.tutors, self.tutor_id, self.strengths()
        if run_op(self, lambda: tutors.update(tutor_id, replace(
                tutors.draft(tutor_id), strengths=strengths)), failure=self._refused):
            super().accept()

    def done(self, result: int) -> None:
        settings().setValue("dialogs/strengths_dialog/geometry", self.saveGeometry())
        super().done(result)

    def _refused(self, exc: CoachDeskError) -> None:
        """Said in the dialog (a ValidationError reads as its messages, too)."""
        self.error.setText(tr("Not saved: {reason}").format(reason=str(exc)))
        self.error.show()

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).text().casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in name)


def edit_strengths(parent: QWidget | None, desk: Desk, tutor_id: int) -> bool:
    return bool(StrengthsDialog(parent, desk, tutor_id).exec())
