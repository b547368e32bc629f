"""The window's formats follow the language spoken: a decimal comma in a Finnish list,
Finnish dates in Finnish and Swedish whatever the computer's locale, the locale's own
formats for English."""

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from coachdesk.domain.formats import format_date, format_time, formats, set_formats
from coachdesk.domain.language import speaking
from coachdesk.ui.formatting import LocaleFormats, display


def test_display_writes_decimals_with_the_languages_mark():
    with speaking("fi"):
        assert display(7.5) == "7,5"
        assert display(Decimal("249.90")) == "249,90"
    with speaking("en"):
        assert display(7.5) == "7.5"


def test_dates_follow_the_language_not_the_computers_locale():
    before = formats()
    set_formats(LocaleFormats(QLocale("en_US")))  # a laptop left in American English
    try:
        day, at = date(2026, 12, 2), datetime(2026, 12, 2, 14, 30)
        for language in ("fi", "sv"):
            with speaking(language):
                assert (format_date(day), format_time(at)) == ("2.12.2026", "14:30")
        with speaking("en"):
            assert format_date(day) == "12/2/26"
    finally:
        set_formats(before)
