"""desk.grants: the grants that pay for the tutoring and their budget lines.

A grant is saved with its lines in one go, as its form shows them: a line that keeps its
id keeps the costs booked on it; a line left out is removed, which is refused while costs
are booked on it (they would lose their line).
"""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.grants import BudgetLine, Grant, GrantDraft, LineDraft
from coachdesk.domain.text import search_key, tr
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.services.versions import touch
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

EDITABLE = {"name", "funder", "decision_number", "decision_date", "starts", "ends", "amount",
            "share", "own_share", "values_hours", "notes"}


@dataclass(frozen=True)
class LineTotal:
    """A budget line with the entered costs booked on it so far (all of them, before the
    grant's share)."""

    id: int
    name: str
    budget: Decimal
    costs: Decimal


class GrantService:
    def __init__(self, db: Database):
        self.db = db

    # -- one grant ------------------------------------------------------------------------
    def add(self, draft: GrantDraft) -> int:
        """Add a grant with its budget lines; returns its id. Raises ValidationError naming
        each bad field (the lines' problem under ``lines``)."""
        grant = Grant(name="")
        with self.db.transaction() as s:
            self._fill(s, grant, draft)
            s.add(grant)
            s.flush()
            self._save_lines(s, grant.id, draft.lines)
            return grant.id

    def update(self, grant_id: int, draft: GrantDraft) -> None:
        with self.db.transaction() as s:
            grant = get_or_raise(s, Grant, grant_id, tr("grant"))
            self._fill(s, grant, draft)
            self._check_costs_in_period(s, grant)
            self._save_lines(s, grant_id, draft.lines)

    def draft(self, grant_id: int) -> GrantDraft:
        """The grant and its lines as its form shows them."""
        with self.db.transaction() as s:
            grant = get_or_raise(s, Grant, grant_id, tr("grant"))
            lines = s.scalars(select(BudgetLine).where(BudgetLine.grant_id == grant_id)
                              .order_by(BudgetLine.id)).all()
            return GrantDraft(
                **{key: getattr(grant, key) for key in EDITABLE},
                lines=tuple(LineDraft(line.name, line.kind, line.budget, line.language,
                                      line.id) for line in lines))

    def get(self, grant_id: int) -> Grant:
        with self.db.transaction() as s:
            return get_or_raise(s, Grant, grant_id, tr("grant"))

    def archive(self, grant_id: int) -> None:
        """Hide a grant from the picker (an ended one); its lines and costs are kept."""
        self._set_archived(grant_id, True)

    def restore(self, grant_id: int) -> None:
        self._set_archived(grant_id, False)

    def choices(self, include_archived: bool = False) -> list[tuple[int, str]]:
        """(id, name) of the grants, the latest period first."""
        c = t.grants.c
        query = select(c.id, c.name).order_by(c.starts.desc(), c.name_key)
        if not include_archived:
            query = query.where(~c.archived)
        with self.db.reading() as conn:
            return [(row.id, row.name) for row in conn.execute(query)]

    def lines(self, grant_id: int) -> list[LineTotal]:
        """The grant's budget lines in the order they were given, with their costs."""
        b, k = t.budget_lines.c, t.costs.c
        spent = (select(func.coalesce(func.sum(k.amount), 0)).where(k.line_id == b.id)
                 .correlate(t.budget_lines).scalar_subquery())
        with self.db.reading() as conn:
            rows = conn.execute(select(b.id, b.name, b.budget, spent.label("costs"))
                                .where(b.grant_id == grant_id).order_by(b.id)).all()
        return [LineTotal(row.id, row.name, Decimal(row.budget), Decimal(row.costs))
                for row in rows]

    # -- writing --------------------------------------------------------------------------
    def _fill(self, session, grant: Grant, draft: GrantDraft) -> None:
        apply(grant, draft.grant_fields(), EDITABLE)
        errors: dict[str, str] = {}
        try:
            draft.check()
        except ValidationError as exc:
            errors = exc.errors
        try:
            grant.check()
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        duplicate = {"name": tr("A grant named “{name}” already exists. Give this one "
                                "another name, e.g. with its years.").format(name=grant.name)}
        # No autoflush: flushing the new name first would hit the unique index instead.
        with session.no_autoflush:
            taken = grant.name and "name" not in errors and session.scalar(
                select(t.grants.c.id).where(t.grants.c.name_key == search_key(grant.name),
                                            t.grants.c.id != (grant.id or -1))) is not None
        if taken:
            errors = {**duplicate, **errors}
        if errors:
            raise ValidationError(errors)
        try:
            session.flush()
        except IntegrityError as exc:  # a second writer got there first
            raise ValidationError(duplicate) from exc

    @staticmethod
    def _check_costs_in_period(session, grant: Grant) -> None:
        """A shorter period may not leave costs already booked outside it."""
        k, b = t.costs.c, t.budget_lines.c
        outside = session.scalar(
            select(func.count()).select_from(t.costs.join(t.budget_lines))
            .where(b.grant_id == grant.id,
                   (k.spent_on < grant.starts) | (k.spent_on > grant.ends)))
        if outside:
            raise ValidationError({"starts": tr(
                "{n} costs of this grant fall outside the new period. Move them to another "
                "grant's line or change their dates first.").format(n=outside)})

    @staticmethod
    def _save_lines(session, grant_id: int, drafts: tuple[LineDraft, ...]) -> None:
        """The grant's lines as ``drafts``; a change of them makes the grant a version
        newer (its form shows them), checked as a change of its fields is."""
        existing = {line.id: line for line in session.scalars(
            select(BudgetLine).where(BudgetLine.grant_id == grant_id))}
        kept = {d.id for d in drafts if d.id is not None}
        if kept - set(existing):  # a line of another grant, or one removed meanwhile
            raise ValidationError({"lines": tr(
                "A budget line was removed meanwhile. Close the form and open it again.")})
        if set(existing) != kept or None in (d.id for d in drafts) or any(
                (line.name, line.kind, line.budget, line.language)
                != (draft.name, draft.kind, draft.budget, draft.language)
                for draft in drafts for line in [existing.get(draft.id)] if line is not None):
            touch(session, t.grants, grant_id)
        for line_id in set(existing) - kept:
            booked = session.scalar(select(func.count()).where(t.costs.c.line_id == line_id))
            if booked:
                raise ValidationError({"lines": tr(
                    "The budget line “{name}” has {n} costs booked on it: move them to "
                    "another line before removing it.").format(
                    name=existing[line_id].name, n=booked)})
            session.delete(existing[line_id])
        session.flush()  # a removed line's name is free for a new one
        for draft in drafts:
            line = existing.get(draft.id) if draft.id is not None else None
            if line is None:
                line = draft.line(grant_id)
                line.id = None
                session.add(line)
            else:
                line.name, line.kind = draft.name, draft.kind
                line.budget, line.language = draft.budget, draft.language
            line.check()
        session.flush()

    def _set_archived(self, grant_id: int, archived: bool) -> None:
        with self.db.transaction() as s:
            get_or_raise(s, Grant, grant_id, tr("grant")).archived = archived
