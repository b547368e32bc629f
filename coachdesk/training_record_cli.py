"""``coachdesk training-record``: a teacher's training record as a workbook or a PDF.

    coachdesk training-record --db PATH --teacher EMAIL|ID|NAME --out FILE.xlsx|FILE.pdf
                              [--lang fi|sv|en]

Written in the teaching language of the teacher's school unless ``--lang`` says; the
file's suffix says which. It only reads the database, so it goes ahead beside the window.
"""

import argparse
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.text import tr
from coachdesk.reports.cli import add_language


def add_training_record_command(subparsers) -> None:
    command = subparsers.add_parser(
        "training-record", help="write a teacher's training record as .xlsx or .pdf")
    command.add_argument("--db", required=True, type=Path, dest="record_db", metavar="PATH",
                         help="the CoachDesk database file")
    command.add_argument("--teacher", required=True, metavar="EMAIL|ID",
                         help="the teacher: e-mail, id or name")
    command.add_argument("--out", required=True, type=Path,
                         help="the file to write: .xlsx or .pdf")
    add_language(command, "(default: the teaching language of the teacher's school)")
    command.set_defaults(run=run_training_record)


def run_training_record(args: argparse.Namespace) -> int:
    from coachdesk.services import Desk

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise CoachDeskError(tr("{path}: give a file name ending in .xlsx or .pdf.").format(
            path=args.out))
    if not Path(args.record_db).is_file():
        raise CoachDeskError(tr("{path} does not exist: name the CoachDesk database file "
                                "with --db PATH.").format(path=args.record_db))
    with Desk.open_for_reading(args.record_db) as desk:
        teacher_id, name = desk.training_record.find_teacher(args.teacher)
        if suffix == ".xlsx":
            from coachdesk.reports.training_record import write_record_workbook

            written = write_record_workbook(desk, teacher_id, args.out, args.output_language)
        else:
            from coachdesk.ui.headless import headless_application
            from coachdesk.ui.training_record_pdf import write_record_pdf

            headless_application()  # Qt lays the PDF out, without a screen
            written = write_record_pdf(desk, teacher_id, args.out, args.output_language)
    print(tr("Wrote the training record of {name} to {path}").format(name=name, path=written))
    return 0
