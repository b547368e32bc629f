"""The test run's own PostgreSQL (tests/postgres.py) where there is none: a plain run says
the server tests were skipped and why; CI, which asks for them, fails instead."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFTEST = """
import tests.postgres as pg
pg.bin_dir = lambda: None  # a machine without PostgreSQL
pytest_plugins = ["tests.postgres"]
"""


def run_without_postgres(folder: Path, require: str | None) -> subprocess.CompletedProcess:
    (folder / "conftest.py").write_text(CONFTEST)
    (folder / "test_uses_the_server.py").write_text(
        "def test_needs_it(pg_url):\n    pass\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("COACHDESK_REQUIRE_POSTGRES", None)
    if require is not None:
        env["COACHDESK_REQUIRE_POSTGRES"] = require
    return subprocess.run([sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider",
                           str(folder)], capture_output=True, text=True, cwd=folder,
                          env=env, timeout=120)


@pytest.mark.parametrize("require", [None, "0"])
def test_without_postgresql_the_server_tests_are_skipped_saying_why(tmp_path, require):
    done = run_without_postgres(tmp_path, require)
    assert done.returncode == 0, done.stdout
    assert "SKIPPED" in done.stdout
    assert "PostgreSQL is not installed: apt-get install postgresql" in done.stdout


def test_ci_fails_the_server_tests_without_postgresql(tmp_path):
    done = run_without_postgres(tmp_path, "1")
    assert done.returncode == 1, done.stdout
    assert "PostgreSQL is not installed: apt-get install postgresql" in done.stdout
    assert "COACHDESK_REQUIRE_POSTGRES=1" in done.stdout
