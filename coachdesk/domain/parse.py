"""Reading what a person typed (a form, the command line, a cell of an imported sheet)
as the value it stands for, with a message naming the field when it cannot be read.

Forms, the command line and the import convert here; services receive dates, numbers
and enums, never the text they were typed as."""

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.validation import FIRST_YEAR, LAST_YEAR

AnyEnum = TypeVar("AnyEnum", bound=StrEnum)


def as_enum(field: str, enum_cls: type[AnyEnum], value: Any, label: str) -> AnyEnum:
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(
            {field: tr("“{value}” is not a valid {label}.").format(value=value, label=label)}
        ) from None


def as_count(field: str, value: Any, label: str) -> int | None:
    """An optional whole number; text such as "12" is accepted, "twelve" is not."""
    if value is None or value == "":
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError(
            {field: tr("{label} must be a whole number.").format(label=label)}
        ) from None


def as_date(field: str, value: Any, label: str) -> date | None:
    """An optional date: a date, "" / None, ISO "2026-08-01" or Finnish "1.8.2026".

    A year outside 1900–2200 is refused, quoting the value as given: "1.8.26" is not
    read as the year 26 (nor guessed as 2026), and Excel's 0.1.1900 is no date at all.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        found, typed = value, f"{value.day}.{value.month}.{value.year}"
    else:
        typed = str(value).strip()
        try:
            if "." in typed:
                day, month, year = (int(p) for p in typed.split("."))
                found = date(year, month, day)
            else:
                found = date.fromisoformat(typed)
        except ValueError:
            raise ValidationError(
                {field: tr("{label}: write the date as 1.8.2026.").format(label=label)}
            ) from None
    if found.year < 100:
        raise ValidationError({field: tr(
            "{label}: “{value}” has no full year; write the date as 1.8.2026.").format(
            label=label, value=typed)})
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        raise ValidationError({field: tr(
            "{label}: “{value}” is not a date between {first} and {last}; write the date "
            "as 1.8.2026.").format(label=label, value=typed, first=FIRST_YEAR,
                                   last=LAST_YEAR)})
    return found


def as_number(field: str, value: Any, label: str) -> float | None:
    """An optional number; a decimal comma ("7,5") is accepted as a Finn writes it."""
    if value is None or value == "":
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(
            {field: tr("{label} must be a number.").format(label=label)}
        ) from None
    if number != number or number in (float("inf"), float("-inf")):  # NaN, infinity
        raise ValidationError({field: tr("{label} must be a number.").format(label=label)})
    return number


_MONEY_SPACES = re.compile(r"[\s\u00a0\u202f'€]|eur(?:oa|o)?$", re.IGNORECASE)


def as_money(field: str, value: Any, label: str) -> Decimal | None:
    """An optional amount of euros, exactly (Decimal, never a float): "1 234,50",
    "1234.50 €", "-80" and a number read from a sheet (rounded to cents) are accepted;
    with both marks ("1.234,50") the last one is the decimal mark."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError({field: tr("{label} must be a number.").format(label=label)})
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float):
        number = Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
        if number.is_finite():
            number = number.quantize(Decimal("0.01"))
    else:
        text = _MONEY_SPACES.sub("", str(value).strip())
        if text.endswith("-") and not text.startswith("-"):  # "120,00-" of a credit
            text = "-" + text[:-1]
        if "," in text and "." in text:
            point = max(text.rfind(","), text.rfind("."))
            text = text[:point].replace(",", "").replace(".", "") + "." + text[point + 1:]
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError({field: tr("{label} must be a number.").format(label=label)})
    return number


Conversion = tuple[Callable[[str, Any, str], Any], str]  # (as_date, "Purchase date")


def of_enum(enum_cls: type[StrEnum]) -> Callable[[str, Any, str], StrEnum]:
    """``as_enum`` for one enum, in the (field, value, label) shape of the others."""
    return lambda field, value, label: as_enum(field, enum_cls, value, label)


def convert(fields: dict[str, Any], conversions: dict[str, Conversion]) -> dict[str, str]:
    """Convert, in place, each field that is given and has a conversion; return the
    errors of all of them together, so that a form shows every mistake at once. A field
    that fails is left out of ``fields``."""
    errors: dict[str, str] = {}
    for key, (conversion, label) in conversions.items():
        if key in fields:
            try:
                fields[key] = conversion(key, fields[key], label)
            except ValidationError as exc:
                errors.update(exc.errors)
                del fields[key]
    return errors


def with_enums(draft: Any, choices: dict[str, tuple[type[StrEnum], str]]) -> Any:
    """``draft`` (a frozen dataclass) with its ``choices`` fields as enums (a test or the
    import may give "online"); raises ValidationError naming every unknown value."""
    fields = {key: getattr(draft, key) for key in choices}
    errors = convert(fields, {key: (of_enum(cls), label) for key, (cls, label) in choices.items()})
    if errors:
        raise ValidationError(errors)
    return replace(draft, **fields)
