"""Help ▸ About: version and where the data lives."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coachdesk import __version__, paths
from coachdesk.domain.text import tr


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("About CoachDesk"))
        text = QLabel(
            "<h2>CoachDesk {version}</h2>"
            "<p>{what}</p>"
            "<p><b>{db_label}</b><br>{db}</p>"
            "<p><b>{log_label}</b><br>{logs}</p>".format(
                version=__version__,
                what=tr("The desk of the ICT coordinator who runs teacher peer coaching: "
                        "tutors, lessons, school visits, devices and reports."),
                db_label=tr("Open database"),
                db=database,
                log_label=tr("Log files"),
                logs=paths.log_dir(),
            )
        )
        text.setObjectName("about_text")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
