"""A training's assignments and the peer reviews of the work handed in: what a form or an
import gives, checked without a database."""

from dataclasses import dataclass, replace
from datetime import date

from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, clean, clean_text

TITLE_MAX = 200
TEXT_MAX = 5_000


@dataclass(frozen=True)
class AssignmentDraft:
    title: str = ""
    due_on: date | None = None
    notes: str = ""

    def tidied(self) -> "AssignmentDraft":
        return replace(self, title=clean(self.title), notes=clean_text(self.notes))

    def check(self) -> None:
        draft = self.tidied()
        c = Checker()
        c.single_line("title", draft.title, tr("Title"))
        c.required("title", draft.title, tr("Title"))
        c.max_length("title", draft.title, TITLE_MAX, tr("Title"))
        c.multi_line("notes", draft.notes, tr("Notes"))
        c.max_length("notes", draft.notes, TEXT_MAX, tr("Notes"))
        c.plausible_year("due_on", draft.due_on, tr("Due"))
        c.raise_if_any()


@dataclass(frozen=True)
class ReviewDraft:
    """One peer review as recorded: given or not, a score on the training's scale (1 to
    its highest) and a comment."""

    done: bool = True
    score: int | None = None
    comment: str = ""

    def tidied(self) -> "ReviewDraft":
        return replace(self, comment=clean_text(self.comment))

    def check(self, score_max: int) -> None:
        draft = self.tidied()
        c = Checker()
        c.multi_line("comment", draft.comment, tr("Comment"))
        c.max_length("comment", draft.comment, TEXT_MAX, tr("Comment"))
        if draft.score is not None and not 1 <= draft.score <= score_max:
            c.fail("score", tr("Give a score from 1 to {n}, or none.").format(n=score_max))
        if not draft.done and (draft.score is not None or draft.comment):
            c.fail("done", tr("Mark the review as given, or clear its score and "
                              "comment."))
        c.raise_if_any()
