"""Editing the texts of the messages: one template per kind of message and language,
with the placeholders it may use listed, and the errors of a bad one shown."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.services.templates import KEYS, TemplateText, key_label, placeholders
from coachdesk.ui import messages
from coachdesk.ui.dialogs.mail_dialog import HINT_STYLE, language_combo
from coachdesk.ui.operations import run_op
from coachdesk.ui.widgets.form import ERROR_STYLE


class TemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, key: str = KEYS[0],
                 language: str = "fi"):
        super().__init__(parent)
        self.setObjectName("templates_dialog")
        self.setWindowTitle(tr("Message templates"))
        self.desk = desk
        self.key = QComboBox(objectName="template_key")
        for name in KEYS:
            self.key.addItem(key_label(name), name)
        self.key.setCurrentIndex(max(0, self.key.findData(key)))
        self.language = language_combo("template_language", language)
        self.state = QLabel(styleSheet=HINT_STYLE, objectName="template_state")
        self.subject = QLineEdit(objectName="template_subject")
        self.body = QPlainTextEdit(objectName="template_body")
        self.body.setMinimumHeight(240)
        self.places = QLabel(wordWrap=True, objectName="template_placeholders")
        self.places.setTextFormat(Qt.TextFormat.RichText)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="template_error")
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("Save"), objectName="template_save")
        self.reset_button = QPushButton(tr("Use the default text"), objectName="template_reset")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)

        form = QFormLayout()
        form.addRow(tr("Message:"), self.key)
        form.addRow(tr("Language:"), self.language)
        form.addRow("", self.state)
        form.addRow(tr("Subject:"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Text:")))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.places)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.key.currentIndexChanged.connect(self.load)
        self.language.currentIndexChanged.connect(self.load)
        self.load()
        self.resize(680, 640)

    def current(self) -> tuple[str, str]:
        return self.key.currentData(), self.language.currentData()

    def load(self) -> None:
        key, language = self.current()
        template = self.desk.templates.get(key, language)
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.state.setText(tr("The default text") if template.is_default
                           else tr("Edited text (saved in the database)"))
        self.reset_button.setEnabled(not template.is_default)
        rows = "".join(f"<tr><td><code>{{{escape(name)}}}</code>&nbsp;&nbsp;</td>"
                       f"<td>{escape(text)}</td></tr>"
                       for name, text in placeholders(key).items())
        self.places.setText(
            "<p>" + escape(tr("Placeholders you can use (write a brace itself twice: "
                              "{{ or }}):")) + f"</p><table>{rows}</table>")
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> bool:
        key, language = self.current()
        text = TemplateText(key, language, self.subject.text(), self.body.toPlainText())
        # A refusal reads as its messages, one a line.
        templates = self.desk.templates
        if not run_op(self, lambda: templates.save(text),
                      failure=lambda exc: self.show_error(str(exc))):
            return False
        self.load()
        self.state.setText(tr("Saved."))
        return True

    def reset(self) -> None:
        key, language = self.current()
        if not messages.confirm(self, tr("Use the default text"),
                                tr("Replace your text of “{message}” ({language}) with the "
                                   "default text?").format(message=key_label(key),
                                                           language=self.language.currentText()),
                                tr("Use the default")):
            return
        templates = self.desk.templates
        if run_op(self, lambda: templates.reset(key, language)):
            self.load()
