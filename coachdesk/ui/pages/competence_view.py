"""The Attendance page's view of digital competence: the city's and each school's staff by
level against the targets, the gap, and the choices of scale and targets."""

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.competence import Scale, StaffLevels
from coachdesk.domain.formats import format_number
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.imports import ImportKind
from coachdesk.ui.dialogs.targets_dialog import choose_scale, edit_targets

Index = QModelIndex | QPersistentModelIndex
SHORT = QBrush(QColor("#b3261e"))


def share_text(value: float | None) -> str:
    return "–" if value is None else f"{format_number(value * 100, 0)} %"


class CompetenceModel(QAbstractTableModel):
    """One row per school, the city first: staff, not assessed, how many are at each
    level, the share at or above each level against its target, and teachers short."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[StaffLevels] = []
        self.scale = Scale.HELSINKI

    def set_rows(self, scale: Scale, rows: list[StaffLevels]) -> None:
        self.beginResetModel()
        self.scale, self.rows = scale, rows
        self.endResetModel()

    def _columns(self) -> list[tuple[str, str, int | None]]:
        levels = self.scale.levels
        return ([("name", tr("School"), None), ("staff", tr("Staff"), None),
                 ("unassessed", tr("Not assessed"), None)]
                + [("at", tr("At level {n}").format(n=n), n) for n in levels]
                + [("share", tr("Level {n} or above").format(n=n), n) for n in levels]
                + [("missing", tr("Teachers short of the targets"), None)])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            columns = self._columns()
            return columns[section][1] if 0 <= section < len(columns) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key, _title, level = self._columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key, level)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "name":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "share" and level is not None:
            gap = row.gaps[row.levels.index(level)]
            return SHORT if not gap.met else None
        if role == Qt.ItemDataRole.FontRole and row.school_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "share" and level is not None:
            gap = row.gaps[row.levels.index(level)]
            return tr("{reached} of {staff} at level {n} or above; the target {target} % "
                      "asks for {needed}.").format(reached=gap.reached, staff=gap.staff,
                                                   n=level, target=gap.target,
                                                   needed=gap.needed)
        return None

    @staticmethod
    def _text(row: StaffLevels, key: str, level: int | None) -> str:
        if key == "name":
            return row.name
        if key == "staff":
            return str(row.staff)
        if key == "unassessed":
            return str(row.unassessed)
        if key == "at" and level is not None:
            return str(row.at(level))
        if key == "share" and level is not None:
            gap = row.gaps[row.levels.index(level)]
            return tr("{share} (target {target} %)").format(share=share_text(gap.share),
                                                           target=gap.target)
        return str(row.missing) if row.missing else "—"


class CompetenceView(QWidget):
    def __init__(self, desk: Desk, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.today = today or date.today()
        self.model = CompetenceModel(self)
        self.table = QTableView(objectName="competence_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.edit_targets())
        self.scale_label = QLabel(objectName="competence_scale")
        self.scale_button = QPushButton(tr("Scale…"), objectName="competence_choose_scale")
        self.scale_button.setToolTip(tr("Helsinki's three levels or Opeka's four"))
        self.scale_button.clicked.connect(self.choose_scale)
        self.targets_button = QPushButton(tr("Targets…"), objectName="competence_targets")
        self.targets_button.setToolTip(tr(
            "The share of the staff at or above each level: the city's, or the school's "
            "chosen in the list"))
        self.targets_button.clicked.connect(self.edit_targets)
        self.import_button = QPushButton(tr("Import self-assessments…"),
                                         objectName="competence_import")
        self.import_button.setToolTip(tr("A survey's answers from Excel: the teacher's name "
                                         "or e-mail, the level and the date"))
        self.import_button.clicked.connect(self.import_assessments)
        row = QHBoxLayout()
        row.addWidget(self.scale_label)
        row.addStretch(1)
        row.addWidget(self.scale_button)
        row.addWidget(self.targets_button)
        row.addWidget(self.import_button)
        self.note = QLabel(tr(
            "Each teacher's latest level counts; teachers never assessed are below every "
            "level. Record a teacher's level on the Teachers page (Competence level…)."),
            wordWrap=True, objectName="competence_help")
        self.note.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def reload(self) -> None:
        scale = self.desk.levels.scale()
        rows = [self.desk.levels.city(self.today), *self.desk.levels.schools(self.today)]
        self.model.set_rows(scale, rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        below = sum(1 for r in rows[1:] if r.below_target)
        self.scale_label.setText(tr("{scale}. Schools below their targets: {n}.").format(
            scale=scale.label, n=below))

    def chosen_school(self) -> int | None:
        """The school of the row chosen; None for the city's row or none chosen."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].school_id if rows else None

    def choose_school(self, school_id: object) -> None:
        """Select the school's row (Today names a school below its targets)."""
        for row, found in enumerate(self.model.rows):
            if found.school_id is not None and found.school_id == school_id:
                self.table.selectRow(row)
                return

    def import_assessments(self) -> None:
        from coachdesk.ui.dialogs.import_wizard import ImportWizard  # a large dialog

        wizard = ImportWizard(self.desk, self)
        wizard.file_page.set_kind(ImportKind.LEVELS)
        wizard.exec()
        wizard.deleteLater()
        self.reload()

    def choose_scale(self) -> None:
        if choose_scale(self, self.desk):
            self.reload()

    def edit_targets(self) -> None:
        if edit_targets(self, self.desk, self.chosen_school()):
            self.reload()
