"""desk.levels on a real database: assessments kept as history, the scale, the targets
per school and for the city, and the staff by level against them."""

from datetime import date

import pytest
from sqlalchemy import func, select

from coachdesk.domain.competence import LevelDraft, LevelSource, Scale
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.storage import tables as t

DAY = date(2026, 10, 1)


@pytest.fixture
def staff(desk, school_id):
    """Korso's five teachers (one archived) and Ankkuri's two."""
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))
    ids = [desk.teachers.add(TeacherDraft(name=f"Opettaja {n}", school_id=school_id))
           for n in range(5)]
    ids += [desk.teachers.add(TeacherDraft(name=f"Lärare {n}", school_id=other))
            for n in range(2)]
    desk.teachers.archive(ids[4])
    return school_id, other, ids


def record(desk, teacher_id, level, day=DAY, source=LevelSource.SELF):
    return desk.levels.record(LevelDraft(teacher_id, level, day, source))


def test_each_assessment_is_kept_and_the_latest_counts(desk, staff):
    _korso, _ankkuri, ids = staff
    record(desk, ids[0], 1, date(2025, 9, 1))
    record(desk, ids[0], 3, date(2026, 9, 1), LevelSource.CONFIRMED)
    record(desk, ids[0], 2, date(2026, 9, 1))  # the same day, recorded later: counts
    history = desk.levels.history(ids[0])
    assert [(h.level, h.assessed_on, h.source) for h in history] == [
        (2, date(2026, 9, 1), LevelSource.SELF), (3, date(2026, 9, 1), LevelSource.CONFIRMED),
        (1, date(2025, 9, 1), LevelSource.SELF)]
    assert desk.levels.latest(ids[0], DAY) == 2
    assert desk.levels.latest(ids[0], date(2026, 1, 1)) == 1  # as it stood then
    assert desk.levels.latest(ids[1], DAY) is None


def test_a_wrong_assessment_is_refused_and_nothing_written(desk, staff):
    ids = staff[2]
    with pytest.raises(ValidationError) as caught:
        record(desk, ids[0], 4)  # Helsinki's scale has three levels
    assert "level" in caught.value.errors
    with pytest.raises(ValidationError):
        record(desk, 99_999, 2)
    with desk.db.reading() as conn:
        assert conn.scalar(select(func.count()).select_from(t.competence_levels)) == 0


def test_the_staff_by_level_against_the_targets(desk, staff):
    korso, ankkuri, ids = staff
    for teacher, level in zip(ids, [1, 2, 3, None, 3, 2, 2], strict=True):
        if level is not None:
            record(desk, teacher, level)
    schools = {s.school_id: s for s in desk.levels.schools(DAY)}
    k = schools[korso]
    # the archived teacher (level 3) is not staff; one active teacher is unassessed
    assert (k.staff, k.by_level, k.unassessed) == (4, {1: 1, 2: 1, 3: 1}, 1)
    assert [(g.level, g.target, g.reached, g.missing) for g in k.gaps] == [
        (1, 100, 3, 1), (2, 90, 2, 2), (3, 20, 1, 0)]
    assert k.below_target
    a = schools[ankkuri]
    assert [g.missing for g in a.gaps] == [0, 0, 1]  # 20 % of two is one at level 3
    city = desk.levels.city(DAY)
    assert (city.staff, city.at_least(2), city.targets) == (6, 4, {1: 100, 2: 90, 3: 20})


def test_targets_per_school_and_for_the_city(desk, staff):
    korso, ankkuri, _ids = staff
    desk.levels.set_targets(None, {1: 100, 2: 80, 3: 10})
    desk.levels.set_targets(korso, {1: 90, 2: 50, 3: 5})
    assert desk.levels.targets() == {1: 100, 2: 80, 3: 10}
    assert desk.levels.targets(korso) == {1: 90, 2: 50, 3: 5}
    assert desk.levels.own_targets(ankkuri) is None
    assert desk.levels.targets(ankkuri) == {1: 100, 2: 80, 3: 10}
    assert {s.school_id: s.targets for s in desk.levels.schools(DAY)}[korso][2] == 50
    with pytest.raises(ValidationError) as caught:
        desk.levels.set_targets(korso, {1: 50, 2: 60, 3: 5})
    assert set(caught.value.errors) == {"level_2"}
    assert desk.levels.targets(korso) == {1: 90, 2: 50, 3: 5}  # unchanged
    desk.levels.follow_city(korso)
    assert desk.levels.own_targets(korso) is None


def test_another_scale_counts_only_its_own_levels(desk, staff):
    korso, _ankkuri, ids = staff
    record(desk, ids[0], 3)
    assert desk.levels.scale() is Scale.HELSINKI
    desk.levels.set_scale(Scale.OPEKA)
    assert desk.levels.scale() is Scale.OPEKA
    record(desk, ids[1], 4)
    k = desk.levels.of_school(korso, DAY)
    assert (k.by_level, k.levels, k.targets[4]) == ({4: 1}, (1, 2, 3, 4), 0)
    assert [h.scale for h in desk.levels.history(ids[0])] == [Scale.HELSINKI]  # kept


def test_today_names_the_schools_below_their_targets(desk, staff):
    from coachdesk.domain.kinds import RecordKind
    from coachdesk.services.dashboard import AttentionKind

    korso, ankkuri, ids = staff
    kinds = {item.kind for item in desk.dashboard.attention(DAY)}
    assert AttentionKind.COMPETENCE not in kinds  # nothing recorded yet: nothing to say
    record(desk, ids[0], 3)
    item = {i.kind: i for i in desk.dashboard.attention(DAY)}[AttentionKind.COMPETENCE]
    assert item.count == 2 and item.target.kind is RecordKind.COMPETENCE
    first = item.lines[0]  # the furthest below first: Korso lacks three at level 1
    assert (first.text, first.target.filters) == ("Korson koulu", {"school_id": korso})
    assert first.note == "3 more teachers to reach level 1 (100 % of 4)"
    for teacher in ids[1:4] + ids[5:]:
        record(desk, teacher, 3)
    kinds = {item.kind for item in desk.dashboard.attention(DAY)}
    assert AttentionKind.COMPETENCE not in kinds


def test_a_teachers_levels_are_in_their_personal_data_and_the_erase_blanks_the_notes(
        desk, staff, tmp_path):
    import openpyxl

    from coachdesk.reports.person_export import write_person_export

    ids = staff[2]
    desk.levels.record(LevelDraft(ids[0], 2, DAY, LevelSource.CONFIRMED, "Aino kertoi itse"))
    data = desk.privacy.person_data("teacher", ids[0], DAY)
    assert data.levels == [(DAY, "Level 2: in everyday teaching", LevelSource.CONFIRMED,
                            "Aino kertoi itse")]
    path = write_person_export(desk, "teacher", ids[0], tmp_path / "p.xlsx", today=DAY)
    rows = list(openpyxl.load_workbook(path)["Competence levels"].iter_rows(values_only=True))
    assert rows[1][1:] == ("Level 2: in everyday teaching",
                           "Confirmed by the principal or coordinator", "Aino kertoi itse")
    desk.privacy.erase_teacher(ids[0], DAY)
    assert [(h.level, h.note) for h in desk.levels.history(ids[0])] == [(2, "")]
