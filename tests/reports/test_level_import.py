"""Self-assessments imported from a survey's export: a real .xlsx written here, read by
the import machinery, saved all or nothing with every bad row's number."""

import unicodedata
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from coachdesk.domain.competence import LevelSource
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.reports.imports import read_plan
from coachdesk.services import Desk
from coachdesk.services.imports import Action, ImportKind, ImportProblems
from coachdesk.storage import tables as t

HEADER = ["Aloitusaika", "Valmistumisaika", "Sähköposti", "Nimi",
          "Digiosaamisen taso", "Perustelut"]


def survey(path, *answers):
    """A Microsoft Forms export as a coordinator downloads it."""
    book = Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws.append(HEADER)
    for answer in answers:
        ws.append(answer)
    book.save(path)
    return path


@pytest.fixture
def teachers(desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    tikkurila = desk.schools.add(SchoolDraft(name="Tikkurilan koulu", kind="primary",
                                             language="fi"))
    return {
        "aino": desk.teachers.add(TeacherDraft(name="Äijälä Aino", email="aino@vantaa.fi",
                                               school_id=korso)),
        "jussi": desk.teachers.add(TeacherDraft(name="Jussi Öhman", school_id=korso)),
        "anna1": desk.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=korso)),
        "anna2": desk.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=tikkurila,
                                                email="anna.v@vantaa.fi")),
    }


def levels_saved(desk) -> int:
    with desk.db.reading() as conn:
        return conn.scalar(select(func.count()).select_from(t.competence_levels))


def when(day: int) -> datetime:
    return datetime(2026, 9, day, 14, 5)


def test_bad_rows_are_named_and_nothing_is_half_saved(desk, teachers, tmp_path):
    path = survey(tmp_path / "kysely.xlsx",
                  [when(1), when(1), "AINO@vantaa.fi", "", "Taso 2", "arjessa"],   # row 2
                  [when(1), when(1), "", "Anna Virtanen", 3, ""],                  # row 3
                  [when(1), when(1), "", "Pekka Puuttuva", 1, ""],                 # row 4
                  [when(1), when(1), "", "jussi öhman", "viisi", ""],              # row 5
                  [when(1), None, "", "Jussi Öhman", 2, ""],                       # row 6
                  [when(2), when(2), "anna.v@vantaa.fi", "Anna Virtanen", 4, ""])  # row 7
    plan = read_plan(path, ImportKind.LEVELS)
    assert set(plan.mapping.values()) == {"email", "name", "level", "assessed_on", "note"}
    with pytest.raises(ImportProblems) as caught:
        desk.imports.apply(ImportKind.LEVELS, plan.records())
    said = str(caught.value)
    assert set(caught.value.errors) == {"row 3", "row 4", "row 5", "row 6", "row 7"}
    assert "2 teachers are named Anna Virtanen" in caught.value.errors["row 3"]
    assert "Pekka Puuttuva" in caught.value.errors["row 4"]
    assert "“viisi” is not a level" in caught.value.errors["row 5"]
    assert "date" in caught.value.errors["row 6"]
    assert "“4” is not a level" in caught.value.errors["row 7"]
    assert said.startswith("Nothing was imported: 5 rows have problems (rows 3, 4, 5, 6, 7)")
    assert levels_saved(desk) == 0  # the good row 2 was not saved either


def test_a_good_survey_adds_self_assessments_and_counts_once(desk, teachers, tmp_path):
    nfd = unicodedata.normalize("NFD", "JUSSI ÖHMAN")  # typed on a Mac, in capitals
    path = survey(tmp_path / "kysely.xlsx",
                  [when(1), when(1), "AINO@vantaa.fi", "", "Taso 2", "arjessa"],
                  [when(1), when(3), "", nfd, 1.0, ""],
                  [when(1), when(1), "anna.v@vantaa.fi", "Anna Virtanen", "3", ""])
    done = desk.imports.apply(ImportKind.LEVELS, read_plan(path, ImportKind.LEVELS).records())
    assert done.count(Action.CREATE) == 3
    aino = desk.levels.history(teachers["aino"])
    assert [(h.level, h.assessed_on, h.source, h.note) for h in aino] == [
        (2, date(2026, 9, 1), LevelSource.SELF, "arjessa")]
    assert desk.levels.history(teachers["jussi"])[0].assessed_on == date(2026, 9, 3)
    assert desk.levels.latest(teachers["anna2"], date(2026, 10, 1)) == 3
    assert desk.levels.history(teachers["anna1"]) == []
    again = desk.imports.apply(ImportKind.LEVELS, read_plan(path, ImportKind.LEVELS).records())
    assert again.count(Action.SKIP) == 3 and levels_saved(desk) == 3  # history not doubled


def test_the_command_line_imports_a_survey_all_or_nothing(desk, teachers, tmp_path, capsys):
    from coachdesk.cli import main

    if desk.path is None:
        pytest.skip("the command's --db is a file")
    desk.close()
    path = survey(tmp_path / "kysely.xlsx",
                  [when(1), when(1), "aino@vantaa.fi", "", 2, ""],
                  [when(1), when(1), "", "Nobody", 2, ""])
    db = str(desk.path)
    assert main(["import", "levels", str(path), "--db", db]) == 1
    assert "Row 3" in capsys.readouterr().out
    with Desk.open(db) as again:
        assert levels_saved(again) == 0
    path = survey(tmp_path / "kysely.xlsx", [when(1), when(1), "aino@vantaa.fi", "", 2, ""])
    assert main(["import", "levels", str(path), "--db", db]) == 0
    with Desk.open(db) as again:
        assert levels_saved(again) == 1
