"""Book a visit or move one: school, tutor, date and hours, purpose, topics and notes.

Conflicts (the tutor elsewhere, too little travel time, a break, time outside the
released time, hours used up) are listed live under the form. Saving with conflicts
asks for the reason to go ahead, which is kept with the visit.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from coachdesk.domain.conflicts import Conflict
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.text import tr
from coachdesk.domain.visits import VisitDraft, VisitPurpose, VisitStatus
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.conflicts_dialog import ConflictsDialog
from coachdesk.ui.dialogs.new_in_place import offer_school, offer_topic, offer_tutor
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.booking_form import BookingForm, next_weekday
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field

VISIT_MINUTES = 90
DEFAULT_START = time(9, 0)
SIDE_KEYS = ("topic_ids",)  # in the second column, label above


def ask_visit_reason(parent: QWidget | None, conflicts: Sequence[Conflict],
                     what: str = "") -> str | None:
    """The conflicts dialog, worded for a visit; the reason to go ahead, or None."""
    dialog = ConflictsDialog(
        parent, conflicts, what or tr("Booking this visit would clash:"),
        tr("To go ahead anyway, say why. The reason is kept with the visit."),
        tr("e.g. The school's only free morning; travel agreed with the tutor"))
    return dialog.reason_value if dialog.exec() else None


class VisitForm(BookingForm):
    """The visit dialogs: the topics in a second column, conflicts worded for a visit."""

    def __init__(self, parent: QWidget | None, desk: Desk, title: str, fields: list[Field],
                 values: dict[str, Any], name: str, side_keys: Sequence[str] = SIDE_KEYS,
                 edited: Edited | None = None):
        super().__init__(parent, desk, title, fields, values, name, side_keys, edited=edited)

    def ask_reason(self, conflicts: Sequence[Conflict], what: str) -> str | None:
        return ask_visit_reason(self, conflicts, what)

    def visit_draft(self, values: dict[str, Any]) -> VisitDraft:
        """The visit of the form's ``values``, without its date and times."""
        return VisitDraft(values["school_id"], values["tutor_id"],
                          purpose=VisitPurpose(values["purpose"]),
                          topic_ids=tuple(values["topic_ids"]), notes=values.get("notes", ""))


def school_and_tutor_fields(desk: Desk, team: Sequence[tuple[int, str]] = ()) -> list[Field]:
    tutors = dict(desk.tutors.choices())
    tutors.update(team)  # a tutor archived since keeps their visits
    return [
        Field("school_id", tr("School"), "choice",
              [(None, tr("— choose a school —")), *desk.schools.choices()], required=True),
        Field("tutor_id", tr("Tutor"), "choice",
              [(None, tr("— choose a tutor —")),
               *sorted(tutors.items(), key=lambda item: item[1].casefold())], required=True),
    ]


def purpose_fields(desk: Desk) -> list[Field]:
    return [
        Field("purpose", tr("Purpose"), "choice", [(p.value, p.label) for p in VisitPurpose]),
        Field("topic_ids", tr("Topics"), "checklist", desk.topics.choices()),
    ]


class VisitDialog(VisitForm):
    def __init__(self, parent: QWidget | None, desk: Desk, title: str, values: dict[str, Any],
                 visit_id: int | None = None, now: datetime | None = None,
                 team: Sequence[tuple[int, str]] = (), edited: Edited | None = None):
        self._now = now
        starts, ends = values.pop("starts", DEFAULT_START), values.pop("ends", None)
        day = values.get("day") or date.today()
        fields = [*school_and_tutor_fields(desk, team),
                  Field("day", tr("When"), "date", required=True),
                  *purpose_fields(desk),
                  Field("notes", tr("Notes"), "multiline")]
        super().__init__(parent, desk, title, fields, values, "visit_dialog", edited=edited)
        self.visit_id = visit_id

        if ends is None:
            ends = (datetime.combine(day, starts) + timedelta(minutes=VISIT_MINUTES)).time()
        self.put_times_beside("day", starts, ends, "visit")
        self.error_label("override_reason", self.editors["notes"], "notes")
        if visit_id is not None:
            school = self.editors["school_id"]
            school.setEnabled(False)
            school.setToolTip(tr("A visit stays at its school: to go elsewhere, cancel it "
                                 "and book a new one."))
            self.set_save_text(tr("Save"))
        else:
            self.set_save_text(tr("Book"))

        if visit_id is None:
            offer_school(self, desk, "school_id")
        offer_tutor(self, desk, "tutor_id")
        offer_topic(self, desk, "topic_ids")
        self.watch_conflicts("visit_conflicts",
                             ("school_id", "tutor_id", "day", "starts_at", "ends_at"))
        if settings().value("dialogs/visit_dialog/geometry") is None:
            self.resize(860, self.sizeHint().height())

    def now(self) -> datetime:
        return self._now or datetime.now()

    def draft(self, values: dict[str, Any]) -> VisitDraft:
        """The visit of the form's ``values``, on its day at its times."""
        starts_at, ends_at = self.times_on(values["day"])
        return replace(self.visit_draft(values), starts_at=starts_at, ends_at=ends_at)

    # -- conflicts ------------------------------------------------------------------------
    def check_conflicts(self) -> list[str]:
        """List the conflicts the current values would have; returns their messages."""
        self._check_timer.stop()
        draft = self.draft(self.values())
        if draft.starts_at is None or draft.school_id is None or draft.tutor_id is None:
            return self.show_conflicts(None, tr(
                "Conflicts are checked once the school, the tutor and the date are chosen."))
        try:
            found = self.desk.visits.conflicts(replace(draft, notes=""), self.visit_id)
        except ValidationError:  # e.g. the end before the start: saving will say so
            return self.show_conflicts(None, "")
        if draft.ends_at <= self.now():
            return self.show_conflicts(None, tr(
                "This time has passed: a visit that happened is logged, not booked."))
        if not found:
            return self.show_conflicts([], tr(
                "No conflicts: the tutor is free, has time to travel, it is a school day and "
                "inside their released time."))
        return self.show_conflicts(found, "", tr("Check before booking:"))

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        draft = self.read(self.draft)
        if draft is None:
            return
        visits, visit_id, now = self.desk.visits, self.visit_id, self.now()

        def save(confirmed: bool, reason: str) -> int:
            if visit_id is None:
                return visits.book(draft, confirmed=confirmed, override_reason=reason, now=now)
            visits.update(visit_id, draft, confirmed, reason, now)
            return visit_id

        if self.save_confirming(save):
            QDialog.accept(self)


def edit_visit(parent: QWidget | None, desk: Desk, visit_id: int | None = None,
               now: datetime | None = None, starts_at: datetime | None = None,
               school_id: int | None = None, tutor_id: int | None = None) -> int | None:
    """Open the visit form; returns the visit's id when it was saved.

    ``visit_id`` moves or edits that visit; otherwise a new visit is booked, starting at
    ``starts_at`` (default: the next weekday at 9:00) for 90 minutes."""
    team: list[tuple[int, str]] = []
    edited = None
    if visit_id is not None:
        visit = desk.visits.get(visit_id)
        if visit.status is not VisitStatus.BOOKED:
            messages.error(parent, tr("Only a booked visit can be moved; this one is "
                                      "{status}.").format(status=visit.status.label.lower()))
            return None
        team = [(visit.tutor_id, desk.tutors.get(visit.tutor_id).name)]

        def load() -> dict[str, Any]:
            draft = desk.visits.draft(visit_id)
            return {"school_id": draft.school_id, "tutor_id": draft.tutor_id,
                    "day": draft.starts_at.date(), "starts": draft.starts_at.time(),
                    "ends": draft.ends_at.time(), "purpose": draft.purpose.value,
                    "topic_ids": list(draft.topic_ids), "notes": draft.notes}

        edited = Edited(desk.versions, RecordKind.VISIT, visit_id, load)
        values = load()
        title = tr("Move or edit the visit")
    else:
        today = (now or datetime.now()).date()
        day = starts_at.date() if starts_at is not None else next_weekday(today)
        values = {"day": day, "starts": starts_at.time() if starts_at else DEFAULT_START,
                  "purpose": VisitPurpose.CO_TEACHING.value, "school_id": school_id,
                  "tutor_id": tutor_id}
        title = tr("New visit")
    dialog = VisitDialog(parent, desk, title, values, visit_id, now, team, edited)
    return dialog.result_value if dialog.exec() else None
