"""desk.settings: the programme's own settings, kept in the database so that every
coordinator sharing it works by the same rules (a laptop's window sizes stay in QSettings)."""

from sqlalchemy import select

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

DEFAULTS = {"travel_buffer_minutes": 30}
LIMITS = {"travel_buffer_minutes": (0, 240)}


class SettingsService:
    def __init__(self, db: Database):
        self.db = db

    def get_int(self, key: str) -> int:
        with self.db.reading() as conn:
            value = conn.scalar(select(t.app_settings.c.value)
                                .where(t.app_settings.c.key == key))
        return DEFAULTS[key] if value is None else int(value)

    def set_int(self, key: str, value: int | str) -> None:
        low, high = LIMITS[key]
        try:
            number = int(str(value).strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise ValidationError({key: tr("Give a whole number from {low} to {high}.").format(
                low=low, high=high)})
        with self.db.transaction() as s:
            s.execute(t.app_settings.delete().where(t.app_settings.c.key == key))
            s.execute(t.app_settings.insert().values(key=key, value=str(number)))

    @property
    def travel_buffer_minutes(self) -> int:
        return self.get_int("travel_buffer_minutes")
