"""File ▸ Language: the window's language, remembered for the next start.

Each language is named in itself (a Swede looking for Svenska in a Finnish menu finds it).
The choice takes effect when CoachDesk next starts; until then the window keeps speaking
as it does, and the menu says so.
"""

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from coachdesk import i18n
from coachdesk.domain.language import ENGLISH, FINNISH, SWEDISH, current_language
from coachdesk.domain.text import tr
from coachdesk.ui import messages
from coachdesk.ui.settings import settings

NAMES = {FINNISH: "Suomi", SWEDISH: "Svenska", ENGLISH: "English"}


def add_language_menu(menu: QMenu, parent: QWidget) -> QMenu:
    languages = menu.addMenu(tr("&Language"))
    languages.setObjectName("language_menu")
    group = QActionGroup(languages)
    saved = i18n.saved_language()
    choices = [(None, tr("The system's ({language})").format(
        language=NAMES[i18n.system_language()]))] + list(NAMES.items())
    for code, name in choices:
        action = QAction(name, languages, checkable=True)
        action.setData(code)
        action.setChecked(code == saved)
        group.addAction(action)
        languages.addAction(action)
        action.triggered.connect(lambda _=False, c=code: choose(parent, c))
    return languages


def choose(parent: QWidget, language: str | None) -> None:
    """Remember ``language`` (None: the system's) for the next start."""
    state = settings()
    if language is None:
        state.remove(i18n.SETTING)
    else:
        state.setValue(i18n.SETTING, language)
    state.sync()
    chosen = language or i18n.system_language()
    if chosen != current_language():
        messages.inform(parent, tr("Language"), tr(
            "CoachDesk will speak {language} from the next time it starts.").format(
            language=NAMES[chosen]))
