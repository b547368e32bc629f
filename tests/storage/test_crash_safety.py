"""Crash trials: a writer killed with SIGKILL in the middle of heavy writing, many times.

A helper process opens a Desk on one file and writes through the services as fast as it
can, printing what each call acknowledged once the call has returned. The test kills it
at a random moment, again and again on the same file, and then shows that the file is
whole (``integrity_check``, ``foreign_key_check``), that every acknowledged write is in
it, and that CoachDesk opens it.

The trials take a quarter of a minute (a Python process started per trial), so they are
marked ``slow``: a plain ``python -m pytest`` leaves them out, ``-m slow`` runs them, and
so does .ci/run.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk.services import Desk

TRIALS = 25
MAX_ACKS = 60  # a trial is killed after reading 1..MAX_ACKS acknowledgements
ROOT = Path(__file__).resolve().parents[2]  # the writer runs this checkout's CoachDesk

# Writes through the same services a user's actions go through, each its own transaction:
# a school now and then, teachers into it, and updates of a teacher's notes with a number
# that only grows, so an acknowledged update can be checked too.
WRITER = r"""
import sys
from dataclasses import replace
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services import Desk

path, trial = sys.argv[1], sys.argv[2]
desk = Desk.open(path)
school = None
n = 0
while True:
    if n % 20 == 0:
        school = desk.schools.add(SchoolDraft(name=f"Crash school {trial}-{n}",
                                              kind="primary", language="fi"))
        print(f"school {school}", flush=True)
    teacher = desk.teachers.add(TeacherDraft(name=f"Teacher {trial}-{n}", school_id=school,
                                             email=f"t{trial}.{n}@example.fi", notes="0"))
    print(f"teacher {teacher}", flush=True)
    desk.teachers.update(teacher, replace(desk.teachers.draft(teacher), notes=str(n + 1),
                                          subjects="maths"))
    print(f"update {teacher} {n + 1}", flush=True)
    n += 1
"""

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]


def run_trial(path, trial: int, acks_wanted: int, rng: random.Random) -> list[list[str]]:
    """Start the writer, read ``acks_wanted`` acknowledgements, kill it; return the acks."""
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                       os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(trial)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    acks: list[list[str]] = []
    try:
        while len(acks) < acks_wanted:
            line = proc.stdout.readline()
            if not line:  # the writer died on its own: a real failure
                proc.wait(timeout=10)
                pytest.fail(f"trial {trial}: the writer stopped by itself "
                            f"(exit {proc.returncode}):\n{proc.stderr.read()}")
            acks.append(line.split())
        # Land somewhere inside the next write, not always right after an acknowledgement.
        time.sleep(rng.random() * 0.003)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        # What the writer printed before the kill was acknowledged too: read it all. A
        # last line without its newline was cut by the kill: that write was never
        # acknowledged, so it is left out.
        rest = proc.stdout.read().split("\n")[:-1]
        acks.extend(line.split() for line in rest if line.strip())
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return acks


def test_sigkill_during_writes_loses_nothing_acknowledged(tmp_path):
    path = tmp_path / "crash.sqlite3"
    Desk.open(path).close()  # a fresh file, as the application creates it
    rng = random.Random(int(os.environ.get("COACHDESK_CRASH_SEED", "20261121")))

    schools: set[int] = set()
    teachers: set[int] = set()
    notes: dict[int, int] = {}
    trials = 0
    started = time.monotonic()
    for trial in range(TRIALS):
        for ack in run_trial(path, trial, rng.randint(1, MAX_ACKS), rng):
            kind, ident = ack[0], int(ack[1])
            if kind == "school":
                schools.add(ident)
            elif kind == "teacher":
                teachers.add(ident)
            else:
                notes[ident] = int(ack[2])
        trials += 1

        # After every kill the file is whole and holds every acknowledged write.
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            found_schools = {r[0] for r in conn.execute("SELECT id FROM schools")}
            found = dict(conn.execute("SELECT id, notes FROM teachers"))
        finally:
            conn.close()
        assert schools <= found_schools, f"trial {trial}: acknowledged schools lost"
        assert teachers <= set(found), f"trial {trial}: acknowledged teachers lost"
        lost = {t: n for t, n in notes.items() if int(found[t]) < n}
        assert not lost, f"trial {trial}: acknowledged updates lost: {lost}"

    elapsed = time.monotonic() - started
    print(f"{trials} crash trials, {len(schools)} schools, {len(teachers)} teachers and "
          f"{len(notes)} updates acknowledged, none lost, in {elapsed:.1f} s")
    assert trials == TRIALS
    assert teachers, "the writer never acknowledged a write"

    # And CoachDesk opens the file and reads it through the services.
    with Desk.open(path) as desk:
        for teacher_id in sorted(teachers)[:: max(1, len(teachers) // 20)]:
            assert desk.teachers.get(teacher_id).name.startswith("Teacher ")
        with desk.db.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
