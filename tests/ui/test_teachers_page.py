from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.ui.pages.teachers_page import TeachersPage
from tests.ui.helpers import errors_shown, fill, with_dialog


def _page(window) -> TeachersPage:
    page = window.page(TeachersPage)
    window.nav.setCurrentRow(window.pages.index(page))
    return page


def _names(page) -> list[str]:
    model = page.list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_add_a_teacher_and_search_across_schools(window, desk, qtbot):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu"))
    desk.schools.add(SchoolDraft(name="Kyrkoby skola", language="sv"))
    desk.teachers.add(TeacherDraft(name="Liisa Nieminen", school_id=korso))
    page = _page(window)
    page.refresh()

    def add(dialog):
        fill(dialog, name="Åsa Lindqvist", email="asa.lindqvist@opetus.example.fi",
             school_id="Kyrkoby skola", subjects="svenska, historia")
        dialog.accept()

    with_dialog(page.new_action.trigger, add)
    assert sorted(_names(page)) == ["Liisa Nieminen", "Åsa Lindqvist"]

    qtbot.keyClicks(page.list.filter_box, "kyrkoby")  # matches the school's name too
    qtbot.waitUntil(lambda: page.list.model.total == 1)
    assert _names(page) == ["Åsa Lindqvist"]


def test_a_malformed_email_is_refused_at_the_field(window, desk):
    desk.schools.add(SchoolDraft(name="Korson koulu"))
    page = _page(window)
    seen = {}

    def add(dialog):
        fill(dialog, name="Anna Virtanen", email="anna.virtanen@opetus", school_id="Korson koulu")
        dialog.accept()
        seen.update(errors_shown(dialog))

    with_dialog(page.new_action.trigger, add)
    assert list(seen) == ["email"]
    assert page.list.model.total == 0


def test_the_school_picker_shows_one_schools_teachers(window, desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu"))
    kuusikko = desk.schools.add(SchoolDraft(name="Kuusikon koulu"))
    desk.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=korso))
    desk.teachers.add(TeacherDraft(name="Mikko Korhonen", school_id=kuusikko))
    page = _page(window)
    page.show_school(kuusikko)
    assert _names(page) == ["Mikko Korhonen"]
    page.show_school(None)
    assert page.list.model.total == 2


def test_move_a_teacher_to_another_school(window, desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu"))
    kuusikko = desk.schools.add(SchoolDraft(name="Kuusikon koulu"))
    teacher = desk.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=korso))
    page = _page(window)
    page.refresh()
    page.list.select_id(teacher)

    def move(dialog):
        fill(dialog, school_id="Kuusikon koulu")
        dialog.accept()

    with_dialog(page.move_action.trigger, move)
    assert desk.teachers.get(teacher).school_id == kuusikko


def test_archive_a_teacher_after_confirmation(window, desk, answers):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu"))
    teacher = desk.teachers.add(TeacherDraft(name="Anna Virtanen", school_id=korso))
    page = _page(window)
    page.refresh()
    page.list.select_id(teacher)
    page.archive_action.trigger()
    assert answers["confirm"] and "Anna Virtanen" in answers["confirm"][0]
    assert desk.teachers.get(teacher).archived
    assert page.list.model.total == 0
