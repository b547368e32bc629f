"""desk.assignments on a real database: assignments, who handed in, the review pairs,
the reviews, and the completion rule that asks for them."""

from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from coachdesk.domain.assignments import AssignmentDraft, ReviewDraft
from coachdesk.domain.errors import NotFound
from coachdesk.domain.lessons import Attendance
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.training import CompletionStatus, TrainingDraft
from tests.drafts import edit
from tests.services.test_enrollments import add_series, errors_of

EARLY = datetime(2026, 8, 25, 8, 0)
STARTS = [datetime(2026, 9, 1, 14, 0) + timedelta(weeks=i) for i in range(2)]
AFTER = datetime(2026, 9, 20, 8, 0)
DUE = date(2026, 9, 30)


@pytest.fixture
def training(desk, school_id):
    """Two sessions everyone attends; six teachers at three schools, and Olli, who
    takes no part."""
    schools = [school_id] + [desk.schools.add(SchoolDraft(name=name, kind="primary"))
                             for name in ("Koivukylän koulu", "Ankkurin skola")]
    series_id, lessons = add_series(desk, school_id, STARTS, title="Digiloikka")
    people = {name: desk.teachers.add(TeacherDraft(name=name, school_id=schools[i % 3]))
              for i, name in enumerate(["Aino", "Bertta", "Cecilia", "Daniel", "Eero",
                                        "Fanni"])}
    olli = desk.teachers.add(TeacherDraft(name="Olli", school_id=school_id))
    for teacher in people.values():
        desk.enrollments.enroll_series(series_id, teacher, now=EARLY)
    for lesson in lessons:
        desk.enrollments.mark_attendance(lesson, {
            desk.enrollments.find(lesson, teacher).id: Attendance.PRESENT
            for teacher in people.values()}, now=AFTER)
    training_id = desk.trainings.add(TrainingDraft(name="Digiloikka", series_id=series_id))
    return training_id, people, olli


def statuses(desk, training_id, now=AFTER):
    return {p.name: (p.status, p.result.reason)
            for p in desk.trainings.participants(training_id, now)}


def test_an_assignment_is_added_changed_and_removed_and_a_bad_one_writes_nothing(
        desk, training):
    training_id, _people, _olli = training
    essay = desk.assignments.add(training_id, AssignmentDraft("  Oppimistehtävä ", DUE))
    assert desk.assignments.draft(essay) == AssignmentDraft("Oppimistehtävä", DUE)
    edit(desk.assignments, essay, notes="Kuvaa yksi oppitunti.")
    assert desk.assignments.draft(essay).notes == "Kuvaa yksi oppitunti."
    assert errors_of(desk.assignments.add, training_id,
                     AssignmentDraft("", date(1, 1, 1))).keys() == {"title", "due_on"}
    assert [a.title for a in desk.assignments.of_training(training_id)] == ["Oppimistehtävä"]
    desk.assignments.remove(essay)
    assert desk.assignments.of_training(training_id) == []
    with pytest.raises(NotFound):
        desk.assignments.remove(essay)
    with pytest.raises(NotFound):
        desk.assignments.add(training_id + 99, AssignmentDraft("Essee"))


def test_each_submitter_gets_two_peers_from_other_schools_and_nobody_reviews_themselves(
        desk, training):
    training_id, people, olli = training
    essay = desk.assignments.add(training_id, AssignmentDraft("Essee", DUE))
    assert errors_of(desk.assignments.record_handed_in, essay, {olli}, DUE) == {
        "teachers": "Only the training's participants can hand its assignments in."}
    assert errors_of(desk.assignments.assign_reviewers, essay).keys() == {"reviewers"}

    desk.assignments.record_handed_in(essay, set(people.values()), DUE)
    assert desk.assignments.assign_reviewers(essay) == 12
    pairs = desk.assignments.pairs(essay)
    per_author = Counter(p.author for p in pairs)
    assert per_author == dict.fromkeys(people, 2)
    assert Counter(p.reviewer for p in pairs) == dict.fromkeys(people, 2)
    assert all(p.reviewer_id != p.author_id for p in pairs)
    assert all(p.reviewer_school != p.author_school for p in pairs)
    # Asked for three, each gets three; the old pairs go.
    assert desk.assignments.assign_reviewers(essay, 3) == 18
    assert len(desk.assignments.pairs(essay)) == 18
    [summary] = desk.assignments.of_training(training_id)
    assert (summary.handed_in, summary.reviews, summary.reviews_given) == (6, 18, 0)


def test_a_review_is_scored_on_the_trainings_scale_and_then_the_pairs_stay(desk, training):
    training_id, people, _olli = training
    essay = desk.assignments.add(training_id, AssignmentDraft("Essee", DUE))
    desk.assignments.record_handed_in(essay, set(people.values()), DUE)
    desk.assignments.assign_reviewers(essay)
    first = desk.assignments.pairs(essay)[0]
    assert errors_of(desk.assignments.record_review, first.id, ReviewDraft(True, 6)) == {
        "score": "Give a score from 1 to 5, or none."}
    desk.assignments.record_review(first.id, ReviewDraft(True, 4, " Selkeä ja hyvä. "))
    given = desk.assignments.pairs(essay)[0]
    assert (given.done, given.score, given.comment) == (True, 4, "Selkeä ja hyvä.")

    assert errors_of(desk.assignments.assign_reviewers, essay).keys() == {"reviewers"}
    assert errors_of(desk.assignments.record_handed_in, essay,
                     set(people.values()) - {first.author_id}, DUE).keys() == {"teachers"}
    assert desk.assignments.pairs(essay)[0] == given
    # Someone with no review given yet can be taken off, with their pairs.
    others = {p.reviewer_id for p in desk.assignments.pairs(essay)} | {
        p.author_id for p in desk.assignments.pairs(essay)}
    free = next(x for x in others if x not in (first.author_id, first.reviewer_id))
    desk.assignments.record_handed_in(essay, set(people.values()) - {free}, DUE)
    assert free not in desk.assignments.handed_in(essay)
    assert all(free not in (p.author_id, p.reviewer_id) for p in desk.assignments.pairs(essay))

    desk.assignments.remove(essay)
    with pytest.raises(NotFound):
        desk.assignments.record_review(first.id, ReviewDraft(True, 3))


def test_completion_asks_for_the_work_handed_in_and_the_reviews_given(desk, training):
    training_id, people, _olli = training
    essay = desk.assignments.add(training_id, AssignmentDraft("Essee", DUE))
    everyone = set(people.values())
    desk.assignments.record_handed_in(essay, everyone - {people["Fanni"]}, DUE)
    desk.assignments.assign_reviewers(essay)
    for pair in desk.assignments.pairs(essay):
        if pair.reviewer != "Eero":
            desk.assignments.record_review(pair.id, ReviewDraft(True, 5))
    # Without the requirements, attending is enough.
    assert {s for s, _reason in statuses(desk, training_id).values()} == {
        CompletionStatus.COMPLETED}

    edit(desk.trainings, training_id, require_submissions=True, require_reviews=True)
    found = statuses(desk, training_id)
    assert found["Aino"][0] is CompletionStatus.COMPLETED
    assert found["Fanni"] == (CompletionStatus.IN_PROGRESS, "“Essee” not handed in.")
    assert found["Eero"] == (CompletionStatus.IN_PROGRESS,
                             "2 peer reviews of “Essee” still to give.")
    # After the due date the missing work can no longer be done.
    later = datetime(2026, 10, 5, 8, 0)
    assert statuses(desk, training_id, later)["Fanni"][0] is CompletionStatus.NOT_COMPLETED
    # And a certificate goes only to those who completed.
    issued = desk.certificates.issue(training_id, date(2026, 10, 6), later)
    assert sorted(c.teacher for c in issued) == ["Aino", "Bertta", "Cecilia", "Daniel"]


def test_erasing_a_teacher_blanks_the_review_comments_by_and_of_them(desk, training):
    training_id, people, _olli = training
    essay = desk.assignments.add(training_id, AssignmentDraft("Essee", DUE))
    desk.assignments.record_handed_in(essay, set(people.values()), DUE)
    desk.assignments.assign_reviewers(essay)
    for pair in desk.assignments.pairs(essay):
        desk.assignments.record_review(pair.id, ReviewDraft(True, 4, f"Hyvä, {pair.author}!"))
    desk.privacy.erase_teacher(people["Aino"])
    pairs = desk.assignments.pairs(essay)
    assert all("Aino" not in p.comment for p in pairs)
    assert {p.score for p in pairs} == {4}  # the scores stay for the statistics
    aino = [p for p in pairs if people["Aino"] in (p.author_id, p.reviewer_id)]
    assert aino and all(p.comment == "" for p in aino)
    assert all(p.comment for p in pairs if p not in aino)
