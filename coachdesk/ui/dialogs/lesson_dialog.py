"""Plan or edit one lesson: what, where, when, who teaches and who may come.

Conflicts (a tutor elsewhere, a room taken, a break, time outside the released time) are
listed live under the form while the time, tutors and place are chosen. Saving with
conflicts asks for the reason to go ahead, which is kept with the lesson. Editing a lesson
of a series asks whether the change is for this lesson only or also the following ones.
"""

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from coachdesk.domain.bookings import Scope
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import LessonDraft, LessonKind, LessonStatus, PlaceKind
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Level
from coachdesk.services import Desk
from coachdesk.ui import messages
from coachdesk.ui.dialogs.new_in_place import offer_tutor
from coachdesk.ui.formatting import format_date
from coachdesk.ui.settings import settings
from coachdesk.ui.widgets.booking_form import BookingForm, next_weekday
from coachdesk.ui.widgets.edited import Edited
from coachdesk.ui.widgets.form import Field

LESSON_MINUTES = 90
DEFAULT_START = time(14, 30)
PLACE_FIELDS = {
    PlaceKind.SCHOOL.value: ("school_id", "room"),
    PlaceKind.VENUE.value: ("venue",),
    PlaceKind.ONLINE.value: ("online_url",),
}
# the fields in the second column, beside the lesson's own
TEAM_KEYS = ("tutor_ids", "open_to_all", "school_ids")
# the form's fields that are the draft's as they are
PLAIN_KEYS = ("title", "topic_id", "school_id", "room", "venue", "online_url", "capacity",
              "open_to_all", "notes")


def lesson_fields(desk: Desk, on: date, new: bool, with_when: bool = True,
                  team: list[tuple[int, str]] = ()) -> list[Field]:
    """The fields of a lesson (and of a series, without the date and time)."""
    schools = desk.schools.choices()
    tutors = dict(desk.tutors.choices(on=on))
    tutors.update(team)  # a tutor whose agreement has ended stays on their lessons
    statuses = [LessonStatus.PLANNED, LessonStatus.PUBLISHED] if new else list(LessonStatus)
    fields = [
        Field("title", tr("Title"), required=True,
              placeholder=tr("e.g. Scratch for beginners")),
        Field("topic_id", tr("Topic"), "choice",
              [(None, tr("— no topic —")), *desk.topics.choices()]),
        Field("level", tr("Level"), "choice", [(v.value, v.label) for v in Level]),
        Field("kind", tr("Kind"), "choice", [(v.value, v.label) for v in LessonKind]),
        Field("place_kind", tr("Place"), "choice", [(v.value, v.label) for v in PlaceKind]),
        Field("school_id", tr("School"), "choice",
              [(None, tr("— choose a school —")), *schools]),
        Field("room", tr("Room"), placeholder=tr("e.g. A12 or the library")),
        Field("venue", tr("Venue"), placeholder=tr("e.g. Education office, meeting room 2")),
        Field("online_url", tr("Link"), placeholder="https://meet.example.fi/…"),
    ]
    if with_when:
        fields.append(Field("day", tr("When"), "date", required=True))
    fields += [
        Field("capacity", tr("Capacity"), "count", placeholder=tr("no limit")),
        Field("status", tr("Status"), "choice", [(v.value, v.label) for v in statuses]),
        Field("notes", tr("Notes"), "multiline"),
        Field("tutor_ids", tr("Tutors"), "checklist",
              sorted(tutors.items(), key=lambda item: item[1].casefold()), required=True),
        Field("open_to_all", tr("Open to all schools"), "checkbox"),
        Field("school_ids", tr("Listed schools"), "checklist", schools),
    ]
    return fields


class LessonForm(BookingForm):
    """What the lesson and series dialogs share: the place fields that apply, the schools
    listed only when the lesson is not open to all, the team beside the lesson."""

    def __init__(self, parent: QWidget | None, desk: Desk, title: str, fields: list[Field],
                 values: dict[str, Any], name: str, edited: Edited | None = None):
        super().__init__(parent, desk, title, fields, values, name, side_keys=TEAM_KEYS,
                         edited=edited)
        self.team_form = self.side_form
        self.editors["place_kind"].currentIndexChanged.connect(self._place_chosen)
        self.editors["open_to_all"].toggled.connect(self._audience_chosen)
        self.editors["topic_id"].currentIndexChanged.connect(self._topic_chosen)
        self._place_chosen()
        self._audience_chosen()
        offer_tutor(self, desk, "tutor_ids", lambda: desk.tutors.choices(on=self._on()))

    # -- behaviour ------------------------------------------------------------------------
    def _on(self) -> date:
        """The day whose tutors the form lists: the lesson's, or the series' first."""
        key = "day" if "day" in self.editors else "first_day"
        return (self.value(key) if key in self.editors else None) or date.today()

    def _place_chosen(self) -> None:
        shown = PLACE_FIELDS.get(self.value("place_kind"), ())
        for keys in PLACE_FIELDS.values():
            for key in keys:
                self.form.setRowVisible(self._cell(key), key in shown)

    def _audience_chosen(self) -> None:
        self.editors["school_ids"].setEnabled(not self.value("open_to_all"))

    def _topic_chosen(self) -> None:
        """A topic brings its level, and its name when the title is still empty."""
        topic_id = self.value("topic_id")
        if topic_id is None:
            return
        topic = self.desk.topics.get(topic_id)
        self.set_value("level", topic.level.value)
        if not self.value("title").strip():
            self.set_value("title", topic.name)

    # -- values ---------------------------------------------------------------------------
    def lesson_draft(self, values: dict[str, Any]) -> LessonDraft:
        """The lesson of the form's ``values`` (counts read), without its date and times:
        the fields of a place that does not apply are left empty, the schools listed
        only when it is not open to all."""
        place = PlaceKind(values["place_kind"])
        fields = {key: values[key] for key in PLAIN_KEYS}
        for keys in PLACE_FIELDS.values():
            for key in keys:
                if key not in PLACE_FIELDS[place.value]:
                    fields[key] = None if key == "school_id" else ""
        return LessonDraft(**fields, level=Level(values["level"]),
                           kind=LessonKind(values["kind"]), place_kind=place,
                           status=LessonStatus(values["status"]),
                           tutor_ids=tuple(values["tutor_ids"]),
                           school_ids=() if values["open_to_all"] else tuple(values["school_ids"]))

    def check_draft(self, draft: LessonDraft) -> LessonDraft:
        """The draft as a conflict check can read it while the form is half filled: a
        title and a place stand in for those not given yet, as they do not change what
        clashes."""
        draft = replace(draft, title=draft.title.strip() or tr("this lesson"), capacity=None,
                        notes="")
        if draft.place_kind is PlaceKind.SCHOOL and draft.school_id is None:
            draft = replace(draft, place_kind=PlaceKind.VENUE)
        if draft.place_kind is PlaceKind.ONLINE:
            draft = replace(draft, online_url=draft.online_url.strip() or "https://")
        return draft


class LessonDialog(LessonForm):
    def __init__(self, parent: QWidget | None, desk: Desk, title: str,
                 values: dict[str, Any], lesson_id: int | None = None,
                 series_id: int | None = None, team: list[tuple[int, str]] = (),
                 edited: Edited | None = None):
        starts, ends = values.pop("starts", DEFAULT_START), values.pop("ends", None)
        on = values.get("day") or date.today()
        fields = lesson_fields(desk, on, new=lesson_id is None, team=team)
        super().__init__(parent, desk, title, fields, values, "lesson_dialog", edited)
        self.lesson_id = lesson_id
        self.series_id = series_id
        self.scope = Scope.THIS

        if ends is None:
            ends = (datetime.combine(on, starts) + timedelta(minutes=LESSON_MINUTES)).time()
        self.put_times_beside("day", starts, ends, "lesson")
        # live conflict warnings, under both columns
        self.watch_conflicts("lesson_conflicts", (
            "day", "starts_at", "ends_at", "tutor_ids", "place_kind", "school_id", "room",
            "venue", "status"))
        if settings().value("dialogs/lesson_dialog/geometry") is None:
            self.resize(940, self.sizeHint().height())

    def draft(self, values: dict[str, Any]) -> LessonDraft:
        """The lesson of the form's ``values``, on its day at its times."""
        starts_at, ends_at = self.times_on(values["day"])
        return replace(self.lesson_draft(values), starts_at=starts_at, ends_at=ends_at)

    # -- conflicts ------------------------------------------------------------------------
    def check_conflicts(self) -> list[str]:
        """List the conflicts the current values would have; returns their messages."""
        self._check_timer.stop()
        values, _unreadable = self.converted()
        draft = self.draft({**values, "capacity": None})
        if draft.starts_at is None or not draft.tutor_ids:
            return self.show_conflicts(None, tr(
                "Conflicts are checked once the date and the tutors are chosen."))
        if draft.status is LessonStatus.CANCELLED:
            return self.show_conflicts(None, tr("A cancelled lesson clashes with nothing."))
        try:
            found = self.desk.lessons.conflicts(self.check_draft(draft), self.lesson_id)
        except ValidationError:  # e.g. the end before the start: saving will say so
            return self.show_conflicts(None, "")
        if not found:
            return self.show_conflicts([], tr(
                "No conflicts: the tutors are free, it is a school day and inside their "
                "released time."))
        return self.show_conflicts(found, "", tr("Check before saving:"))

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        draft = self.read(self.draft)
        if draft is None:
            return
        if self.lesson_id is not None and self.series_id is not None:
            choice = messages.choose(
                self, tr("Change a series"),
                tr("This lesson is one of a series. Change this lesson only, or this and "
                   "all the following lessons of the series?"),
                [tr("This lesson only"), tr("This and all following")])
            if choice is None:
                return
            self.scope = Scope.FOLLOWING if choice == 1 else Scope.THIS
        lessons, lesson_id, scope = self.desk.lessons, self.lesson_id, self.scope

        def save(confirmed: bool, reason: str) -> int:
            if lesson_id is None:
                return lessons.add(draft, confirmed, reason)
            lessons.update(lesson_id, draft, scope, confirmed, reason)
            return lesson_id

        if self.save_confirming(save):
            QDialog.accept(self)


def form_values(draft: LessonDraft) -> dict[str, Any]:
    """A lesson's draft as the form's values."""
    values: dict[str, Any] = {key: getattr(draft, key) for key in PLAIN_KEYS}
    for key in ("level", "kind", "place_kind", "status"):
        values[key] = getattr(draft, key).value
    values["day"] = draft.starts_at.date()
    values["starts"], values["ends"] = draft.starts_at.time(), draft.ends_at.time()
    values["tutor_ids"], values["school_ids"] = list(draft.tutor_ids), list(draft.school_ids)
    return values


def edit_lesson(parent: QWidget | None, desk: Desk, lesson_id: int | None = None,
                today: date | None = None, starts_at: datetime | None = None,
                copy_of: int | None = None) -> int | None:
    """Open the lesson form; returns the lesson's id when it was saved.

    ``lesson_id`` edits that lesson; ``copy_of`` plans a copy of that lesson a week later;
    ``starts_at`` plans a new lesson of 90 minutes starting then."""
    today = today or date.today()
    series_id = None
    team: list[tuple[int, str]] = []
    edited = None
    if lesson_id is not None:
        edited = Edited(desk.versions, RecordKind.LESSON, lesson_id,
                        lambda: form_values(desk.lessons.draft(lesson_id)))
        values = edited.values()
        series_id = desk.lessons.get(lesson_id).series_id
        team = desk.lessons.tutors_of(lesson_id)
        title = tr("Edit {title}").format(title=values["title"])
    elif copy_of is not None:
        values = form_values(desk.lessons.draft(copy_of))
        values["day"] += timedelta(days=7)
        values["status"] = LessonStatus.PLANNED.value
        team = desk.lessons.tutors_of(copy_of)
        title = tr("Copy of {title} on {day}").format(title=values["title"],
                                                      day=format_date(values["day"]))
    else:
        day = starts_at.date() if starts_at is not None else next_weekday(today)
        values = {"day": day, "starts": starts_at.time() if starts_at else DEFAULT_START,
                  "level": Level.BASIC.value, "kind": LessonKind.TRAINING.value,
                  "place_kind": PlaceKind.SCHOOL.value, "open_to_all": True,
                  "status": LessonStatus.PLANNED.value}
        title = tr("New lesson")
    dialog = LessonDialog(parent, desk, title, values, lesson_id, series_id, team, edited)
    return dialog.result_value if dialog.exec() else None
