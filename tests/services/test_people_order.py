"""People are listed by surname, as Finnish lists are, in Finnish and Swedish order (å, ä,
ö after z), sorted by the database; the display stays "First Last" and the filter finds a
surname. The first test runs on PostgreSQL too, whose own collation would not do this."""

from datetime import date

from coachdesk.domain.schools import TeacherDraft
from coachdesk.domain.text import person_sort_key
from coachdesk.domain.tutors import TutorDraft
from coachdesk.storage.lists import ListRequest

NAMES = ["Örjan Zetterberg", "Anna Åberg", "Pekka Ärölä", "Georg Henrik von Wright",
         "Zacharias Ek", "Aino Östman", "Ville Virtanen", "Sanna Lindholm",
         "Émile Éclair", "Kaisa Ekholm"]
BY_SURNAME = ["Émile Éclair", "Zacharias Ek", "Kaisa Ekholm", "Sanna Lindholm",
              "Ville Virtanen", "Georg Henrik von Wright", "Örjan Zetterberg", "Anna Åberg",
              "Pekka Ärölä", "Aino Östman"]


def test_teachers_and_tutors_sort_by_surname_with_a_a_o_after_z(desk, school_id):
    for name in NAMES:
        desk.teachers.add(TeacherDraft(name=name, school_id=school_id))
        desk.tutors.add(TutorDraft(name=name, home_school_id=school_id,
                                   agreement_start=date(2026, 8, 1),
                                   agreement_end=date(2027, 7, 31)))
    source = desk.teachers.list_source()
    shown = {i: n.split(" — ")[0] for i, n in desk.teachers.choices()}
    assert [shown[i] for i in source.ids(ListRequest())] == BY_SURNAME
    assert [shown[i] for i in source.ids(ListRequest(sort_key="name", descending=True))] == (
        BY_SURNAME[::-1])
    assert list(shown.values()) == BY_SURNAME  # the pickers too
    assert [name for _, name in desk.tutors.choices()] == BY_SURNAME
    tutors = desk.tutors.list_source()
    assert len(tutors.ids(ListRequest())) == len(NAMES)
    # the filter finds the surname, also typed first
    assert [shown[i] for i in source.ids(ListRequest(text="åberg"))] == ["Anna Åberg"]
    assert [shown[i] for i in source.ids(ListRequest(text="Virtanen Ville"))] == [
        "Ville Virtanen"]


def test_the_key_puts_the_surname_first_and_folds_marks():
    assert person_sort_key("Anna-Liisa Virtanen") == "virtanen anna-liisa"
    assert person_sort_key("Georg Henrik von Wright") == "wright georg henrik von"
    assert person_sort_key("Madonna") == "madonna"
    assert person_sort_key("Ülle Müller") == "myller ylle"
    # a name typed on a Mac (decomposed) sorts as the same name typed on Windows
    assert person_sort_key("A\u030aberg Anna") == person_sort_key("Åberg Anna")
    assert sorted(map(person_sort_key, ["Ö", "Z", "Å", "Ä"])) == [
        person_sort_key(n) for n in ["Z", "Å", "Ä", "Ö"]]
