"""``coachdesk backup``, ``coachdesk restore`` and ``coachdesk check``.

``check`` exits 0 when the file passes SQLite's integrity and foreign-key checks, 1 when
it does not (and names the problems), 2 when it cannot be read at all or is not a
CoachDesk database. ``restore`` writes, so it takes the file's lock as the window does;
``backup`` and ``check`` only read.
"""

import argparse
import sys
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr


def add_safety_commands(subparsers) -> None:
    backup = subparsers.add_parser("backup", help="copy a database file safely, even while "
                                   "it is open")
    backup.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    backup.add_argument("--to", type=Path, help="where to write the copy (default: the "
                        "backups folder beside the database)")
    backup.set_defaults(run=_backup)
    restore = subparsers.add_parser("restore", help="put a backup back in place of a "
                                    "database file (the current file is kept as a backup)")
    restore.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    restore.add_argument("--from", type=Path, dest="source", required=True,
                         help="the backup to restore")
    restore.set_defaults(run=_restore)
    check = subparsers.add_parser("check", help="integrity and foreign-key check of a "
                                  "database file")
    check.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    check.set_defaults(run=_check)


def _db(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None) is None:
        raise CoachDeskError(tr("Name the database file with --db PATH."))
    return args.db


def _backup(args: argparse.Namespace) -> int:
    from coachdesk.services.backups import backup_now

    print(backup_now(_db(args), args.to))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from coachdesk.services.backups import restore
    from coachdesk.services.file_lock import DatabaseLock  # refused while a window has it

    path = _db(args)
    with DatabaseLock(path, holder="coachdesk restore"):
        kept = restore(path, args.source)
    if kept is not None:
        print(tr("The file as it was is kept in {path}").format(path=kept))
    print(tr("Restored {source} into {path}.").format(source=args.source, path=path))
    return 0


def _check(args: argparse.Namespace) -> int:
    from coachdesk.services.backups import check

    verdict = check(_db(args))
    if verdict.ok:
        print(tr("ok: {path} is whole").format(path=args.db))
        return 0
    for line in verdict.integrity:
        if line != "ok":
            print(tr("damaged: {problem}").format(problem=line), file=sys.stderr)
    for row in verdict.foreign_keys:
        print(tr("broken reference: {row}").format(row=row), file=sys.stderr)
    print("coachdesk: " + tr("{path} is damaged. Restore it from a backup: coachdesk "
                             "restore --db {path} --from BACKUP").format(path=args.db),
          file=sys.stderr)
    return 1
