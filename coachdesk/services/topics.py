"""desk.topics: the training catalogue (the topics tutors are strong in and teach).

One name may appear once per level: "Coding with Scratch" at the basic level and again
at the advanced level are two topics (two trainings with their own materials), but a
second basic "coding with scratch" is refused, whatever the case, archived or not.
"""

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import case, func, select

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import LessonStatus
from coachdesk.domain.parse import as_enum
from coachdesk.domain.text import tr
from coachdesk.domain.topics import Audience, Level, Topic, TopicDraft
from coachdesk.services.fields import apply, get_or_raise
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database
from coachdesk.storage.lists import ListColumn, ListSource
from coachdesk.storage.mapping import new_id

EDITABLE = {"name", "description", "level", "audience", "materials_url"}
# Lessons still to come: what archiving a topic leaves behind.
PLANNED = (LessonStatus.PLANNED, LessonStatus.PUBLISHED)


@dataclass(frozen=True)
class TopicUsage:
    """Who and what still use a topic: said before it is archived."""

    tutors: int  # tutors in the register (not archived) strong in it
    planned_lessons: int  # lessons planned or published on it


class TopicService:
    def __init__(self, db: Database):
        self.db = db

    # -- one topic ------------------------------------------------------------------------
    def add(self, draft: TopicDraft) -> int:
        """Add a topic; returns its id. Raises ValidationError naming each bad field."""
        topic = Topic(name="")
        with self.db.transaction() as s:
            self._fill(s, topic, draft)
            return new_id(s, topic)

    def update(self, topic_id: int, draft: TopicDraft) -> None:
        with self.db.transaction() as s:
            topic = get_or_raise(s, Topic, topic_id, tr("topic"))
            self._fill(s, topic, draft)

    def draft(self, topic_id: int) -> TopicDraft:
        """The topic as its form shows it (change it with ``dataclasses.replace``)."""
        topic = self.get(topic_id)
        return TopicDraft(**{key: getattr(topic, key) for key in EDITABLE})

    def get(self, topic_id: int) -> Topic:
        with self.db.transaction() as s:
            return get_or_raise(s, Topic, topic_id, tr("topic"))

    def archive(self, topic_id: int) -> None:
        """Hide a topic from choices. Tutors' strengths and lessons on it are kept."""
        self._set_archived(topic_id, True)

    def restore(self, topic_id: int) -> None:
        self._set_archived(topic_id, False)

    def usage(self, topic_id: int) -> TopicUsage:
        with self.db.reading() as conn:
            tutors = conn.execute(
                select(func.count())
                .select_from(t.tutor_strengths.join(t.tutors))
                .where(t.tutor_strengths.c.topic_id == topic_id, ~t.tutors.c.archived)
            ).scalar_one()
            lessons = conn.execute(
                select(func.count())
                .select_from(t.lessons)
                .where(t.lessons.c.topic_id == topic_id, t.lessons.c.status.in_(PLANNED))
            ).scalar_one()
        return TopicUsage(tutors=tutors, planned_lessons=lessons)

    def choices(self) -> list[tuple[int, str]]:
        """(id, name) of the topics in use, by name. A name used at several levels says
        the level, "Coding with Scratch (Advanced)", so that the two can be told apart."""
        c = t.topics.c
        with self.db.reading() as conn:
            rows = conn.execute(
                select(c.id, c.name, c.level).where(~c.archived)
                .order_by(func.lower(c.name), _ordinal(c.level, list(Level)), c.id)
            ).all()
        seen: dict[str, int] = {}
        for row in rows:
            seen[row.name.casefold()] = seen.get(row.name.casefold(), 0) + 1
        return [
            (row.id, f"{row.name} ({row.level.label})" if seen[row.name.casefold()] > 1
             else row.name)
            for row in rows
        ]

    # -- the list -------------------------------------------------------------------------
    def list_source(self) -> ListSource:
        """The catalogue. Filters: ``level``, ``audience`` (a school level also finds the
        topics for everyone; ``all`` finds only those), ``archived`` (True shows them)."""
        c = t.topics.c
        lc = t.lessons.c

        def lesson_count(*statuses: LessonStatus):
            return (
                select(func.count())
                .where(lc.topic_id == c.id, lc.status.in_(statuses))
                .correlate(t.topics)
                .scalar_subquery()
            )

        tutors = (
            select(func.count())
            .select_from(t.tutor_strengths.join(t.tutors))
            .where(t.tutor_strengths.c.topic_id == c.id, ~t.tutors.c.archived)
            .correlate(t.topics)
            .scalar_subquery()
        )
        # The topics table keeps no folded copy of its text, so the filter box matches
        # lower() of the columns (ListSource folds what is typed). lower() folds ASCII on
        # every database; SQLite leaves other letters as they are, so there "ÄIDINKIELI"
        # is not found by typing "äidinkieli". Non-ASCII case folding is not covered: the
        # catalogue is short and its names are typed as they are shown.
        name_key = func.lower(c.name)
        return ListSource(
            db=self.db,
            id_column=c.id,
            from_clause=t.topics,
            columns=[
                ListColumn("name", c.name, sort=name_key),
                # Sorted by the order of the levels, not the alphabet of their values.
                ListColumn("level", c.level, sort=_ordinal(c.level, list(Level))),
                ListColumn("audience", c.audience,
                           sort=_ordinal(c.audience, list(Audience))),
                ListColumn("planned", lesson_count(*PLANNED), numeric=True),
                ListColumn("held", lesson_count(LessonStatus.HELD), numeric=True),
                ListColumn("tutors", tutors, numeric=True),
                ListColumn("archived", c.archived),
                ListColumn("materials_url", c.materials_url),
            ],
            search=[name_key, func.lower(c.description)],
            filters={
                "archived": lambda show: None if show else ~c.archived,
                "level": lambda level: None if level is None else c.level == Level(level),
                "audience": _audience_filter,
            },
            default_sort="name",
        )

    # -- writing --------------------------------------------------------------------------
    def _fill(self, session, topic: Topic, draft: TopicDraft) -> None:
        fields = asdict(draft)
        fields["level"] = as_enum("level", Level, draft.level, tr("level"))
        fields["audience"] = as_enum("audience", Audience, draft.audience, tr("audience"))
        apply(topic, fields, EDITABLE)
        errors: dict[str, str] = {}
        try:
            topic.check()
        except ValidationError as exc:
            errors = exc.errors
        clash = None if "name" in errors else self._same_name(session, topic)
        if clash is not None:
            message = (
                tr("An archived {level} topic named “{name}” exists. Restore it (tick “Show "
                   "archived”), or choose another name or level.") if clash
                else tr("A {level} topic named “{name}” already exists. Choose another name "
                        "or level.")
            )
            errors = {"name": message.format(level=topic.level.label.lower(), name=topic.name),
                      **errors}
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _same_name(session, topic: Topic) -> bool | None:
        """Whether another topic of this level has this name: None if none does, else
        whether that one is archived."""
        # Compared in Python with casefold(): right for every alphabet, and one level of a
        # catalogue is a few hundred names at most. No autoflush: the new name is not
        # written before it is checked. There is no unique index on topics, so two
        # coordinators typing the same name at the same moment could both save it.
        c = t.topics.c
        with session.no_autoflush:
            rows = session.execute(
                select(c.name, c.archived).where(c.level == topic.level,
                                                 c.id != (topic.id or -1))
            ).all()
        wanted = topic.name.casefold()
        return next((bool(row.archived) for row in rows if row.name.casefold() == wanted), None)

    def _set_archived(self, topic_id: int, archived: bool) -> None:
        with self.db.transaction() as s:
            get_or_raise(s, Topic, topic_id, tr("topic")).archived = archived


def _ordinal(column, members: list) -> Any:
    """Sort an enum column in the order its members are declared."""
    return case({m: i for i, m in enumerate(members)}, value=column, else_=len(members))


def _audience_filter(audience: str | None):
    if audience is None:
        return None
    c = t.topics.c
    audience = Audience(audience)
    if audience is Audience.ALL:
        return c.audience == Audience.ALL
    return c.audience.in_([audience, Audience.ALL])
