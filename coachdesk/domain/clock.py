"""Wall-clock times in the municipality's zone, and real durations between them.

Lessons, visits and plans store naive local times (what a person reads on the clock);
durations go through UTC so that a night across a daylight-saving change is right.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Helsinki")


def elapsed_hours(start: datetime, end: datetime) -> float:
    """Real hours between two wall-clock times in the municipality's zone."""
    first = start.replace(tzinfo=ZONE).astimezone(UTC)
    last = end.replace(tzinfo=ZONE).astimezone(UTC)
    return (last - first).total_seconds() / 3600
