"""``coachdesk import schools|teachers|devices FILE.xlsx --db PATH [--dry-run]``,
``coachdesk import costs FILE.xlsx --db PATH --grant NAME`` (an accounting export), and
``coachdesk import signups|cancellations|requests FILE.xlsx --db PATH [--dry-run]`` (the
Excel export of a form: Microsoft Forms, Google Forms, Webropol).

Prints the sheet read, how the columns were matched (and why a column is not imported),
the total rows set aside and one line per row with its problems; saves all rows or, if
any row has a problem, nothing. Exit status: 0 done (or a clean dry run),
1 rows have problems (nothing saved), 2 the file or database could not be used.
"""

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path

from coachdesk.domain.text import tr

KINDS = ("schools", "teachers", "devices", "training-elsewhere", "levels", "costs")
FORMS = ("signups", "cancellations", "requests")


def add_import_commands(subparsers) -> None:
    """Add the ``import`` sub-command to the ``coachdesk`` parser's sub-parsers."""
    parser = subparsers.add_parser(
        "import",
        help="import schools, teachers, devices, competence self-assessments or a grant's "
        "costs from an Excel (.xlsx) list",
        description="Import a list of schools, teachers, devices or teachers' competence "
        "self-assessments (a survey's export: name or e-mail, level, date) from an .xlsx file. "
        "Column names in Finnish, Swedish or English are recognised. Either every row is "
        "saved or, if any row has a problem, nothing is.",
    )
    parser.add_argument("kind", choices=KINDS + FORMS, help="what the list holds")
    parser.add_argument("file", type=Path, metavar="FILE.xlsx", help="the Excel file")
    # SUPPRESS: "coachdesk --db X import …" keeps the X given before the command.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="database file to import into")
    parser.add_argument("--url", default=argparse.SUPPRESS,
                        help="a database server URL instead of a file")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the "
                        "one whose header row names the most columns)")
    parser.add_argument("--dry-run", action="store_true",
                        help="print what would be imported and save nothing")
    parser.add_argument("--skip-existing", action="store_true",
                        help="leave records that already exist as they are (default: "
                        "update them from the file)")
    parser.add_argument("--create-categories", action="store_true",
                        help="devices: create the categories the list names that do not "
                        "exist yet, and put devices without a category in “Uncategorised”")
    parser.add_argument("--grant", metavar="NAME",
                        help="costs: the grant whose budget lines the costs go on")
    parser.add_argument("--add-unknown", action="store_true",
                        help="signups: add a teacher CoachDesk does not know to the school "
                        "the answer names (default: leave the answer for a later import)")
    parser.add_argument("--mails", type=Path, metavar="FOLDER",
                        help="signups, cancellations: write an e-mail draft (.eml) to each "
                        "teacher into FOLDER after the import")
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace, out=None) -> int:
    from coachdesk.domain.errors import CoachDeskError
    from coachdesk.reports.imports import read_plan
    from coachdesk.services.imports import ImportProblems, OnMatch

    out = out or sys.stdout
    db_path, url = getattr(args, "db", None), getattr(args, "url", None)
    if db_path is None and url is None:
        raise CoachDeskError(tr("say which database to import into with --db PATH "
                                "(or --url for a database server)."))
    if db_path is not None and not Path(db_path).expanduser().exists():
        raise CoachDeskError(tr("there is no database {path}; check the path, or create "
                                "one by opening CoachDesk first.").format(path=db_path))
    if args.kind == "costs":
        return run_cost_import(args, db_path, url, out)
    if args.kind in FORMS:
        return run_form_import(args, db_path, url, out)
    plan = read_plan(args.file, args.kind, sheet=args.sheet)
    print(tr("{file}: sheet “{sheet}”, header on row {row}, %n rows", None,
             len(plan.rows)).format(file=args.file, sheet=plan.sheet, row=plan.header_row),
          file=out)
    others = [name for name in plan.sheets if name != plan.sheet]
    if others:
        print("  " + tr("The workbook also has the sheets {names}; read another with "
                        "--sheet NAME.").format(names=", ".join(f"“{n}”" for n in others)),
              file=out)
    for line in plan.describe_mapping():
        print(f"  {line}", file=out)
    for total in plan.total_rows:
        print(total.describe(), file=out)
    records = plan.records()
    on_match = OnMatch.SKIP if args.skip_existing else OnMatch.UPDATE
    options = {"on_match": on_match, "create_categories": args.create_categories}
    with ExitStack() as held:
        desk = _open(held, db_path, url, args.dry_run)
        if args.dry_run:
            preview = desk.imports.preview(args.kind, records, **options)
        else:
            try:
                preview = desk.imports.apply(args.kind, records, **options)
            except ImportProblems as exc:
                preview = exc.preview
    for problem in preview.lines:
        print(problem.describe(), file=out)
    print(preview.summary(), file=out)
    if preview.missing_categories and not args.create_categories:
        names = ", ".join(f"“{n}”" for n in preview.missing_categories)
        print(tr("Categories that do not exist yet: {names}; add --create-categories to "
                 "create them.").format(names=names), file=out)
    if args.dry_run:
        print(tr("Dry run: nothing was saved."), file=out)
        return 0 if preview.ok else 1
    if not preview.ok:
        bad = preview.problem_rows
        rows = ", ".join(str(r) for r in bad[:20]) + (
            tr(" and %n more", None, len(bad) - 20) if len(bad) > 20 else "")
        said = (tr("nothing was imported: row {rows} has a problem. Correct the file, or "
                   "leave the row out, then import again.") if len(bad) == 1 else
                tr("nothing was imported: %n rows have problems (rows {rows}). Correct the "
                   "file, or leave the rows out, then import again.", None, len(bad)))
        print("coachdesk: " + said.format(rows=rows), file=sys.stderr)
        return 1
    print(tr("Imported: {new} new, {updated} updated, {skipped} skipped.").format(
        new=preview.creates, updated=preview.updates, skipped=preview.skips), file=out)
    return 0


def _open(held: ExitStack, db_path, url, dry_run: bool):
    """The desk to import into, held open by ``held``."""
    from coachdesk.services import Desk
    from coachdesk.services.file_lock import DatabaseLock

    if db_path is None:
        assert url is not None  # neither was refused before
        desk = Desk.open_url(url)
    elif dry_run:  # reads only: no lock, nothing created or upgraded
        desk = Desk.open_for_reading(db_path)
    else:  # never beside the window or another command that writes
        held.enter_context(DatabaseLock(db_path, holder="coachdesk import"))
        desk = Desk.open(db_path)
    held.enter_context(desk)
    return desk


def _print_plan(plan, out) -> None:
    print(tr("{file}: sheet “{sheet}”, header on row {row}, %n rows", None,
             len(plan.rows)).format(file=plan.path, sheet=plan.sheet, row=plan.header_row),
          file=out)
    for line in plan.describe_mapping():
        print(f"  {line}", file=out)
    for total in plan.total_rows:
        print(total.describe(), file=out)


def run_form_import(args: argparse.Namespace, db_path, url, out) -> int:
    """Take in a form's answers: every row, or nothing and each row's problems (exit
    status 1); with --dry-run, the plan and nothing saved."""
    from coachdesk.reports.form_mails import write_reply_mails
    from coachdesk.reports.imports import read_plan
    from coachdesk.services.form_rows import FormProblems

    sheet = read_plan(args.file, args.kind, sheet=args.sheet)
    _print_plan(sheet, out)
    records = sheet.records()
    written = []
    with ExitStack() as held:
        # A dry run takes the rows in and undoes it, so it needs a writable database.
        desk = _open(held, db_path, url, dry_run=False)
        try:
            if args.dry_run:
                plan = desk.forms.preview(args.kind, records, add_unknown=args.add_unknown)
            else:
                plan = desk.forms.apply(args.kind, records, add_unknown=args.add_unknown)
        except FormProblems as exc:
            plan = exc.plan
        if plan.saved and args.mails is not None:
            written = write_reply_mails(desk, plan, args.mails)
    for line in plan.lines:
        print(line.describe(), file=out)
    print(plan.summary(), file=out)
    if args.dry_run:
        print(tr("Dry run: nothing was saved."), file=out)
        return 0 if plan.ok else 1
    if not plan.ok:
        rows = ", ".join(str(r) for r in plan.problem_rows[:20])
        print("coachdesk: " + tr("nothing was imported: the rows {rows} of the form have "
                                 "problems. Correct the file, or leave the rows out, then "
                                 "import again.").format(rows=rows), file=sys.stderr)
        return 1
    if written:
        print(tr("%n e-mail drafts written to {folder}.", None, len(written)).format(
            folder=args.mails), file=out)
    return 0


def run_cost_import(args: argparse.Namespace, db_path, url, out) -> int:
    """Import an accounting export's costs on a grant: all rows, or none and each row's
    problems on stderr (exit status 1)."""
    from coachdesk.domain.errors import CoachDeskError
    from coachdesk.reports.cost_import import read_costs
    from coachdesk.services import Desk
    from coachdesk.services.costs import CostImportProblems
    from coachdesk.services.file_lock import DatabaseLock

    if not args.grant:
        raise CoachDeskError(tr("Say which grant the costs are for with --grant NAME."))
    if args.dry_run:
        raise CoachDeskError(tr("--dry-run is for schools, teachers and devices: a cost "
                                "import saves every row or none, so a file with a problem "
                                "changes nothing."))
    sheet = read_costs(args.file)
    print(f"{args.file}: sheet “{sheet.sheet}”, header on row {sheet.header_row}, "
          f"{len(sheet.rows)} rows", file=out)
    with ExitStack() as held:
        if db_path is None:
            desk = Desk.open_url(url)
        else:  # never beside the window or another command that writes
            held.enter_context(DatabaseLock(db_path, holder="coachdesk import"))
            desk = Desk.open(db_path)
        held.enter_context(desk)
        grant_id, name = desk.grant_report.find_grant(args.grant)
        try:
            count = desk.costs.import_costs(grant_id, sheet.rows)
        except CostImportProblems as exc:
            print(f"coachdesk: {exc}", file=sys.stderr)
            return 1
    print(f"Imported {count} costs on {name}.", file=out)
    return 0
