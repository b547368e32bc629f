"""Reading a coordinator's own .xlsx lists of schools, teachers or devices.

:func:`read_plan` finds the header row, matches the column names (Finnish, Swedish or
English, any case, with or without accents) to fields and returns an :class:`ImportPlan`.
The caller may correct the mapping before :meth:`ImportPlan.records` turns the rows into
:class:`~coachdesk.services.imports.ImportRow` values for ``desk.imports``. Nothing here
touches the database.
"""

import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.schools import Language, SchoolKind
from coachdesk.domain.text import tr
from coachdesk.services.fields import as_date, as_number
from coachdesk.services.imports import FIELDS, REQUIRED, ImportKind, ImportRow

HEADER_SEARCH_ROWS = 30  # the header row is looked for among the first rows only


class ImportFileError(CoachDeskError):
    """The file cannot be read as a list: missing, locked, not .xlsx, no header row."""


def fold(text: Any) -> str:
    """A header or word for matching: lower case, no accents, letters and digits only."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\(.*?\)", " ", text)  # "Hinta (€)" is "Hinta"
    return re.sub(r"[\W_]+", "", text)


def _synonyms(**fields: str) -> dict[str, str]:
    """{folded header: field} from "field=name|name|…" lists."""
    found: dict[str, str] = {}
    for name, words in fields.items():
        for word in words.split("|"):
            found.setdefault(fold(word), name)
    return found


_NOTES = ("lisätiedot|lisätietoja|huomautukset|huomautus|huom|muistiinpanot|kommentit|"
          "kommentti|muuta|anteckningar|anteckning|kommentarer|övrigt|notes|note|comments|"
          "remarks")

HEADERS: dict[ImportKind, dict[str, str]] = {
    ImportKind.SCHOOLS: _synonyms(
        name="nimi|koulu|koulun nimi|koulun_nimi|namn|skola|skolans namn|name|school|"
             "school name",
        kind="tyyppi|koulumuoto|koulutyyppi|kouluaste|typ|skolform|skoltyp|kind|type|"
             "school type|kind of school",
        language="kieli|opetuskieli|koulun kieli|språk|undervisningsspråk|language|"
                 "teaching language",
        address="osoite|käyntiosoite|katuosoite|postiosoite|adress|besöksadress|address|"
                "street address",
        principal_name="rehtori|rehtorin nimi|rektor|rektorns namn|principal|"
                       "principal name|principal's name|head teacher|headteacher",
        principal_email="rehtorin sähköposti|rehtorin email|rehtorin e-mail|"
                        "rehtorin sähköpostiosoite|rektorns e-post|rektor e-post|"
                        "principal email|principal e-mail|principal's e-mail",
        ict_contact_name="tvt-yhdyshenkilö|tvt-yhteyshenkilö|tvt-vastaava|tvt-tuki|"
                         "it-yhdyshenkilö|it-vastaava|ikt-kontakt|ikt-kontaktperson|"
                         "ikt-ansvarig|ict contact|ict contact name|ict-contact|it contact",
        ict_contact_email="tvt-yhdyshenkilön sähköposti|tvt-yhteyshenkilön sähköposti|"
                          "tvt-vastaavan sähköposti|it-yhdyshenkilön sähköposti|"
                          "ikt-kontaktens e-post|ikt-kontakt e-post|ict contact email|"
                          "ict contact e-mail|ict contact's e-mail",
        teacher_count="opettajia|opettajien määrä|opettajamäärä|opettajien lukumäärä|"
                      "lärare|antal lärare|lärarantal|teachers|number of teachers|"
                      "teacher count",
        notes=_NOTES,
    ),
    ImportKind.TEACHERS: _synonyms(
        name="nimi|opettaja|opettajan nimi|koko nimi|nimi (suku- ja etunimi)|namn|lärare|"
             "lärarens namn|fullständigt namn|name|teacher|full name|teacher name",
        first_name="etunimi|etunimet|förnamn|first name|given name|forename",
        last_name="sukunimi|efternamn|last name|surname|family name",
        email="sähköposti|sähköpostiosoite|s-posti|sposti|email|e-mail|e-mail address|"
              "email address|e-post|epost|e-postadress|mail",
        school="koulu|koulun nimi|toimipiste|yksikkö|skola|skolans namn|school|school name",
        subjects="aineet|aine|oppiaineet|oppiaine|opetettavat aineet|opetusaineet|ämnen|"
                 "ämne|läroämnen|subjects|subject|teaching subjects",
        notes=_NOTES,
    ),
    ImportKind.DEVICES: _synonyms(
        asset_tag="tunniste|laitetunniste|tunnus|laitetunnus|inventaarionumero|"
                  "inventaarionro|inventaario nro|inventaariotunnus|inventarienummer|"
                  "inventarienr|asset tag|asset|tag|asset number|inventory number",
        category="luokka|kategoria|laiteluokka|laitetyyppi|laji|tyyppi|kategori|typ|"
                 "category|type|device type",
        model="malli|laitemalli|laite|modell|model|device",
        serial_number="sarjanumero|sarjanro|serienummer|serial number|serial|serial no|"
                      "s/n|sn",
        purchase_date="hankintapäivä|hankintapvm|hankinta-aika|hankittu|ostopäivä|"
                      "ostopvm|ostettu|inköpsdatum|inköpt|purchase date|purchased|"
                      "date of purchase|bought",
        price="hinta|hankintahinta|ostohinta|arvo|pris|inköpspris|price|cost|"
              "purchase price",
        funding_source="rahoitus|rahoituslähde|rahoittaja|hanke|finansiering|"
                       "finansieringskälla|funding|funding source|funded by",
        condition="kunto|skick|condition|state",
        location="sijainti|paikka|säilytyspaikka|sijaintipaikka|plats|placering|location|"
                 "stored at",
        content_count="kappalemäärä|kappaleita|kpl|määrä|sisältö kpl|antal|antal st|"
                      "content count|items|items in kit|quantity|count",
        notes=_NOTES,
    ),
}

# Fields of the sheet that are not fields of the entity: joined into one on reading.
NAME_PARTS = ("first_name", "last_name")
EXTRA_FIELDS = {ImportKind.TEACHERS: {"first_name": tr("First name"),
                                      "last_name": tr("Last name")}}


def _words(pairs: dict[Any, str]) -> dict[str, Any]:
    return {fold(word): value for words, value in pairs.items() for word in words.split("|")}


# Finnish, Swedish and English words for the kinds of school and languages.
KIND_WORDS = _words({
    "esiopetus|esikoulu|päiväkoti|varhaiskasvatus|förskola|förskoleundervisning|"
    "preschool|pre-school|kindergarten": SchoolKind.PRESCHOOL,
    "alakoulu|ala-aste|alakoulu 1-6|alakoulu (1-6)|lågstadium|lågstadieskola|"
    "primary|primary school|elementary": SchoolKind.PRIMARY,
    "yläkoulu|yläaste|yläkoulu 7-9|högstadium|högstadieskola|lower secondary|"
    "lower_secondary|middle school": SchoolKind.LOWER_SECONDARY,
    "yhtenäiskoulu|peruskoulu|yhtenäinen peruskoulu|grundskola|enhetsskola|"
    "comprehensive|comprehensive school": SchoolKind.COMPREHENSIVE,
    "lukio|gymnasium|gymnasiet|upper secondary|upper_secondary|high school|"
    "sixth form": SchoolKind.UPPER_SECONDARY,
    "ammattikoulu|ammattiopisto|ammatillinen|ammatillinen oppilaitos|toinen aste|"
    "yrkesskola|yrkesinstitut|yrkesutbildning|vocational|vocational school": SchoolKind.VOCATIONAL,
})
LANGUAGE_WORDS = _words({
    "suomi|suomenkielinen|suomeksi|fi|fin|finska|finskspråkig|finnish": Language.FINNISH,
    "ruotsi|ruotsinkielinen|ruotsiksi|sv|swe|svenska|svenskspråkig|swedish": Language.SWEDISH,
    "muu|muu kieli|englanti|englanninkielinen|kaksikielinen|annat|engelska|tvåspråkig|"
    "other|english|bilingual": Language.OTHER,
})

_DATE_FIELDS = {"purchase_date"}
_NUMBER_FIELDS = {"price"}
_COUNT_FIELDS = {"teacher_count", "content_count"}


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number in the sheet, as Excel shows it
    cells: tuple[Any, ...]


@dataclass
class ImportPlan:
    """A sheet read for import. ``mapping`` (column index → field) may be corrected
    with :meth:`assign` before :meth:`records` is called."""

    kind: ImportKind
    headers: list[str]
    mapping: dict[int, str]
    rows: list[SheetRow]
    sheet: str = ""
    header_row: int = 1
    path: Path | None = None
    _fields: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.kind = ImportKind(self.kind)
        self._fields = {**FIELDS[self.kind], **EXTRA_FIELDS.get(self.kind, {})}

    @property
    def fields(self) -> dict[str, str]:
        """The fields a column may be mapped to, with their labels."""
        return dict(self._fields)

    @property
    def unmatched(self) -> list[str]:
        """Headers of the columns that are not imported."""
        return [h for i, h in enumerate(self.headers) if h and i not in self.mapping]

    @property
    def missing(self) -> list[str]:
        """Required fields that no column gives (first and last name make a name)."""
        mapped = set(self.mapping.values())
        if "last_name" in mapped or "first_name" in mapped:
            mapped.add("name")
        return [f for f in REQUIRED[self.kind] if f not in mapped]

    def assign(self, column: int, field_name: str | None) -> None:
        """Import column ``column`` (0-based) as ``field_name``, or not at all (None).
        A field comes from one column only: another column mapped to it is let go."""
        if not 0 <= column < len(self.headers):
            raise ValueError(f"no column {column}")
        if field_name is None:
            self.mapping.pop(column, None)
            return
        if field_name not in self._fields:
            raise ValueError(f"{field_name!r} is not a field of {self.kind}")
        for other, name in list(self.mapping.items()):
            if name == field_name:
                del self.mapping[other]
        self.mapping[column] = field_name

    def describe_mapping(self) -> list[str]:
        """"Header → field label" for every column, and the ones left out."""
        lines = []
        for i, header in enumerate(self.headers):
            if i in self.mapping:
                lines.append(f"{header} → {self._fields[self.mapping[i]]}")
            elif header:
                lines.append(tr("{header} → (not imported)").format(header=header))
        return lines

    def records(self) -> list[ImportRow]:
        """The rows as field values for ``desk.imports``, normalised; rows left blank in
        every imported column are dropped."""
        if self.missing:
            raise ValidationError({"mapping": tr(
                "No column gives the {fields}: choose the column for it.").format(
                fields=", ".join(self._fields[f] for f in self.missing))})
        found = []
        for row in self.rows:
            values: dict[str, Any] = {}
            for column, name in self.mapping.items():
                cell = row.cells[column] if column < len(row.cells) else None
                values[name] = normalise(self.kind, name, cell)
            if not any(v not in (None, "") for v in values.values()):
                continue
            _join_name(values)
            found.append(ImportRow(row.number, values))
        return found


def _join_name(values: dict[str, Any]) -> None:
    parts = [values.pop(p, None) for p in NAME_PARTS]
    if "name" not in values or values["name"] in (None, ""):
        joined = " ".join(str(p) for p in parts if p not in (None, ""))
        if joined or any(p is not None for p in parts):
            values["name"] = joined


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date() if value.time() == time() else value
        if isinstance(value, datetime):
            return f"{value.day}.{value.month}.{value.year} {value:%H:%M}"
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    return " ".join(str(value).split())


def normalise(kind: ImportKind, name: str, value: Any) -> Any:
    """A cell's value for the field: text trimmed, kinds and languages as their enum
    values, dates as dates, numbers as numbers where they can be read; a value that
    cannot be read stays as it was written, for the service to report."""
    if value is None:
        return None
    if name in _DATE_FIELDS:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = _cell_text(value)
        try:
            return as_date(name, text, name)
        except ValidationError:
            return text
    if name in _NUMBER_FIELDS or name in _COUNT_FIELDS:
        if isinstance(value, bool):
            return _cell_text(value)
        if isinstance(value, int | float):
            number = value
        else:
            text = _cell_text(value)
            cleaned = re.sub(r"[\s\u00a0€$£]|eur|kpl|st|pcs", "", text, flags=re.I)
            try:
                number = as_number(name, cleaned, name)
            except ValidationError:
                return text
            if number is None:
                return None
        if name in _COUNT_FIELDS and float(number).is_integer():
            return int(number)
        return float(number) if name in _NUMBER_FIELDS else number
    text = _cell_text(value)
    if kind is ImportKind.SCHOOLS and name == "kind":
        return str(KIND_WORDS.get(fold(text), text))
    if kind is ImportKind.SCHOOLS and name == "language":
        return str(LANGUAGE_WORDS.get(fold(text), text))
    return text


def match_headers(kind: ImportKind | str, headers: Iterable[Any]) -> dict[int, str]:
    """{column index: field} for the headers that name a field; the first column wins
    when two name the same field."""
    synonyms = HEADERS[ImportKind(kind)]
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        name = synonyms.get(fold(header)) if header is not None else None
        if name and name not in mapping.values():
            mapping[i] = name
    return mapping


def read_plan(path: Path | str, kind: ImportKind | str, sheet: str | None = None) -> ImportPlan:
    """Read an .xlsx list of ``kind``. The sheet is ``sheet`` or the first one with a
    header row: the first row with at least two recognised column names."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    kind = ImportKind(kind)
    path = Path(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ImportFileError(tr("There is no file {path}.").format(path=path)) from None
    except PermissionError:
        raise ImportFileError(tr(
            "{path} cannot be read: close it in Excel or check that you may open it, "
            "then try again.").format(path=path)) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ImportFileError(tr(
            "{path} is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and "
            "import that file.").format(path=path)) from exc
    try:
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise ImportFileError(tr("{path} has no sheet “{sheet}”; it has {names}.")
                                      .format(path=path, sheet=sheet,
                                              names=", ".join(book.sheetnames)))
            sheets = [book[sheet]]
        else:
            sheets = list(book.worksheets)
        for ws in sheets:
            plan = _read_sheet(ws, kind)
            if plan is not None:
                plan.path = path
                return plan
    except CoachDeskError:
        raise
    except Exception as exc:  # a damaged workbook fails in many ways while it is read
        raise ImportFileError(tr(
            "{path} could not be read: {error}. Open it in Excel, save it again as .xlsx "
            "and import that file.").format(path=path, error=exc)) from exc
    finally:
        book.close()
    examples = ", ".join(list(FIELDS[kind].values())[:3])
    raise ImportFileError(tr(
        "No header row was found in {path}: one of the first {rows} rows must name the "
        "columns, for example {examples}.").format(
        path=path, rows=HEADER_SEARCH_ROWS, examples=examples))


def _read_sheet(ws, kind: ImportKind) -> ImportPlan | None:
    rows = ws.iter_rows(values_only=True)
    header_row = 0
    headers: list[str] = []
    mapping: dict[int, str] = {}
    for number, cells in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            return None
        mapping = match_headers(kind, cells)
        if len(mapping) >= 2:
            header_row = number
            headers = [_cell_text(c) for c in cells]
            break
    else:
        return None
    body = []
    for number, cells in enumerate(rows, start=header_row + 1):
        if any(c is not None and _cell_text(c) != "" for c in cells):
            body.append(SheetRow(number, tuple(cells)))
    while headers and not headers[-1]:  # read-only sheets pad rows with empty cells
        headers.pop()
    return ImportPlan(kind, headers, mapping, body, sheet=ws.title, header_row=header_row)
