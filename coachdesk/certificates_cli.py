"""``coachdesk certificates`` and ``coachdesk verify``.

    coachdesk certificates --db PATH --series NAME|ID --out-dir DIR [--lang fi|sv|en]
                           [--one-file] [--mail]
    coachdesk verify CODE --db PATH

``certificates`` issues the certificates of a training to every teacher who completed it
(those issued before keep their codes) and writes them as PDF, each in the teaching
language of the teacher's school unless ``--lang`` says otherwise (``--mail``: an e-mail
draft per teacher too, the certificate attached); it writes, so it takes
the file's lock as the window does. ``verify`` exits 0 for a genuine code, 1 for a
revoked, unknown or mistyped one, and says what it certifies.
"""

import argparse
import sys
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.language import LANGUAGES
from coachdesk.domain.text import tr


def add_certificate_commands(subparsers) -> None:
    write = subparsers.add_parser(
        "certificates", help="issue a training's certificates and write them as PDF")
    write.add_argument("--db", required=True, type=Path, dest="certificates_db",
                       metavar="PATH", help="the CoachDesk database file")
    write.add_argument("--series", "--training", required=True, dest="training",
                       metavar="NAME|ID", help="the training (its name or id)")
    write.add_argument("--out-dir", required=True, type=Path, dest="out_dir",
                       help="the folder for the PDF files (made if missing)")
    write.add_argument("--lang", choices=LANGUAGES, dest="output_language",
                       help="write them in this language (default: the teaching language "
                       "of each teacher's school)")
    write.add_argument("--one-file", action="store_true", dest="one_file",
                       help="all certificates in one PDF, for printing")
    write.add_argument("--mail", action="store_true",
                       help="also an e-mail draft (.eml) per teacher, the certificate attached")
    write.set_defaults(run=_certificates)
    verify = subparsers.add_parser("verify", help="say whether a certificate's code is "
                                   "genuine and what it certifies")
    verify.add_argument("code", help="the verification code, e.g. 7KQ2M-X94RD")
    verify.add_argument("--db", required=True, type=Path, dest="certificates_db",
                        metavar="PATH", help="the CoachDesk database file")
    verify.set_defaults(run=_verify)


def _certificates(args: argparse.Namespace) -> int:
    from coachdesk.services import Desk
    from coachdesk.services.file_lock import DatabaseLock

    _existing(args.certificates_db)  # the lock would make the folder of a mistyped path
    with DatabaseLock(args.certificates_db, holder="coachdesk certificates"), \
            Desk.open(args.certificates_db, create=False) as desk:
        training_id, name = desk.trainings.find(args.training)
        from coachdesk.ui.certificate_print import write_certificates, write_mails
        from coachdesk.ui.headless import headless_application

        headless_application()  # Qt draws the PDFs, without a screen

        written = write_certificates(desk, training_id, args.out_dir,
                                     language=args.output_language, one_file=args.one_file)
        if args.mail:
            written += write_mails(desk, desk.trainings.facts(training_id),
                                   desk.certificates.issue(training_id), args.out_dir,
                                   args.output_language)
        count = sum(1 for x in desk.certificates.of_training(training_id) if not x.revoked)
    print(tr("Wrote {count} certificates of “{training}” to {path}").format(
        count=count, training=name, path=args.out_dir))
    for path in written:
        print(path)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from coachdesk.services import Desk

    _existing(args.certificates_db)
    with Desk.open_for_reading(args.certificates_db) as desk:
        found = desk.certificates.verify(args.code)
    if found.genuine:
        print(found.text())
        return 0
    print("coachdesk: " + found.text(), file=sys.stderr)
    return 1


def _existing(path: Path) -> None:
    if not Path(path).is_file():
        raise CoachDeskError(tr("{path} does not exist: name the CoachDesk database file "
                                "with --db PATH.").format(path=path))


