"""Writing a finished file in one move: a temporary file beside it, then a rename, so a
failure leaves the old file (or nothing), never half of a new one."""

import os
import tempfile
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr


def check_suffix(path: Path | str, suffix: str) -> Path:
    path = Path(path).expanduser()
    if path.suffix.lower() != suffix:
        raise CoachDeskError(tr("{path}: give a file name ending in {suffix}.").format(
            path=path, suffix=suffix))
    return path


def made_folder(folder: Path | str) -> Path:
    """The folder, made if missing, with a clear message where it cannot be."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CoachDeskError(tr("{path} is a file, not a folder: choose a folder.").format(
            path=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CoachDeskError(tr("Cannot make the folder {folder}: {reason}. Choose a folder "
                                "you can write to.").format(
            folder=folder, reason=exc.strerror or exc.__class__.__name__)) from exc
    return folder


def write_bytes_atomically(data: bytes, path: Path | str) -> Path:
    """Write ``data`` to ``path`` completely or not at all; returns the path."""
    path = Path(path).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CoachDeskError(tr("{path} is a folder: give a file name.").format(path=path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".~{path.stem[:40]}-", suffix=".tmp",
                                         dir=folder)
    except OSError as exc:
        raise CoachDeskError(tr(
            "Cannot write to the folder {folder}: {reason}. Choose a folder you can write "
            "to.").format(folder=folder, reason=exc.strerror or exc.__class__.__name__)
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except PermissionError as exc:
        temp.unlink(missing_ok=True)
        raise CoachDeskError(tr(
            "Cannot replace {path}: the file is open in another program or write-protected. "
            "Close it and try again, or save under another name.").format(path=path)) from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CoachDeskError(tr("Cannot save {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc.__class__.__name__)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path
