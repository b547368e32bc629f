"""Reading the costs of an accounting export (.xlsx) for one grant.

The header row is the first of the first rows that names a date and an amount column
(Finnish, Swedish or English, any case). Each row below it becomes an
:class:`~coachdesk.services.costs.ImportedCost`: the date and the amount read here
(exactly, as Decimal), the budget line and the school by the names the sheet gives, and
what cannot be read said for the row. Empty rows and total rows ("Yhteensä") are left
out. ``desk.costs.import_costs`` then saves all the rows or none.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_date, as_money
from coachdesk.domain.text import tr
from coachdesk.domain.vocabulary import fold
from coachdesk.reports.imports import HEADER_SEARCH_ROWS, ImportFileError, headed_rows
from coachdesk.services.costs import ImportedCost

_WORDS = {
    "spent_on": "päivämäärä|pvm|päivä|kirjauspäivä|tositepäivä|kirjauspvm|tositepvm|datum|"
                "bokföringsdatum|verifikatdatum|date|posting date|document date",
    "amount": "summa|määrä|euroa|eur|rahamäärä|summa eur|belopp|belopp eur|"
              "amount|sum|amount eur",
    "line": "budjettirivi|budjettikohta|kohde|budgetpost|budget line|line",
    "description": "selite|kuvaus|teksti|selitys|tapahtuma|beskrivning|text|förklaring|"
                   "description|memo",
    "school": "koulu|yksikkö|skola|enhet|school|unit",
    "reference": "tosite|tositenumero|tosite nro|tositenro|verifikat|verifikationsnummer|"
                 "voucher|document|document number",
}
HEADERS = {fold(word): key for key, words in _WORDS.items() for word in words.split("|")}
TOTALS = {fold(word) for word in ("yhteensä", "yht", "totalt", "summa", "total", "sum")}


@dataclass(frozen=True)
class CostSheet:
    sheet: str
    header_row: int
    rows: list[ImportedCost]


def labels() -> dict[str, str]:
    return {"spent_on": tr("Date"), "amount": tr("Amount"), "line": tr("Budget line"),
            "description": tr("Description"), "school": tr("School"),
            "reference": tr("Voucher")}


def read_costs(path: Path | str) -> CostSheet:
    """The costs of the first sheet that has a header row naming a date and an amount."""
    path = Path(path)

    def header(cells: list[Any]) -> dict[int, str] | None:
        columns = {col: HEADERS[fold(str(cell))] for col, cell in enumerate(cells)
                   if cell is not None and fold(str(cell)) in HEADERS}
        return columns if {"spent_on", "amount"} <= set(columns.values()) else None

    found = headed_rows(path, header)
    if found is not None:
        costs = (_row(n, cells, found.columns) for n, cells in found.rows)
        return CostSheet(found.sheet, found.header_row, [r for r in costs if r is not None])
    raise ImportFileError(tr(
        "No header row was found in {path}: one of the first {rows} rows must name the "
        "columns, at least a date and an amount, for example Päivämäärä, Summa, "
        "Budjettirivi, Selite.").format(path=path, rows=HEADER_SEARCH_ROWS))


def _row(number: int, cells: tuple, columns: dict[int, str]) -> ImportedCost | None:
    values: dict[str, Any] = {key: cells[col] if col < len(cells) else None
                              for col, key in columns.items()}
    texts = [str(cell).strip() for cell in cells if cell is not None and str(cell).strip()]
    if not texts:
        return None
    if values.get("spent_on") in (None, "") and any(fold(t) in TOTALS for t in texts):
        return None  # a total row under the costs
    names = labels()
    problems: dict[str, str] = {}
    read: dict[str, Any] = {}
    for key, convert in (("spent_on", as_date), ("amount", as_money)):
        try:
            read[key] = convert(key, values.get(key), names[key])
        except ValidationError as exc:
            problems.update(exc.errors)
    return ImportedCost(number, read.get("spent_on"), read.get("amount"),
                        _text(values.get("line")), _text(values.get("description")),
                        _text(values.get("school")), _text(values.get("reference")), problems)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a voucher number read as 1234.0
    return str(value).strip()
