"""The command line and the window take the same lock on a database file: a command that
writes (import, restore, demo-data) is refused while a window has the file open, and a
window while such a command runs; commands that only read go ahead."""

import subprocess
import sys

import pytest

from coachdesk.cli import main
from coachdesk.domain.schools import SchoolDraft
from coachdesk.services import Desk
from coachdesk.services.backups import backup_now
from coachdesk.services.file_lock import DatabaseInUse, DatabaseLock
from tests.reports.test_imports import write_xlsx
from tests.window_process import WindowProcess, environment

SCHOOLS = [["Nimi", "Kieli"], ["Myyrmäen koulu", "suomi"]]


@pytest.fixture
def db(db_path):
    with Desk.open(db_path) as desk:
        desk.schools.add(SchoolDraft(name="Korson koulu"))
    return db_path


def school_names(path) -> list[str]:
    with Desk.open_for_reading(path) as desk:
        return [name for _, name in desk.schools.choices()]


class Holder:
    """Another process holding the file's lock, as a window or a command does."""

    def __init__(self, path, holder: str):
        script = ("import sys, time\n"
                  "from coachdesk.services.file_lock import DatabaseLock\n"
                  "DatabaseLock(sys.argv[1], holder=sys.argv[2]).acquire()\n"
                  "print('held', flush=True)\n"
                  "time.sleep(600)\n")
        self.proc = subprocess.Popen([sys.executable, "-c", script, str(path), holder],
                                     stdout=subprocess.PIPE, text=True, env=environment())
        assert self.proc.stdout.readline().strip() == "held"
        self.pid = self.proc.pid

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


@pytest.fixture
def window_holds(db):
    holder = Holder(db, "CoachDesk")
    yield holder
    holder.stop()


def test_writing_commands_are_refused_while_a_window_has_the_file(db, window_holds, tmp_path,
                                                                 capsys):
    schools = write_xlsx(tmp_path / "koulut.xlsx", SCHOOLS)
    backup = backup_now(db, tmp_path / "copy.sqlite3")
    for argv in (["import", "schools", str(schools), "--db", str(db)],
                 ["restore", "--db", str(db), "--from", str(backup)],
                 ["demo-data", "--db", str(db)]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("coachdesk: "), argv
        assert (f"already open in another CoachDesk window (process {window_holds.pid}). "
                "Close it there first") in err, argv
    assert school_names(db) == ["Korson koulu"]


def test_reading_commands_go_ahead_while_a_window_has_the_file(db, window_holds, tmp_path,
                                                              capsys):
    schools = write_xlsx(tmp_path / "koulut.xlsx", SCHOOLS)
    assert main(["import", "schools", str(schools), "--db", str(db), "--dry-run"]) == 0
    assert main(["report", "devices", "--db", str(db), "--out",
                 str(tmp_path / "laitteet.xlsx")]) == 0
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "copy.sqlite3")]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_window_is_refused_while_a_command_writes(db):
    command = Holder(db, "coachdesk import")
    try:
        with pytest.raises(DatabaseInUse, match=(
                f"in use by “coachdesk import” \\(process {command.pid}\\). Wait until it "
                "has finished")):
            DatabaseLock(db).acquire()
    finally:
        command.stop()
    with DatabaseLock(db):  # the command is gone, and so is its lock
        pass


def test_the_real_window_and_an_import_exclude_each_other(db, tmp_path, coachdesk_home):
    """The window started as its own process, the command run as its own process."""
    schools = write_xlsx(tmp_path / "koulut.xlsx", SCHOOLS)
    env = environment()
    window = WindowProcess(coachdesk_home / "logs" / "coachdesk.log", "--db", str(db),
                           env=env)
    try:
        window.wait_until_open(db)
        refused = subprocess.run(
            [sys.executable, "-m", "coachdesk", "import", "schools", str(schools), "--db",
             str(db)], capture_output=True, text=True, env=env, timeout=120)
    finally:
        window.stop()  # killed: the lock file stays behind, holding nothing
    assert refused.returncode == 2
    assert (f"coachdesk: coachdesk.sqlite3 is already open in another CoachDesk window "
            f"(process {window.pid})") in refused.stderr
    assert school_names(db) == ["Korson koulu"]

    done = subprocess.run(
        [sys.executable, "-m", "coachdesk", "import", "schools", str(schools), "--db",
         str(db)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert school_names(db) == ["Korson koulu", "Myyrmäen koulu"]
