"""Values as the coordinator reads them: Finnish dates unless the system says otherwise.

``format_date`` and ``format_datetime`` are the domain's (one formatter for every layer);
the window installs the system locale's formats into it at start.
"""

from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime

from coachdesk.domain.formats import (
    Formats,
    format_date,
    format_datetime,
    format_time,
    set_formats,
)
from coachdesk.domain.released_time import day_names
from coachdesk.domain.text import tr

__all__ = ["FINNISH_DATE", "display", "format_date", "format_datetime", "install_formats",
           "when_text"]

FINNISH_DATE = "d.M.yyyy"
FINNISH_DATETIME = "d.M.yyyy H:mm"


def _locale() -> QLocale | None:
    """The system locale if the user set one; None means the Finnish default."""
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return None
    if system.name() == "en_US":  # the usual fallback when nothing is set
        return None
    return system


class LocaleFormats(Formats):
    """The system locale's short formats where the user has set one (Qt knows them)."""

    def __init__(self, locale: QLocale):
        self.locale = locale  # dates and times; the decimal mark is the language's

    def date(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day),
                                    QLocale.FormatType.ShortFormat)

    def time(self, value: time | datetime) -> str:
        return self.locale.toString(QTime(value.hour, value.minute),
                                    QLocale.FormatType.ShortFormat)


def install_formats() -> None:
    """Every layer formats dates the way this computer's user reads them."""
    locale = _locale()
    set_formats(LocaleFormats(locale) if locale is not None else Formats())


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def when_text(starts: datetime, ends: datetime) -> str:
    """"Wednesday 2.12.2026 14:30–16:00": a lesson's or a visit's time in a sentence."""
    return tr("{weekday} {day} {starts}–{ends}").format(
        weekday=day_names()[starts.weekday()], day=format_date(starts.date()),
        starts=format_time(starts), ends=format_time(ends))
