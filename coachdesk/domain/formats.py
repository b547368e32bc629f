"""Dates, times and numbers as people read them: one formatter for every layer.

Like :func:`coachdesk.domain.text.tr`, the formatter is pluggable: below the window the
Finnish way is used (``2.12.2026``, ``14:30``); the window installs one that follows the
system's locale where the user has set one. Every date in a message, a list, a report's
text or an e-mail goes through here, never through an f-string. Month names and the
decimal mark follow the language being spoken (:mod:`coachdesk.domain.language`), so a
report for a Swedish-language school says "augusti 2026" and "7,5" whatever the window
speaks.
"""

import datetime as dt
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from coachdesk.domain.language import ENGLISH, current_language
from coachdesk.domain.text import tr

# Finnish and Swedish write a decimal comma, English a point.
DECIMAL_MARKS = {ENGLISH: "."}


def half_up(value: float | Decimal, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` places, a half away from zero (round() and format
    round a half to the even digit). Read from the shortest text of a float, so that 2.25
    is 2.25, not the binary fraction just below it."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def month_name(month: int) -> str:
    """The month's name as it stands in running text: "elokuu", "augusti", "August"
    (Finnish and Swedish names are written in lower case)."""
    return (tr("January", "month"), tr("February", "month"), tr("March", "month"),
            tr("April", "month"), tr("May", "month"), tr("June", "month"),
            tr("July", "month"), tr("August", "month"), tr("September", "month"),
            tr("October", "month"), tr("November", "month"),
            tr("December", "month"))[month - 1]


class Formats:
    """The Finnish way: day.month.year, 24-hour times; the language's decimal mark."""

    @property
    def decimal_point(self) -> str:
        return DECIMAL_MARKS.get(current_language(), ",")

    def date(self, value: date) -> str:
        return f"{value.day}.{value.month}.{value.year}"

    def day_month(self, value: dt.date) -> str:
        """A date within a known year: "2.12."."""
        return f"{value.day}.{value.month}."

    def time(self, value: time | datetime) -> str:
        return f"{value.hour}:{value.minute:02d}"

    def datetime(self, value: datetime) -> str:
        return f"{self.date(value.date())} {self.time(value)}"

    def date_range(self, first: dt.date, last: dt.date) -> str:
        """"1.–5.12.2026", "28.11.–4.12.2026", "29.12.2026–4.1.2027"."""
        if first == last:
            return self.date(first)
        if first.year != last.year:
            return f"{self.date(first)}–{self.date(last)}"
        if first.month != last.month:
            return f"{self.day_month(first)}–{self.date(last)}"
        return f"{first.day}.–{self.date(last)}"

    def number(self, value: float | Decimal, decimals: int = 1) -> str:
        """A decimal number with the language's decimal mark: "7,5"; a half rounds up, as
        people round (2.25 h is "2,3", not Python's "2,2")."""
        return f"{half_up(value, decimals):.{decimals}f}".replace(".", self.decimal_point)

    def money(self, value: Decimal, symbol: bool = True) -> str:
        """Euros and cents, thousands apart: "1 234,50 €" (English "1,234.50 €"); without
        ``symbol`` as a form shows it to be edited: "1234,50"."""
        if not symbol:
            return f"{value:.2f}".replace(".", self.decimal_point)
        text = f"{value:,.2f}"
        if self.decimal_point != ".":  # Finnish and Swedish: a (no-break) space, a comma
            text = text.replace(",", "\u00a0").replace(".", self.decimal_point)
        return f"{text}\u00a0€"

    def month(self, year: int, month: int) -> str:
        """A month of a year: "elokuu 2026", "augusti 2026", "August 2026"."""
        return f"{month_name(month)} {year}"


_formats = Formats()


def set_formats(formats: Formats) -> None:
    global _formats
    _formats = formats


def formats() -> Formats:
    return _formats


def format_date(value: date) -> str:
    return _formats.date(value)


def format_day_month(value: date) -> str:
    return _formats.day_month(value)


def format_time(value: time | datetime) -> str:
    return _formats.time(value)


def format_datetime(value: datetime) -> str:
    return _formats.datetime(value)


def format_date_range(first: date, last: date) -> str:
    return _formats.date_range(first, last)


def format_number(value: float | Decimal, decimals: int = 1) -> str:
    return _formats.number(value, decimals)


def format_amount(value: float, decimals: int = 2) -> str:
    """A number as short as it goes, with the language's decimal mark: "7,5", "8", "0,25"
    (what ``{:g}`` gives in English)."""
    text = format_number(value, decimals)
    mark = _formats.decimal_point
    return text.rstrip("0").rstrip(mark) if mark in text else text


def format_money(value: Decimal, symbol: bool = True) -> str:
    return _formats.money(value, symbol)


def format_month(year: int, month: int) -> str:
    return _formats.month(year, month)
