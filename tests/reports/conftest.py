import pytest

from coachdesk import i18n


@pytest.fixture
def window_in_english():
    """The catalogues installed, the window speaking English: what goes to a school must
    take its words from the school's language, not the window's (tests/conftest.py puts
    the source texts back after the test)."""
    i18n.install("en")
