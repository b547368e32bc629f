"""desk.costs: the costs entered on a grant's budget lines (substitutes, venues, travel, a
training day, devices bought). Each belongs to one line, and through it to one grant;
its date falls in the grant's period."""

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from coachdesk.domain.devices import Device
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.grants import BudgetLine, Cost, CostDraft, Grant, check_in_period
from coachdesk.domain.schools import School
from coachdesk.domain.text import search_key, tr
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id

EDITABLE = {"line_id", "spent_on", "amount", "description", "school_id", "device_id",
            "reference"}
SHOWN_PROBLEMS = 20  # rows said in the message; the rest are counted


@dataclass(frozen=True)
class ImportedCost:
    """A row of an accounting export as the reader gives it: the date and the amount
    read, the budget line and the school by name, and what could not be read."""

    row: int  # the sheet's row number
    spent_on: date | None
    amount: Decimal | None
    line: str = ""  # the budget line's name; blank: the grant's only line
    description: str = ""
    school: str = ""  # a school's name, or blank
    reference: str = ""
    problems: dict[str, str] = field(default_factory=dict)  # field: message


class CostImportProblems(ValidationError):
    """Rows of the export have problems; nothing was saved. ``errors`` has one entry per
    row ("row 7": its problems)."""

    def __init__(self, problems: dict[int, list[str]]):
        super().__init__({f"row {row}": " ".join(texts) for row, texts in problems.items()})
        rows = sorted(problems)
        head = tr("Nothing was imported: %n rows have problems. Correct them in the "
                  "file, then import it again.", None, len(rows))
        details = [tr("Row {row}: {problems}").format(row=row, problems=" ".join(
            problems[row])) for row in rows[:SHOWN_PROBLEMS]]
        if len(rows) > SHOWN_PROBLEMS:
            details.append(tr("… and %n more rows.", None, len(rows) - SHOWN_PROBLEMS))
        self.args = ("\n".join([head, *details]),)


class CostRowsProblems(ValidationError):
    """Rows of a cost table have problems; nothing was saved. ``rows`` holds each such
    row's problems by field (row index from 0: field: message)."""

    def __init__(self, rows: dict[int, dict[str, str]]):
        super().__init__({f"row {row + 1}": " ".join(dict.fromkeys(said.values()))
                          for row, said in rows.items()})
        self.rows = rows
        self.args = (tr("Nothing was saved: %n rows have problems. Correct them, then "
                        "save again.", None, len(rows)),)


class CostService:
    def __init__(self, db: Database):
        self.db = db

    def add(self, draft: CostDraft) -> int:
        """Enter a cost; returns its id. Raises ValidationError naming each bad field."""
        cost = Cost(line_id=0, spent_on=None, amount=None)
        with self.db.transaction() as s:
            self._fill(s, cost, draft)
            return new_id(s, cost)

    def add_many(self, drafts: list[CostDraft]) -> list[int]:
        """Enter the costs of a table, all or none: if any row has a problem,
        CostRowsProblems names each such row's fields. Returns the ids in row order."""
        if not drafts:
            raise ValidationError({"rows": tr("Type at least one cost in the table.")})
        with self.db.transaction() as s:
            costs, problems = self._rows(s, drafts)
            if problems:
                raise CostRowsProblems(problems)
            return [new_id(s, cost) for cost in costs]

    def check_many(self, drafts: list[CostDraft]) -> dict[int, dict[str, str]]:
        """What add_many would refuse of each row (row index: field: message), saving
        nothing: a table shows it beside the rows it cannot read yet."""
        with self.db.transaction() as s:
            return self._rows(s, drafts)[1]

    def _rows(self, session, drafts: list[CostDraft]
              ) -> tuple[list[Cost], dict[int, dict[str, str]]]:
        costs, problems = [], {}
        for row, draft in enumerate(drafts):
            cost = Cost(line_id=0, spent_on=None, amount=None)
            try:
                self._fill(session, cost, draft)
            except ValidationError as exc:
                problems[row] = exc.errors
            costs.append(cost)
        return costs, problems

    def update(self, cost_id: int, draft: CostDraft) -> None:
        with self.db.transaction() as s:
            cost = get_or_raise(s, Cost, cost_id, tr("cost"))
            self._fill(s, cost, draft)

    def draft(self, cost_id: int) -> CostDraft:
        cost = self.get(cost_id)
        return CostDraft(**{key: getattr(cost, key) for key in EDITABLE})

    def get(self, cost_id: int) -> Cost:
        with self.db.transaction() as s:
            return get_or_raise(s, Cost, cost_id, tr("cost"))

    def delete(self, cost_id: int) -> None:
        """Remove a cost entered by mistake (the change log keeps it for Undo)."""
        with self.db.transaction() as s:
            s.delete(get_or_raise(s, Cost, cost_id, tr("cost")))

    def import_costs(self, grant_id: int, rows: list[ImportedCost]) -> int:
        """Save every row as a cost of the grant, or none: if any row has a problem,
        CostImportProblems names each such row by its number. Returns how many."""
        if not rows:
            raise ValidationError({"file": tr("The file has no costs under its header row.")})
        with self.db.transaction() as s:
            grant = get_or_raise(s, Grant, grant_id, tr("grant"))
            b, sc = t.budget_lines.c, t.schools.c
            lines = s.execute(select(b.id, b.name).where(b.grant_id == grant_id)).all()
            by_name = {search_key(line.name): line.id for line in lines}
            schools = dict(s.execute(select(sc.name_key, sc.id)).all())
            drafts, problems = [], {}
            for row in rows:
                draft, said = self._imported(row, grant, lines, by_name, schools)
                if said:
                    problems[row.row] = said
                drafts.append(draft)
            if problems:
                raise CostImportProblems(problems)
            for draft in drafts:
                cost = draft.cost()
                cost.check()  # cleans the text as it is stored
                s.add(cost)
            return len(drafts)

    @staticmethod
    def _imported(row: ImportedCost, grant: Grant, lines, by_name: dict[str, int],
                  schools: dict[str, int]) -> tuple[CostDraft, list[str]]:
        """The row as a draft, and its problems, each naming its column."""
        problems = dict(row.problems)
        line_id = by_name.get(search_key(row.line)) if row.line else (
            lines[0].id if len(lines) == 1 else None)
        if line_id is None:
            names = ", ".join(f"“{line.name}”" for line in lines)
            problems["line_id"] = (
                tr("No budget line of the grant is called “{name}” (it has {names}).")
                .format(name=row.line, names=names) if row.line
                else tr("Say the budget line ({names}).").format(names=names))
        school_id = schools.get(search_key(row.school)) if row.school else None
        if row.school and school_id is None:
            problems["school_id"] = tr("There is no school called “{name}”.").format(
                name=row.school)
        draft = CostDraft(line_id, row.spent_on, row.amount, row.description, school_id,
                          None, row.reference)
        if not {"spent_on", "amount"} & set(row.problems):
            try:
                draft.check()
            except ValidationError as exc:
                for key, text in exc.errors.items():
                    problems.setdefault(key, text)
            problems.update({key: text for key, text in check_in_period(
                row.spent_on, *grant.period).items() if key not in problems})
        return draft, list(dict.fromkeys(problems.values()))

    def device_choices(self) -> list[tuple[int, str]]:
        """(id, "asset tag · category model") of the register's devices, for the cost
        of buying one; by asset tag, so that typing a tag in the picker finds it."""
        d = t.devices.c
        with self.db.reading() as conn:
            rows = conn.execute(select(d.id, d.asset_tag, d.category, d.model)
                                .order_by(d.asset_tag)).all()
        return [(row.id, " ".join(filter(None, (f"{row.asset_tag} ·", row.category,
                                                row.model)))) for row in rows]

    def list_source(self) -> ListSource:
        """Costs by date. Filter ``grant`` (an id) shows one grant's."""
        k, b, sc, d = t.costs.c, t.budget_lines.c, t.schools.c, t.devices.c
        return ListSource(
            db=self.db,
            id_column=k.id,
            from_clause=t.costs.join(t.budget_lines).outerjoin(
                t.schools, sc.id == k.school_id).outerjoin(t.devices, d.id == k.device_id),
            columns=[
                ListColumn("spent_on", k.spent_on),
                ListColumn("line", b.name),
                ListColumn("amount", k.amount, numeric=True),
                ListColumn("description", k.description),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("device", d.asset_tag),
                ListColumn("reference", k.reference),
            ],
            search=[func.lower(k.description), func.lower(b.name), func.lower(k.reference),
                    sc.name_key, func.lower(d.asset_tag)],
            filters={"grant": lambda grant_id: None if grant_id is None
                     else b.grant_id == grant_id},
            default_sort="spent_on",
        )

    def _fill(self, session, cost: Cost, draft: CostDraft) -> None:
        try:
            draft.check()
            errors: dict[str, str] = {}
        except ValidationError as exc:
            errors = exc.errors
        apply(cost, asdict(draft), EDITABLE)
        with session.no_autoflush:  # nothing is written before it is checked
            self._check_links(session, draft, errors)
        if errors:
            raise ValidationError(errors)
        cost.check()  # cleans the text as it is stored

    @staticmethod
    def _check_links(session, draft: CostDraft, errors: dict[str, str]) -> None:
        """The line, school and device a cost names exist; its date is in the period."""
        if "line_id" not in errors:
            line = session.get(BudgetLine, draft.line_id)
            if line is None:
                errors["line_id"] = tr("That budget line no longer exists.")
            elif "spent_on" not in errors:
                grant = session.get(Grant, line.grant_id)
                errors.update(check_in_period(draft.spent_on, grant.starts, grant.ends))
        if draft.school_id is not None and session.get(School, draft.school_id) is None:
            errors["school_id"] = tr("That school no longer exists.")
        if draft.device_id is not None and session.get(Device, draft.device_id) is None:
            errors["device_id"] = tr("That device no longer exists.")
