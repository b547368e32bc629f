"""Add or edit a grant: the decision's figures, and its budget lines in a table below."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_money
from coachdesk.domain.grants import GrantDraft, LineDraft, LineKind, own_share_of
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.parse import as_money
from coachdesk.domain.schools import Language
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of

NAME, KIND, UNIT, BUDGET = range(4)


def grant_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True, placeholder=tr("e.g. Tutor teachers 2025–2026")),
        Field("funder", tr("Funder"), placeholder=tr("e.g. Opetushallitus")),
        Field("decision_number", tr("Decision number")),
        Field("decision_date", tr("Decision date"), "date"),
        Field("starts", tr("Period starts"), "date", required=True),
        Field("ends", tr("Period ends"), "date", required=True),
        Field("amount", tr("Amount of the grant (€)"), "money", required=True),
        Field("share", tr("Share of the costs it covers (%)"), "decimal", required=True,
              placeholder="80"),
        Field("own_share", tr("Own share (€)"), "money",
              placeholder=tr("calculated")),
        Field("values_hours", tr("The salary lines pay the tutors' recorded hours"),
              "checkbox"),
        Field("notes", tr("Notes"), "multiline"),
    ]


class LinesTable(QTableWidget):
    """The grant's budget lines: a name, a kind, a language unit and a budget each."""

    def __init__(self, lines: tuple[LineDraft, ...]):
        super().__init__(0, 4)
        self.setObjectName("grant_lines")
        self.setHorizontalHeaderLabels([tr("Budget line"), tr("Kind"), tr("Language unit"),
                                        tr("Budget (€)")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.setMinimumHeight(self.fontMetrics().height() * 9)
        self._ids: list[int | None] = []
        for line in lines:
            self.add_line(line)

    def add_line(self, line: LineDraft | None = None) -> None:
        line = line or LineDraft()
        row = self.rowCount()
        self.insertRow(row)
        self._ids.append(line.id)
        self.setItem(row, NAME, QTableWidgetItem(line.name))
        kinds = QComboBox()
        for kind in LineKind:
            kinds.addItem(kind.label, kind.value)
        kinds.setCurrentIndex(kinds.findData(line.kind.value))
        self.setCellWidget(row, KIND, kinds)
        units = QComboBox()
        units.addItem(tr("Every unit"), None)
        for language in (Language.FINNISH, Language.SWEDISH):
            units.addItem(language.label, language.value)
        units.setCurrentIndex(max(0, units.findData(
            None if line.language is None else line.language.value)))
        self.setCellWidget(row, UNIT, units)
        budget = "" if line.budget is None else format_money(line.budget, symbol=False)
        self.setItem(row, BUDGET, QTableWidgetItem(budget))

    def show_lines(self, lines: tuple[LineDraft, ...]) -> None:
        """Show ``lines`` instead of the table's rows."""
        self.setRowCount(0)
        self._ids.clear()
        for line in lines:
            self.add_line(line)

    def remove_line(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            del self._ids[row]

    def lines(self) -> tuple[tuple[LineDraft, ...], str]:
        """The lines as drafts, and what cannot be read of them ("" if all can)."""
        drafts, problem = [], ""
        for row in range(self.rowCount()):
            text = self.item(row, BUDGET).text() if self.item(row, BUDGET) else ""
            try:
                budget = as_money("budget", text, tr("Budget"))
            except ValidationError as exc:
                budget = Decimal(0)
                problem = problem or tr("Budget line {n}: {problem}").format(
                    n=row + 1, problem=exc.errors["budget"])
            name = self.item(row, NAME).text() if self.item(row, NAME) else ""
            unit = self.cellWidget(row, UNIT).currentData()
            drafts.append(LineDraft(name, LineKind(self.cellWidget(row, KIND).currentData()),
                                    budget, None if unit is None else Language(unit),
                                    self._ids[row]))
        return tuple(drafts), problem


def grant_draft(values: dict[str, Any], lines: tuple[LineDraft, ...] = ()) -> GrantDraft:
    share = values["share"]
    return GrantDraft(**{**values, "share": None if share is None else Decimal(str(share)),
                         "lines": lines})


def form_values(draft: GrantDraft, new: bool = False) -> dict[str, Any]:
    """A grant's draft as the form shows it (its lines among the values)."""
    return {**{f.key: getattr(draft, f.key) for f in grant_fields()},
            "amount": None if draft.amount is None else format_money(draft.amount, False),
            "own_share": None if new or draft.own_share == own_share_of(
                draft.amount, draft.share) else format_money(draft.own_share, False),
            "share": None if draft.share is None else f"{draft.share.normalize():f}"
            .replace(".", ","),
            "lines": draft.lines}


class GrantDialog(FormDialog):
    """The grant's form with its budget lines in a table below the fields."""

    def __init__(self, parent: QWidget | None, title: str, values: dict[str, Any],
                 save: Callable[[dict[str, Any]], Any], edited: Edited | None):
        lines = LinesTable(values["lines"])
        super().__init__(parent, title, grant_fields(), values, save, "grant_dialog",
                         check=problems_of(self.whole), edited=edited)
        self.lines = lines
        buttons = QHBoxLayout()
        add = QPushButton(tr("Add line"), objectName="add_line")
        add.clicked.connect(lambda: self.lines.add_line())
        remove = QPushButton(tr("Remove line"), objectName="remove_line")
        remove.clicked.connect(self.lines.remove_line)
        buttons.addWidget(QLabel(tr("Budget lines (the grant's money for each)")), 1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = self.layout()
        at = layout.indexOf(self.buttons) - 1  # above "* required"
        layout.insertLayout(at, buttons)
        layout.insertWidget(at + 1, self.lines)
        self.resize(max(self.width(), 640), self.sizeHint().height())

    def whole(self, values: dict[str, Any]) -> GrantDraft:
        """The grant of the form's ``values`` with the table's lines."""
        lines, problem = self.lines.lines()
        if problem:  # said with every other mistake of the grant's own fields
            raise ValidationError({**problems_of(grant_draft)(values), "lines": problem})
        return grant_draft(values, lines)

    def show_values(self, values: dict[str, Any]) -> None:
        """A grant's values, its budget lines among them."""
        super().show_values({key: value for key, value in values.items() if key != "lines"})
        if "lines" in values:
            self.lines.show_lines(values["lines"])


def edit_grant(parent: QWidget | None, desk: Desk, grant_id: int | None = None) -> int | None:
    """Open the form; returns the id of the saved grant, or None if cancelled."""
    edited = None
    if grant_id is None:
        values = form_values(GrantDraft(share=Decimal(80)), new=True)
        title = tr("New grant")
    else:
        edited = Edited(desk.versions, RecordKind.GRANT, grant_id,
                        lambda: form_values(desk.grants.draft(grant_id)))
        values = edited.values()
        title = tr("Edit {name}").format(name=values["name"])
    dialog: GrantDialog | None = None

    def save(values: dict[str, Any]) -> int:
        made = dialog.whole(values)
        if grant_id is None:
            return perform(lambda: desk.grants.add(made))
        perform(edited.op(lambda: desk.grants.update(grant_id, made)))
        return grant_id

    dialog = GrantDialog(parent, title, values, save, edited)
    return dialog.result_value if dialog.exec() else None
