"""E-mail drafts to the teachers after a sign-up or cancellation form was taken in: one
per teacher, listing each lesson they asked for and what became of it (a seat, the
waiting list, refused and why, cancelled, moved up), in their school's language (the
template "form_reply", editable per language)."""

from datetime import datetime
from pathlib import Path

from coachdesk.domain.file_names import unique_file_names
from coachdesk.domain.language import speaking
from coachdesk.domain.text import tr
from coachdesk.reports.messages import Mail, save_drafts
from coachdesk.reports.outfiles import made_folder
from coachdesk.services.desk import Desk
from coachdesk.services.form_rows import FormLine, FormPlan, Outcome
from coachdesk.services.templates import FORM_REPLY, LANGUAGES


def _became(line: FormLine) -> str:
    """What became of one lesson asked for, in the language spoken."""
    if line.outcome is Outcome.ENROLLED:
        return tr("you have a seat")
    if line.outcome is Outcome.WAITLISTED:
        return tr("you are on the waiting list; you will hear from us if a seat frees up")
    if line.outcome is Outcome.CANCELLED:
        return tr("your sign-up is cancelled")
    if line.outcome is Outcome.MOVED_UP:
        return tr("a seat freed up: you have a seat now")
    assert line.refusal is not None  # the other outcome told is a refusal
    return tr("not possible: {reason}").format(reason=line.refusal.to_teacher())


def reply_mails(desk: Desk, plan: FormPlan) -> list[tuple[str, Mail]]:
    """(file name of the .eml, draft) per teacher told about the plan."""
    by_teacher: dict[int, list[FormLine]] = {}
    for line in plan.told():
        assert line.teacher_id is not None  # told() has teachers only
        by_teacher.setdefault(line.teacher_id, []).append(line)
    names = [lines[0].who.split(" — ")[0] for lines in by_teacher.values()]
    drafts = []
    for name, file_name, lines in zip(names, unique_file_names(names, ".eml"),
                                      by_teacher.values(), strict=True):
        language = lines[0].language if lines[0].language in LANGUAGES else "en"
        with speaking(language):
            results = "\n".join(f"- {x.what}: {_became(x)}" for x in lines)
        email = lines[0].email.strip()
        mail = Mail("", "", to=[(name, email)] if email else [])
        mail.subject, mail.body = desk.templates.render(
            FORM_REPLY, language, {"teacher": name, "results": results})
        drafts.append((file_name, mail))
    return drafts


def write_reply_mails(desk: Desk, plan: FormPlan, folder: Path | str,
                      now: datetime | None = None) -> list[Path]:
    """One .eml per teacher into ``folder``; every draft is made before the first file is
    written, and the files written are removed again if one cannot be."""
    drafts = reply_mails(desk, plan)
    return save_drafts(drafts, made_folder(folder), now)
