"""The one way to build a form: fields described once, errors shown beside each field.

A form never saves by itself: it hands its values to a ``save`` callback (a service
call). A ValidationError keeps the dialog open with each message under its field;
nothing was saved, because the service call is one transaction.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.characters import one_line
from coachdesk.domain.errors import ChangedMeanwhile, CoachDeskError, ValidationError
from coachdesk.domain.parse import as_count, as_money, as_number, convert
from coachdesk.domain.text import tr
from coachdesk.ui.formatting import FINNISH_DATE
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.named import styled

NUMBER_KINDS = {"count": as_count, "decimal": as_number, "money": as_money}
ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 2px;"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    # text, email, count (a whole number), decimal ("7,5"), money (euros as a Decimal:
    # "1 234,50"), multiline, choice, date (None
    # allowed unless required), checklist (several of ``choices``; the value is a list of
    # their data), checkbox. A count or a decimal is read by the form: the save gets
    # int / float / None, and every field that cannot be read is named at once.
    kind: str = "text"
    choices: Sequence[tuple[Any, str]] = field(default_factory=tuple)
    required: bool = False
    placeholder: str = ""


class OneLine(QValidator):
    """A single-line field keeps one line: a pasted line break (QLineEdit keeps "\\r\\n")
    or tab becomes a space, and control characters and bidi overrides go. The service
    refuses them anyway; this spares the user an error for what they cannot see."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return QValidator.State.Acceptable, one_line(text), len(one_line(text[:pos]))


class FormDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fields: Sequence[Field],
        values: dict[str, Any],
        save: Callable[[dict[str, Any]], Any],
        name: str,
        check: Callable[[dict[str, Any]], dict[str, str]] | None = None,
        edited: Edited | None = None,
    ):
        """``save`` gets the values (counts and decimals read) and saves through the
        services; ``check`` names what is wrong with values without saving (a draft's own
        rules), so that a field that cannot be read is shown with every other mistake.
        ``edited``: the record edited, when ``save`` runs its operations through
        ``edited.op``; a change someone else saved meanwhile is then offered to reload or
        to keep the user's values."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._fields = list(fields)
        self._save = save
        self._check = check
        self._edited = edited
        self.result_value: Any = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        self.general_error = styled(QLabel(wordWrap=True), ERROR_STYLE)
        self.general_error.hide()
        # Someone else saved the record meanwhile: theirs, or mine on purpose.
        self.changed_meanwhile = QWidget()
        self.changed_meanwhile.setObjectName("changed_meanwhile")
        choice = QHBoxLayout(self.changed_meanwhile)
        choice.setContentsMargins(0, 0, 0, 0)
        self.reload_button = QPushButton(tr("Reload their values"))
        self.reload_button.setObjectName("reload_theirs")
        self.reload_button.clicked.connect(self._reload)
        self.keep_button = QPushButton(tr("Keep my values"))
        self.keep_button.setObjectName("keep_mine")
        self.keep_button.clicked.connect(self._keep_mine)
        choice.addWidget(self.reload_button)
        choice.addWidget(self.keep_button)
        choice.addStretch()
        self.changed_meanwhile.hide()
        self._refused: ChangedMeanwhile | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self._fields:
            editor = self._editor(f, values.get(f.key))
            editor.setObjectName(f"field_{f.key}")
            error = styled(QLabel(wordWrap=True), ERROR_STYLE)
            error.setObjectName(f"error_{f.key}")
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            label = QLabel(f.label + (" *" if f.required else ""))
            label.setBuddy(editor)
            form.addRow(label, cell)
            self.editors[f.key] = editor
            self.errors[f.key] = error

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.changed_meanwhile)
        layout.addLayout(form)
        if any(f.required for f in self._fields):
            layout.addWidget(styled(QLabel(tr("* required")), "color: palette(mid);"))
        layout.addWidget(buttons)

        geometry = settings().value(f"dialogs/{name}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(520, self.sizeHint().height())

    # -- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {f.key: self.value(f.key) for f in self._fields}

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QDateEdit):
            return None if editor.date() == editor.minimumDate() else editor.date().toPython()
        if isinstance(editor, QListWidget):
            return [editor.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(editor.count())
                    if editor.item(i).checkState() == Qt.CheckState.Checked]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QLineEdit):
            return editor.text()
        raise TypeError(f"{key}: a form reads no {type(editor).__name__}")

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QDateEdit):
            editor.setDate(editor.minimumDate() if value is None else QDate(value))
        elif isinstance(editor, QListWidget):
            wanted = set(value or [])
            for i in range(editor.count()):
                item = editor.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                                   in wanted else Qt.CheckState.Unchecked)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            raise TypeError(f"{key}: a form sets no {type(editor).__name__}")

    def converted(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The values, with counts and decimals read as numbers, and the error of every
        field that cannot be read."""
        values = self.values()
        errors = convert(values, {f.key: (NUMBER_KINDS[f.kind], f.label) for f in self._fields
                                  if f.kind in NUMBER_KINDS})
        return values, errors

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        """Save through ``save``; what it refuses is shown beside each field (every field
        at once: those that cannot be read, and those the service refuses)."""
        self.show_errors({})
        self.changed_meanwhile.hide()
        values, unreadable = self.converted()
        if unreadable:  # nothing goes to the service: the draft names the other mistakes
            problems = ({} if self._check is None
                        else self._check({**values, **dict.fromkeys(unreadable)}))
            self.show_errors({**problems, **unreadable})
            return
        try:
            self.result_value = self._save(values)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except ChangedMeanwhile as exc:
            self.show_changed_meanwhile(exc)
            return
        except CoachDeskError as exc:
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        super().accept()

    def show_changed_meanwhile(self, refused: ChangedMeanwhile) -> None:
        """Say who changed what; for the record edited, offer theirs or mine."""
        self.general_error.setText(str(refused))
        self.general_error.show()
        if self._edited is not None:
            self._refused = refused
            self.changed_meanwhile.show()

    def show_values(self, values: dict[str, Any]) -> None:
        """Put a record's values in the form (a form with editors of its own adds them)."""
        for key, value in values.items():
            if key in self.editors:
                self.set_value(key, value)

    def _reload(self) -> None:
        """Show the record as it is now; the user's input goes."""
        if self._edited is None:  # (the choice is offered only for a record read earlier)
            return
        self.show_values(self._edited.values())
        self._settled(tr("The form shows the record as it is now."))

    def _keep_mine(self) -> None:
        """The user's values stay; Save writes them over the other change."""
        if self._edited is None or self._refused is None:  # (offered only after a refusal)
            return
        self._edited.keep_mine(self._refused)
        self._settled(tr("Your values are kept: Save replaces the other change with them."))

    def _settled(self, note: str) -> None:
        self._refused = None
        self.changed_meanwhile.hide()
        self.show_errors({})
        self.general_error.setText(note)  # a note, not an error
        self.general_error.setStyleSheet("")
        self.general_error.show()

    def done(self, result: int) -> None:
        settings().setValue(f"dialogs/{self.objectName()}/geometry", self.saveGeometry())
        super().done(result)

    def show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            self.editors[key].setStyleSheet(INVALID_STYLE if message else "")
            if message and first is None:
                first = self.editors[key]
        other = [m for k, m in errors.items() if k not in self.errors]
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        # Messages take room: grow rather than squeeze the fields.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _editor(self, f: Field, value: Any) -> QWidget:
        if f.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(FINNISH_DATE)
            edit.setMinimumDate(QDate(1999, 12, 31))  # stands for "no date"
            edit.setSpecialValueText(" ")
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            edit.setMaximumWidth(140)
            edit.setDate(edit.minimumDate() if value is None else QDate(value))
            return edit
        if f.kind == "checklist":
            checks = QListWidget()
            for data, label in f.choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, data)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                checks.addItem(item)
            checks.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
            self.editors[f.key] = checks
            self.set_value(f.key, value)
            return checks
        if f.kind == "checkbox":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if f.kind == "choice":
            combo = QComboBox()
            for data, label in f.choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if f.kind == "multiline":
            text = QPlainTextEdit("" if value is None else str(value))
            text.setTabChangesFocus(True)
            text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            return text
        line = QLineEdit()
        line.setValidator(OneLine(line))
        line.setText("" if value is None else str(value))
        line.setPlaceholderText(f.placeholder)
        if f.kind in NUMBER_KINDS:
            line.setMaximumWidth(120)
        return line


def problems_of(make_draft: Callable[[dict[str, Any]], Any]
                ) -> Callable[[dict[str, Any]], dict[str, str]]:
    """A form's ``check``: what the draft made of its values says is wrong, by field."""

    def check(values: dict[str, Any]) -> dict[str, str]:
        try:
            make_draft(values).check()
        except ValidationError as exc:
            return exc.errors
        return {}

    return check
