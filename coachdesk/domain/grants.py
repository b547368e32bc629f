"""Grants that pay for the tutoring, their budget lines, and the costs booked on them.

A grant (a state grant, say) has a period, an amount and the share of the approved costs
it covers (80 %: the municipality pays the rest, its own share). Its decision splits it
into budget lines: the tutors' salaries per language unit, substitutes, training and
development days, travel, devices, other. A line's budget is the grant's money for it,
as the decision gives it. Every cost belongs to one line, and through it to one grant.
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.formats import format_date
from coachdesk.domain.schools import Language
from coachdesk.domain.text import search_key, tr
from coachdesk.domain.validation import Checker, clean, clean_text

CENTS = Decimal("0.01")
# Money columns are NUMERIC(12, 2): ten digits before the decimal point.
MONEY_LIMIT = Decimal("10000000000")
HOURLY_COST_LIMIT = Decimal("1000")  # euros an hour: more is a typo


class LineKind(StrEnum):
    TUTOR_SALARIES = "tutor_salaries"  # the tutors' released time, valued at their cost
    SUBSTITUTES = "substitutes"
    TRAINING = "training"  # training and development days
    TRAVEL = "travel"
    DEVICES = "devices"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            LineKind.TUTOR_SALARIES: tr("Tutor salaries"),
            LineKind.SUBSTITUTES: tr("Substitutes"),
            LineKind.TRAINING: tr("Training and development days"),
            LineKind.TRAVEL: tr("Travel"),
            LineKind.DEVICES: tr("Devices"),
            LineKind.OTHER: tr("Other"),
        }[self]


def cents(value: Decimal) -> Decimal:
    """Money rounded to cents, halves up (as accounting rounds)."""
    return value.quantize(CENTS, rounding=ROUND_HALF_UP)


def check_money(c: Checker, field: str, value: Decimal | None, label: str,
                required: bool = True, negative: bool = False) -> None:
    """An amount of euros: given (if ``required``), in cents, not negative (unless
    ``negative``), and small enough for its column."""
    if value is None:
        if required:
            c.fail(field, tr("{label} is required.").format(label=label))
        return
    if not value.is_finite():
        c.fail(field, tr("{label} must be a number.").format(label=label))
    elif value < 0 and not negative:
        c.fail(field, tr("{label} cannot be negative.").format(label=label))
    elif abs(value) >= MONEY_LIMIT:
        c.fail(field, tr("{label} cannot be more than {maximum}.").format(
            label=label, maximum=MONEY_LIMIT - 1))
    elif value != value.quantize(CENTS):
        c.fail(field, tr("{label}: give euros and cents, at most two decimals.").format(
            label=label))


def own_share_of(amount: Decimal, share: Decimal) -> Decimal:
    """The own share that goes with a grant of ``amount`` covering ``share`` per cent of
    the costs: 536 776 € at 80 % leaves 134 194 € to the municipality."""
    if share <= 0:
        return Decimal(0)
    return cents(amount * (100 - share) / share)


@dataclass(eq=False)
class Grant:
    name: str
    starts: date | None = None
    ends: date | None = None
    amount: Decimal = Decimal(0)  # the grant's money
    share: Decimal = Decimal(100)  # per cent of the approved costs the grant covers
    own_share: Decimal = Decimal(0)  # what the municipality pays, as budgeted
    funder: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    # The tutors' recorded hours are costs of its salary lines, at their hourly cost.
    # Off when the salaries come in from the accounting as entered costs instead.
    values_hours: bool = True
    notes: str = ""
    archived: bool = False
    id: int | None = None
    name_key: str = ""  # kept by check(): one grant per name, whatever the case

    def check(self) -> None:
        self.name = clean(self.name)
        self.funder = clean(self.funder)
        self.decision_number = clean(self.decision_number)
        self.notes = clean_text(self.notes)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.single_line("funder", self.funder, tr("Funder"))
        c.single_line("decision_number", self.decision_number, tr("Decision number"))
        c.multi_line("notes", self.notes, tr("Notes"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 200, tr("Name"))
        c.max_length("funder", self.funder, 200, tr("Funder"))
        c.max_length("decision_number", self.decision_number, 100, tr("Decision number"))
        if self.starts is None:
            c.fail("starts", tr("Give the first day of the grant's period."))
        if self.ends is None:
            c.fail("ends", tr("Give the last day of the grant's period."))
        c.plausible_year("starts", self.starts, tr("Starts"))
        c.plausible_year("ends", self.ends, tr("Ends"))
        c.plausible_year("decision_date", self.decision_date, tr("Decision date"))
        c.order("ends", self.starts, self.ends,
                tr("The period cannot end before it starts."))
        check_money(c, "amount", self.amount, tr("Amount"))
        if self.share is None:
            c.fail("share", tr("Give the share of the costs the grant covers, e.g. 80."))
        elif not self.share.is_finite() or not 0 < self.share <= 100:
            c.fail("share", tr("The share is a percentage more than 0 and at most 100."))
        elif self.share != self.share.quantize(CENTS):
            c.fail("share", tr("Give the share with at most two decimals, e.g. 80."))
        check_money(c, "own_share", self.own_share, tr("Own share"), required=False)
        c.raise_if_any()
        self.name_key = search_key(self.name)

    @property
    def period(self) -> tuple[date, date]:
        """The first and the last day: a saved grant has both (``check``)."""
        if self.starts is None or self.ends is None:
            raise ValueError(f"the grant {self.name!r} has no period yet")
        return self.starts, self.ends


@dataclass(eq=False)
class BudgetLine:
    grant_id: int
    name: str
    kind: LineKind = LineKind.OTHER
    budget: Decimal = Decimal(0)  # the grant's money for the line
    language: Language | None = None  # the language unit it pays for; None: every unit
    id: int | None = None

    def check(self) -> None:
        self.name = clean(self.name)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, 200, tr("Name"))
        if not isinstance(self.kind, LineKind):
            c.fail("kind", tr("Choose the kind of budget line."))
        if self.language is not None and not isinstance(self.language, Language):
            c.fail("language", tr("Choose the language unit, or none."))
        check_money(c, "budget", self.budget, tr("Budget"))
        c.raise_if_any()


@dataclass(frozen=True)
class LineDraft:
    """A budget line as the grant's form gives it; ``id`` keeps an existing line (and the
    costs booked on it), None adds one."""

    name: str = ""
    kind: LineKind = LineKind.OTHER
    budget: Decimal | None = None
    language: Language | None = None
    id: int | None = None

    def line(self, grant_id: int = 0) -> BudgetLine:
        return BudgetLine(grant_id, self.name, self.kind, self.budget,  # type: ignore[arg-type]
                          self.language, self.id)


@dataclass(frozen=True)
class GrantDraft:
    """A grant as its form, the command line or a test gives it, with its budget lines."""

    name: str = ""
    funder: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    starts: date | None = None
    ends: date | None = None
    amount: Decimal | None = None
    share: Decimal | None = Decimal(100)
    own_share: Decimal | None = None  # None: as the amount and the share give it
    values_hours: bool = True
    notes: str = ""
    lines: tuple[LineDraft, ...] = ()

    def grant_fields(self) -> dict:
        """The values kept on the grant itself."""
        own = self.own_share
        if own is None and self.amount is not None and self.share is not None \
                and self.share.is_finite() and self.amount.is_finite():
            own = own_share_of(self.amount, self.share)
        return {"name": self.name, "funder": self.funder,
                "decision_number": self.decision_number, "decision_date": self.decision_date,
                "starts": self.starts, "ends": self.ends, "amount": self.amount,
                "share": self.share, "own_share": own if own is not None else Decimal(0),
                "values_hours": self.values_hours, "notes": self.notes}

    def check(self) -> None:
        """Raise ValidationError naming every wrong field; the lines' problems are said
        under ``lines``, each naming its line (no database needed)."""
        errors: dict[str, str] = {}
        try:
            Grant(**self.grant_fields()).check()
        except ValidationError as exc:
            errors = exc.errors
        problem = lines_problem(self.lines)
        if problem:
            errors.setdefault("lines", problem)
        if errors:
            raise ValidationError(errors)


def lines_problem(lines: tuple[LineDraft, ...]) -> str:
    """What is wrong with a grant's budget lines, as one message ("" if nothing): the
    first wrong line by its number, a name used twice, two salary lines of one unit."""
    seen: dict[str, int] = {}
    salaries: dict[Language | None, int] = {}
    for number, draft in enumerate(lines, start=1):
        try:
            draft.line().check()
        except ValidationError as exc:
            return tr("Budget line {n}: {problem}").format(
                n=number, problem=next(iter(exc.errors.values())))
        key = search_key(clean(draft.name))
        if key in seen:
            return tr("Budget lines {first} and {second} have the same name: give each "
                      "line a name of its own.").format(first=seen[key], second=number)
        seen[key] = number
        if draft.kind is LineKind.TUTOR_SALARIES:
            if draft.language in salaries:
                return tr("Budget lines {first} and {second} both pay the tutor salaries of "
                          "one language unit: keep one, or give each its own unit.").format(
                    first=salaries[draft.language], second=number)
            salaries[draft.language] = number
    return ""


@dataclass(eq=False)
class Cost:
    """Money spent on a budget line: a substitute, a venue, travel, a device bought."""

    line_id: int
    spent_on: date | None
    amount: Decimal | None
    description: str = ""
    school_id: int | None = None
    device_id: int | None = None  # a device of the register that was bought
    reference: str = ""  # the accounting's voucher number
    id: int | None = None

    def check(self) -> None:
        self.description = clean(self.description)
        self.reference = clean(self.reference)
        c = Checker()
        c.single_line("description", self.description, tr("Description"))
        c.single_line("reference", self.reference, tr("Voucher"))
        c.max_length("description", self.description, 500, tr("Description"))
        c.max_length("reference", self.reference, 100, tr("Voucher"))
        if self.spent_on is None:
            c.fail("spent_on", tr("Give the date of the cost."))
        c.plausible_year("spent_on", self.spent_on, tr("Date"))
        check_money(c, "amount", self.amount, tr("Amount"), negative=True)
        if self.amount is not None and "amount" not in c.errors and self.amount == 0:
            c.fail("amount", tr("A cost of 0 € changes nothing: give the amount."))
        c.raise_if_any()


@dataclass(frozen=True)
class CostDraft:
    """A cost as a row of the cost table, the import or a test gives it."""

    line_id: int | None = None
    spent_on: date | None = None
    amount: Decimal | None = None
    description: str = ""
    school_id: int | None = None
    device_id: int | None = None
    reference: str = ""

    def cost(self) -> Cost:
        return Cost(self.line_id or 0, self.spent_on, self.amount, self.description,
                    self.school_id, self.device_id, self.reference)

    def check(self) -> None:
        errors: dict[str, str] = {}
        if self.line_id is None:
            errors["line_id"] = tr("Choose the budget line.")
        try:
            self.cost().check()
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        if errors:
            raise ValidationError(errors)


def check_in_period(spent_on: date | None, starts: date, ends: date) -> dict[str, str]:
    """A cost falls in its grant's period."""
    if spent_on is None or starts <= spent_on <= ends:
        return {}
    return {"spent_on": tr("The grant's period is {first}–{last}: a cost on another day "
                           "belongs to another grant.").format(
        first=format_date(starts), last=format_date(ends))}
