"""The service tests run on a SQLite file, and a share of them on PostgreSQL as well.

A test that asks for ``desk`` (directly or through a fixture) and is chosen below runs
once per backend, as ``test[sqlite]`` and ``test[postgresql]``; the PostgreSQL server is
the one the test run starts (tests/postgres.py). A test that also needs the database
file itself (``db_path``) stays on SQLite. Chosen are: every test of ``ALWAYS``, the
first test of each module that uses ``desk``, and one test function in ``SHARE`` (by a
stable hash of its name, with all its parameters) — or every test with
``--postgres=all`` (or COACHDESK_POSTGRES_TESTS=all).
"""

import zlib

import pytest

BACKENDS = ("sqlite", "postgresql")
ALWAYS = {"tests.services.test_dialects"}
SHARE = 5  # one test function in five

_modules_seen: set[str] = set()


def _on_postgres(metafunc) -> bool:
    module = metafunc.module.__name__
    first = module not in _modules_seen
    _modules_seen.add(module)
    if metafunc.config.getoption("postgres") == "all" or first or module in ALWAYS:
        return True
    return zlib.crc32(f"{module}::{metafunc.function.__name__}".encode()) % SHARE == 0


def pytest_generate_tests(metafunc):
    # "backend" is in the closure only where this module's ``desk`` is the one used.
    if ("backend" in metafunc.fixturenames and "db_path" not in metafunc.fixturenames
            and _on_postgres(metafunc)):
        metafunc.parametrize("backend", BACKENDS)


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def desk(request, backend):
    if backend == "postgresql":
        return request.getfixturevalue("pg_desk")
    return request.getfixturevalue("desk")  # the plain one of tests/conftest.py
