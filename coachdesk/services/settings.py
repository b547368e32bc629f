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

    def set_int(self, key: str, value: int) -> None:
        """Keep a whole-number setting; one outside its limits is a field error."""
        low, high = LIMITS[key]
        if not isinstance(value, int):  # a form reads its numbers (a programming error)
            raise TypeError(f"{key} must be given as an int, not {value!r}")
        if not low <= value <= high:
            raise ValidationError({key: tr("Give a whole number from {low} to {high}.").format(
                low=low, high=high)})
        with self.db.transaction() as s:
            s.execute(t.app_settings.delete().where(t.app_settings.c.key == key))
            s.execute(t.app_settings.insert().values(key=key, value=str(value)))

    @property
    def travel_buffer_minutes(self) -> int:
        return self.get_int("travel_buffer_minutes")
