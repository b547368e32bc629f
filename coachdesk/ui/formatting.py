"""Values as the coordinator reads them: Finnish dates unless the system says otherwise."""

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from coachdesk.domain.released_time import day_names
from coachdesk.domain.text import tr

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


def format_date(value: date) -> str:
    qdate = QDate(value.year, value.month, value.day)
    loc = _locale()
    return loc.toString(qdate, QLocale.FormatType.ShortFormat) if loc else qdate.toString(
        FINNISH_DATE
    )


def format_datetime(value: datetime) -> str:
    qdt = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
    )
    loc = _locale()
    return loc.toString(qdt, QLocale.FormatType.ShortFormat) if loc else qdt.toString(
        FINNISH_DATETIME
    )


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
        starts=f"{starts.hour}:{starts.minute:02d}", ends=f"{ends.hour}:{ends.minute:02d}")
