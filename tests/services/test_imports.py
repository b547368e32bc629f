"""desk.imports on a real database: every row's problems, all or nothing, update or skip."""

import time
import unicodedata
from datetime import date
from decimal import Decimal

import pytest

from coachdesk.domain.devices import CategoryDraft, DeviceDraft
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services.imports import Action, ImportProblems, ImportRow
from coachdesk.services.listing import ListRequest
from tests.drafts import edit


def rows(*values: dict, first: int = 2) -> list[ImportRow]:
    return [ImportRow(first + i, v) for i, v in enumerate(values)]


def teacher_ids(desk) -> list[int]:
    return desk.teachers.list_source().ids(ListRequest(filters={"archived": True}))


def school_names(desk) -> list[str]:
    return [name for _, name in desk.schools.choices(include_archived=True)]


def problems(preview) -> dict[int, list[str]]:
    return {x.row: x.problems for x in preview.lines if x.problems}


@pytest.fixture
def category(desk):
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=14))
    desk.devices.add_category(CategoryDraft(name="Robotit", loan_days=28))


# --- schools -----------------------------------------------------------------------------


def test_schools_preview_names_every_problem_of_every_row(desk):
    preview = desk.imports.preview("schools", rows(
        {"name": "Korson koulu", "kind": "comprehensive", "language": "fi"},
        {"name": "", "principal_email": "rehtori@vantaa"},
        {"name": "Mikkolan koulu", "kind": "kansalaisopisto", "teacher_count": "paljon"},
        {"name": "KORSON KOULU"},
    ))
    assert [x.action for x in preview.lines] == [Action.CREATE] * 4
    found = problems(preview)
    assert sorted(found) == [3, 4, 5]
    assert "Name is required." in found[3]
    assert any("“rehtori@vantaa” is not an e-mail address" in p for p in found[3])
    assert any(p.startswith("“kansalaisopisto” is not a kind of school CoachDesk knows; "
                            "write one of: esiopetus / förskola / preschool;")
               for p in found[4])
    assert "Number of teachers must be a whole number." in found[4]
    assert found[5] == ["The school KORSON KOULU is already on row 2."]
    assert preview.problem_rows == [3, 4, 5]
    assert preview.summary() == "1 new, 0 to update, 0 skipped, 3 with problems."
    assert school_names(desk) == []  # a preview writes nothing


def test_one_bad_school_saves_nothing(desk):
    with pytest.raises(ImportProblems) as refused:
        desk.imports.apply("schools", rows(
            {"name": "Korson koulu"}, {"name": "Mikkolan koulu"},
            {"name": "Ankkurin koulu", "principal_email": "ei osoitetta"},
        ))
    assert isinstance(refused.value, ValidationError)
    assert list(refused.value.errors) == ["row 4"]
    assert "row 4 has a problem" in str(refused.value)
    assert "Row 4:" in str(refused.value)
    assert school_names(desk) == []


def test_a_clean_list_of_schools_saves_all(desk):
    done = desk.imports.apply("schools", rows(
        {"name": "Korson koulu", "kind": "comprehensive", "language": "fi",
         "principal_name": "Anna Aho", "principal_email": "anna.aho@vantaa.fi",
         "teacher_count": 35},
        {"name": "Hagelstamska skolan", "kind": "primary", "language": "sv"},
    ))
    assert done.creates == 2
    assert school_names(desk) == ["Hagelstamska skolan", "Korson koulu"]
    korso = desk.schools.get(desk.schools.choices()[1][0])
    assert (korso.principal_email, korso.teacher_count) == ("anna.aho@vantaa.fi", 35)
    assert korso.kind.value == "comprehensive" and korso.language.value == "fi"
    # Saved like a form would: the folded name keeps a second "Korson koulu" out.
    with pytest.raises(ValidationError):
        desk.schools.add(SchoolDraft(name="korson koulu"))


def test_existing_schools_are_updated_or_skipped(desk, school_id):
    edit(desk.schools, school_id, principal_name="Anna Aho", address="Urpiaisentie 14")
    listed = rows({"name": "korson koulu", "principal_name": "Pekka Peltonen",
                   "address": None},
                  {"name": "Mikkolan koulu"})

    skipped = desk.imports.apply("schools", listed, on_match="skip")
    assert [x.action for x in skipped.lines] == [Action.SKIP, Action.CREATE]
    assert skipped.lines[0].existing_id == school_id
    assert desk.schools.get(school_id).principal_name == "Anna Aho"

    updated = desk.imports.apply("schools", listed, on_match="update")
    assert [x.action for x in updated.lines] == [Action.UPDATE, Action.UPDATE]
    school = desk.schools.get(school_id)
    assert school.principal_name == "Pekka Peltonen"
    assert school.address == "Urpiaisentie 14"  # a blank cell keeps what was there
    assert len(school_names(desk)) == 2


def test_skipped_rows_are_not_problems(desk):
    listed = rows({"name": "Korson koulu"}, {"name": ""}, {"name": "Mikkolan koulu"})
    preview = desk.imports.preview("schools", listed, skip_rows=[3])
    assert preview.ok
    assert [x.action for x in preview.lines] == [Action.CREATE, Action.SKIP, Action.CREATE]
    desk.imports.apply("schools", listed, skip_rows=[3])
    assert school_names(desk) == ["Korson koulu", "Mikkolan koulu"]


# --- teachers ----------------------------------------------------------------------------


def test_teachers_preview_unknown_school_bad_email_duplicates(desk, school_id):
    desk.schools.add(SchoolDraft(name="Vanha koulu", kind="primary", language="fi"))
    desk.schools.archive(desk.schools.choices(include_archived=True)[1][0])
    preview = desk.imports.preview("teachers", rows(
        {"name": "Maija Meikäläinen", "email": "maija@vantaa.fi", "school": "korson koulu"},
        {"name": "Matti Virtanen", "email": "matti(at)vantaa.fi", "school": "Korson koulu"},
        {"name": "Liisa Laine", "email": "", "school": "Tuntematon koulu"},
        {"name": "", "email": "nimeton@vantaa.fi", "school": "Korson koulu"},
        {"name": "M. Meikäläinen", "email": "MAIJA@vantaa.fi", "school": "Korson koulu"},
        {"name": "Olli Opettaja", "school": "Vanha koulu"},
        {"name": "Olli Opettaja"},
        {"name": "Liisa Laine", "school": "Tuntematon koulu"},
    ))
    found = problems(preview)
    assert sorted(found) == [3, 4, 5, 6, 7, 8, 9]
    assert any("“matti(at)vantaa.fi” is not an e-mail address" in p for p in found[3])
    assert found[4] == ["There is no school named “Tuntematon koulu”: add or import it "
                        "first, or correct the name."]
    assert found[5] == ["Name is required."]
    assert found[6] == ["The e-mail MAIJA@vantaa.fi is already on row 2."]
    assert found[7] == ["Vanha koulu is archived; choose an active school."]
    assert found[8] == ["The school is missing."]
    assert "Liisa Laine of Tuntematon koulu is already on row 4." in found[9]
    assert preview.lines[0].record == "Maija Meikäläinen — korson koulu"


def test_one_bad_teacher_saves_nothing_and_a_clean_list_saves_all(desk, school_id):
    listed = rows(
        {"name": "Maija Meikäläinen", "email": "maija@vantaa.fi", "school": "Korson koulu",
         "subjects": "matematiikka"},
        {"name": "Matti Virtanen", "email": "matti@vantaa", "school": "Korson koulu"},
    )
    with pytest.raises(ImportProblems, match="row 3 has a problem"):
        desk.imports.apply("teachers", listed)
    assert teacher_ids(desk) == []

    listed[1].values["email"] = "matti@vantaa.fi"
    done = desk.imports.apply("teachers", listed)
    assert done.creates == 2
    teachers = [desk.teachers.get(i) for i in teacher_ids(desk)]
    assert {(x.name, x.email, x.school_id) for x in teachers} == {
        ("Maija Meikäläinen", "maija@vantaa.fi", school_id),
        ("Matti Virtanen", "matti@vantaa.fi", school_id),
    }
    maija = next(x for x in teachers if x.name == "Maija Meikäläinen")
    assert maija.subjects == "matematiikka"
    assert maija.search_key == "maija meikäläinen maija@vantaa.fi matematiikka"
    # The imported teachers are found and listed like any other.
    assert desk.teachers.list_source().ids(ListRequest(text="matti")) == [
        x.id for x in teachers if x.name == "Matti Virtanen"]


def test_teachers_are_matched_by_email_or_by_name_and_school(desk, school_id):
    other = desk.schools.add(SchoolDraft(name="Mikkolan koulu", kind="primary", language="fi"))
    maija = desk.teachers.add(TeacherDraft(name="Maija Meikäläinen", email="maija@vantaa.fi",
                                           school_id=school_id, subjects="matematiikka"))
    pekka = desk.teachers.add(TeacherDraft(name="Pekka Peltonen", school_id=school_id))
    listed = rows(
        # moved to another school, found by e-mail in any case
        {"name": "Maija Meikäläinen", "email": "Maija@Vantaa.fi", "school": "Mikkolan koulu"},
        # no e-mail: found by name and school, and given one now
        {"name": "pekka peltonen", "email": "pekka@vantaa.fi", "school": "Korson koulu"},
        # the same name at another school is another teacher
        {"name": "Pekka Peltonen", "school": "Mikkolan koulu"},
    )
    preview = desk.imports.preview("teachers", listed)
    assert [(x.action, x.existing_id) for x in preview.lines] == [
        (Action.UPDATE, maija), (Action.UPDATE, pekka), (Action.CREATE, None)]

    desk.imports.apply("teachers", listed, on_match="skip")
    assert desk.teachers.get(maija).school_id == school_id
    assert len(teacher_ids(desk)) == 3

    desk.imports.apply("teachers", listed[:2])
    moved = desk.teachers.get(maija)
    assert (moved.school_id, moved.email, moved.subjects) == (
        other, "Maija@Vantaa.fi", "matematiikka")
    assert desk.teachers.get(pekka).email == "pekka@vantaa.fi"
    assert len(teacher_ids(desk)) == 3


def test_a_teacher_found_by_email_keeps_their_school_when_none_is_given(desk, school_id):
    maija = desk.teachers.add(TeacherDraft(name="Maija", email="maija@vantaa.fi",
                                           school_id=school_id))
    desk.imports.apply("teachers", rows({"email": "maija@vantaa.fi",
                                         "name": "Maija Meikäläinen"}))
    assert desk.teachers.get(maija).name == "Maija Meikäläinen"
    assert desk.teachers.get(maija).school_id == school_id


# --- devices -----------------------------------------------------------------------------


def test_devices_preview_problems(desk, category):
    desk.devices.add(DeviceDraft(asset_tag="IPAD-001", category="iPad", model="iPad 9"))
    preview = desk.imports.preview("devices", rows(
        {"asset_tag": "ipad-001", "category": "ipad", "model": "iPad 10"},
        {"asset_tag": "IPAD-002", "category": "Kamera"},
        {"asset_tag": "IPAD-003", "category": "iPad", "purchase_date": "31.2.2026",
         "price": "halpa"},
        {"asset_tag": "", "category": "iPad"},
        {"asset_tag": "ROBO-1", "category": "Robotit", "price": -5, "content_count": 30},
        {"asset_tag": "Ipad-003", "category": "iPad"},
    ))
    assert [x.action for x in preview.lines][:2] == [Action.UPDATE, Action.CREATE]
    found = problems(preview)
    assert sorted(found) == [3, 4, 5, 6, 7]
    assert found[3] == ["“Kamera” is not a category yet: add it under Categories, or let "
                        "the import create it."]
    assert found[4] == ["Purchase date: write the date as 1.8.2026.",
                        "Price must be a number."]
    assert found[5] == ["Asset tag is required."]
    assert found[6] == ["Price cannot be negative."]
    assert found[7] == ["The tag Ipad-003 is already on row 4."]


def test_devices_all_or_nothing_and_updates(desk, category):
    old = desk.devices.add(DeviceDraft(asset_tag="IPAD-001", category="iPad", model="iPad 9",
                                       location="Kaappi 1"))
    listed = rows(
        {"asset_tag": "IPAD-001", "category": "iPad", "model": "iPad 10",
         "purchase_date": date(2026, 8, 15), "price": 429.9},
        {"asset_tag": "ROBO-01", "category": "robotit", "purchase_date": "1.9.2026",
         "price": "1299,5", "content_count": "30"},
        {"asset_tag": "ROBO-01", "category": "Robotit"},
    )
    with pytest.raises(ImportProblems, match="row 4 has a problem"):
        desk.imports.apply("devices", listed)
    assert desk.devices.get(old).model == "iPad 9"
    assert desk.devices.category_named("Robotit") is not None
    with pytest.raises(Exception, match="ROBO-01"):
        desk.devices.find_by_tag("ROBO-01")

    done = desk.imports.apply("devices", listed, skip_rows=[4])
    assert (done.creates, done.updates, done.skips) == (1, 1, 1)
    updated = desk.devices.get(old)
    assert (updated.model, updated.location, updated.price, updated.purchase_date) == (
        "iPad 10", "Kaappi 1", Decimal("429.90"), date(2026, 8, 15))
    robots = desk.devices.find_by_tag("robo-01")
    assert (robots.category, robots.purchase_date, robots.price, robots.content_count) == (
        "Robotit", date(2026, 9, 1), Decimal("1299.50"), 30)
    assert robots.status.value == "available"


# --- a big list --------------------------------------------------------------------------


def test_ten_thousand_teachers(desk, tmp_path, capsys):
    """Measured, not asserted: the time is printed (pytest -s, or -rA)."""
    from coachdesk.reports.imports import read_plan
    from tests.reports.test_imports import write_xlsx

    schools = [f"Koulu {i}" for i in range(40)]
    desk.imports.apply("schools", rows(*({"name": s} for s in schools)))
    path = write_xlsx(tmp_path / "opettajat.xlsx", [
        ["Nimi", "Sähköposti", "Koulu", "Aineet"],
        *([f"Opettaja {i}", f"opettaja.{i}@vantaa.fi", schools[i % 40], "matematiikka"]
          for i in range(10_000)),
    ])

    started = time.perf_counter()
    records = read_plan(path, "teachers").records()
    read = time.perf_counter()
    preview = desk.imports.preview("teachers", records)
    previewed = time.perf_counter()
    desk.imports.apply("teachers", records)
    applied = time.perf_counter()
    again = desk.imports.apply("teachers", records)  # every row now an update
    updated = time.perf_counter()

    assert preview.ok and preview.creates == 10_000
    assert len(teacher_ids(desk)) == 10_000
    assert again.updates == 10_000
    with capsys.disabled():
        print(f"\n10,000 teachers: read {read - started:.2f} s, preview "
              f"{previewed - read:.2f} s, import {applied - previewed:.2f} s, "
              f"re-import as updates {updated - applied:.2f} s")


def test_rows_with_fields_the_kind_does_not_have_are_a_programming_error(desk):
    with pytest.raises(TypeError, match="first_name"):
        desk.imports.preview("teachers", rows({"name": "A", "first_name": "A"}))


# --- words, dates and names as people write them -------------------------------------------


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_kinds_and_languages_as_people_write_them(desk):
    preview = desk.imports.preview("schools", rows(
        {"name": "Korson koulu", "kind": "Perusopetus", "language": "Svenska"},
        {"name": "Mikkolan koulu", "kind": "vuosiluokat 1–6"},
        {"name": "Kansalaisopisto", "kind": "Kansalaisopisto", "language": "Klingon"},
    ))
    assert [x.entity.kind.value for x in preview.lines[:2]] == ["comprehensive", "primary"]
    assert preview.lines[0].entity.language.value == "sv"
    kind, language = problems(preview)[4]
    assert kind.startswith("“Kansalaisopisto” is not a kind of school CoachDesk knows; "
                           "write one of: esiopetus / förskola / preschool; alakoulu")
    assert language.startswith("“Klingon” is not a teaching language CoachDesk knows; "
                               "write one of: suomi")


@pytest.mark.parametrize("typed, message", [
    ("1.8.26", "Purchase date: “1.8.26” has no full year; write the date as 1.8.2026."),
    ("0026-08-01", "Purchase date: “0026-08-01” has no full year; write the date as "
                   "1.8.2026."),
    ("1.8.1899", "Purchase date: “1.8.1899” is not a date between 1900 and 2200; write "
                 "the date as 1.8.2026."),
    (date(1899, 12, 27), "Purchase date: “27.12.1899” is not a date between 1900 and "
                         "2200; write the date as 1.8.2026."),
])
def test_a_year_no_school_has_is_refused_on_its_row(desk, category, typed, message):
    preview = desk.imports.preview("devices", rows(
        {"asset_tag": "IPAD-001", "category": "iPad", "purchase_date": typed}))
    assert problems(preview) == {2: [message]}
    with pytest.raises(ImportProblems, match="row 2 has a problem"):
        desk.imports.apply("devices", rows(
            {"asset_tag": "IPAD-001", "category": "iPad", "purchase_date": typed}))


def test_excel_dates_with_odd_years_are_refused_on_their_rows(desk, category, tmp_path):
    """Cells that Excel itself holds as dates: serial -3 (27.12.1899), 0 (a time of day
    to openpyxl) and one beyond the year 9999, beside a good one."""
    import xlsxwriter

    from coachdesk.reports.imports import read_plan

    path = tmp_path / "laitteet.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    shown = book.add_format({"num_format": "d.m.yyyy"})
    ws.write_row(0, 0, ["Tunniste", "Luokka", "Hankintapäivä"])
    for r, serial in enumerate([-3, 0, 3_000_000, 46235], start=1):
        ws.write_row(r, 0, [f"IPAD-00{r}", "iPad"])
        ws.write_number(r, 2, serial, shown)
    book.close()
    preview = desk.imports.preview("devices", read_plan(path, "devices").records())
    assert problems(preview) == {
        2: ["Purchase date: “27.12.1899” is not a date between 1900 and 2200; write the "
            "date as 1.8.2026."],
        3: ["Purchase date: write the date as 1.8.2026."],
        4: ["Purchase date: write the date as 1.8.2026."],
    }
    assert preview.lines[3].entity.purchase_date == date(2026, 8, 1)


def test_names_written_on_a_mac_find_the_school(desk):
    """A name pasted from a Mac is in NFD ("a" + a combining ring): it must find the
    school typed on Windows (NFC), and not count as another one."""
    korso = desk.schools.add(SchoolDraft(name="Håkansböle skola", kind="primary", language="sv"))
    desk.schools.add(SchoolDraft(name="Myyrmäen koulu", kind="primary", language="fi"))
    teachers = desk.imports.preview("teachers", rows(
        {"name": "Maija Meikäläinen", "school": nfd("Myyrmäen koulu")},
        {"name": "Greta Gustafsson", "email": "greta@vanda.fi",
         "school": nfd("HÅKANSBÖLE SKOLA")}))
    assert teachers.ok, teachers.problem_lines
    schools = desk.imports.preview("schools", rows(
        {"name": nfd("Håkansböle skola"), "principal_name": "Rektor"},
        {"name": "Åbackan koulu"}, {"name": nfd("åbackan koulu")}))
    assert (schools.lines[0].action, schools.lines[0].existing_id) == (Action.UPDATE, korso)
    assert problems(schools) == {4: [f"The school {nfd('åbackan koulu')} is already on "
                                     "row 3."]}


# --- device categories -----------------------------------------------------------------------


def test_missing_categories_are_named_and_created_only_when_asked(desk):
    """A new database has no categories: a device list is not refused for that when the
    coordinator lets the import create them, and nothing is created otherwise."""
    listed = rows(
        {"asset_tag": "CAM-1", "category": "Kamera"},
        {"asset_tag": "CAM-2", "category": "kamera"},
        {"asset_tag": "IPAD-1", "model": "iPad 10"},  # no category at all
        {"asset_tag": "IPAD-2", "category": None},
    )
    asked = desk.imports.preview("devices", listed)
    assert asked.missing_categories == ["Kamera", "Uncategorised"]
    assert problems(asked) == {
        2: ["“Kamera” is not a category yet: add it under Categories, or let the import "
            "create it."],
        3: ["“kamera” is not a category yet: add it under Categories, or let the import "
            "create it."],
        4: ["The category is missing: give it in the file, or let the import put the "
            "device in “Uncategorised”."],
        5: ["The category is missing: give it in the file, or let the import put the "
            "device in “Uncategorised”."],
    }
    with pytest.raises(ImportProblems):
        desk.imports.apply("devices", listed)
    assert desk.devices.categories() == []

    creating = desk.imports.preview("devices", listed, create_categories=True)
    assert creating.ok
    assert creating.summary() == ("4 new, 0 to update, 0 skipped; new categories: Kamera, "
                                  "Uncategorised.")
    assert desk.devices.categories() == []  # a preview writes nothing

    bad = [*listed, ImportRow(6, {"asset_tag": "CAM-3", "category": "Robotit", "price": -1})]
    with pytest.raises(ImportProblems, match="row 6 has a problem"):
        desk.imports.apply("devices", bad, create_categories=True)
    assert desk.devices.categories() == []  # all or nothing: no categories either

    done = desk.imports.apply("devices", listed, create_categories=True)
    assert done.creates == 4
    assert [(c.name, c.loan_days) for c in desk.devices.categories()] == [
        ("Kamera", 14), ("Uncategorised", 14)]
    assert desk.devices.find_by_tag("CAM-2").category == "Kamera"
    assert desk.devices.find_by_tag("IPAD-1").category == "Uncategorised"

    # A device already in CoachDesk keeps its category when the list gives none.
    again = desk.imports.apply("devices", rows({"asset_tag": "cam-1", "model": "EOS"}))
    assert again.updates == 1 and again.missing_categories == []
    assert desk.devices.find_by_tag("CAM-1").category == "Kamera"


def test_categories_of_rows_left_out_are_not_created(desk, category):
    listed = rows({"asset_tag": "CAM-1", "category": "Kamera"},
                  {"asset_tag": "IPAD-1", "category": "ipad"})
    done = desk.imports.apply("devices", listed, skip_rows=[2], create_categories=True)
    assert done.missing_categories == []
    assert [c.name for c in desk.devices.categories()] == ["iPad", "Robotit"]
    assert desk.devices.find_by_tag("IPAD-1").category == "iPad"


def planner_statistics(desk) -> dict[str, str]:
    """The schools' rows of SQLite's statistics (none before the first ANALYZE)."""
    with desk.db.reading() as conn:
        if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
                                    ).first():
            return {}
        return {r[0]: r[1] for r in conn.exec_driver_sql(
            "SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'schools'")}


def test_a_large_import_gathers_the_planners_statistics_of_its_table(desk):
    from coachdesk.services.imports import LARGE_IMPORT

    desk.imports.apply("schools", rows(*({"name": f"Koulu {n}", "kind": "primary",
                                          "language": "fi"} for n in range(LARGE_IMPORT))))
    stats = planner_statistics(desk)
    assert stats and all(stat.split()[0] == str(LARGE_IMPORT) for stat in stats.values())


def test_a_small_import_leaves_the_statistics_to_the_close(desk):
    desk.imports.apply("schools", rows({"name": "Korson koulu", "kind": "primary",
                                        "language": "fi"}))
    assert planner_statistics(desk) == {}
