"""An assignment's peer-review pairs as they go out: an e-mail draft to each reviewer
naming whose work to review and by when (the template "review_pairs", in the teaching
language of the reviewer's school), and the list of every pair as a workbook to print.

    paths = write_review_mails(desk, assignment_id, folder)   # one .eml per reviewer
    write_pairs_workbook(desk, assignment_id, "pairs.xlsx")   # who reviews whose work
"""

from datetime import date
from pathlib import Path

from coachdesk.domain.file_names import unique_file_names
from coachdesk.domain.formats import format_date
from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.messages import Mail, save_drafts
from coachdesk.reports.outfiles import made_folder
from coachdesk.reports.workbook import Column, ReportBook, day_text
from coachdesk.services.assignments import Reviewer, ReviewRound
from coachdesk.services.desk import Desk
from coachdesk.services.templates import LANGUAGES, REVIEW_PAIRS

# When the assignment has no due day: words of the message itself, in its language.
NO_DUE = {"fi": "sovittuun päivään mennessä", "sv": "den överenskomna dagen",
          "en": "the day agreed"}


def review_mail(desk: Desk, round_: ReviewRound, reviewer: Reviewer,
                language: str | None = None) -> Mail:
    """The draft to one reviewer (no addressee when their e-mail is not known)."""
    chosen = language or reviewer.language
    chosen = chosen if chosen in LANGUAGES else "en"
    with speaking(chosen):  # the due day written the message's way
        due = format_date(round_.due_on) if round_.due_on else NO_DUE[chosen]
    to = [(reviewer.name, reviewer.email)] if reviewer.email.strip() else []
    mail = Mail("", "", to=to)
    mail.subject, mail.body = desk.templates.render(REVIEW_PAIRS, chosen, {
        "teacher": reviewer.name, "training": round_.training,
        "assignment": round_.title, "due": due, "count": len(reviewer.authors),
        "authors": "\n".join(f"– {name} ({school})" for name, school in reviewer.authors)})
    return mail


def write_review_mails(desk: Desk, assignment_id: int, folder: Path | str,
                       language: str | None = None) -> list[Path]:
    """One draft (.eml) per reviewer into ``folder``; every draft is made before any is
    written. Returns the paths written."""
    round_ = desk.assignments.review_round(assignment_id)
    mails = [review_mail(desk, round_, r, language) for r in round_.reviewers]
    folder = made_folder(folder)
    names = unique_file_names([f"{round_.title} – {r.name}" for r in round_.reviewers],
                              ".eml")
    return save_drafts(list(zip(names, mails, strict=True)), folder)


def pairs_title(round_: ReviewRound) -> str:
    return tr("Peer reviews: {assignment}").format(assignment=round_.title)


def build_pairs_book(round_: ReviewRound, today: date) -> ReportBook:
    title = pairs_title(round_)
    book = ReportBook(title, subject=tr("Peer reviews"),
                      description=tr("Who reviews whose work"))
    ws = book.sheet(tr("Pairs"))
    due = (tr("due {day}").format(day=day_text(round_.due_on)) if round_.due_on else "")
    row = book.heading(ws, title, " · ".join(filter(None, (
        round_.training, due, tr("made on {day}").format(day=day_text(today))))))
    book.table(ws, [Column(tr("Reviewer")), Column(tr("Reviewer's school")),
                    Column(tr("Author")), Column(tr("Author's school")),
                    Column(tr("Given")), Column(tr("Score")),
                    Column(tr("Comment"), width=40, wrap=True)],
               [(p.reviewer, p.reviewer_school, p.author, p.author_school, p.done, p.score,
                 p.comment) for p in round_.pairs], start_row=row)
    return book


def write_pairs_workbook(desk: Desk, assignment_id: int, path: Path | str,
                         today: date | None = None) -> Path:
    """The list of pairs, in the language spoken (it is the coordinator's), saved
    atomically to ``path``."""
    round_ = desk.assignments.review_round(assignment_id)
    return build_pairs_book(round_, today or date.today()).save(path)
