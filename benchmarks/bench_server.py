"""Round trips over a network: how many statements a page open, a filter keystroke, a
save, Today and the look at the others' work make, and how long they take, on a SQLite
file and on the same data on a local PostgreSQL server.

    python benchmarks/bench_server.py [--db PATH | --scale small] [--url URL]

Without --db the large demo (benchmarks/.cache/large.sqlite3, built on first use);
``--scale small`` makes the small demo in a temporary folder instead. Without --url a
throw-away PostgreSQL server is started in a temporary folder (as the tests do, with
Debian's postgresql package), and the file is copied there with ``coachdesk copy``'s code.
Each figure is counted with SQLAlchemy's ``before_cursor_execute`` event.
"""

import argparse
import shutil
import sys
import tempfile
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from common import large_demo, timed
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from coachdesk.services import Desk
from coachdesk.services.server import copy_to_server
from coachdesk.ui.table_model import LazyTableModel


class Statements:
    """Counts the statements an engine sends."""

    def __init__(self, desk: Desk):
        self.count = 0
        event.listen(desk.db.engine, "before_cursor_execute", self._heard)

    def _heard(self, *_args) -> None:
        self.count += 1

    def of(self, work) -> int:
        before = self.count
        work()
        return self.count - before


def measure(name: str, desk: Desk, today: date) -> dict[str, tuple[int, float]]:
    print(f"-- {name}")
    statements = Statements(desk)
    school_id = desk.schools.choices()[0][0]
    draft = desk.schools.draft(school_id)
    schools = LazyTableModel(desk.schools.list_source())
    teachers = LazyTableModel(desk.teachers.list_source())
    notes = iter(range(1_000_000))
    work = {
        "open Schools (ids + first rows)": schools.refresh,
        "open Teachers (ids + first rows)": teachers.refresh,
        "filter keystroke (Teachers, 'm')": lambda: teachers.set_text("m"),
        "save a school": lambda: desk.schools.update(
            school_id, replace(draft, notes=f"benchmark {next(notes)}")),
        "Today: attention list": lambda: desk.dashboard.attention(today),
        "Today: term at a glance": lambda: desk.dashboard.glance(today),
        "look at the others' work": desk.others.poll,
    }
    figures = {}
    for label, call in work.items():
        setup = (lambda: teachers.set_text("")) if "keystroke" in label else None
        if setup:
            setup()
        count = statements.of(call)
        millis = timed(f"{label} [{count} statements]", call, setup=setup)
        figures[label] = (count, millis)
    return figures


@contextmanager
def throwaway_server():
    """A PostgreSQL server of its own in a temporary folder, and an empty database on it."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import os
    import pwd

    from tests.postgres import PostgresServer, bin_dir

    found = bin_dir()
    if found is None:
        raise SystemExit("PostgreSQL is not installed: apt-get install postgresql, or --url")
    user = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-bench-pg-"))
    if user is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
    server = PostgresServer(found, folder, user.pw_name if user else None)
    try:
        server.start()
        yield server.url(server.create())
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    parser.add_argument("--url")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    with ExitStack() as stack:
        path = args.db
        if path is None and args.scale == "small":
            from coachdesk.services.demo import fill_demo_data

            path = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "small.sqlite3"
            with Desk.open(path) as desk:
                fill_demo_data(desk, "small", today=args.today)
        path = path or large_demo()
        url = args.url or stack.enter_context(throwaway_server())
        print(f"copying {path.name} to the server …", flush=True)
        copy_to_server(path, url)
        with Desk.open(path) as on_file:
            measure("SQLite file", on_file, args.today)
        with Desk.open_url(url) as on_server:
            on_server.others.poll()  # the first look only counts
            measure("PostgreSQL on this machine", on_server, args.today)
    return 0


if __name__ == "__main__":
    sys.exit(main())
