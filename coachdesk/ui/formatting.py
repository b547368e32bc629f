"""Values as the coordinator reads them: dates and numbers as the language spoken writes them.

``format_date`` and ``format_datetime`` are the domain's (one formatter for every layer);
the window installs :class:`LocaleFormats` at start. Finnish and Swedish are written the
Finnish way (2.12.2026, 14:30, 7,5), whatever the system's locale; English follows the
system's locale where the user has set one (02/12/2026 on an en_GB computer).
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
    format_number,
    format_time,
    set_formats,
)
from coachdesk.domain.language import ENGLISH, current_language
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
    """English dates and times in the system locale's short formats (Qt knows them);
    Finnish and Swedish ones the Finnish way, so that a Finnish window on a computer set
    to another locale, or a Swedish school's report, never reads "12/2/26"."""

    def __init__(self, locale: QLocale):
        self.locale = locale  # dates and times; the decimal mark is the language's

    def date(self, value: date) -> str:
        if current_language() != ENGLISH:
            return super().date(value)
        return self.locale.toString(QDate(value.year, value.month, value.day),
                                    QLocale.FormatType.ShortFormat)

    def time(self, value: time | datetime) -> str:
        if current_language() != ENGLISH:
            return super().time(value)
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
        return format_number(value, 1)
    if isinstance(value, Decimal):
        return format_number(value, 2)
    return str(value)


def when_text(starts: datetime, ends: datetime) -> str:
    """"Wednesday 2.12.2026 14:30–16:00": a lesson's or a visit's time in a sentence."""
    return tr("{weekday} {day} {starts}–{ends}").format(
        weekday=day_names()[starts.weekday()], day=format_date(starts.date()),
        starts=format_time(starts), ends=format_time(ends))
