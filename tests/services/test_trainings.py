"""desk.trainings on a real database: a series' completion rule and where each enrolled
teacher stands."""

from datetime import datetime, timedelta

import pytest

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import Attendance
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.training import CompletionStatus, TrainingDraft
from coachdesk.services.listing import ListRequest
from coachdesk.services.trainings import LESSON, SERIES
from tests.drafts import edit
from tests.services.test_enrollments import add_lesson, add_series

P, L, E, A = Attendance.PRESENT, Attendance.LATE, Attendance.EXCUSED, Attendance.ABSENT
EARLY = datetime(2026, 8, 25, 8, 0)  # before the series
STARTS = [datetime(2026, 9, 1, 14, 0) + timedelta(weeks=i) for i in range(5)]
MIDWAY = datetime(2026, 9, 16, 8, 0)  # three sessions held, two to come
AFTER = datetime(2026, 10, 1, 8, 0)


@pytest.fixture
def series(desk, school_id):
    return add_series(desk, school_id, STARTS, title="Digiloikka")


@pytest.fixture
def people(desk, school_id):
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="sv"))
    return {name: desk.teachers.add(TeacherDraft(name=name, school_id=school))
            for name, school in [("Aino", school_id), ("Bertta", school_id),
                                 ("Cecilia", other), ("Daniel", other)]}


def mark(desk, lesson_id, marks: dict[int, Attendance], now=AFTER) -> None:
    desk.enrollments.mark_attendance(lesson_id, {
        desk.enrollments.find(lesson_id, teacher).id: value
        for teacher, value in marks.items()}, now=now)


def standing(desk, training, now) -> dict[str, tuple[CompletionStatus, str]]:
    return {p.name: (p.status, p.result.reason)
            for p in desk.trainings.participants(training, now)}


def test_each_enrolled_teacher_is_completed_in_progress_or_not(desk, series, people):
    series_id, lessons = series
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id,
                                                min_attendance=80))
    for name in ("Aino", "Bertta", "Cecilia"):
        desk.enrollments.enroll_series(series_id, people[name], now=EARLY)
    # Daniel joins after two sessions: those two are missed, not excused.
    desk.enrollments.enroll_series(series_id, people["Daniel"], now=STARTS[2] -
                                   timedelta(days=1))
    aino, bertta, cecilia, daniel = (people[n] for n in ("Aino", "Bertta", "Cecilia",
                                                         "Daniel"))
    for lesson, marks in zip(lessons[:3], [
            {aino: P, bertta: P, cecilia: P},
            {aino: L, bertta: A, cecilia: E},
            {aino: P, bertta: A, cecilia: P, daniel: P}], strict=True):
        mark(desk, lesson, marks, now=MIDWAY)

    midway = standing(desk, training, MIDWAY)
    assert midway["Aino"] == (CompletionStatus.IN_PROGRESS,
                              "Attended 3 of 5 sessions so far; 4 needed.")
    assert midway["Bertta"] == (CompletionStatus.NOT_COMPLETED,
                                "Attended 1 of 5 sessions; 4 needed.")
    assert midway["Cecilia"][0] is CompletionStatus.IN_PROGRESS  # excused: still 2 to go
    assert midway["Daniel"][0] is CompletionStatus.NOT_COMPLETED  # 1 + 2 to come < 4

    mark(desk, lessons[3], {aino: P, cecilia: P, daniel: P})
    mark(desk, lessons[4], {aino: A, cecilia: P, daniel: P})
    after = standing(desk, training, AFTER)
    assert after["Aino"] == (CompletionStatus.COMPLETED, "Attended 4 of 5 sessions.")
    assert after["Cecilia"][0] is CompletionStatus.COMPLETED
    assert after["Daniel"] == (CompletionStatus.NOT_COMPLETED,
                               "Attended 3 of 5 sessions; 4 needed.")

    # Late no longer counting takes Aino's late session away.
    edit(desk.trainings, training, late_counts=False)
    assert standing(desk, training, AFTER)["Aino"][0] is CompletionStatus.NOT_COMPLETED


def test_a_cancelled_session_is_not_counted_and_unmarked_ones_keep_it_open(
        desk, series, people):
    series_id, lessons = series
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id))
    desk.enrollments.enroll_series(series_id, people["Aino"], now=EARLY)
    desk.lessons.cancel(lessons[4])
    for lesson in lessons[:3]:
        mark(desk, lesson, {people["Aino"]: P})
    facts = desk.trainings.facts(training)
    assert len(facts.sessions) == 4 and facts.hours == 6.0
    assert (facts.first_day, facts.last_day) == (STARTS[0].date(), STARTS[3].date())
    # The fourth session is over but not marked: not known yet.
    assert standing(desk, training, AFTER)["Aino"][0] is CompletionStatus.IN_PROGRESS
    mark(desk, lessons[3], {people["Aino"]: A})
    assert standing(desk, training, AFTER)["Aino"][0] is CompletionStatus.NOT_COMPLETED


def test_a_single_lesson_can_be_a_training(desk, school_id, people):
    lesson = add_lesson(desk, school_id, starts_at=STARTS[0], title="Padlet")
    desk.enrollments.enroll(lesson, people["Aino"], now=EARLY)
    training = desk.trainings.add(TrainingDraft(name="Padlet", lesson_id=lesson))
    assert desk.trainings.of_lesson(lesson) == training
    mark(desk, lesson, {people["Aino"]: P})
    assert standing(desk, training, AFTER) == {
        "Aino": (CompletionStatus.COMPLETED, "Attended 1 of 1 sessions.")}


def test_the_form_offers_each_series_and_single_lesson_once(desk, school_id, series):
    series_id, lessons = series
    single = add_lesson(desk, school_id, starts_at=STARTS[0], title="Padlet")
    offered = dict(desk.trainings.sources())
    assert set(offered) == {(SERIES, series_id), (LESSON, single)}
    assert offered[(SERIES, series_id)] == "Digiloikka, 5 sessions, 1.–29.9.2026"
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id))
    assert desk.trainings.of_lesson(lessons[2]) == training
    assert set(dict(desk.trainings.sources())) == {(LESSON, single)}
    assert (SERIES, series_id) in dict(desk.trainings.sources(training))


def test_a_series_has_one_training_and_a_training_names_what_exists(desk, series):
    series_id, _lessons = series
    desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id))
    with pytest.raises(ValidationError) as twice:
        desk.trainings.add(TrainingDraft(name="Again", series_id=series_id))
    assert "already has a training" in twice.value.errors["source"]
    with pytest.raises(ValidationError) as gone:
        desk.trainings.add(TrainingDraft(name="Nothing", series_id=series_id + 99))
    assert set(gone.value.errors) == {"source"}
    with pytest.raises(ValidationError) as bad:
        desk.trainings.add(TrainingDraft(name=" ", series_id=series_id, min_attendance=101))
    assert set(bad.value.errors) == {"name", "min_attendance"}
    assert [name for _id, name in desk.trainings.choices()] == ["Digiloikka"]
    with pytest.raises(NotFound):
        desk.trainings.update(999, TrainingDraft(name="X", series_id=series_id))


def test_the_participants_list_filters_by_training_and_school(desk, series, people,
                                                              school_id):
    series_id, lessons = series
    training = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id))
    for teacher in people.values():
        desk.enrollments.enroll_series(series_id, teacher, now=EARLY)
    source = desk.trainings.participants_source(AFTER)
    assert source.ids(ListRequest()) == []  # no training chosen
    everyone = source.ids(ListRequest(filters={"training_id": training}))
    assert len(everyone) == 4
    ours = source.ids(ListRequest(filters={"training_id": training, "school_id": school_id},
                                  text="ber"))
    assert ours == [people["Bertta"]]
    row = source.rows_by_id(ours)[people["Bertta"]]
    assert row[:4] == ("Bertta", "Korson koulu", 0, 5)
    assert row[4] is CompletionStatus.IN_PROGRESS  # over, but no attendance marked yet
