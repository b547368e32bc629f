"""Dates, times and numbers as people read them: one formatter for every layer.

Like :func:`coachdesk.domain.text.tr`, the formatter is pluggable: below the window the
Finnish way is used (``2.12.2026``, ``14:30``, a decimal comma); the window installs one
that follows the system's locale where the user has set one. Every date in a message, a
list, a report's text or an e-mail goes through here, never through an f-string.
"""

from datetime import date, datetime, time


class Formats:
    """The Finnish way: day.month.year, 24-hour times, a decimal comma."""

    decimal_point = ","

    def date(self, value: date) -> str:
        return f"{value.day}.{value.month}.{value.year}"

    def day_month(self, value: date) -> str:
        """A date within a known year: "2.12."."""
        return f"{value.day}.{value.month}."

    def time(self, value: time | datetime) -> str:
        return f"{value.hour}:{value.minute:02d}"

    def datetime(self, value: datetime) -> str:
        return f"{self.date(value.date())} {self.time(value)}"

    def date_range(self, first: date, last: date) -> str:
        """"1.–5.12.2026", "28.11.–4.12.2026", "29.12.2026–4.1.2027"."""
        if first == last:
            return self.date(first)
        if first.year != last.year:
            return f"{self.date(first)}–{self.date(last)}"
        if first.month != last.month:
            return f"{self.day_month(first)}–{self.date(last)}"
        return f"{first.day}.–{self.date(last)}"

    def number(self, value: float, decimals: int = 1) -> str:
        """A decimal number with the language's decimal mark: "7,5"."""
        return f"{value:.{decimals}f}".replace(".", self.decimal_point)


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


def format_number(value: float, decimals: int = 1) -> str:
    return _formats.number(value, decimals)
