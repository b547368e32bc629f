"""Databases prepared once and copied per test, after calibre's db/tests/base.py.

Creating a database runs every table's DDL and Alembic's stamp; a test that only needs a
database at the newest schema gets a copy of one made that way once per session. A
closed SQLite file in WAL mode is whole in its main file (the last connection to close
checkpoints and removes the -wal), so the copy is a plain file copy.
"""

import shutil
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import URL

from coachdesk.services import Desk
from coachdesk.services.demo import fill_demo_data
from coachdesk.storage.database import Database, make_engine
from coachdesk.storage.files import create_private_dir, create_private_file


def make_template(path: Path, fill=None) -> Path:
    """Create ``path`` with the real ``Desk.open`` (``fill(desk)`` may add data), closed."""
    with Desk.open(path) as desk:
        if fill is not None:
            fill(desk)
    leftovers = [p.name for p in path.parent.glob(f"{path.name}-*")]
    assert not leftovers, f"{path} is not whole in one file: {leftovers}"
    return path


def copy_database(template: Path, path: Path) -> Path:
    """A copy of ``template`` at ``path``: folder 0700 and file 0600, as Desk.open makes."""
    create_private_dir(path.parent)
    shutil.copyfile(template, path)
    create_private_file(path)  # tightens the copy to 0600
    return path


def open_copy(template: Path, path: Path) -> Desk:
    """A Desk on a fresh copy of ``template``, as it was when it had just been created.

    Not ``Desk.open``: that makes the day's backup of an existing file, which a file
    created a moment ago does not have. The template is at the newest schema already.
    """
    path = copy_database(template, Path(path).expanduser().resolve())
    return Desk(Database(make_engine(URL.create("sqlite", database=str(path))), path))


class DemoFile(NamedTuple):
    path: Path
    counts: dict[str, int]  # what fill_demo_data reported it made


class DemoFiles:
    """The small demo municipality, one file per (today, seed), each made when first asked.

    Tests that read it share it through copies: filling it takes a good part of a second.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.made: dict[tuple[date, int], DemoFile] = {}

    def __call__(self, today: date, seed: int = 2026) -> DemoFile:
        if (today, seed) not in self.made:
            path = self.folder / f"small-{today:%Y%m%d}-{seed}" / "coachdesk.sqlite3"
            counts: dict[str, int] = {}
            make_template(path, lambda desk: counts.update(
                fill_demo_data(desk, "small", seed=seed, today=today)))
            self.made[today, seed] = DemoFile(path, counts)
        return self.made[today, seed]
