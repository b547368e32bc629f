"""The service tests run on a SQLite file, and a share of them on PostgreSQL as well
(see ``on_both_backends`` in tests/postgres.py)."""

import pytest

from tests.postgres import desk_on, on_both_backends

pytest_generate_tests = on_both_backends


@pytest.fixture
def desk(request, backend):
    return desk_on(request, backend)
