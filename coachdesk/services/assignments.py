"""desk.assignments: a training's assignments, who handed them in, and peer reviews.

The coordinator records who handed an assignment in; CoachDesk then pairs each
submitter with the training's number of peers to review their work
(:func:`coachdesk.domain.peer_review.assign_reviewers`: never themselves, from other
schools where it can, everyone reviewing as many as the others); each review is recorded
as given, with a score on the training's scale and a comment. Once a review of an
assignment has been given its pairs stay as they are.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import aliased

from coachdesk.domain.assignments import AssignmentDraft, ReviewDraft
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.lessons import EnrollmentStatus
from coachdesk.domain.peer_review import assign_reviewers
from coachdesk.domain.text import tr
from coachdesk.domain.training import REVIEWERS_MAX
from coachdesk.domain.validation import storable
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


@dataclass(frozen=True)
class Assignment:
    id: int
    title: str
    due_on: date | None
    handed_in: int  # submissions recorded
    reviews: int  # review pairs assigned
    reviews_given: int


@dataclass(frozen=True)
class ReviewPair:
    """Who reviews whose work, and the review once given."""

    id: int
    reviewer_id: int
    reviewer: str
    reviewer_school: str
    author_id: int
    author: str
    author_school: str
    done: bool
    score: int | None
    comment: str


@dataclass(frozen=True)
class Reviewer:
    """One peer reviewer of an assignment, with whose work they review (name, school)."""

    teacher_id: int
    name: str
    email: str
    school: str
    language: str  # the teaching language of their school: what they are written to in
    authors: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ReviewRound:
    """An assignment's review pairs as they go out: to each reviewer, and as one list."""

    assignment_id: int
    title: str
    due_on: date | None
    training: str
    reviewers: tuple[Reviewer, ...]
    pairs: tuple[ReviewPair, ...]


class AssignmentService:
    def __init__(self, db: Database):
        self.db = db

    # -- assignments ----------------------------------------------------------------------
    def add(self, training_id: int, draft: AssignmentDraft) -> int:
        values = self._checked(draft)
        with self.db.transaction() as s:
            if s.scalar(select(t.trainings.c.id).where(t.trainings.c.id == training_id)) \
                    is None:
                raise NotFound(tr("That training no longer exists."))
            return s.execute(insert(t.assignments).values(training_id=training_id, **values)
                             .returning(t.assignments.c.id)).scalar_one()

    def update(self, assignment_id: int, draft: AssignmentDraft) -> None:
        values = self._checked(draft)
        with self.db.transaction() as s:
            done = s.execute(update(t.assignments).where(t.assignments.c.id == assignment_id)
                             .values(**values).returning(t.assignments.c.id)).all()
            if not done:
                raise self._gone()

    def draft(self, assignment_id: int) -> AssignmentDraft:
        a = t.assignments.c
        with self.db.reading() as conn:
            row = conn.execute(select(a.title, a.due_on, a.notes)
                               .where(a.id == assignment_id)).first()
        if row is None:
            raise self._gone()
        return AssignmentDraft(**row._asdict())

    def remove(self, assignment_id: int) -> None:
        """Remove an assignment with its submissions and reviews."""
        with self.db.transaction() as s:
            for table in (t.reviews, t.submissions):
                s.execute(delete(table).where(table.c.assignment_id == assignment_id))
            if not s.execute(delete(t.assignments).where(t.assignments.c.id == assignment_id)
                             .returning(t.assignments.c.id)).all():
                raise self._gone()

    def of_training(self, training_id: int) -> list[Assignment]:
        """The training's assignments by due date (those without one last)."""
        a, sub, rv = t.assignments.c, t.submissions.c, t.reviews.c
        handed = (select(func.count()).where(sub.assignment_id == a.id)
                  .correlate(t.assignments).scalar_subquery())
        pairs = (select(func.count()).where(rv.assignment_id == a.id)
                 .correlate(t.assignments).scalar_subquery())
        given = (select(func.count()).where(rv.assignment_id == a.id, rv.done)
                 .correlate(t.assignments).scalar_subquery())
        with self.db.reading() as conn:
            return [Assignment(*row) for row in conn.execute(
                select(a.id, a.title, a.due_on, handed, pairs, given)
                .where(a.training_id == training_id)
                .order_by(a.due_on.is_(None), a.due_on, a.id))]

    # -- who handed in --------------------------------------------------------------------
    def handed_in(self, assignment_id: int) -> dict[int, date]:
        """{teacher id: the day handed in} of everyone who handed the assignment in."""
        sub = t.submissions.c
        with self.db.reading() as conn:
            return dict(conn.execute(select(sub.teacher_id, sub.handed_in_on)
                                     .where(sub.assignment_id == assignment_id)).all())

    def record_handed_in(self, assignment_id: int, teacher_ids: set[int], on: date) -> None:
        """Make ``teacher_ids`` those who handed the assignment in: the new ones on
        ``on``, the others keeping their day. Someone whose work or whose review has been
        given cannot be taken off; their other pairs go with them."""
        sub, rv = t.submissions.c, t.reviews.c
        with self.db.transaction() as s:
            training_id = s.scalar(select(t.assignments.c.training_id)
                                   .where(t.assignments.c.id == assignment_id))
            if training_id is None:
                raise self._gone()
            strangers = set(teacher_ids) - self._taking_part(s, training_id)
            if strangers:
                raise ValidationError({"teachers": tr(
                    "Only the training's participants can hand its assignments in.")})
            before = set(s.scalars(select(sub.teacher_id)
                                   .where(sub.assignment_id == assignment_id)))
            gone = before - set(teacher_ids)
            if gone:
                involved = (rv.author_id.in_(gone)) | (rv.reviewer_id.in_(gone))
                if s.scalar(select(func.count()).where(rv.assignment_id == assignment_id,
                                                       rv.done, involved)):
                    raise ValidationError({"teachers": tr(
                        "A review of their work, or by them, has been given already: keep "
                        "them among those who handed in.")})
                s.execute(delete(t.reviews).where(rv.assignment_id == assignment_id,
                                                  involved))
                s.execute(delete(t.submissions).where(sub.assignment_id == assignment_id,
                                                      sub.teacher_id.in_(gone)))
            new = set(teacher_ids) - before
            if new:
                s.execute(insert(t.submissions), [
                    {"assignment_id": assignment_id, "teacher_id": teacher, "handed_in_on": on}
                    for teacher in sorted(new)])

    # -- peer reviews ---------------------------------------------------------------------
    def assign_reviewers(self, assignment_id: int, n: int | None = None) -> int:
        """Pair everyone who handed the assignment in with ``n`` peers to review their
        work (default: the training's number), replacing the pairs made before. Returns
        the number of pairs made."""
        a, rv, tc, sub = t.assignments.c, t.reviews.c, t.teachers.c, t.submissions.c
        with self.db.transaction() as s:
            row = s.execute(select(t.trainings.c.reviewers)
                            .select_from(t.assignments.join(t.trainings))
                            .where(a.id == assignment_id)).first()
            if row is None:
                raise self._gone()
            n = row.reviewers if n is None else n
            if not 1 <= n <= REVIEWERS_MAX:
                raise ValidationError({"reviewers": tr(
                    "Give the number of peers who review each submission, from 1 to {n}.")
                    .format(n=REVIEWERS_MAX)})
            if s.scalar(select(func.count()).where(rv.assignment_id == assignment_id,
                                                   rv.done)):
                raise ValidationError({"reviewers": tr(
                    "Reviews of this assignment have been given already, so its reviewers "
                    "stay as they are.")})
            people = s.execute(select(sub.teacher_id, tc.school_id)
                               .select_from(t.submissions.join(t.teachers))
                               .where(sub.assignment_id == assignment_id)).all()
            if len(people) < 2:
                raise ValidationError({"reviewers": tr(
                    "At least two must have handed the assignment in before they can "
                    "review each other's work.")})
            pairs = assign_reviewers([tuple(p) for p in people], n)
            s.execute(delete(t.reviews).where(rv.assignment_id == assignment_id))
            rows = [{"assignment_id": assignment_id, "author_id": author,
                     "reviewer_id": reviewer, "done": False}
                    for author, reviewers in pairs.items() for reviewer in reviewers]
            s.execute(insert(t.reviews), rows)
            return len(rows)

    def pairs(self, assignment_id: int) -> list[ReviewPair]:
        """Who reviews whose work, by reviewer and author."""
        rv = t.reviews.c
        reviewer, author = aliased(t.teachers), aliased(t.teachers)
        rs, au_s = aliased(t.schools), aliased(t.schools)
        with self.db.reading() as conn:
            rows = conn.execute(
                select(rv.id, rv.reviewer_id, reviewer.c.name, rs.c.name, rv.author_id,
                       author.c.name, au_s.c.name, rv.done, rv.score, rv.comment)
                .select_from(t.reviews
                             .join(reviewer, reviewer.c.id == rv.reviewer_id)
                             .join(rs, rs.c.id == reviewer.c.school_id)
                             .join(author, author.c.id == rv.author_id)
                             .join(au_s, au_s.c.id == author.c.school_id))
                .where(rv.assignment_id == assignment_id)).all()
        pairs = [ReviewPair(*row) for row in rows]  # type: ignore[call-arg]  # fields in order
        return sorted(pairs, key=lambda p: (p.reviewer.casefold(), p.author.casefold(), p.id))

    def review_round(self, assignment_id: int) -> ReviewRound:
        """The assignment with its pairs, each reviewer with their address, their school's
        language and the works they review (by author): what is mailed and printed."""
        a, tc, sc = t.assignments.c, t.teachers.c, t.schools.c
        pairs = self.pairs(assignment_id)
        with self.db.reading() as conn:
            row = conn.execute(select(a.title, a.due_on, t.trainings.c.name)
                               .select_from(t.assignments.join(t.trainings))
                               .where(a.id == assignment_id)).first()
            if row is None:
                raise self._gone()
            people = {r.id: r for r in conn.execute(
                select(tc.id, tc.email, sc.language).join(t.schools, tc.school_id == sc.id)
                .where(tc.id.in_({p.reviewer_id for p in pairs})))}
        if not pairs:
            raise ValidationError({"reviewers": tr(
                "No reviewers have been assigned for this assignment yet: assign them "
                "first.")})
        reviewers: dict[int, list[ReviewPair]] = {}
        for pair in pairs:  # by reviewer, then author
            reviewers.setdefault(pair.reviewer_id, []).append(pair)
        return ReviewRound(assignment_id, row.title, row.due_on, row.name, tuple(
            Reviewer(reviewer, mine[0].reviewer, people[reviewer].email,
                     mine[0].reviewer_school, people[reviewer].language.value,
                     tuple((p.author, p.author_school) for p in mine))
            for reviewer, mine in reviewers.items()), tuple(pairs))

    def record_review(self, review_id: int, draft: ReviewDraft) -> None:
        """Record one review as given (or not yet), its score and comment."""
        rv, tr_ = t.reviews.c, t.trainings.c
        with self.db.transaction() as s:
            score_max = s.scalar(select(tr_.score_max)
                                 .select_from(t.reviews.join(t.assignments).join(t.trainings))
                                 .where(rv.id == review_id))
            if score_max is None:
                raise NotFound(tr("That review is no longer assigned; assign the reviewers "
                                  "again."))
            draft.check(score_max)
            draft = draft.tidied()
            s.execute(update(t.reviews).where(rv.id == review_id).values(
                done=draft.done, score=draft.score, comment=storable(draft.comment)))

    # -- inside ---------------------------------------------------------------------------
    @staticmethod
    def _taking_part(s, training_id: int) -> set[int]:
        """The teachers holding a seat in a session of the training."""
        c, le, e = t.trainings.c, t.lessons.c, t.enrollments.c
        source = s.execute(select(c.series_id, c.lesson_id).where(c.id == training_id)).one()
        which = le.series_id == source.series_id if source.series_id is not None \
            else le.id == source.lesson_id
        return set(s.scalars(select(e.teacher_id).select_from(t.enrollments.join(t.lessons))
                             .where(which, e.status == EnrollmentStatus.ENROLLED)))

    @staticmethod
    def _checked(draft: AssignmentDraft) -> dict:
        draft.check()
        draft = draft.tidied()
        return {"title": storable(draft.title), "due_on": draft.due_on,
                "notes": storable(draft.notes)}

    @staticmethod
    def _gone() -> NotFound:
        return NotFound(tr("That assignment no longer exists."))
