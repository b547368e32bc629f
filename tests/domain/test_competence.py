"""The pure rules of digital-competence levels: the share of the staff at or above each
level, the gap to a target, the scales and how a survey's answer names a level."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.domain.competence import (
    LevelDraft,
    LevelGap,
    LevelSource,
    Scale,
    StaffLevels,
    check_targets,
    city_levels,
    read_level,
)
from coachdesk.domain.errors import ValidationError


@st.composite
def staffs(draw, scale=Scale.HELSINKI):
    """A school: its staff, how many are exactly at each level, and falling targets."""
    by_level = {level: draw(st.integers(0, 30)) for level in scale.levels}
    staff = sum(by_level.values()) + draw(st.integers(0, 30))  # some never assessed
    shares = sorted((draw(st.integers(0, 100)) for _ in scale.levels), reverse=True)
    return StaffLevels("S", staff, by_level, dict(zip(scale.levels, shares, strict=True)),
                       1, scale.levels)


@given(staffs())
def test_the_share_at_or_above_a_level_never_grows_with_the_level(school):
    counts = [school.at_least(level) for level in school.levels]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] + school.unassessed == school.staff
    for level in school.levels:  # at or above = exactly at this one + at or above the next
        assert school.at_least(level) == school.at(level) + school.at_least(level + 1)


@given(staffs())
def test_a_gap_is_exactly_what_the_target_still_asks_for(school):
    for gap in school.gaps:
        # met when the share reached is the target or more, in whole numbers (no rounding)
        assert gap.met == (gap.reached * 100 >= gap.target * gap.staff)
        if not gap.met:  # that many more teachers at the level would meet it, one less not
            assert (gap.reached + gap.missing) * 100 >= gap.target * gap.staff
            assert (gap.reached + gap.missing - 1) * 100 < gap.target * gap.staff
    assert school.missing == max(g.missing for g in school.gaps)
    assert school.below_target == any(not g.met for g in school.gaps)


@given(st.lists(staffs(Scale.OPEKA), max_size=6))
def test_the_city_is_its_schools_added_up(schools):
    city = city_levels(schools, {1: 100, 2: 90, 3: 20, 4: 0}, "City", Scale.OPEKA.levels)
    assert city.staff == sum(s.staff for s in schools)
    for level in Scale.OPEKA.levels:
        assert city.at_least(level) == sum(s.at_least(level) for s in schools)
    assert city.unassessed == sum(s.unassessed for s in schools)


def test_helsinkis_targets_on_a_school_of_eleven():
    school = StaffLevels("S", 11, {1: 1, 2: 8, 3: 1}, Scale.HELSINKI.default_targets)
    assert [(g.level, g.reached, g.needed, g.missing) for g in school.gaps] == [
        (1, 10, 11, 1), (2, 9, 10, 1), (3, 1, 3, 2)]  # 90 % of 11 is 10, 20 % is 3
    assert school.missing == 2
    assert LevelGap(1, 100, 0, 0).share is None and LevelGap(1, 100, 0, 0).met


def test_the_scales():
    assert Scale.HELSINKI.levels == (1, 2, 3)
    assert Scale.OPEKA.levels == (1, 2, 3, 4)
    assert Scale.HELSINKI.default_targets == {1: 100, 2: 90, 3: 20}
    assert set(Scale.OPEKA.default_targets) == {1, 2, 3, 4}
    assert Scale.HELSINKI.level_label(2) == "Level 2: in everyday teaching"


@pytest.mark.parametrize(("text", "scale", "level"), [
    ("2", Scale.HELSINKI, 2), ("2.0", Scale.HELSINKI, 2), ("Taso 3", Scale.HELSINKI, 3),
    ("Nivå 1 – grundläggande", Scale.HELSINKI, 1), ("4", Scale.HELSINKI, None),
    ("4", Scale.OPEKA, 4), ("1–2", Scale.HELSINKI, None), ("hyvä", Scale.HELSINKI, None),
    ("2,5", Scale.HELSINKI, None), ("", Scale.OPEKA, None)])
def test_a_survey_answer_names_one_level_of_the_scale(text, scale, level):
    assert read_level(text, scale) == level


def test_targets_must_fall_with_the_level_and_be_shares():
    check_targets(Scale.HELSINKI, {1: 100, 2: 90, 3: 20})
    with pytest.raises(ValidationError) as caught:
        check_targets(Scale.HELSINKI, {1: 80, 2: 90, 3: 120})
    assert set(caught.value.errors) == {"level_2", "level_3"}
    with pytest.raises(ValidationError) as caught:
        check_targets(Scale.OPEKA, {1: 100, 2: 90, 3: 20})
    assert set(caught.value.errors) == {"level_4"}


def test_an_assessment_is_checked_against_the_scale():
    LevelDraft(1, 3, date(2026, 9, 1), LevelSource.SELF).check(Scale.HELSINKI)
    with pytest.raises(ValidationError) as caught:
        LevelDraft(None, 4, None, LevelSource.SELF, "x\x00").check(Scale.HELSINKI)
    assert {"teacher_id", "level", "assessed_on"} <= set(caught.value.errors)
    LevelDraft(1, 4, date(2026, 9, 1)).check(Scale.OPEKA)
