"""CoachDesk's window started as a real process (offscreen), for the tests that need the
real thing: the first start, and the lock that the window shares with the commands."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the process runs this checkout's CoachDesk


def environment(**overrides: str) -> dict[str, str]:
    """This checkout first on the path, Qt offscreen, and ``overrides`` on top."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(overrides)
    return env


class WindowProcess:
    """``python -m coachdesk ARGS``; :meth:`wait_until_open` reads its log until the
    window says it opened the database (the log line written when it is ready)."""

    def __init__(self, log_file: Path, *args: str, env: dict[str, str]):
        self.log_file = log_file
        self.output = ""  # what it printed, once stopped
        self.proc = subprocess.Popen([sys.executable, "-m", "coachdesk", *args], env=env,
                                     cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8") if self.log_file.exists() else ""

    def wait_until_open(self, database: Path, timeout: float = 60) -> None:
        """Until the log says the window opened ``database``; fails at once when it says
        the window could not (it then waits for an answer that no test gives)."""
        end = time.monotonic() + timeout
        while f"opened {database}" not in self.log():
            if ("cannot open" in self.log() or self.proc.poll() is not None
                    or time.monotonic() > end):
                self.stop()
                raise AssertionError(f"the window did not open {database}.\n"
                                     f"Log:\n{self.log()}\nOutput:\n{self.output}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Ends the process the hard way, as a crash or a power cut would."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        if not self.proc.stdout.closed:
            self.output = self.proc.stdout.read()
            self.proc.stdout.close()
