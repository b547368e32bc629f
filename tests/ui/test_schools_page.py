from PySide6.QtCore import Qt

from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.ui.pages.schools_page import SchoolsPage
from tests.ui.helpers import errors_shown, fill, with_dialog


def _page(window) -> SchoolsPage:
    page = window.page(SchoolsPage)
    window.nav.setCurrentRow(window.pages.index(page))
    return page


def _names(page) -> list[str]:
    model = page.list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_add_a_school_through_the_form_and_find_it_by_filtering(window, desk, qtbot):
    page = _page(window)
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    page.list.refresh()

    def add(dialog):
        fill(dialog, name="Hämeenkylän koulu", kind="lower_secondary", language="fi",
             principal_name="Maija Mäkinen", principal_email="maija.makinen@opetus.example.fi",
             teacher_count="42")
        dialog.accept()

    with_dialog(page.new_action.trigger, add)
    assert _names(page) == ["Hämeenkylän koulu", "Korson koulu"]
    school = desk.schools.get(page.list.selected_id())
    assert school.name == "Hämeenkylän koulu" and school.teacher_count == 42

    qtbot.keyClicks(page.list.filter_box, "HÄMEEN")
    qtbot.waitUntil(lambda: page.list.model.total == 1)
    assert _names(page) == ["Hämeenkylän koulu"]
    assert page.list.count_label.text() == "Schools: 1"


def test_bad_input_is_shown_beside_the_fields_and_nothing_is_saved(window, desk):
    page = _page(window)
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    seen = {}

    def add(dialog):
        fill(dialog, name="korson KOULU", principal_email="rehtori(at)koulu.fi",
             teacher_count="-3")
        dialog.accept()
        seen.update(errors_shown(dialog))
        seen["still_open"] = dialog.isVisible()

    with_dialog(page.new_action.trigger, add)
    assert seen.pop("still_open") is True
    assert set(seen) == {"name", "principal_email", "teacher_count"}
    assert "already exists" in seen["name"]
    assert "not an e-mail address" in seen["principal_email"]
    assert "cannot be negative" in seen["teacher_count"]
    assert [name for _, name in desk.schools.choices()] == ["Korson koulu"]


def test_missing_name_is_refused(window, desk):
    page = _page(window)
    seen = {}

    def add(dialog):
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_action.trigger, add)
    assert seen == {"name": "Name is required."}
    assert desk.schools.choices() == []


def test_edit_a_school(window, desk):
    page = _page(window)
    school_id = desk.schools.add(SchoolDraft(name="Korson koulu"))
    page.list.refresh(select_id=school_id)

    def edit(dialog):
        assert dialog.editors["name"].text() == "Korson koulu"
        fill(dialog, name="Korson yhtenäiskoulu", language="sv")
        dialog.accept()

    with_dialog(page.edit_action.trigger, edit)
    assert desk.schools.get(school_id).name == "Korson yhtenäiskoulu"
    assert _names(page) == ["Korson yhtenäiskoulu"]


def test_archiving_a_school_with_teachers_asks_first_and_says_how_many(window, desk, answers):
    page = _page(window)
    school_id = desk.schools.add(SchoolDraft(name="Korson koulu"))
    for n in range(3):
        desk.teachers.add(TeacherDraft(name=f"Opettaja {n}", school_id=school_id))
    page.list.refresh(select_id=school_id)

    answers["answer"] = False
    page.archive_action.trigger()
    assert "3 teachers" in answers["confirm"][-1]
    assert not desk.schools.get(school_id).archived

    answers["answer"] = True
    page.archive_action.trigger()
    assert desk.schools.get(school_id).archived
    assert _names(page) == []  # archived schools are hidden by default

    page.show_archived.setChecked(True)
    assert _names(page) == ["Korson koulu"]
    page.list.select_id(school_id)
    assert page.archive_action.text() == "Restore"
    page.archive_action.trigger()
    assert not desk.schools.get(school_id).archived


def test_sorting_by_a_column_header(window, desk):
    page = _page(window)
    desk.schools.add(SchoolDraft(name="Aurinkolahden koulu", teacher_count=10))
    desk.schools.add(SchoolDraft(name="Björkby skola", teacher_count=30))
    desk.schools.add(SchoolDraft(name="Ylästön koulu", teacher_count=20))
    page.list.refresh()
    column = next(i for i in range(page.list.model.columnCount())
                  if page.list.model.column_key(i) == "teacher_count")
    page.list.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Björkby skola", "Ylästön koulu", "Aurinkolahden koulu"]


def test_teachers_action_opens_the_schools_teachers(window, desk):
    page = _page(window)
    school_id = desk.schools.add(SchoolDraft(name="Korson koulu"))
    other = desk.schools.add(SchoolDraft(name="Kuusikon koulu"))
    desk.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=school_id))
    desk.teachers.add(TeacherDraft(name="Mikko Korhonen", school_id=other))
    page.list.refresh(select_id=school_id)
    page.teachers_action.trigger()
    teachers = window.current_page()
    assert teachers.title == "Teachers"
    assert teachers.school_picker.currentText() == "Korson koulu"
    assert teachers.list.model.total == 1


def test_an_empty_list_says_what_to_do(window, desk, qtbot):
    page = _page(window)
    assert page.list.empty_label.isVisible()
    assert "New school" in page.list.empty_label.text()
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    page.list.refresh()
    assert not page.list.empty_label.isVisible()
    qtbot.keyClicks(page.list.filter_box, "zzz")
    qtbot.waitUntil(lambda: page.list.model.total == 0)
    assert page.list.empty_label.text() == "Nothing matches “zzz”."
