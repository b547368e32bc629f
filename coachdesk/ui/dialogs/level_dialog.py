"""A teacher's digital-competence level: the history of assessments, and a new one
recorded (a new record: the history is never overwritten)."""

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coachdesk.domain.competence import LevelDraft, LevelSource
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.formatting import format_date
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog


def history_table(desk: Desk, teacher_id: int) -> QTableWidget:
    records = desk.levels.history(teacher_id)
    table = QTableWidget(len(records), 4, objectName="level_history")
    table.setHorizontalHeaderLabels([tr("Date"), tr("Level"), tr("Source"), tr("Note")])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, record in enumerate(records):
        for column, text in enumerate((format_date(record.assessed_on), record.label,
                                       record.source.label, record.note)):
            table.setItem(row, column, QTableWidgetItem(text))
    header = table.horizontalHeader()
    for column in (0, 1, 2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setWordWrap(True)
    # a note of several words shown whole, once the columns have their widths
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.setMinimumHeight(table.fontMetrics().lineSpacing() * 8)
    return table


def record_level(parent: QWidget | None, desk: Desk, teacher_id: int,
                 today: date | None = None) -> bool:
    """Show the teacher's levels and record a new one; True once recorded."""
    teacher = desk.teachers.get(teacher_id)
    scale = desk.levels.scale()

    def draft_of(values: dict) -> LevelDraft:
        # a choice comes back as its plain value
        return LevelDraft(teacher_id, values["level"], values["assessed_on"],
                          LevelSource(values["source"]), values["note"] or "")

    def check(values: dict) -> dict[str, str]:
        try:
            draft_of(values).check(scale)
        except ValidationError as exc:
            return exc.errors
        return {}

    def save(values: dict) -> int:
        draft = draft_of(values)
        return perform(lambda: desk.levels.record(draft))

    latest = desk.levels.latest(teacher_id, today)
    dialog = FormDialog(
        parent, tr("Competence level of {name}").format(name=teacher.name),
        [Field("level", tr("Level"), "choice",
               [(n, scale.level_label(n)) for n in scale.levels], required=True),
         Field("assessed_on", tr("Date"), "date", required=True),
         Field("source", tr("Source"), "choice", [(s, s.label) for s in LevelSource]),
         Field("note", tr("Note"), "multiline")],
        {"level": latest or scale.levels[0], "assessed_on": today or date.today(),
         "source": LevelSource.CONFIRMED, "note": ""},
        save, "level_dialog", check=check)
    layout = dialog.layout()
    now = (tr("Now: {level} ({scale})").format(level=scale.level_label(latest),
                                                scale=scale.label)
           if latest is not None else tr("Not assessed yet ({scale}).").format(
               scale=scale.label))
    layout.insertWidget(0, QLabel(now, objectName="level_now"))
    layout.insertWidget(1, history_table(desk, teacher_id))
    layout.insertWidget(2, QLabel(tr("A new assessment:")))
    dialog.resize(max(dialog.width(), 780), dialog.sizeHint().height())  # the note readable
    return bool(dialog.exec())
