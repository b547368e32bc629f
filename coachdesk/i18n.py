"""CoachDesk in Finnish and Swedish: the catalogues, and which language to speak.

The translations are Qt's: ``resources/translations/coachdesk_{fi,sv}.ts`` (and
``coachdesk_en.ts``, the English singular and plural of each text with a count), compiled by
``packaging/update_translations.py`` into the ``.qm`` files shipped in the package.
:func:`install` puts them behind :func:`coachdesk.domain.text.tr` for every layer (a
report for a Swedish-language school is written in Swedish whatever the window speaks);
only QtCore is loaded, so the command line stays light. The window also loads Qt's own
translations of its standard buttons and dialogs (:func:`qt_translators`).
"""

import os
import threading
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from coachdesk.domain.language import ENGLISH, LANGUAGES, known, set_language
from coachdesk.domain.text import set_translator

ENVIRONMENT = "COACHDESK_LANG"


def catalogue_folder() -> Path:
    return Path(str(files("coachdesk") / "resources" / "translations"))


class Catalogues:
    """One loaded catalogue per language, read from any thread."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or catalogue_folder()
        self._loaded: dict[str, QTranslator | None] = {}
        self._lock = threading.Lock()

    def catalogue(self, language: str) -> QTranslator | None:
        with self._lock:
            if language not in self._loaded:
                translator = QTranslator()
                found = translator.load(str(self.folder / f"coachdesk_{language}.qm"))
                self._loaded[language] = translator if found else None
            return self._loaded[language]

    def translate(self, language: str, text: str, disambiguation: str | None, n: int) -> str:
        if language == ENGLISH and n < 0:
            return text  # the source texts are English; its catalogue has their plurals
        catalogue = self.catalogue(language)
        if catalogue is None:
            return text
        with self._lock:
            translated = catalogue.translate("", text, disambiguation, n)
        return translated or text


_catalogues: Catalogues | None = None


def system_language() -> str:
    """fi for a Finnish locale, sv for a Swedish one, otherwise en."""
    return known(QLocale.system().name())


SETTING = "language"  # in the settings file: fi, sv or en, or absent for the system's


def saved_language() -> str | None:
    from coachdesk.ui.settings import settings  # QtCore only

    value = settings().value(SETTING)
    return str(value) if value else None


def choose_language(asked: str | None = None) -> str:
    """``--lang``, else ``COACHDESK_LANG``, else the language chosen in the settings,
    else the system's."""
    for choice in (asked, os.environ.get(ENVIRONMENT), saved_language()):
        if choice and choice.lower() in LANGUAGES:
            return choice.lower()
    return system_language()


def install(language: str) -> str:
    """Speak ``language`` from now on, in every layer; returns it."""
    global _catalogues
    if _catalogues is None:
        _catalogues = Catalogues()
    set_translator(_catalogues.translate)
    set_language(language)
    return language


def qt_translators(language: str) -> list[QTranslator]:
    """Qt's own texts (OK, Cancel, the file dialog) and ours, for QApplication."""
    found: list[QTranslator] = []
    if language == ENGLISH:
        return found
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder),
                         (f"coachdesk_{language}", str(catalogue_folder()))):
        translator = QTranslator()
        if translator.load(name, folder):
            found.append(translator)
    return found
