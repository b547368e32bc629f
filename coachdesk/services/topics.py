"""desk.topics: the training catalogue (the topics tutors are strong in and teach)."""

from sqlalchemy import select

from coachdesk.storage import tables as t
from coachdesk.storage.database import Database


class TopicService:
    def __init__(self, db: Database):
        self.db = db

    def choices(self) -> list[tuple[int, str]]:
        """(id, name) of the topics in use, by name."""
        c = t.topics.c
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(
                select(c.id, c.name).where(~c.archived).order_by(c.name))]
