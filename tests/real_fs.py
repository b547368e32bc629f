"""Real troublesome folders for tests: a full disk and a read-only folder.

As root, each is a small tmpfs mounted under the test's temporary folder (root ignores
chmod, so only a read-only mount is read-only for root); a test that cannot mount is
skipped with the reason. Without root, a read-only folder is made with chmod instead.
A test fills the folder as it needs first, then calls ``fill()`` or ``seal()``.
"""

import os
import shutil
import stat
import subprocess
import uuid
from pathlib import Path

import pytest

SIZE = "3m"  # big enough for a small CoachDesk database, small enough to fill at once


def _mount(where: Path, options: str) -> str | None:
    """Mount a tmpfs at ``where``; returns why it could not be done, or None."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if shutil.which("mount") is None:
        return "there is no mount command"
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return f"mount -t tmpfs is not allowed here: {done.stderr.strip()}"
    return None


def _unmount(where: Path) -> None:
    if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)  # still in use


class FullDisk:
    """A tmpfs of a few megabytes: ``fill()`` takes the space that is left."""

    def __init__(self, path: Path):
        self.path = path
        self.filler = path / f".filler-{uuid.uuid4().hex}"

    def fill(self) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (65536, 1):  # then byte by byte: not even a small write fits
                try:
                    while True:
                        os.write(fd, b"\0" * size)
                except OSError:
                    pass
        finally:
            os.close(fd)

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


class ReadOnlyFolder:
    """A folder to fill first, then ``seal()``: from then on nothing in it can change."""

    def __init__(self, path: Path, mounted: bool):
        self.path = path
        self.mounted = mounted

    def seal(self) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)
            return
        for folder, _, names in os.walk(self.path):
            for name in names:
                file = Path(folder, name)
                file.chmod(stat.S_IMODE(file.stat().st_mode) & ~0o222)
            Path(folder).chmod(0o555)

    def unseal(self) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,rw", str(self.path)], check=True)
            return
        for folder, _, _ in os.walk(self.path):
            Path(folder).chmod(0o755)


@pytest.fixture
def full_disk_dir(tmp_path):
    """A real full disk (once ``fill()`` is called): a small tmpfs; root only."""
    where = tmp_path / "full-disk"
    why = _mount(where, f"size={SIZE},mode=0755")
    if why:
        pytest.skip(f"no real full disk: {why}")
    try:
        yield FullDisk(where)
    finally:
        _unmount(where)


@pytest.fixture
def read_only_dir(tmp_path):
    """A real read-only folder (once ``seal()`` is called): a tmpfs remounted read-only as
    root, a folder without write permission otherwise."""
    where = tmp_path / "read-only"
    mounted = hasattr(os, "geteuid") and os.geteuid() == 0
    if mounted:
        why = _mount(where, f"size={SIZE},mode=0755")
        if why:
            pytest.skip(f"no real read-only folder: {why}")
    else:
        where.mkdir()
    folder = ReadOnlyFolder(where, mounted)
    try:
        yield folder
    finally:
        if mounted:
            _unmount(where)
        else:
            folder.unseal()
