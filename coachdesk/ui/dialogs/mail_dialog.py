"""An e-mail draft previewed, then copied, opened in the mail program or saved as .eml.

``MailPanel`` is the preview with its buttons, shared by the announcement dialog and
``MailDialog`` (visit confirmations). ``open_url`` and ``ask_save_path`` are module
functions so that tests can replace them.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.file_names import safe_file_name
from coachdesk.domain.text import tr
from coachdesk.reports.messages import Mail, MailtoTooLong, save_eml
from coachdesk.services.templates import LANGUAGES, language_label
from coachdesk.ui import messages
from coachdesk.ui.operations import run_op
from coachdesk.ui.widgets.form import ERROR_STYLE

HINT_STYLE = "color: palette(dark);"


def open_url(url: QUrl) -> bool:
    """Hand a link (mailto:, or a file) to the desktop: the user's mail program."""
    return QDesktopServices.openUrl(url)


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """A file name chosen by the user, or "" when they cancel."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return name


def documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def language_combo(name: str, current: str = "fi") -> QComboBox:
    combo = QComboBox(objectName=name)
    for code in LANGUAGES:
        combo.addItem(language_label(code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class MailPanel(QWidget):
    """The draft's addressees, subject, body and attachments, with Copy, Open in mail
    program and Save .eml…; a problem (what to fill in) is shown instead of a draft."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mail: Mail | None = None
        self.suggested_name = tr("message")
        self.recipients = QLabel(wordWrap=True, objectName="mail_recipients")
        self.recipients.setTextFormat(Qt.TextFormat.PlainText)
        self.subject = QLineEdit(objectName="mail_subject", readOnly=True)
        self.body = QPlainTextEdit(objectName="mail_body", readOnly=True)
        self.body.setMinimumHeight(220)
        self.attachments = QLabel(wordWrap=True, styleSheet=HINT_STYLE,
                                  objectName="mail_attachments")
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="mail_error")
        self.error.hide()
        self.copy_button = QPushButton(tr("Copy"), objectName="mail_copy")
        self.copy_button.setToolTip(tr("Copy the subject and the text to paste in a message"))
        self.open_button = QPushButton(tr("Open in mail program"), objectName="mail_open")
        self.open_button.setToolTip(tr("A new message in your mail program, addressed and "
                                       "written (attachments travel only in the .eml file)"))
        self.save_button = QPushButton(tr("Save .eml…"), objectName="mail_save")
        self.save_button.setToolTip(tr("A message file with its attachments, which your mail "
                                       "program opens ready to send"))
        self.copy_button.clicked.connect(self.copy)
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(tr("Addressees:"), self.recipients)
        form.addRow(tr("Subject:"), self.subject)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachments)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_mail(None)

    def show_mail(self, mail: Mail | None, problem: str = "", suggested_name: str = "") -> None:
        self.mail = mail
        if suggested_name:
            self.suggested_name = suggested_name
        self.recipients.setText(mail.recipients_text() if mail else "")
        self.subject.setText(mail.subject if mail else "")
        self.body.setPlainText(mail.body if mail else "")
        files = ", ".join(a.file_name for a in mail.attachments) if mail else ""
        self.attachments.setText(tr("Attached: {files}").format(files=files) if files else "")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        for button in (self.copy_button, self.open_button, self.save_button):
            button.setEnabled(mail is not None)

    # -- the buttons ----------------------------------------------------------------------
    def copy(self) -> None:
        if self.mail is not None:
            QGuiApplication.clipboard().setText(f"{self.mail.subject}\n\n{self.mail.body}")

    def open_in_mail_program(self) -> None:
        if self.mail is None:
            return
        try:
            url = self.mail.mailto()
        except MailtoTooLong as exc:
            # Too long for a link: an .eml file opens in the mail program just as well.
            messages.inform(self, tr("Open in mail program"), str(exc))
            path = self.save()
            if path is not None:
                open_url(QUrl.fromLocalFile(str(path)))
            return
        if not open_url(QUrl.fromEncoded(url.encode("ascii"))):
            messages.error(self, tr("No mail program opened the message. Copy the text, or "
                                    "save it as an .eml file."))

    def save(self) -> Path | None:
        if self.mail is None:
            return None
        suggested = documents_folder() / f"{safe_file_name(self.suggested_name)}.eml"
        name = ask_save_path(self, tr("Save the message"), str(suggested),
                             tr("E-mail messages (*.eml)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        mail = self.mail
        saved = run_op(self, lambda: save_eml(mail, path))
        return saved.value if saved else None


class MailDialog(QDialog):
    """A draft made by ``build(language)``; changing the language makes it again."""

    def __init__(self, parent: QWidget | None, desk, title: str,
                 build: Callable[[str], Mail], language: str = "fi",
                 suggested_name: str = ""):
        super().__init__(parent)
        self.setObjectName("mail_dialog")
        self.setWindowTitle(title)
        self.desk = desk
        self.build = build
        self.language = language_combo("mail_language", language)
        self.panel = MailPanel(self)
        self.panel.suggested_name = suggested_name or title
        templates = QPushButton(tr("Templates…"), objectName="mail_templates")
        templates.setToolTip(tr("Edit the texts of the messages"))
        templates.clicked.connect(self.edit_templates)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Language:")))
        row.addWidget(self.language)
        row.addStretch(1)
        row.addWidget(templates)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.language.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.resize(640, 560)

    def refresh(self) -> None:
        """Make the draft again; what it needs (an address, a template) is said instead."""
        build, language = self.build, self.language.currentData()
        made = run_op(self, lambda: build(language),
                      failure=lambda exc: self.panel.show_mail(None, str(exc)))
        if made:
            self.panel.show_mail(made.value)

    def edit_templates(self) -> None:
        from coachdesk.ui.dialogs.templates_dialog import TemplatesDialog

        TemplatesDialog(self, self.desk, language=self.language.currentData()).exec()
        self.refresh()
