"""``coachdesk server init --url URL`` and ``coachdesk copy --from … --to …``.

``server init`` sets up an empty PostgreSQL database for CoachDesk (or upgrades an older
one, or says it is ready). ``copy`` moves a laptop's file to an empty server
(``--from FILE --to URL``) or writes the server's data into a new CoachDesk file
(``--from URL --to FILE``): all or nothing, counts checked. The password is never an
argument: libpq reads it from ~/.pgpass (PGPASSFILE) or a service file.
"""

import argparse

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr


def add_server_commands(subparsers) -> None:
    parser = subparsers.add_parser("server", help="set up a shared PostgreSQL database")
    commands = parser.add_subparsers(dest="server_command", required=True)
    init = commands.add_parser(
        "init", help="create CoachDesk's tables in an empty PostgreSQL database (or "
        "upgrade an older one)")
    init.add_argument("--url", required=True, default=argparse.SUPPRESS,
                      help="postgresql://USER@HOST/DATABASE or postgresql:///?service=NAME "
                      "(no password: it comes from ~/.pgpass or a service file)")
    init.set_defaults(run=_init)
    copy = subparsers.add_parser(
        "copy", help="copy a database file to an empty server, or a server's data to a "
        "new file")
    copy.add_argument("--from", dest="source", required=True, metavar="FILE|URL",
                      help="the database file, or the server's URL, to copy from")
    copy.add_argument("--to", dest="target", required=True, metavar="URL|FILE",
                      help="the empty server database, or the new file, to copy into")
    copy.set_defaults(run=_copy)


def is_url(text: str) -> bool:
    return "://" in text


def _init(args: argparse.Namespace) -> int:
    from coachdesk.services.server import State, init_server

    state = init_server(args.url)
    print({
        State.NEW: tr("The database is set up for CoachDesk."),
        State.OLDER: tr("The database was upgraded for this CoachDesk."),
        State.CURRENT: tr("The database was set up for CoachDesk already; nothing to do."),
    }[state])
    return 0


def _copy(args: argparse.Namespace) -> int:
    from coachdesk.services.server import copy_to_file, copy_to_server

    if is_url(args.source) and not is_url(args.target):
        copied = copy_to_file(args.source, args.target)
    elif is_url(args.target) and not is_url(args.source):
        copied = copy_to_server(args.source, args.target)
    else:
        raise CoachDeskError(tr("Copy between a file and a server: --from FILE --to URL, or "
                                "--from URL --to FILE."))
    for table, rows in copied.items():
        if rows:
            print(f"{table:>20}: {rows}")
    print(tr("Copied %n records from {source} to {target}.", None,
             sum(copied.values())).format(source=args.source, target=args.target))
    return 0
