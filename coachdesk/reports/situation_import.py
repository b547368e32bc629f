"""Reading a school ICT survey's export (.xlsx from Microsoft Forms, Google Forms or
Webropol) into :class:`~coachdesk.services.situations.SurveyRow` rows.

The header row is the first of the first rows that names the school and at least one of
the survey's questions (coachdesk/domain/survey.py recognises them by their words). Each
answer below it becomes a row: the day it was answered, the pupils' and teachers' devices
(kinds, numbers, rough age), the platforms, the network and the needs, with what cannot
be read said for the row. ``desk.situations.import_survey`` then saves all or none.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.parse import as_date
from coachdesk.domain.situations import DeviceAge, DeviceLine, DeviceUser, platform_names
from coachdesk.domain.survey import (
    count_said,
    device_age,
    devices_said,
    items_said,
    questions_of,
)
from coachdesk.domain.text import tr
from coachdesk.domain.validation import clean, clean_text
from coachdesk.reports.imports import HEADER_SEARCH_ROWS, ImportFileError, headed_rows
from coachdesk.services.situations import SurveyRow


@dataclass(frozen=True)
class SurveySheet:
    sheet: str
    header_row: int
    rows: list[SurveyRow]


def read_survey(path: Path | str) -> SurveySheet:
    """The answers of the first sheet whose header row names the school and a question."""
    path = Path(path)

    def questions(cells: list[Any]) -> dict[int, str] | None:
        columns = questions_of(cells)
        return columns if "school" in columns.values() and len(columns) > 1 else None

    found = headed_rows(path, questions)
    if found is not None:
        answers = (_row(n, cells, found.columns) for n, cells in found.rows)
        return SurveySheet(found.sheet, found.header_row, [r for r in answers if r is not None])
    raise ImportFileError(tr(
        "No header row was found in {path}: one of the first {rows} rows must name the "
        "school and the survey's questions, for example Koulu, Oppilaiden laitteet, "
        "Käytössä olevat alustat, Verkko, Tarpeet.").format(path=path, rows=HEADER_SEARCH_ROWS))


def _answered_on(value: Any) -> date | None:
    """A form's timestamp: a date and time cell, or text such as "24.11.2026 14.05.33"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value.strip():
        value = value.strip().split()[0]
    return as_date("answered_on", value, tr("Answered on"))


def _devices(user: DeviceUser, values: dict[str, Any], problems: list[str]
             ) -> list[DeviceLine]:
    """One group's devices: each kind with the number its answer gave, or the count
    question's number when the answer names one kind only."""
    key = user.value
    said = devices_said(values.get(f"{key}_devices"))
    problems.extend(said.problems)
    count, wrong = count_said(values.get(f"{key}_count"),
                              tr("Number of devices ({user})").format(user=user.label))
    problems.extend(wrong)
    age = device_age(values.get(f"{key}_age"))
    if age is None:
        problems.append(tr("“{answer}” is not an age of devices: say under 2 years, 2–4 "
                           "years or 5 years or more.").format(answer=values[f"{key}_age"]))
        age = DeviceAge.UNKNOWN  # the row is refused: its lines are only checked
    kinds = list(said.kinds)
    if not kinds and count is not None:
        problems.append(tr("{user}: say which devices the {n} are.").format(
            user=user.label, n=count))
    elif count is not None:
        if len(kinds) == 1 and kinds[0][1] is None:
            kinds = [(kinds[0][0], count)]
        elif any(n is None for _, n in kinds):
            problems.append(tr("{user}: say how many of each device, e.g. Chromebook 120; "
                               "iPad 30.").format(user=user.label))
    return [DeviceLine(user, kind, n, age) for kind, n in kinds]


def _row(number: int, cells: tuple, columns: dict[int, str]) -> SurveyRow | None:
    values: dict[str, Any] = {key: cells[col] if col < len(cells) else None
                              for col, key in columns.items()}
    if not any(str(v).strip() for v in values.values() if v is not None):
        return None
    problems: list[str] = []
    try:
        answered_on = _answered_on(values.get("answered_on"))
    except ValidationError as exc:
        answered_on = None
        problems.extend(exc.errors.values())
    devices = [*_devices(DeviceUser.PUPILS, values, problems),
               *_devices(DeviceUser.TEACHERS, values, problems)]
    return SurveyRow(
        number, clean(str(values.get("school") or "")), answered_on, tuple(devices),
        platform_names(str(values.get("platforms") or "")),
        clean_text(str(values.get("network") or "")), items_said(values.get("needs")),
        {str(n): problem for n, problem in enumerate(problems)})
