"""File → Connect to server…: a shared PostgreSQL database by host, port, database and
user. What was given is remembered for next time, never a password: there is no field for
one. libpq finds it in the user's password file (~/.pgpass, or the file PGPASSFILE
names) or a service file; anything but this machine is reached only through TLS."""

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from coachdesk.domain.text import tr
from coachdesk.services.server import server_address
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.form import Field, FormDialog

KEY = "server/"  # the settings remembered: host, port, database, user
DEFAULT_PORT = 5432


def server_fields() -> list[Field]:
    return [
        Field("host", tr("Server"), required=True, placeholder=tr("e.g. db.vantaa.fi")),
        Field("port", tr("Port"), "count", placeholder=str(DEFAULT_PORT)),
        Field("database", tr("Database"), required=True, placeholder="coachdesk"),
        Field("user", tr("User name"), required=True),
    ]


def remembered() -> dict:
    state = settings()
    values = {key: state.value(KEY + key, "") for key in ("host", "database", "user")}
    values["port"] = str(state.value(KEY + "port", DEFAULT_PORT))
    return values


def ask_server(parent: QWidget | None) -> str | None:
    """The URL of the server database chosen, or None if cancelled."""

    def save(values: dict) -> str:
        port = values["port"] if values["port"] is not None else DEFAULT_PORT
        url = server_address(values["host"] or "", port, values["database"] or "",
                             values["user"] or "")
        state = settings()
        for key in ("host", "database", "user"):
            state.setValue(KEY + key, values[key].strip())
        state.setValue(KEY + "port", port)
        return url

    dialog = FormDialog(parent, tr("Connect to server"), server_fields(), remembered(), save,
                        "server_dialog")
    note = QLabel(tr(
        "The password is not asked here, nor kept by CoachDesk: PostgreSQL reads it from "
        "your password file (~/.pgpass, or the file PGPASSFILE names) or a service file. "
        "Another machine is reached only through an encrypted connection (TLS)."),
        wordWrap=True)
    note.setObjectName("server_note")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Connect"))
    dialog.layout().insertWidget(dialog.layout().count() - 1, note)
    return dialog.result_value if dialog.exec() else None
