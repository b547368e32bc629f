"""What the storage tests check of the engine's bookkeeping (what a change wrote, the
change log, the lists) runs on PostgreSQL too; the rest is about SQLite files."""

import pytest

from tests.postgres import desk_on, on_both_backends

ON_BOTH = {"tests.storage.test_changes", "tests.storage.test_audit", "tests.storage.test_lists"}


def pytest_generate_tests(metafunc):
    if metafunc.module.__name__ in ON_BOTH:
        on_both_backends(metafunc)


@pytest.fixture
def desk(request, backend):
    return desk_on(request, backend)
