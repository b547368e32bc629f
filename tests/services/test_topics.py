"""desk.topics on a real database: the training catalogue, its list and its refusals."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.topics import Audience, Level, TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.listing import ListRequest
from coachdesk.services.topics import TopicUsage
from coachdesk.storage import tables as t
from tests.drafts import edit


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def add_lesson(desk, topic_id: int, status: str = "planned") -> int:
    start = datetime(2026, 9, 2, 14, 30)
    with desk.db.engine.begin() as conn:
        return conn.execute(insert(t.lessons).values(
            title="Lesson", topic_id=topic_id, level="basic", kind="training",
            place_kind="online", starts_at=start, ends_at=start + timedelta(hours=1.5),
            status=status,
        )).inserted_primary_key[0]


def add_tutor(desk, school_id: int, name: str) -> int:
    return desk.tutors.add(TutorDraft(name=name, home_school_id=school_id,
                                      agreement_start=date(2026, 8, 1),
                                      agreement_end=date(2027, 7, 31)))


def add_strength(desk, tutor_id: int, topic_id: int) -> None:
    with desk.db.engine.begin() as conn:
        conn.execute(insert(t.tutor_strengths).values(
            tutor_id=tutor_id, topic_id=topic_id, level="basic"))


def rows(desk, **request) -> list[dict]:
    """The list as the page asks for it: archived topics hidden unless asked for."""
    source = desk.topics.list_source()
    filters = {"archived": False, **request.pop("filters", {})}
    req = ListRequest(filters=filters, **request)
    keys = [c.key for c in source.columns]
    return [dict(zip(keys, row, strict=True)) for row in source.rows(source.ids(req), req)]


def names(desk, **request) -> list[str]:
    return [r["name"] for r in rows(desk, **request)]


@pytest.fixture
def scratch(desk):
    return desk.topics.add(TopicDraft(name="Coding with Scratch",
                                      description="Block coding for pupils",
                                      level="basic", audience="primary",
                                      materials_url="https://tutors.example.fi/scratch"))


# -- add, get, update -------------------------------------------------------------------


def test_add_and_get(desk, scratch):
    topic = desk.topics.get(scratch)
    assert (topic.name, topic.description, topic.materials_url) == (
        "Coding with Scratch", "Block coding for pupils", "https://tutors.example.fi/scratch")
    assert (topic.level, topic.audience, topic.archived) == (
        Level.BASIC, Audience.PRIMARY, False)


def test_add_with_only_a_name_is_basic_for_everyone(desk):
    topic = desk.topics.get(desk.topics.add(TopicDraft(name="  Padlet ")))
    assert (topic.name, topic.level, topic.audience, topic.materials_url) == (
        "Padlet", Level.BASIC, Audience.ALL, "")


def test_update_changes_only_the_fields_given(desk, scratch):
    edit(desk.topics, scratch, level="intermediate", materials_url="")
    topic = desk.topics.get(scratch)
    assert (topic.name, topic.level, topic.audience, topic.materials_url) == (
        "Coding with Scratch", Level.INTERMEDIATE, Audience.PRIMARY, "")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "n" * 201}, "name"),
        ({"level": "expert"}, "level"),
        ({"audience": "parents"}, "audience"),
        ({"materials_url": "tutors.example.fi"}, "materials_url"),
        ({"materials_url": "https://"}, "materials_url"),
        ({"materials_url": "https://tutors.example.fi/my file.pdf"}, "materials_url"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_saved(desk, fields, field):
    assert field in errors_of(desk.topics.add, TopicDraft(**{"name": "Padlet", **fields}))
    assert desk.topics.choices() == []


def test_a_bad_update_changes_nothing(desk, scratch):
    errors = errors_of(edit, desk.topics, scratch, name="Scratch 3",
                       materials_url="www.x.fi")
    assert set(errors) == {"materials_url"}
    assert desk.topics.get(scratch).name == "Coding with Scratch"


def test_unknown_field_is_a_programming_error(desk):
    with pytest.raises(TypeError):
        desk.topics.add(TopicDraft(name="Padlet", archived=True))


@pytest.mark.parametrize(
    "call",
    [
        lambda d: d.topics.get(999),
        lambda d: edit(d.topics, 999, name="X"),
        lambda d: d.topics.archive(999),
        lambda d: d.topics.restore(999),
    ],
    ids=["get", "update", "archive", "restore"],
)
def test_unknown_topic_is_not_found(desk, call):
    with pytest.raises(NotFound, match="topic"):
        call(desk)


# -- duplicate names --------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["Coding with Scratch", "CODING WITH SCRATCH", " coding with scratch "]
)
def test_a_duplicate_at_the_same_level_is_refused_whatever_the_case(desk, scratch, typed):
    errors = errors_of(desk.topics.add, TopicDraft(name=typed, level="basic", audience="secondary"))
    assert set(errors) == {"name"}
    assert "already exists" in errors["name"]
    assert desk.topics.choices() == [(scratch, "Coding with Scratch")]


def test_a_duplicate_is_found_beyond_ascii(desk):
    desk.topics.add(TopicDraft(name="ÄIDINKIELI JA TVT"))
    assert "name" in errors_of(desk.topics.add, TopicDraft(name="äidinkieli ja tvt"))


def test_the_same_name_at_another_level_is_another_topic(desk, scratch):
    advanced = desk.topics.add(TopicDraft(name="coding with Scratch", level="advanced"))
    assert desk.topics.choices() == [
        (scratch, "Coding with Scratch (Basic)"), (advanced, "coding with Scratch (Advanced)")
    ]


def test_moving_a_topic_onto_a_taken_name_and_level_is_refused(desk, scratch):
    other = desk.topics.add(TopicDraft(name="Coding with Scratch", level="advanced"))
    assert "name" in errors_of(edit, desk.topics, other, level="basic")
    assert desk.topics.get(other).level is Level.ADVANCED


def test_an_archived_topic_still_holds_its_name(desk, scratch):
    desk.topics.archive(scratch)
    message = errors_of(desk.topics.add, TopicDraft(name="coding with scratch"))["name"]
    assert message.startswith("An archived basic topic named “coding with scratch” exists.")


def test_a_topic_may_change_the_case_of_its_own_name(desk, scratch):
    edit(desk.topics, scratch, name="CODING WITH SCRATCH")
    assert desk.topics.get(scratch).name == "CODING WITH SCRATCH"


def test_a_duplicate_and_a_bad_link_are_reported_together(desk, scratch):
    errors = errors_of(desk.topics.add, TopicDraft(name="coding with scratch",
                                                   materials_url="ftp://x"))
    assert set(errors) == {"name", "materials_url"}


# -- archive, usage, choices ------------------------------------------------------------


def test_archive_hides_from_choices_and_restore_brings_back(desk, scratch):
    padlet = desk.topics.add(TopicDraft(name="Padlet"))
    desk.topics.archive(scratch)
    assert desk.topics.get(scratch).archived is True
    assert desk.topics.choices() == [(padlet, "Padlet")]
    desk.topics.restore(scratch)
    assert [n for _, n in desk.topics.choices()] == ["Coding with Scratch", "Padlet"]


def test_choices_are_by_name_without_regard_to_case(desk):
    for name in ["padlet", "Bingo", "Arduino"]:
        desk.topics.add(TopicDraft(name=name))
    assert [n for _, n in desk.topics.choices()] == ["Arduino", "Bingo", "padlet"]


def test_usage_counts_register_tutors_and_lessons_still_to_come(desk, school_id, scratch):
    maija = add_tutor(desk, school_id, "Maija")
    matti = add_tutor(desk, school_id, "Matti")
    gone = add_tutor(desk, school_id, "Gone")
    for tutor in (maija, matti, gone):
        add_strength(desk, tutor, scratch)
    with desk.db.engine.begin() as conn:  # archived in the register
        conn.execute(t.tutors.update().where(t.tutors.c.id == gone).values(archived=True))
    for status in ("planned", "published", "held", "cancelled"):
        add_lesson(desk, scratch, status)
    assert desk.topics.usage(scratch) == TopicUsage(tutors=2, planned_lessons=2)
    desk.topics.archive(scratch)  # archiving keeps them all
    assert desk.topics.usage(scratch) == TopicUsage(tutors=2, planned_lessons=2)


# -- the list ---------------------------------------------------------------------------


def test_list_columns_count_lessons_and_tutors(desk, school_id, scratch):
    padlet = desk.topics.add(TopicDraft(name="Padlet"))
    maija = add_tutor(desk, school_id, "Maija")
    add_strength(desk, maija, scratch)
    for status in ("planned", "planned", "published", "held", "cancelled"):
        add_lesson(desk, scratch, status)
    add_lesson(desk, padlet, "held")
    scratch_row, padlet_row = rows(desk)
    assert scratch_row == {
        "name": "Coding with Scratch", "level": Level.BASIC, "audience": Audience.PRIMARY,
        "planned": 3, "held": 1, "tutors": 1, "archived": False,
        "materials_url": "https://tutors.example.fi/scratch",
    }
    assert (padlet_row["planned"], padlet_row["held"], padlet_row["tutors"]) == (0, 1, 0)


@pytest.fixture
def catalogue(desk):
    desk.topics.add(TopicDraft(name="Teams and OneNote", description="Class teams and notebooks"))
    desk.topics.add(TopicDraft(name="iPad in preschool", audience="preschool"))
    desk.topics.add(TopicDraft(name="micro:bit", level="intermediate", audience="primary",
                               description="Programming the class sets"))
    desk.topics.add(TopicDraft(name="Python", level="advanced", audience="secondary",
                               description="First PROGRAMS"))
    old = desk.topics.add(TopicDraft(name="Old programming course", description="Retired"))
    desk.topics.archive(old)


def test_archived_topics_are_listed_only_when_asked(desk, catalogue):
    assert "Old programming course" not in names(desk)
    assert "Old programming course" in names(desk, filters={"archived": True})
    assert names(desk, filters={"archived": False}) == names(desk)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("program", ["micro:bit", "Python"]),  # in the description, either case
        ("PYTHON", ["Python"]),
        ("ipad PRESCHOOL", ["iPad in preschool"]),  # every word must match
        ("teams notebooks", ["Teams and OneNote"]),  # a word in the name, one in the text
        ("50%", []),  # wildcards are taken as typed
        ("micro_bit", []),
    ],
)
def test_search_on_name_and_description_ignores_ascii_case(desk, catalogue, text, expected):
    assert names(desk, text=text) == expected


def test_level_filter(desk, catalogue):
    assert names(desk, filters={"level": "intermediate"}) == ["micro:bit"]
    assert names(desk, filters={"level": None}) == names(desk)


def test_audience_filter_includes_topics_for_everyone(desk, catalogue):
    assert names(desk, filters={"audience": "preschool"}) == [
        "iPad in preschool", "Teams and OneNote"]
    assert names(desk, filters={"audience": "all"}) == ["Teams and OneNote"]
    assert names(desk, filters={"audience": "secondary", "level": "advanced"}) == ["Python"]


def test_sorting_by_level_follows_the_order_of_the_levels(desk, catalogue):
    levels = [r["level"] for r in rows(desk, sort_key="level")]
    assert levels == [Level.BASIC, Level.BASIC, Level.INTERMEDIATE, Level.ADVANCED]
    assert names(desk, sort_key="level", descending=True)[0] == "Python"


def test_sorting_by_name_ignores_case(desk, catalogue):
    assert names(desk) == ["iPad in preschool", "micro:bit", "Python", "Teams and OneNote"]


def test_sorting_by_a_count(desk, catalogue, scratch):
    add_lesson(desk, scratch)
    assert names(desk, sort_key="planned", descending=True)[0] == "Coding with Scratch"
