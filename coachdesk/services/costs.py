"""desk.costs: the costs entered on a grant's budget lines (substitutes, venues, travel, a
training day, devices bought). Each belongs to one line, and through it to one grant;
its date falls in the grant's period."""

from dataclasses import asdict

from sqlalchemy import func

from coachdesk.domain.devices import Device
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.grants import BudgetLine, Cost, CostDraft, Grant, check_in_period
from coachdesk.domain.schools import School
from coachdesk.domain.text import tr
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource

EDITABLE = {"line_id", "spent_on", "amount", "description", "school_id", "device_id",
            "reference"}


class CostService:
    def __init__(self, db: Database):
        self.db = db

    def add(self, draft: CostDraft) -> int:
        """Enter a cost; returns its id. Raises ValidationError naming each bad field."""
        cost = Cost(line_id=0, spent_on=None, amount=None)
        with self.db.transaction() as s:
            self._fill(s, cost, draft)
            s.add(cost)
            s.flush()
            return cost.id

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

    def list_source(self) -> ListSource:
        """Costs by date. Filter ``grant`` (an id) shows one grant's."""
        k, b, sc = t.costs.c, t.budget_lines.c, t.schools.c
        return ListSource(
            db=self.db,
            id_column=k.id,
            from_clause=t.costs.join(t.budget_lines).outerjoin(
                t.schools, sc.id == k.school_id),
            columns=[
                ListColumn("spent_on", k.spent_on),
                ListColumn("line", b.name),
                ListColumn("amount", k.amount, numeric=True),
                ListColumn("description", k.description),
                ListColumn("school", sc.name, sort=sc.name_key),
                ListColumn("reference", k.reference),
            ],
            search=[func.lower(k.description), func.lower(b.name), func.lower(k.reference),
                    sc.name_key],
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
