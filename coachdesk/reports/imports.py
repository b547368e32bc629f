"""Reading a coordinator's own .xlsx lists of schools, teachers or devices.

:func:`read_plan` picks the sheet whose header row matches best, matches the column
names (Finnish, Swedish or English, any case, with or without accents) to fields and
returns an :class:`ImportPlan`. Total rows ("Yhteensä", a ``=SUM(…)``) are set aside
with a note; every column that is not imported says why. The caller may correct the
mapping before :meth:`ImportPlan.records` turns the rows into
:class:`~coachdesk.services.imports.ImportRow` values for ``desk.imports``. Nothing here
touches the database.
"""

import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.parse import as_date, as_number
from coachdesk.domain.text import tr
from coachdesk.domain.vocabulary import fold, language, school_kind
from coachdesk.services.form_rows import FORM_REQUIRED, FormKind, form_fields_of
from coachdesk.services.imports import REQUIRED, ImportKind, ImportRow, fields_of

HEADER_SEARCH_ROWS = 30  # the header row is looked for among the first rows only

# A coordinator's own list, or a form's export (sign-ups, cancellations, requests).
Kind = ImportKind | FormKind


def as_kind(kind: Kind | str) -> Kind:
    return kind if isinstance(kind, ImportKind | FormKind) else (
        FormKind(kind) if kind in set(FormKind) else ImportKind(kind))


def _fields(kind: Kind) -> dict[str, str]:
    return form_fields_of(kind) if isinstance(kind, FormKind) else fields_of(kind)


def _required(kind: Kind) -> tuple[str, ...]:
    return FORM_REQUIRED[kind] if isinstance(kind, FormKind) else REQUIRED[kind]


class ImportFileError(CoachDeskError):
    """The file cannot be read as a list: missing, locked, not .xlsx, no header row."""


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

_EMAIL = ("sähköposti|sähköpostiosoite|s-posti|sposti|email|e-mail|e-mail address|"
          "email address|e-post|epost|e-postadress|mail")
# On a school list a lone e-mail column is the principal's: see match_headers().
EMAIL_HEADERS = {fold(word) for word in _EMAIL.split("|")}

HEADERS: dict[Kind, dict[str, str]] = {
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
        email=_EMAIL,
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
    # A survey's export (Microsoft Forms, Google Forms, Webropol): its answer's time is
    # the day of the assessment.
    ImportKind.LEVELS: _synonyms(
        name="nimi|vastaaja|vastaajan nimi|opettaja|opettajan nimi|koko nimi|namn|"
             "respondent|lärare|lärarens namn|name|teacher|full name|teacher name",
        first_name="etunimi|förnamn|first name|given name",
        last_name="sukunimi|efternamn|last name|surname|family name",
        email=_EMAIL,
        level="taso|osaamistaso|digiosaamisen taso|digitaalisen osaamisen taso|tasoni|"
              "nivå|kompetensnivå|digital kompetensnivå|level|competence level|"
              "digital competence level|self-assessed level",
        assessed_on="päivämäärä|pvm|päivä|vastattu|vastausaika|valmistumisaika|"
                    "aikaleima|datum|svarstid|tidsstämpel|slutförandetid|date|"
                    "completion time|timestamp|answered|submitted",
        note="lisätiedot|kommentti|perustelut|anteckningar|kommentar|motivering|notes|"
             "note|comment|comments",
    ),
    ImportKind.TRAINING_ELSEWHERE: _synonyms(
        teacher="opettaja|nimi|opettajan nimi|osallistuja|lärare|namn|deltagare|teacher|"
                "name|participant",
        email=_EMAIL,
        school="koulu|koulun nimi|yksikkö|skola|school",
        course="koulutus|kurssi|koulutuksen nimi|kurssin nimi|utbildning|kurs|"
               "utbildningens namn|course|training|course name",
        provider="järjestäjä|kouluttaja|toteuttaja|palveluntarjoaja|arrangör|anordnare|"
                 "utbildare|provider|organiser|organizer",
        held_on="päivämäärä|pvm|päivä|ajankohta|suoritettu|datum|dag|date|held on|day",
        hours="tunnit|tuntia|tuntimäärä|laajuus|laajuus h|h|timmar|antal timmar|omfattning|"
              "hours|duration|h",
        notes=_NOTES,
    ),
}

# The questions of a form as its maker typed them, and the columns the tools add: Microsoft
# Forms ("Start time", "Completion time", "Email", "Name"), Google Forms ("Timestamp",
# "Aikaleima"), Webropol ("Vastausaika", "Vastauspäivämäärä").
_SUBMITTED = ("aikaleima|vastausaika|vastattu|vastauspäivä|vastauspäivämäärä|lähetetty|"
              "aloitusaika|valmistumisaika|tidsstämpel|svarstid|starttid|slutförandetid|"
              "timestamp|start time|completion time|submitted|submitted at|response time|"
              "date submitted")
_TEACHER_NAME = ("nimi|nimesi|opettajan nimi|koko nimi|etu- ja sukunimi|namn|ditt namn|"
                 "name|your name|full name")
_TEACHER_SCHOOL = "koulu|koulusi|toimipiste|yksikkö|skola|din skola|school|your school"
_CHOICES = ("koulutukset|koulutus|valitse koulutukset|valitse koulutus|koulutukset joihin "
            "ilmoittaudut|mihin koulutuksiin ilmoittaudut|ilmoittaudun|peruttavat koulutukset|"
            "peruttava koulutus|perun|perun ilmoittautumiseni|utbildningar|utbildning|välj "
            "utbildningar|jag anmäler mig till|jag avanmäler mig från|lessons|lesson|"
            "trainings|training|choose lessons|sessions|lessons to cancel")
for _kind in (FormKind.SIGNUPS, FormKind.CANCELLATIONS):
    HEADERS[_kind] = _synonyms(
        submitted=_SUBMITTED, name=_TEACHER_NAME,
        first_name="etunimi|etunimet|förnamn|first name|given name",
        last_name="sukunimi|efternamn|last name|surname|family name",
        email=_EMAIL + "|sähköpostiosoitteesi|sähköpostisi|din e-post|your email|your e-mail",
        school=_TEACHER_SCHOOL, choices=_CHOICES)
HEADERS[FormKind.REQUESTS] = _synonyms(
    submitted=_SUBMITTED,
    school=_TEACHER_SCHOOL + "|koulun nimi|skolans namn|school name",
    asked_by_name="nimi|nimesi|yhteyshenkilö|pyytäjä|kuka pyytää|tilaaja|namn|kontaktperson|"
                  "name|contact person|who asks|requested by",
    asked_by="rooli|tehtävä|asema|roolisi|roll|befattning|role|position",
    email=_EMAIL,
    purpose="tarkoitus|käynnin tarkoitus|mihin tarvitsette tutoria|tuen muoto|syfte|"
            "besökets syfte|purpose|purpose of the visit",
    topics="aiheet|aihe|teemat|aihealueet|ämnen|tema|teman|topics|topic|themes",
    times="toivottu ajankohta|toivotut ajankohdat|toivotut ajat|ajankohta|toivottu aika|"
          "önskad tid|önskade tider|tidpunkt|preferred times|preferred time|preferred dates|"
          "when",
    urgency="kiireellisyys|kiire|brådska|brådskande|urgency",
    teachers_count="opettajien määrä|opettajia|osallistujia|osallistujamäärä|antal lärare|"
                   "deltagare|number of teachers|participants|teachers",
    minutes="kesto|kesto minuutteina|käynnin kesto|längd|tid i minuter|length|minutes|"
            "duration",
    description="kuvaus|lisätiedot|lisätietoja|kerro tarkemmin|viesti|beskrivning|"
                "mer information|meddelande|description|details|message|notes",
)

# Fields of the sheet that are not fields of the entity: joined into one on reading.
NAME_PARTS = ("first_name", "last_name")


def extra_fields_of(kind: Kind) -> dict[str, str]:
    """Fields of the sheet that are not the entity's, with their labels."""
    if kind in (ImportKind.TEACHERS, ImportKind.LEVELS, FormKind.SIGNUPS,
                FormKind.CANCELLATIONS):
        return {"first_name": tr("First name"), "last_name": tr("Last name")}
    return {}


# A total row's label begins with one of these ("Yhteensä", "Summa:", "Totalt 12 st").
TOTAL_WORDS = {fold(word) for word in (
    "yhteensä", "yht", "summa", "totalsumma", "kaikkiaan", "kaikki yhteensä", "totalt",
    "sammanlagt", "summa totalt", "total", "totals", "grand total", "sum")}
_TOTAL_STARTS = {word[:3] for word in TOTAL_WORDS}  # a quick look before folding
# A formula that sums up other rows: an aggregate function or a range such as B2:B40.
_AGGREGATE = re.compile(
    r"\b(?:SUM|SUMIFS?|SUMPRODUCT|SUBTOTAL|AGGREGATE|COUNTA?|COUNTIFS?|AVERAGE\w*|MIN|MAX)"
    r"\s*\(|\$?[A-Z]{1,3}\$?\d+\s*:\s*\$?[A-Z]{1,3}\$?\d+|\b[A-Z]{1,3}:[A-Z]{1,3}\b",
    re.IGNORECASE)

_DATE_FIELDS = {"purchase_date", "held_on", "assessed_on"}
_NUMBER_FIELDS = {"price", "hours"}
_COUNT_FIELDS = {"teacher_count", "content_count", "level"}  # "Taso 2" stays text
_LINES_FIELDS = {"notes", "note", "description", "choices", "topics", "times"}  # their line
# breaks kept (a multi-choice answer may give one choice a line); others are one line
_MOMENT_FIELDS = {"submitted"}  # a form's timestamp: a date and a time


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number in the sheet, as Excel shows it
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class TotalRow:
    """A row that sums up the others: set aside, never imported."""

    number: int
    label: str  # its label ("Yhteensä") or its formula ("=SUM(D2:D8)")

    def describe(self) -> str:
        return tr("Row {row} is a total row (“{label}”): not imported.").format(
            row=self.number, label=self.label)


@dataclass
class ImportPlan:
    """A sheet read for import. ``mapping`` (column index → field) may be corrected
    with :meth:`assign` before :meth:`records` is called."""

    kind: Kind
    headers: list[str]
    mapping: dict[int, str]
    rows: list[SheetRow]
    sheet: str = ""
    header_row: int = 1
    path: Path | None = None
    sheets: list[str] = field(default_factory=list)  # every sheet of the workbook
    total_rows: list[TotalRow] = field(default_factory=list)
    _fields: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.kind = as_kind(self.kind)
        self._fields = {**_fields(self.kind), **extra_fields_of(self.kind)}

    @property
    def fields(self) -> dict[str, str]:
        """The fields a column may be mapped to, with their labels."""
        return dict(self._fields)

    def column_name(self, column: int) -> str:
        """The column's header, or its letter when it has none ("column F")."""
        from openpyxl.utils import get_column_letter

        return self.headers[column] or tr("column {letter}").format(
            letter=get_column_letter(column + 1))

    @property
    def not_imported(self) -> list[tuple[str, str]]:
        """(column, why) for every column with a name or a value that is not imported."""
        by_field = {name: column for column, name in self.mapping.items()}
        found = []
        for column, header in enumerate(self.headers):
            if column in self.mapping or not (header or self._has_values(column)):
                continue
            name = _field_named(self.kind, header)
            if not header:
                why = tr("it has no name")
            elif name is None:
                why = tr("CoachDesk has no field for it")
            elif name in by_field:
                why = tr("the {field} comes from “{column}”").format(
                    field=self._fields[name], column=self.column_name(by_field[name]))
            elif name == "principal_email" and fold(header) in EMAIL_HEADERS:
                why = tr("a school has several e-mail columns: choose which one this is")
            else:
                why = tr("left out")
            found.append((self.column_name(column), why))
        return found

    @property
    def unmatched(self) -> list[str]:
        """The columns that are not imported (see :attr:`not_imported` for why)."""
        return [name for name, _why in self.not_imported]

    def _has_values(self, column: int) -> bool:
        return any(column < len(r.cells) and _cell_text(r.cells[column]) for r in self.rows)

    @property
    def missing(self) -> list[str]:
        """Required fields that no column gives (first and last name make a name)."""
        mapped = set(self.mapping.values())
        if "last_name" in mapped or "first_name" in mapped:
            mapped.add("name")
        return [f for f in _required(self.kind) if f not in mapped]

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
        """"Header → field label" for every column, and why the others are left out."""
        why = dict(self.not_imported)
        lines = []
        for column in range(len(self.headers)):
            name = self.column_name(column)
            if column in self.mapping:
                lines.append(f"{name} → {self._fields[self.mapping[column]]}")
            elif name in why:
                lines.append(tr("{column} → not imported ({why})").format(
                    column=name, why=why[name]))
        return lines

    def notes(self) -> list[str]:
        """What the import leaves out: the columns (and why) and the total rows."""
        named = set(filter(None, self.headers))
        found = [(tr("Column “{column}” is not imported: {why}.") if column in named
                  else tr("The {column} is not imported: {why}.")).format(column=column, why=why)
                 for column, why in self.not_imported]
        return found + [x.describe() for x in self.total_rows]

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


def _cell_text(value: Any, lines: bool = False) -> str:
    """A cell as text with its spaces tidied; one line unless ``lines``."""
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
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if lines:
        return "\n".join(" ".join(line.split()) for line in str(value).splitlines()).strip()
    return " ".join(str(value).split())


def normalise(kind: Kind, name: str, value: Any) -> Any:
    """A cell's value for the field: text trimmed, kinds and languages as their enum
    values, dates as dates, numbers as numbers where they can be read; a value that
    cannot be read stays as it was written, for the service to report."""
    if value is None:
        return None
    if name in _MOMENT_FIELDS:
        return _moment(value)
    if name in _DATE_FIELDS:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value  # a year no school has is refused by the service, row by row
        text = _cell_text(value)
        try:
            return as_date(name, text, name)
        except ValidationError:
            return text
    if name in _NUMBER_FIELDS or name in _COUNT_FIELDS:
        if isinstance(value, bool):
            return _cell_text(value)
        number: float | None
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
    text = _cell_text(value, lines=name in _LINES_FIELDS)
    if kind is ImportKind.SCHOOLS and name == "kind":
        found = school_kind(text)
        return found.value if found else text
    if kind is ImportKind.SCHOOLS and name == "language":
        spoken = language(text)
        return spoken.value if spoken else text
    return text


_MOMENT = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:klo\s*|kl\.?\s*)?"
                     r"(?:(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")
_ISO_MOMENT = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})"
                         r"(?::(\d{2}))?)?")


def _moment(value: Any) -> Any:
    """A form's timestamp as a datetime: a date cell, "15.8.2026 10.30(.05)" or ISO
    "2026-08-15 10:30:05" (Google and Webropol); as written when it is none of them."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    text = _cell_text(value)
    found = _MOMENT.match(text)
    try:
        if found:
            day, month, year, hour, minute, second = found.groups()
        else:
            found = _ISO_MOMENT.match(text)
            if not found:
                return text
            year, month, day, hour, minute, second = found.groups()
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                        int(second or 0))
    except ValueError:
        return text


def _field_named(kind: Kind, header: Any) -> str | None:
    """The field a header names; on a school list "Sähköposti" names the principal's."""
    key = fold(header) if header is not None else ""
    name = HEADERS[kind].get(key)
    if name is None and kind is ImportKind.SCHOOLS and key in EMAIL_HEADERS:
        return "principal_email"
    return name


FORM_TOOL_HEADERS = {fold("Email"), fold("Name")}


def _column_of(mapping: dict[int, str], name: str) -> int:
    return next(column for column, field in mapping.items() if field == name)


def match_headers(kind: Kind | str, headers: Iterable[Any]) -> dict[int, str]:
    """{column index: field} for the headers that name a field; the first column wins
    when two name the same field. On a school list a lone e-mail column ("Sähköposti",
    "E-post", "Email") is the principal's e-mail; of two, neither is taken."""
    kind = as_kind(kind)
    synonyms = HEADERS[kind]
    keys = [fold(header) if header is not None else "" for header in headers]
    mapping: dict[int, str] = {}
    for i, key in enumerate(keys):
        name = synonyms.get(key)
        if name and name not in mapping.values():
            mapping[i] = name
        elif name and isinstance(kind, FormKind) and key != keys[_column_of(mapping, name)] \
                and keys[_column_of(mapping, name)] in FORM_TOOL_HEADERS:
            # Microsoft Forms' own "Email" and "Name" ("anonymous" unless respondents
            # sign in) yield to the form's question asking for the same.
            del mapping[_column_of(mapping, name)]
            mapping[i] = name
    emails = [i for i, key in enumerate(keys) if key in EMAIL_HEADERS and i not in mapping]
    if kind is ImportKind.SCHOOLS and len(emails) == 1 \
            and "principal_email" not in mapping.values():
        mapping[emails[0]] = "principal_email"
    return dict(sorted(mapping.items()))


def _decoded(value: Any) -> Any:
    """Text as written: Excel keeps control characters as ``_x000D_``, which openpyxl
    leaves as they are."""
    if not (isinstance(value, str) and "_x" in value):
        return value
    from openpyxl.utils.escape import unescape

    return unescape(value)


def _formula(value: Any) -> str | None:
    """The formula of a cell read with formulas, or None for a value."""
    if isinstance(value, str):
        return value if value.startswith("=") else None
    if isinstance(value, int | float | date | time):
        return None
    text = getattr(value, "text", None)  # an array formula
    return text if isinstance(text, str) else None


def _total_label(given: list[Any], formulas: list[str]) -> str | None:
    """Why a row is a total row, or None: a label such as "Yhteensä" before nothing but
    numbers, or a formula that sums up other rows. ``given``: the row's non-blank cells,
    ``formulas``: its formulas."""
    first = given[0]
    if isinstance(first, str) and first.strip()[:3].casefold() in _TOTAL_STARTS:
        words = first.split()
        # A teacher called Summa has words beside the name (an e-mail, a school).
        wordy = any(isinstance(c, str) and not c.startswith("=") and not re.search(r"\d", c)
                    for c in given[1:])
        if len(words) <= 4 and not wordy and (fold(words[0]) in TOTAL_WORDS
                                              or fold(" ".join(words[:2])) in TOTAL_WORDS):
            return " ".join(words)
    return next((f for f in formulas if _AGGREGATE.search(f)), None)


def _blank(value: Any) -> bool:
    return value is None or value is False or (isinstance(value, str) and not value.strip())


@contextmanager
def _workbook(path: Path, formulas: bool) -> Iterator[Any]:
    """The workbook opened for reading, read-only; a clear error if it cannot be."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    with warnings.catch_warnings():
        # "Cell E2 is marked as a date but…", unsupported extensions: the cell reads as
        # text and the row says what is wrong; nothing for the user's console.
        warnings.simplefilter("ignore", UserWarning)
        try:
            book = load_workbook(path, read_only=True, data_only=not formulas)
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
            yield book
        except CoachDeskError:
            raise
        except Exception as exc:  # a damaged workbook fails in many ways while it is read
            raise ImportFileError(tr(
                "{path} could not be read: {error}. Open it in Excel, save it again as "
                ".xlsx and import that file.").format(path=path, error=exc)) from exc
        finally:
            book.close()


@dataclass
class HeadedRows:
    """The rows under the first header row found in a workbook, with that row's columns."""
    sheet: str
    header_row: int
    columns: dict[int, str]  # column index → field
    rows: list[tuple[int, tuple]]  # (row number, cells) below the header


def headed_rows(path: Path, columns_of: Callable[[list[Any]], dict[int, str] | None]
                ) -> HeadedRows | None:
    """The first sheet with a header row among its first rows: one for which
    ``columns_of(cells)`` names the columns (None or empty: not a header)."""
    with _workbook(path, formulas=False) as book:
        for ws in book.worksheets:
            rows = ws.iter_rows(values_only=True)
            for number, cells in enumerate(rows, start=1):
                if number > HEADER_SEARCH_ROWS:
                    break
                columns = columns_of(list(cells))
                if columns:
                    return HeadedRows(ws.title, number, columns,
                                      list(enumerate(rows, start=number + 1)))
    return None


@dataclass
class _Header:
    sheet: str
    row: int
    cells: tuple[Any, ...]
    mapping: dict[int, str]

    def score(self, kind: Kind) -> tuple[bool, int]:
        """Better is a header with every required field, then one with more fields."""
        plan = ImportPlan(kind, [""] * len(self.cells), dict(self.mapping), [])
        return not plan.missing, len(self.mapping)


def read_plan(path: Path | str, kind: Kind | str, sheet: str | None = None) -> ImportPlan:
    """Read an .xlsx list of ``kind`` from the sheet ``sheet``, or else from the sheet
    whose header row matches best; a header row is the first of the first rows with at
    least two column names CoachDesk knows. Formulas are read as the values Excel saved
    for them."""
    kind = as_kind(kind)
    path = Path(path)
    with _workbook(path, formulas=True) as book:
        names = [ws.title for ws in book.worksheets]  # no chart sheets
        if sheet is not None and sheet not in names:
            raise ImportFileError(tr("{path} has no sheet “{sheet}”; it has {names}.")
                                  .format(path=path, sheet=sheet, names=", ".join(names)))
        best: _Header | None = None
        for ws in [book[sheet]] if sheet is not None else book.worksheets:
            found = _find_header(ws, kind)
            if found is not None and (best is None
                                      or found.score(kind) > best.score(kind)):
                best = found
        if best is None:
            examples = ", ".join(list(_fields(kind).values())[:3])
            raise ImportFileError(tr(
                "No header row was found in {path}: one of the first {rows} rows must name "
                "the columns, for example {examples}.").format(
                path=path, rows=HEADER_SEARCH_ROWS, examples=examples))
        plan, pending = _read_body(book[best.sheet], kind, best)
        plan.sheets = names
    plan.path = path
    if pending:
        with _workbook(path, formulas=False) as book:
            saved = _saved_values(book[plan.sheet], min(pending), max(pending))
        plan.rows = [SheetRow(r.number, saved[r.number]) if r.number in pending else r
                     for r in plan.rows]
    return plan


def _find_header(ws, kind: Kind) -> _Header | None:
    for number, cells in enumerate(ws.iter_rows(max_row=HEADER_SEARCH_ROWS,
                                                values_only=True), start=1):
        cells = tuple(_decoded(c) for c in cells)
        if sum(1 for c in cells if _field_named(kind, c)) >= 2:  # columns it could name
            return _Header(ws.title, number, cells, match_headers(kind, cells))
    return None


def _read_body(ws, kind: Kind, header: _Header) -> tuple[ImportPlan, set[int]]:
    """The plan of the rows below the header; and the numbers of the rows with formulas,
    whose values Excel saved are still to be read."""
    body: list[SheetRow] = []
    totals: list[TotalRow] = []
    formulas: set[int] = set()
    width = 0
    for number, cells in enumerate(ws.iter_rows(min_row=header.row + 1, values_only=True),
                                   start=header.row + 1):
        given = [i for i, c in enumerate(cells) if not _blank(c)]
        if not given:
            continue
        cells = tuple(_decoded(c) for c in cells) if any(
            isinstance(cells[i], str) and "_x" in cells[i] for i in given) else cells
        values = [cells[i] for i in given]
        found = [f for f in map(_formula, values) if f is not None]
        label = _total_label(values, found)
        if label is not None:
            totals.append(TotalRow(number, label))
            continue
        if found:
            formulas.add(number)
        body.append(SheetRow(number, cells))
        width = max(width, given[-1] + 1)
    headers = [_cell_text(c) for c in header.cells]
    while len(headers) > width and not headers[-1]:  # read-only rows are padded
        headers.pop()
    headers += [""] * (width - len(headers))  # values under no header are shown too
    plan = ImportPlan(kind, headers, dict(header.mapping), body, sheet=ws.title,
                      header_row=header.row, total_rows=totals)
    return plan, formulas


def _saved_values(ws, first: int, last: int) -> dict[int, tuple[Any, ...]]:
    """{row number: cells} as Excel saved them, formulas as their values."""
    rows = ws.iter_rows(min_row=first, max_row=last, values_only=True)
    return {number: tuple(_decoded(c) for c in cells)
            for number, cells in enumerate(rows, start=first)}
