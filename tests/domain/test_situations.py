"""The pure rules of a school's ICT situation: what a need and a situation may hold, the
platforms of a typed list, a recent look, and the needs most often noted."""

from datetime import date

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.situations import (
    DeviceAge,
    DeviceKind,
    DeviceLine,
    DeviceUser,
    NeedDraft,
    NeedStatus,
    SituationDraft,
    last_look,
    looked_recently,
    most_noted,
    platform_names,
)


def errors(draft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        draft.check()
    return caught.value.errors


def test_a_need_is_said_in_one_line_of_at_most_300_characters():
    NeedDraft("Opettajat tarvitsevat tukea Teamsin tehtäviin").check()
    assert "description" in errors(NeedDraft(""))
    assert "description" in errors(NeedDraft("a\nb"))
    assert "description" in errors(NeedDraft("x" * 301))
    assert "noted_on" in errors(NeedDraft("Wifi", date(1, 1, 1)))


def test_device_rows_need_a_count_above_zero_and_are_named_by_their_number():
    ok = DeviceLine(DeviceUser.PUPILS, DeviceKind.CHROMEBOOK, 120, DeviceAge.MIDDLE)
    SituationDraft((ok,)).check()
    said = errors(SituationDraft((ok, DeviceLine(count=0))))
    assert "Device row 2" in said["devices"]
    assert "Device row 1" in errors(SituationDraft((DeviceLine(count=None),)))["devices"]


def test_platforms_typed_in_a_list_count_once_whatever_the_case():
    assert platform_names("Teams; Google Classroom,\nSeppo; teams ;; ") == (
        "Teams", "Google Classroom", "Seppo")
    assert platform_names("") == ()


def test_a_look_is_recent_within_twelve_months():
    today = date(2026, 12, 2)
    assert looked_recently(date(2026, 1, 5), today)
    assert not looked_recently(date(2025, 12, 2), today)
    assert not looked_recently(None, today)
    assert last_look(None, date(2025, 3, 1), date(2026, 2, 1)) == date(2026, 2, 1)
    assert last_look(None, None) is None


def test_the_needs_most_often_noted_count_the_same_words_once_per_noting():
    needs = [("Wifi is weak in the gym", 1, NeedStatus.OPEN),
             ("wifi is weak in the gym.", 2, NeedStatus.RESOLVED),
             ("WiFi  is weak in the gym", 2, NeedStatus.OPEN),
             ("Teams assignments", 3, NeedStatus.PLANNED)]
    first, second = most_noted(needs)
    assert (first.description, first.times, first.schools, first.open) == (
        "Wifi is weak in the gym", 3, 2, 2)
    assert (second.description, second.times, second.schools, second.open) == (
        "Teams assignments", 1, 1, 0)
    assert len(most_noted(needs, limit=1)) == 1
