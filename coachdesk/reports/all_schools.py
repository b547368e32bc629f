"""One school report per school into a folder, so each principal gets their own file,
each in its school's language."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.file_names import unique_file_names
from coachdesk.domain.text import tr
from coachdesk.reports.school_report import build_school_report
from coachdesk.services.desk import Desk

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


@dataclass
class AllSchoolsResult:
    written: list[Path] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False


def write_all_schools(desk: Desk, first: date, last: date, folder: Path | str,
                      school_ids: list[int] | None = None, today: date | None = None,
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None,
                      language: str | None = None) -> AllSchoolsResult:
    """Write one report per school (default: every school not archived) into ``folder``,
    each in its school's language (or all in ``language``).

    ``progress(done, total)`` is called before the first file and after each one;
    ``cancelled()`` is asked before each file, and a cancel keeps the files already
    written, each of them complete."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CoachDeskError(tr("{path} is a file, not a folder: choose a folder for the "
                                "reports.").format(path=folder))
    schools = desk.reports.schools()
    if school_ids is not None:
        chosen = set(school_ids)
        schools = [s for s in schools if s[0] in chosen]
    names = unique_file_names(name for _, name in schools)
    result = AllSchoolsResult(total=len(schools))
    if progress:
        progress(0, result.total)
    today = today or date.today()
    city = desk.reports.city(first, last, today) if schools else None  # read once for all
    for done, ((school_id, _), file_name) in enumerate(zip(schools, names, strict=True),
                                                       start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        data = desk.reports.school_report(school_id, first, last, today=today, city=city)
        result.written.append(build_school_report(data, language).save(folder / file_name))
        if progress:
            progress(done, result.total)
    return result
