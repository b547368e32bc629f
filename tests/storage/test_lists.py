"""ListSource in SQL: filter, sort and read rows of the schools and teachers lists."""

import pytest

from coachdesk.domain.schools import Language, SchoolDraft, SchoolKind, TeacherDraft
from coachdesk.storage.lists import ListRequest


@pytest.fixture
def schools(desk):
    ids = {
        "alpha": desk.schools.add(
            SchoolDraft(name="alpha", kind="primary", language="fi", teacher_count=30,
                        principal_name="Pia", address="Katu 1"),
        ),
        "Beta": desk.schools.add(
            SchoolDraft(name="Beta", kind="comprehensive", language="sv", teacher_count=10,
                        principal_name="Olli", address="Tie 2"),
        ),
        "gamma": desk.schools.add(
            SchoolDraft(name="gamma", kind="vocational", language="other", teacher_count=20,
                        principal_name="Ulla", address="Polku 3"),
        ),
    }
    return ids


@pytest.fixture
def teachers(desk, schools):
    def add(**fields):
        return desk.teachers.add(TeacherDraft(**fields))

    return {
        "Matti": add(name="Matti Virtanen", email="matti@x.fi", school_id=schools["alpha"],
                     subjects="math"),
        "percent": add(name="50% Aino", email="aino@x.fi", school_id=schools["alpha"],
                       subjects="art"),
        "five": add(name="500 Lauri", email="lauri@x.fi", school_id=schools["Beta"],
                    subjects="music"),
        "under": add(name="Anna_B", email="annab@x.fi", school_id=schools["Beta"],
                     subjects="biology"),
        "x": add(name="AnnaXB", email="annax@x.fi", school_id=schools["gamma"],
                 subjects="chemistry"),
        "Ärrä": add(name="Ärrä Öberg", email="arra@x.fi", school_id=schools["gamma"],
                    subjects="finnish"),
    }


def ids(source, **request) -> list[int]:
    return source.ids(ListRequest(**request))


# --- text filter -----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["matti", "MATTI", "mAtTi virTANEN", "VIRTANEN"])
def test_text_filter_ignores_case(desk, teachers, typed):
    assert ids(desk.teachers.list_source(), text=typed) == [teachers["Matti"]]


def test_text_filter_folds_letters_beyond_ascii(desk, teachers):
    assert ids(desk.teachers.list_source(), text="ÄRRÄ öBERG") == [teachers["Ärrä"]]


def test_percent_is_found_as_typed(desk, teachers):
    # As a wildcard, "50%" would also match "500 Lauri".
    assert ids(desk.teachers.list_source(), text="50%") == [teachers["percent"]]


def test_underscore_is_found_as_typed(desk, teachers):
    # As a wildcard, "a_b" would also match "AnnaXB".
    assert ids(desk.teachers.list_source(), text="a_b") == [teachers["under"]]


def test_backslash_is_found_as_typed(desk, schools):
    wanted = desk.schools.add(SchoolDraft(name=r"C:\koulu"))
    desk.schools.add(SchoolDraft(name="C:koulu"))
    assert ids(desk.schools.list_source(), text="\\") == [wanted]
    assert ids(desk.schools.list_source(), text=r":\k") == [wanted]


def test_every_word_must_match_somewhere(desk, teachers):
    source = desk.teachers.list_source()
    # "anna" matches two teachers; the school name narrows it down.
    assert sorted(ids(source, text="anna")) == sorted([teachers["under"], teachers["x"]])
    assert ids(source, text="anna beta") == [teachers["under"]]
    assert ids(source, text="anna nowhere") == []


def test_blank_text_matches_everything(desk, teachers):
    assert len(ids(desk.teachers.list_source(), text="   ")) == len(teachers)


def test_school_text_filter_searches_principal_and_address(desk, schools):
    source = desk.schools.list_source()
    assert ids(source, text="OLLI") == [schools["Beta"]]
    assert ids(source, text="polku") == [schools["gamma"]]


# --- filters ---------------------------------------------------------------------------


def test_school_filter(desk, schools, teachers):
    source = desk.teachers.list_source()
    assert sorted(ids(source, filters={"school_id": schools["alpha"]})) == sorted(
        [teachers["Matti"], teachers["percent"]]
    )
    assert len(ids(source, filters={"school_id": None})) == len(teachers)


def test_text_and_filters_combine(desk, schools, teachers):
    source = desk.teachers.list_source()
    assert ids(source, text="anna", filters={"school_id": schools["gamma"]}) == [teachers["x"]]
    assert ids(source, text="matti", filters={"school_id": schools["gamma"]}) == []


def test_archived_teachers_and_teachers_of_archived_schools_are_hidden(desk, schools, teachers):
    desk.teachers.archive(teachers["Matti"])
    desk.schools.archive(schools["gamma"])
    source = desk.teachers.list_source()

    shown = ids(source, filters={"archived": False})
    assert set(shown) == {teachers["percent"], teachers["five"], teachers["under"]}
    assert set(ids(source)) == set(teachers.values())  # no filter asked: no filtering
    assert set(ids(source, filters={"archived": True})) == set(teachers.values())
    assert ids(source, text="matti", filters={"archived": True}) == [teachers["Matti"]]


def test_archived_schools_are_hidden_unless_asked_for(desk, schools):
    desk.schools.archive(schools["Beta"])
    source = desk.schools.list_source()
    assert ids(source, filters={"archived": False}) == [schools["alpha"], schools["gamma"]]
    assert schools["Beta"] in ids(source, filters={"archived": True})


# --- sorting ---------------------------------------------------------------------------


def test_school_names_sort_without_regard_to_case(desk, schools):
    source = desk.schools.list_source()
    names = ["alpha", "Beta", "gamma"]
    assert ids(source) == [schools[n] for n in names]  # default sort: name
    assert ids(source, sort_key="name", descending=True) == [schools[n] for n in names[::-1]]


@pytest.mark.parametrize(
    ("key", "order"),
    [
        ("kind", ["Beta", "alpha", "gamma"]),  # comprehensive, primary, vocational
        ("language", ["alpha", "gamma", "Beta"]),  # fi, other, sv
        ("teacher_count", ["Beta", "gamma", "alpha"]),  # 10, 20, 30
        ("principal", ["Beta", "alpha", "gamma"]),  # Olli, Pia, Ulla
        ("address", ["alpha", "gamma", "Beta"]),  # Katu, Polku, Tie
    ],
)
def test_schools_sort_by_each_column_both_ways(desk, schools, key, order):
    source = desk.schools.list_source()
    assert ids(source, sort_key=key) == [schools[n] for n in order]
    assert ids(source, sort_key=key, descending=True) == [schools[n] for n in order[::-1]]


def test_schools_sort_by_the_number_of_teachers_listed(desk, schools, teachers):
    desk.teachers.archive(teachers["x"])  # gamma: 1 active; alpha: 2; Beta: 2
    source = desk.schools.list_source()
    # Ties keep id order in both directions.
    assert ids(source, sort_key="teachers") == [schools["gamma"], schools["alpha"],
                                                schools["Beta"]]
    assert ids(source, sort_key="teachers", descending=True) == [
        schools["alpha"], schools["Beta"], schools["gamma"]
    ]


@pytest.mark.parametrize(
    ("key", "order"),
    [
        ("email", ["percent", "under", "x", "Ärrä", "five", "Matti"]),
        ("subjects", ["percent", "under", "x", "Ärrä", "Matti", "five"]),
    ],
)
def test_teachers_sort_by_each_column_both_ways(desk, teachers, key, order):
    source = desk.teachers.list_source()
    assert ids(source, sort_key=key) == [teachers[n] for n in order]
    assert ids(source, sort_key=key, descending=True) == [teachers[n] for n in order[::-1]]


def test_teachers_sort_by_school_then_id(desk, teachers):
    source = desk.teachers.list_source()
    by_school = ["Matti", "percent", "five", "under", "x", "Ärrä"]  # alpha, Beta, gamma
    assert ids(source, sort_key="school") == [teachers[n] for n in by_school]
    assert ids(source, sort_key="school", descending=True) == [
        teachers[n] for n in ["x", "Ärrä", "five", "under", "Matti", "percent"]
    ]


# --- reading rows ----------------------------------------------------------------------


def test_rows_come_back_in_the_order_asked(desk, teachers):
    source = desk.teachers.list_source()
    wanted = [teachers["x"], teachers["Matti"], teachers["five"]]
    rows = source.rows(wanted)
    names = [row[0] for row in rows]
    assert names == ["AnnaXB", "Matti Virtanen", "500 Lauri"]
    assert [row[0] for row in source.rows(wanted[::-1])] == names[::-1]


def test_rows_leave_out_vanished_ids(desk, teachers):
    source = desk.teachers.list_source()
    assert [row[0] for row in source.rows([999, teachers["under"], 1000])] == ["Anna_B"]
    assert source.rows([]) == []


def test_rows_hold_every_column(desk, schools, teachers):
    source = desk.schools.list_source()
    [row] = source.rows([schools["Beta"]])
    values = dict(zip([c.key for c in source.columns], row, strict=True))
    assert values["name"] == "Beta"
    assert values["kind"] == SchoolKind.COMPREHENSIVE
    assert values["language"] == Language.SWEDISH
    assert values["teachers"] == 2
    assert values["teacher_count"] == 10
    assert values["principal"] == "Olli"
    assert values["archived"] is False
    assert values["kind"].label == "Comprehensive"  # what the page shows of it

    [teacher] = desk.teachers.list_source().rows([teachers["five"]])
    assert teacher[:4] == ("500 Lauri", "lauri@x.fi", "Beta", "music")


def test_teacher_names_sort_by_surname_without_regard_to_case(desk, schools):
    def add(**fields):
        return desk.teachers.add(TeacherDraft(**fields))

    made = {name: add(name=name, school_id=schools["alpha"])
            for name in ("Aino virtanen", "Jan de Vries", "Eero Anttila", "ärrä Öberg")}
    source = desk.teachers.list_source()
    order = ["Eero Anttila", "Aino virtanen", "Jan de Vries", "ärrä Öberg"]
    assert ids(source, sort_key="name") == [made[n] for n in order]
    assert ids(source, sort_key="name", descending=True) == [made[n] for n in order[::-1]]
