"""The report tests run on a SQLite file, and a share of them on PostgreSQL as well
(see ``on_both_backends`` in tests/postgres.py)."""

import pytest

from coachdesk import i18n
from tests.postgres import desk_on, on_both_backends

pytest_generate_tests = on_both_backends


@pytest.fixture
def desk(request, backend):
    return desk_on(request, backend)


@pytest.fixture
def window_in_english():
    """The catalogues installed, the window speaking English: what goes to a school must
    take its words from the school's language, not the window's (tests/conftest.py puts
    the source texts back after the test)."""
    i18n.install("en")
